/**
 * "被申请行政复议6件，已审结4件，尚未审结2件": a count of 复议 or 诉讼 cases, then those closed and
 * those still open, each in its own ，-clause right after it — the text divides the cases in two,
 * and the two make the whole (rule text.parts-sum, complete both ways; table 四's 总计 = 审结 +
 * 尚未审结). Read only when nothing leaves it in doubt: the three counts follow one another with no
 * figure between, of one unit, none in a parenthesis, approximate or of another year; the whole's
 * clause names 复议 or 诉讼 and no result; each part's words are the closed or the open and no
 * more (red team 21, m14).
 */
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { notThisYears } from './other-year.ts';
import { clauseStartOf, type PartsGroup } from './parts-sum.ts';
import { casesSum, reviewAndSuitCounts } from './cases-both.ts';

/** The cases' words in the whole's clause, and the results that make the count a part of them. */
const CASES = /复议|诉讼|起诉/;
const RESULT = /维持|纠正|纠错|驳回|其他|审结|结案|办结|审理|在审|在办|撤销|撤回|终止/;
/** The parts' words, all of them: "已审结", "均已审结", "尚未审结", "正在审理". */
const CLOSED = /^(?:其中)?(?:已|均已|已经)?(?:审结|结案|办结)$/;
const OPEN = /^(?:其中|另有|还有|尚有)?(?:尚未审结|未审结|尚未结案|未结案|正在审理|尚在审理|仍在审理|在审)$/;

export function findClosedOpenGroups(s: SentenceFigures, year: number | null = null): PartsGroup[] {
  const out: PartsGroup[] = [];
  if (s.figures.length < 3 || !/审结|结案/.test(s.text)) return out;
  const fine = (f: TextFigure | undefined): f is TextFigure => !!f && isCount(f) && f.paren === null && !f.approx && !notThisYears(s, f, year);
  const bare = (f: TextFigure): string => f.label.replace(/^[，,\s]+/, '').trim();
  for (let i = 0; i + 2 < s.figures.length; i++) {
    const [w, a, b] = [s.figures[i], s.figures[i + 1], s.figures[i + 2]];
    if (!fine(w) || !fine(a) || !fine(b) || a.unit !== w.unit || b.unit !== w.unit) continue;
    const wholeWords = s.text.slice(clauseStartOf(s.text, w.start), w.start);
    if (!CASES.test(wholeWords) || RESULT.test(wholeWords)) continue;
    // each part in a ，-clause of its own, right after the figure before it
    if (!/^[^，,；;。\d]{0,2}[，,]/.test(s.text.slice(w.end, a.start)) || !/^[^，,；;。\d]{0,2}[，,]/.test(s.text.slice(a.end, b.start))) continue;
    const [la, lb] = [bare(a), bare(b)];
    if (!((CLOSED.test(la) && OPEN.test(lb)) || (OPEN.test(la) && CLOSED.test(lb)))) continue;
    // "行政复议3件、行政诉讼2件，已审结4件，尚未审结1件" (rt39): after both a 复议's and a 诉讼's
    // count the cases closed and open are of the two (cases-both.ts), not of the 诉讼 alone
    const prev = s.figures[i - 1];
    const both = prev && reviewAndSuitCounts(prev, w, s.text.slice(prev.end, w.start)) ? casesSum(prev, w) : w;
    out.push({ shape: 'closed-open', whole: { s, f: both }, parts: [{ s, f: a }, { s, f: b }], complete: true });
  }
  return out;
}
