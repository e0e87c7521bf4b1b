/**
 * The whole a 其中 divides (moved from shares.ts and tenths.ts, rt74): the count right before the 其中 that opens a part's
 * clause (qizhongWhole), and that count where it is this year's, else the this-year count it qualifies (thisYearWhole).
 */
import { cmpDec } from './decimal.ts';
import { isCount, semicolonClauseStart, SUBSET_PAREN, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { CARRIED_SOURCE } from './period.ts';

const CARRIED = new RegExp(CARRIED_SOURCE);

/** When `part` opens a 其中 clause ("…88件，其中予以公开42件"), the count right before that 其中. */
export function qizhongWhole(s: SentenceFigures, part: TextFigure): TextFigure | null {
  const before = s.figures.filter((f) => f.end <= part.start);
  const prevEnd = before.length > 1 ? (before[before.length - 2]?.end ?? 0) : 0;
  const q = s.text.lastIndexOf('其中', part.start);
  if (q < prevEnd) return null;
  const from = semicolonClauseStart(s.text, q);
  const c = s.figures.filter((f) => f.start >= from && f.end <= q && isCount(f) && f.unit === part.unit && cmpDec(f.value, part.value) >= 0);
  const w = c[c.length - 1];
  return w && !/较|比|同比/.test(w.label) && !inRange(s, w) ? w : null;
}

/** Between a range's two ends: "1200件至1300件", "1200件到1300件", "1200件—1300件", "1200件~1300件". */
export const RANGE_MARK = /^\s*(?:至|到|—{1,2}|–|-|－|~|～|〜)\s*$/;

/**
 * A count that is an end of a range of its unit ("全省共收到申请1200件至1300件，其中我厅62件，占4.9%": fix85, the 1300
 * was an exact whole, 62 ÷ 1300 = 4.8% an error; the writer's whole is any count between). No exact whole: not read,
 * as "1200—1300件" (one unit) is not.
 */
export function inRange(s: SentenceFigures, f: TextFigure): boolean {
  const i = s.figures.indexOf(f);
  const prev = s.figures[i - 1];
  const next = s.figures[i + 1];
  return (!!prev && prev.unit === f.unit && RANGE_MARK.test(s.text.slice(prev.end, f.start))) || (!!next && next.unit === f.unit && RANGE_MARK.test(s.text.slice(f.end, next.start)));
}

/** Words right before a count that make it another year's: "（上年为54件）", "上年同期为54件", "2021年为54件", "较上年（54件）". */
const OTHER_YEAR_LABEL = /(?:上一?年度?|去年|前一年|同期|\d{4}\s*年度?)(?:的|为|是|共|有|：|:)?\s*[（(]?\s*$/;

/**
 * The whole of a share (a digit share's first reading, a share in tenths, a 分别 list of them): the count a 其中 opening
 * its clause divides (qizhongWhole), where that count is this year's. "62件，较上年（54件）增长14.8%，其中网上申请40件，占六成半" — the count
 * right before the 其中 is last year's, the comparison's base, no whole of this year's parts (rt74: 40 ÷ 54 = 74.1% was
 * an error): the whole is this year's count it qualifies, else not read. A digit share has the sentence's other counts
 * as second readings (shares.ts others); a word in tenths has none, so it is read only where the one whole is sure.
 */
export function thisYearWhole(s: SentenceFigures, part: TextFigure): TextFigure | null {
  const w = qizhongWhole(s, part);
  if (w && thisYears(w)) return w;
  // (the count the last year's qualifies, before it in the 其中's ；-clause, is the whole: "62件（上年为54件），其中…", "62件，
  // 较上年（54件）增长14.8%，其中…", "62件，上年同期为54件，其中…", "12场，较上年的九场增加三场，其中…"; qizhongWhole's
  // own bounds: the 其中 after the figure before the part's, counts of its unit no smaller than the part)
  const before = s.figures.filter((f) => f.end <= part.start);
  const q = s.text.lastIndexOf('其中', part.start);
  if (q < 0 || q < (before.length > 1 ? (before[before.length - 2] as TextFigure).end : 0)) return null;
  const from = semicolonClauseStart(s.text, q);
  const counts = s.figures.filter((f) => f.start >= from && f.end <= q && isCount(f) && f.unit === part.unit && cmpDec(f.value, part.value) >= 0);
  for (let k = counts.length - 1; k >= 0; k--) if (thisYears(counts[k] as TextFigure)) return k < counts.length - 1 ? (counts[k] as TextFigure) : null;
  return null;
}

/** A count not said of another year: outside a parenthesis (but 含/其中), no year's words right before it. */
const thisYears = (f: TextFigure): boolean =>
  (f.paren === null || SUBSET_PAREN.test(f.paren)) && !/较|比|同比/.test(f.label) && (!OTHER_YEAR_LABEL.test(f.label) || CARRIED.test(f.label));
