/**
 * "由8个增加到16个，增加8个，其中新增微信公众号4个、抖音号2个、微博2个" (hunt53's miss; recall54): a 其中 right after a
 * named increase, its items each 新增, divides the increase, not the count it reached (16: a skip, "列举可能不完整",
 * where 4 + 2 + 3 = 9 of the 8 new went unflagged). Read only so: the increase is the last figure before 其中, with only
 * a ， between, a change upward (增加/增长/新增) of the list's unit, not approximate nor in a parenthesis, right after
 * "由A…增加到B" with B − A the increase, and the list's first item opens with 新增 ("其中，新增…"); not after a 较上年
 * ("公开信息412条，较上年增加80条，其中新增政策文件50条…" may divide the 412). With the increase unsaid ("由8个增加到16个。其中，新增…") the list stays the
 * 16's skip: 16 − 8 is the text's arithmetic, not a figure it names.
 */
import type { SentenceFigures, TextFigure } from './figures-in-text.ts';
import { cmpDec, subDec } from './decimal.ts';

const UP = /^(?:增加|增长|新增|增加了|增长了|多)$/;

/** The increase a 其中 at `q` divides, as a count (its change cleared: the list's whole), or null. */
export function increaseDivided(s: SentenceFigures, q: number): TextFigure | null {
  const before = s.figures.filter((f) => f.end <= q);
  const g = before[before.length - 1];
  if (!g || g.change === null || !UP.test(g.change) || g.approx || g.paren !== null || g.unit === '%' || g.unit === '百分点') return null;
  if (!/^\s*[，,]?\s*$/.test(s.text.slice(g.end, q))) return null;
  // (and only after "由A…增加到B", B − A the increase: "公开信息412条，较上年增加80条，其中新增政策文件50条…" may divide the 412)
  const [a, b] = [before[before.length - 3], before[before.length - 2]];
  if (!a || !b || a.unit !== g.unit || b.unit !== g.unit || a.change !== null || b.change !== null) return null;
  if (!/由[^，,；;。\d]{0,12}$/.test(s.text.slice(0, a.start))) return null;
  if (!/^[^，,；;。\d]{0,3}(?:增加|增长|上升|提高)(?:到|至)[^，,；;。\d]{0,3}$/.test(s.text.slice(a.end, b.start))) return null;
  if (cmpDec(subDec(b.value, a.value), g.value) !== 0) return null;
  const first = s.figures.find((f) => f.start > q);
  if (!first || first.unit !== g.unit || !/^\s*其中\s*[，,：:]?\s*新增/.test(s.text.slice(q, first.start))) return null;
  return { ...g, change: null };
}
