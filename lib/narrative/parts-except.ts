/**
 * "全年共收到申请62件，除3件结转下年度办理外，其余59件均已办结": a whole, the figure the text sets
 * apart (除…外), and the rest (其余/剩余/余下) — the text says itself that the two make the whole
 * (rule text.parts-sum, complete both ways). Read only when nothing leaves the whole in doubt:
 * - the whole is the last count before 除, in the ，-clause right before it (or its own), and is
 *   not 上年结转 (after "新收62件，上年结转4件，" the rest may be of 66: no figure of the text says so);
 * - 除…外 holds one count, and the rest's clause follows 外 at once with its one count;
 * - all three are counts of one unit, none in a parenthesis or of another year.
 */
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { CARRIED_FROM, clauseStartOf, type PartsGroup } from './parts-sum.ts';
import { notThisYears } from './other-year.ts';

/** 除 X 外，其余 Y: where 除 opens, what lies between, and the rest's words. */
const EXCEPT = /除(?:了|去)?([^，,；;。]{0,30}?)外[，,]?\s*(?:其余|其他|剩余|余下)(?:的)?/g;

export function findExceptGroups(s: SentenceFigures, year: number | null = null): PartsGroup[] {
  const out: PartsGroup[] = [];
  if (s.figures.length < 3 || !s.text.includes('除')) return out;
  EXCEPT.lastIndex = 0;
  for (let m = EXCEPT.exec(s.text); m; m = EXCEPT.exec(s.text)) {
    const at = m.index;
    const restFrom = at + m[0].length;
    const fine = (f: TextFigure | undefined): f is TextFigure => !!f && isCount(f) && f.paren === null && !f.approx && !notThisYears(s, f, year);
    const set = s.figures.filter((f) => f.start > at && f.end <= restFrom);
    const x = set[0];
    if (set.length !== 1 || !fine(x)) continue;
    // the rest's count: the first figure after 其余, with nothing but its words before it
    const y = s.figures.find((f) => f.start >= restFrom);
    if (!fine(y) || y.unit !== x.unit || /[，,；;。]/.test(s.text.slice(restFrom, y.start))) continue;
    // the whole: the last figure before 除, in its clause or the one before
    const before = s.figures.filter((f) => f.end <= at);
    const w = before[before.length - 1];
    if (!fine(w) || w.unit !== x.unit || CARRIED_FROM.test(w.label)) continue;
    const ownClause = clauseStartOf(s.text, at);
    if (w.start < (ownClause > 0 ? clauseStartOf(s.text, ownClause - 1) : 0)) continue;
    out.push({ shape: 'except', whole: { s, f: w }, parts: [{ s, f: x }, { s, f: y }], complete: true });
  }
  return out;
}
