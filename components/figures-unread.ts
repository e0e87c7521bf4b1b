/**
 * The key figures of a table that was not read: said once, with why, rather than as four (or two)
 * bare "—" that read as zeros or blanks on the page. A table 三 that is a picture, not found, or in
 * an attached file leaves 新收, 办结, 予以公开 and 结转 with nothing to show; table 四 the reviews and suits.
 */
import type { Translate } from './i18n.ts';
import type { ReportView } from './findings-view.ts';
import type { KeyFigure } from './key-figures.ts';
import { TABLES_ARE_PICTURES, tableIsPicture } from '../lib/map/notes.ts';
import { reasonText, TABLE_NAME } from './results-text.ts';

export const FIGURE_TABLE: Record<KeyFigure['key'], 't3' | 't4'> = {
  new: 't3', processed: 't3', granted: 't3', carriedForward: 't3', review: 't4', suit: 't4',
};

/** the map's notes (lib/map/note-words.ts) that say a table was found but not read at all */
const UNCHECKED: Record<'t3' | 't4', ReadonlySet<string>> = {
  t3: new Set(['t3ColumnsUnread', 't3tRowsUnread', 't3tPartRowsDiffer']),
  t4: new Set(['t4ColumnsUnread', 't4NoDataRows']),
};

/**
 * The core's reason that the report, or its tables, are an attached file (lib/map/notes.ts): the file's long name is said
 * by the button above the figures and under 未能读取或核对; the figures' line says "in the attachment" alone (ux66: the
 * name three times, and 未读取 twice in one line).
 */
const IN_FILE = /^报告(?:全文|的表格)在.+附件“.+”中/;

export interface UnreadFigures {
  /** the tables it is about: both when one reason holds for both (said once) */
  tables: ('t3' | 't4')[];
  /** "表三在页面上是图片，其中的主要数字无法读取" */
  text: string;
}

/**
 * Each of tables 三 and 四 the core did not read whose key figures are all blank, with why; [] when none. `template`:
 * the report's (ReportAnalysis.template); a report before 2019 with no figure read is said as such, once.
 */
export function unreadFigureTables(t: Translate, view: Pick<ReportView, 'unread'>, figures: readonly KeyFigure[], template?: string | null): UnreadFigures[] {
  // a report before 2019 has no standard tables to read them from: said once, not six "—" (ux66)
  if (template === 'pre2019' && figures.length > 0 && figures.every((f) => f.value === null)) return [{ tables: ['t3', 't4'], text: t('figsPre2019') }];
  const why = view.unread.missingReason?.split('；') ?? [];
  // one reason for every table (its tables are pictures, the report is in a file): the core's, worded
  const whole = why.find((w) => w === TABLES_ARE_PICTURES || w.startsWith('报告'));
  const byReason = new Map<string, ('t3' | 't4')[]>();
  for (const k of ['t3', 't4'] as const) {
    // found but not read: its columns (or rows) could not be told, said under 未能读取或核对 (ux60: four bare "—")
    const unchecked = view.unread.notes.some((n) => n.note && UNCHECKED[k].has(n.note.code));
    if (!view.unread.missingTables.includes(k) && !unchecked) continue;
    if (!figures.some((f) => FIGURE_TABLE[f.key] === k) || figures.some((f) => FIGURE_TABLE[f.key] === k && f.value !== null)) continue;
    const reason = !view.unread.missingTables.includes(k) ? 'unchecked' : why.includes(tableIsPicture(k)) ? 'picture' : whole && IN_FILE.test(whole) ? 'file' : whole ? 'whole' : 'missing';
    byReason.set(reason, [...(byReason.get(reason) ?? []), k]);
  }
  return [...byReason].map(([reason, tables]) => {
    const names = tables.map((k) => t(TABLE_NAME[k])).join(t('listAnd'));
    const text =
      reason === 'picture' ? t('figsTablePicture', names) : reason === 'file' ? t('figsTablesInFile', names) : reason === 'whole' ? t('figsTableOther', names, reasonText(t, whole!)) : reason === 'unchecked' ? t('figsTableUnchecked', names) : t('figsTableMissing', names);
    return { tables, text };
  });
}
