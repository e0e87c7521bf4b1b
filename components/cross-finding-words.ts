/**
 * The checks across years and the comparisons they could not make (lib/collect/cross-note-words.ts:
 * carry-over, identical tables, the stock of 规章, the text's change against last year's report, and
 * why a pair was not compared) in the UI's language, from their code and figures (session 51). The
 * Chinese locale's words are the core's, to the character (test/unit/cross-finding-words.test.ts); a
 * note the page wrote in a cell and the text's sentence quoted are arguments, shown as written. A
 * finding of a build before the codes, or of a key this build does not know, is left to the core's
 * Chinese (null).
 */
import type { Translate } from './i18n.ts';
import type { Worded } from './finding-words.tsx';
import { inSentence, localeWord, wordFlat, type WordArg } from './locale-word.ts';

type Arg = WordArg;

const word = localeWord;

const num = (a: Arg | undefined): number => (typeof a === 'number' ? a : Number.NaN);
const list = (t: Translate, items: readonly string[]): string => items.join(word(t, 'crossNote_listSep'));
const what = (t: Translate, dir: Arg | undefined): string => word(t, `crossNote_what_${dir}`);
const capital = (s: string): string => (/^[a-z]/.test(s) ? s.charAt(0).toUpperCase() + s.slice(1) : s);
/** whose a cell is ('' this report, else a year), as the subject (who) or the owner (whose) */
const who = (t: Translate, w: Arg | undefined, form: 'who' | 'whose'): string =>
  w === 'both' ? word(t, 'crossNote_who_both') : w === '' || w === undefined ? word(t, `crossNote_${form}_this`) : word(t, `crossNote_${form}_year`, w);

function orgSides(t: Translate, a: readonly Arg[]): [string, string] {
  const [, , nowOne, one, ...five] = a;
  const sum = five.reduce<number>((x, y) => x + num(y), 0);
  const oneSaid = word(t, 'crossNote_orgOne', one ?? '');
  const fiveSaid = word(t, 'crossNote_orgFive', ...five.slice(0, 5), sum);
  return nowOne === 1 ? [oneSaid, fiveSaid] : [fiveSaid, oneSaid];
}

function against(t: Translate, kind: Arg | undefined, a: number, b: Arg | undefined): string {
  if (kind === 'review') return word(t, 'crossNote_againstReview', a);
  if (kind === 'suits') return word(t, 'crossNote_againstSuits', a + num(b), a, b ?? '');
  if (kind === 'new') return b === '' ? word(t, 'crossNote_againstNew', a) : word(t, 'crossNote_againstNewCarried', a, a + num(b));
  return word(t, 'crossNote_againstDecisions', word(t, `crossNote_decision_${kind}`), a);
}

function should(t: Translate, delta: number, amount: Arg | undefined, pct: Arg | undefined): string {
  if (delta === 0) return word(t, 'crossNote_same');
  const parts: string[] = [];
  if (amount === 1) parts.push(word(t, delta < 0 ? 'crossNote_down' : 'crossNote_up', Math.abs(delta)));
  if (pct !== '' && pct !== undefined) parts.push(word(t, delta < 0 ? 'crossNote_downPct' : 'crossNote_upPct', pct));
  return list(t, parts);
}

function noteText(t: Translate, code: string, a: readonly Arg[]): string | null {
  switch (code) {
    case 'carryLast':
    case 'carryNext': return word(t, `crossNote_${code}`, word(t, `crossNote_col_${a[0]}`), ...a.slice(1, 5));
    case 'orgCarryLast':
    case 'orgCarryNext': return word(t, `crossNote_${code}`, a[0] ?? '', a[1] ?? '', ...orgSides(t, a));
    case 'identical': return word(t, 'crossNote_identical', a[0] ?? '', a[1] ?? '', a[2] ?? '', a[3] === '' ? word(t, 'crossNote_blank') : a[3] ?? '');
    case 'inForceLast': return word(t, 'crossNote_inForceLast', word(t, `crossNote_stock_${a[0]}`), a[1] ?? '', ...a.slice(3, 8));
    case 'inForceNext': return word(t, 'crossNote_inForceNext', a[2] ?? '', word(t, `crossNote_stock_${a[0]}`), a[1] ?? '', ...a.slice(3, 8));
    case 'textChangeLast':
    case 'textChangeNext': {
      const [older, newer, quote, value, kind, x, y, delta, amount, pct] = a;
      return word(t, `crossNote_${code}`, code === 'textChangeLast' ? older ?? '' : newer ?? '', quote ?? '', against(t, kind, num(x), y), value ?? '', should(t, num(delta), amount, pct));
    }
    case 'ambiguousOwn':
    case 'ambiguous': return word(t, `crossNote_${code}`, a[0] ?? '', a[1] ?? '');
    case 'carryNoted': {
      const [other, dir, w, row, col, note] = a;
      return capital(word(t, 'crossNote_carryNoted', other ?? '', what(t, dir), who(t, w, 'whose'), word(t, `crossNote_row_${row}`), word(t, `crossNote_col_${col}`), note ?? ''));
    }
    case 'notesUnknown': {
      const [other, of, w] = a;
      // (inside the sentence: "differ in normative documents in force", the name as it stands alone lower-cased where English would)
      const name = of === 'last' || of === 'next' ? what(t, of) : inSentence(word(t, 'crossNote_stockInForce', word(t, `crossNote_stock_${of}`)));
      return word(t, 'crossNote_notesUnknown', other ?? '', name, who(t, w, 'who'));
    }
    case 'orgFiveBlank': {
      const [other, dir, year, ...cols] = a;
      return word(t, 'crossNote_orgFiveBlank', other ?? '', what(t, dir), year ?? '', list(t, cols.map((c) => word(t, `crossNote_org_${c}`))));
    }
    case 'orgOneBlank': return word(t, 'crossNote_orgOneBlank', a[0] ?? '', what(t, a[1]), a[2] ?? '');
    case 'inForceNoted': {
      const [other, row, w, col, note] = a;
      return word(t, 'crossNote_inForceNoted', other ?? '', word(t, `crossNote_stock_${row}`), who(t, w, 'whose'), word(t, `crossNote_stockCol_${col}`), note ?? '');
    }
    case 'columnsDiffer': {
      const [other, dir, ...cols] = a;
      return word(t, 'crossNote_columnsDiffer', other ?? '', what(t, dir), list(t, cols.map((c) => word(t, `crossNote_col_${c}`))));
    }
    default: return null;
  }
}

/** A finding across years (rule cross.*) or a skip (no rule) in the UI's language from its code, or null (finding-words.tsx). */
export function crossFindingWords(t: Translate, f: Worded): string | null {
  return wordFlat(f, (rule) => rule.startsWith('cross.'), (code, args) => noteText(t, code, args));
}
