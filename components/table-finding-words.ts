/**
 * The tables' findings (lib/rules/note-words.ts: a sum that does not hold, a blank total, a line of
 * them, table 二's counts, the same on another table 三 of the page) in the UI's language, from their
 * code, figures and names (session 51): the English panel showed them in the core's Chinese. The
 * Chinese locale's words are the core's, to the character (test/unit/table-finding-words.test.ts).
 * The format's labels are the locale's words; a label the page wrote (a row a unit added, a 合计) is
 * an argument, shown as the page wrote it. A name of a key this build does not know leaves the whole
 * finding in the core's Chinese (null).
 */
import type { Translate } from './i18n.ts';
import type { Worded } from './finding-words.tsx';
import { localeWord, UnknownWord, wordFlat, type WordArg } from './locale-word.ts';
import { readRef, refList, type Ref } from '../lib/rules/note-refs.ts';
import { FAIL_CODE_SET, readBlankLine, readFail } from '../lib/rules/note-words.ts';
import { isGrandTotal } from '../lib/rules/names.ts';

type Arg = WordArg;

const word = localeWord;

const keyPart = (k: Arg | undefined): string => String(k ?? '').replace(/\./g, '_');

/** A key of the format: a label that is none (a row a unit added to table 二's block, 行政确认) is the page's own. */
const FORMAT_KEY = /^[A-Za-z0-9_.]+$/u;

/** A label of the format (or the page's own) in the UI's language. */
function label(t: Translate, kind: string, key: string): string {
  if (kind !== 'page' && !FORMAT_KEY.test(key)) return key;
  switch (kind) {
    case 't3r': {
      const [group, item] = key.split('.');
      const g = word(t, `tableNote_t3Row_${group}`);
      return item === undefined ? g : word(t, 'tableNote_t3RowItem', g, word(t, `tableNote_t3Item_${item}`));
    }
    case 't3c': return word(t, `tableNote_t3Col_${keyPart(key)}`);
    case 't4g': return word(t, `tableNote_t4Group_${keyPart(key)}`);
    case 't4i': return word(t, `tableNote_t4Item_${keyPart(key)}`);
    case 't2i': return word(t, `tableNote_t2Item_${keyPart(key)}`);
    case 't2c': return word(t, `tableNote_t2Col_${keyPart(key)}`);
    case 'page': return key;
    default: throw new UnknownWord(kind);
  }
}

const list = (t: Translate, items: readonly string[]): string => items.join(word(t, 'tableNote_listSep'));

/**
 * A name (note-refs.ts) in the UI's language. `bare`: a scope of another table 三 of the page, whose
 * name the sentence has said before (the English scope's "Table 3, " left out; the Chinese has none).
 */
export function refText(t: Translate, r: Ref, bare = false): string {
  const [kind, a, b, c] = [String(r[0]), String(r[1] ?? ''), String(r[2] ?? ''), String(r[3] ?? '')];
  const turned = (x: string) => (x === '1' ? 'Turned' : '');
  const t3 = () => (bare ? '' : word(t, 'tableNote_lineTable_t3'));
  switch (kind) {
    case 'col': return word(t, `tableNote_scopeCol${turned(b)}`, label(t, 't3c', a), t3());
    case 'row': return word(t, `tableNote_scopeRow${turned(b)}`, label(t, 't3r', a), t3());
    case 'addedRow': return word(t, 'tableNote_scopeRow', a, t3());
    case 'orgSub': return word(t, `tableNote_scopeOrgSub${turned(b)}`, label(t, 't3r', a), t3());
    case 'groupSub': return word(t, `tableNote_scopeGroupSub${turned(c)}`, label(t, 't3c', a), label(t, 't3r', b), t3());
    case 'intake': return word(t, 'tableNote_scopeIntake', label(t, 't3c', a), b, t3());
    case 'channels': return word(t, 'tableNote_scopeChannels', label(t, 't3c', a), label(t, 't3r', b), list(t, refList(r)), t3());
    case 't4group': return word(t, 'tableNote_scopeT4Group', label(t, 't4g', a));
    case 't4added': {
      const groups = list(t, refList(r).map((g) => label(t, 't4g', g)));
      return b ? word(t, 'tableNote_scopeT4AddedItem', a, label(t, 't4i', b), groups) : word(t, 'tableNote_scopeT4Added', a, groups);
    }
    case 't2block': return word(t, 'tableNote_scopeT2Block', refList(r).map((i) => label(t, 't2i', i)).join(word(t, 'tableNote_t2ItemsSep')), a, label(t, 't2c', b));
    case 't3cell': return isGrandTotal(a, b) ? word(t, 'tableNote_cellT3Total', label(t, 't3r', a)) : word(t, 'tableNote_cellT3', label(t, 't3r', a), label(t, 't3c', b));
    case 'addedCell': return word(t, 'tableNote_cellT3', a, label(t, 't3c', b));
    case 't4cell': return word(t, 'tableNote_cellT4', label(t, 't4g', a), label(t, 't4i', b));
    case 't4addedCell': return b ? word(t, 'tableNote_cellT4AddedItem', a, label(t, 't4i', b)) : word(t, 'tableNote_cellT4Added', a);
    case 't2total': return word(t, 'tableNote_cellT2', a, label(t, 't2c', b));
    case 't2item': return word(t, 'tableNote_cellT2', label(t, 't2i', a), label(t, 't2c', b));
    case 't2at': return word(t, 'tableNote_cellT2At', a, b);
    default: return label(t, kind, a);
  }
}

/**
 * The suspect's cell as the card's red line names it, short: the sentence above has named its table (ux67: the English
 * line ran three lines, 'it is table 3, row "…", column "…", and this one change satisfies…'). Table 三's cells are their
 * row and column alone, the grand total its row; other cells as the sentences name them.
 */
function suspectCell(t: Translate, r: Ref): string {
  const [kind, a, b] = [String(r[0]), String(r[1] ?? ''), String(r[2] ?? '')];
  if (kind === 't3cell' && isGrandTotal(a, b)) return word(t, 'suspectCellT3Total', label(t, 't3r', a));
  if (kind === 't3cell') return word(t, 'suspectCellT3', label(t, 't3r', a), label(t, 't3c', b));
  if (kind === 'addedCell') return word(t, 'suspectCellT3', a, label(t, 't3c', b));
  return refText(t, r);
}

/** A sentence that starts with a cell's name ("table 3, row …") starts with a capital. */
const capital = (s: string): string => (/^[a-z]/.test(s) ? s.charAt(0).toUpperCase() + s.slice(1) : s);

function failText(t: Translate, code: string, args: readonly Arg[], bare: boolean, apart = false): string | null {
  const p = readFail(args);
  if (!p) return null;
  const scope = refText(t, p.scope, bare);
  let key = `tableNote_${code}`;
  const subs: Arg[] = [scope, p.lhs];
  if (code === 'subtotal' && p.scope[0] === 'intake') key = 'tableNote_subtotalIntake';
  if (code === 'subtotal' && p.scope[0] === 'channels') key = p.scope[2] === 'carried' ? 'tableNote_subtotalChannelsCarried' : 'tableNote_subtotalChannelsNew';
  if (code === 't4Subtotal') subs.push(label(t, 't4i', p.scope[0] === 't4added' && p.scope[2] ? String(p.scope[2]) : 'total'));
  subs.push(p.rhs);
  let text = word(t, key, ...subs);
  if (p.blanks > 0) text += word(t, 'tableNote_blanksCounted', p.blanks);
  const s = p.suspect;
  if (s && !apart) text += word(t, 'tableNote_suspect', refText(t, s.cell), s.actual, s.expected, s.explains);
  return text;
}

/** `bare`: on another table 三, its name said once before (the line's table left out: blankLine's args start with it). */
function blankLineText(t: Translate, args: readonly Arg[], bare: boolean): string | null {
  const p = readBlankLine(args);
  if (!p) return null;
  const marks = list(t, p.marks.map((m) => word(t, 'tableNote_lineMark', m)));
  const what = p.marks.length === 0 ? word(t, 'tableNote_lineBlank') : p.blankToo ? word(t, 'tableNote_lineBlankOr', marks) : word(t, 'tableNote_lineWritten', marks);
  const names = list(t, p.named.map((m) => word(t, 'tableNote_lineName', refText(t, m.item))));
  const sums = list(t, p.named.map((m) => String(m.sum)));
  return word(t, p.along === 'col' ? 'tableNote_lineCol' : 'tableNote_lineRow',
    bare && p.table === 't3' ? '' : word(t, `tableNote_lineTable_${p.table}`), refText(t, p.label), p.count, what, names,
    p.more ? word(t, 'tableNote_lineMore', p.count) : '', sums, p.more ? word(t, 'tableNote_lineEtc') : '');
}

function noteText(t: Translate, code: string, args: readonly Arg[], bare = false, apart = false): string | null {
  if (FAIL_CODE_SET.has(code)) return failText(t, code, args, bare, apart);
  switch (code) {
    case 'blankLine': return blankLineText(t, args, bare);
    case 'blankTotal':
    case 'blankTotalMarked': {
      const cell = readRef(args, 0);
      if (!cell) return null;
      const rest = args.slice(cell.next);
      return capital(word(t, `tableNote_${code}`, refText(t, cell.ref), ...rest));
    }
    case 'blanksAsZero': return word(t, 'tableNote_blanksAsZero', args[0] ?? '');
    case 't2Fraction':
    case 't2Negative': return capital(word(t, `tableNote_${code}`, refText(t, ['t2item', args[0] ?? '', args[1] ?? '']), args[2] ?? ''));
    case 'otherT3': {
      const [n, inner, ...rest] = args;
      if (typeof inner !== 'string' || inner === 'otherT3') return null;
      const said = noteText(t, inner, rest, true, apart);
      return said === null ? null : word(t, 'tableNote_otherT3', n ?? '', said);
    }
    default: return null;
  }
}

/** the rules whose findings are worded here: the tables' identities, their blank totals, table 二's counts */
const TABLE_RULE = /^(?:t[234]|table)\./u;

/** A table finding in the UI's language from its code, or null when it has none this build words (finding-words.tsx). */
export function tableFindingWords(t: Translate, f: Worded): string | null {
  return wordFlat(f, (rule) => TABLE_RULE.test(rule), (code, args) => noteText(t, code, args));
}

/**
 * A failed sum's sentence without its suspect ("；最可能出错的是…"), and the suspect's cell and how many checks its
 * fix satisfies, worded: for the panel's card and tooltip, whose own line says the suspect's figures (ux66: the card
 * said its suspect twice, in the sentence and in the line under it). null: no suspect in the note, or a note this
 * build does not word.
 */
export function tableSuspectApart(t: Translate, f: Worded): { text: string; where: string } | null {
  const note = f.note;
  if (!note || (f.rule !== undefined && !TABLE_RULE.test(f.rule))) return null;
  const [code, args] = note.code === 'otherT3' ? [String(note.args[1]), note.args.slice(2)] : [note.code, note.args];
  if (!FAIL_CODE_SET.has(code) || !args.every((a): a is Arg => typeof a === 'string' || typeof a === 'number')) return null;
  const s = readFail(args)?.suspect;
  if (!s) return null;
  const text = wordFlat(f, () => true, (c, a) => noteText(t, c, a, false, true));
  if (text === null) return null;
  try {
    return { text, where: word(t, 'suspectWhere', suspectCell(t, s.cell), s.explains) };
  } catch (e) {
    if (e instanceof UnknownWord) return null;
    throw e;
  }
}
