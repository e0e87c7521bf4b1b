/**
 * The core's notes on what its mapping could not read (lib/map/note-words.ts: map.unmapped,
 * map.unread-table, grid.truncated, …) in the UI's language, from their code and figures (tabs59):
 * the English panel showed them in the core's Chinese. The Chinese locale's words are the core's,
 * to the character (test/unit/map-note-words.test.ts). A label quoted from the page ("「…」") is an
 * argument, shown as the page wrote it; a note with no code (a report kept before them), or of a
 * code this build does not know, is shown as the core wrote it.
 */
import type { FindingOut } from '../lib/report/schema.ts';
import type { MessageKey, Translate } from './i18n.ts';
import { inSentence } from './locale-word.ts';

/** The codes worded here, each with its locale key (mapNote_<code>), but those built of parts below. */
const PLAIN = new Set([
  'gridTruncated', 'scriptVeil', 'partScope', 't2RowSumUnknown', 't2RowUnknown', 't2NoFigures', 't2RoundFigure', 't3RowRatio', 't3PartRowCells', 't3RowUnknown',
  't3RowAddedSum', 't3RowRepeated', 't3HeaderUnknown', 't3ColumnOfWhich', 't3ColumnOfWhichToo', 't3NoTotalColumn', 't3NoNaturalColumn', 't3ColumnsUnread', 't3ColumnNoFigures', 't3tRowUnknown', 't3tRowsUnread',
  't3tPartRowsDiffer', 't3ColUnknown', 't3ColAddedSum', 't3ColRepeated', 't4NoDataRows', 't4ColNotTemplate', 't4ColumnsUnread',
  't4RowSumUnknown', 't4ColSumUnknown',
]);

/** the tables' names' keys (results-text.ts TABLE_NAME, not imported: it imports this file) */
const TABLE_NAME = { t2: 'table2', t3: 'table3', t4: 'table4' } as const;
const isKind = (k: string): k is keyof typeof TABLE_NAME => k === 't2' || k === 't3' || k === 't4';

/** A note in the UI's language; its core's message where it has no code this build words. */
export function mapNoteText(t: Translate, f: Pick<FindingOut, 'message' | 'note'>): string {
  return mapNoteWords(t, f) ?? f.message;
}

/** A note in the UI's language from its code, or null when it has none this build words (finding-words.tsx). */
export function mapNoteWords(t: Translate, f: Pick<FindingOut, 'message' | 'note'>): string | null {
  const note = f.note;
  if (!note) return null;
  const a = note.args.map(String);
  switch (note.code) {
    case 'hiddenCopy': {
      const [n = '', kind = '', t3 = '0'] = a;
      if (!isKind(kind)) return null;
      return t('mapNote_hiddenCopy', n, t(TABLE_NAME[kind])) + (t3 === '1' ? t('mapNote_textFitsKept') : '');
    }
    case 'otherYear': {
      const [n = '', year = '', report = '', shown = '0'] = a;
      return t(shown === '1' ? 'mapNote_otherYearShown' : 'mapNote_otherYearHidden', n, year, report) + t('mapNote_textFitsKept');
    }
    case 'otherYearTable': {
      const [n = '', kind = '', year = '', report = '', shown = '0'] = a;
      if (kind !== 't2' && kind !== 't4') return null;
      return t(shown === '1' ? 'mapNote_otherYearTableShown' : 'mapNote_otherYearTableHidden', n, t(TABLE_NAME[kind]), year, report);
    }
    case 'missingTable': {
      // lib/map/notes.ts missingTable (en62): [table, then its reason's code and figures, or none]
      const [which = '', why = '', x = '', y = ''] = a;
      if (!isKind(which)) return null;
      const reason = missingWhy(t, why, x, y);
      if (reason === null) return null;
      return t('mapNote_missingTable', t(`mapNote_tableTitle_${which}`), reason === '' ? '' : t('mapNote_missingWhy', inSentence(reason)));
    }
    case 't2HeaderUnknown': {
      const [label = '', col = '', header = ''] = a;
      return header ? t('mapNote_t2HeaderUnknownNamed', label, col, header) : t('mapNote_t2HeaderUnknown', label, col);
    }
    default:
      return PLAIN.has(note.code) ? t(`mapNote_${note.code}` as MessageKey, ...a) : null;
  }
}

/** Why a table is missing (lib/map/notes.ts reasonArgs), in the words the panel gives the reason alone (results-text.ts reasonText); '' none, null unknown. */
function missingWhy(t: Translate, why: string, x: string, y: string): string | null {
  switch (why) {
    case '': return '';
    case 'pictures': return t('unreadTablesPictures');
    case 'noTables': return t('unreadNoTablesOnPage');
    case 'picture': return isKind(x) ? t('unreadTablePicture', t(TABLE_NAME[x])) : null;
    case 'reportFile': return t('unreadReportInFile', x, y);
    case 'tablesFile': return t('unreadTablesInFile', x, y);
    default: return null;
  }
}
