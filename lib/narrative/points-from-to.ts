/**
 * A rate's move from last year's to this year's and its change in points (rule text.change, txt70):
 * "网上申请占比由上年的70.2%上升至77.4%，提高7.2个百分点", "公开率由2021年的45.3%提高到50.8%，提高了5.5个百分点".
 * Last year's rate after 由/从 (and 上年, 去年 or a year), this year's after the move's verb, the change in 个百分点 in the
 * ，-clause right after: the change is the difference of the two, checked as percentage-points.ts checks a 较 comparison
 * (tolerance from the digits shown). Read only in that shape, with the rate named before 由 (rateName); anything else
 * records nothing.
 */
import type { SentenceFigures, TextFigure } from './figures-in-text.ts';

/** The words before last year's rate: the rate's name, then 由/从 and last year ("网上申请占比由上年的"). */
const FROM = /^(.*?)(?:由|从)(?:(上年度?|去年|上一年度?)|(\d{4})\s*年度?)(?:同期)?的?$/u;
/** Between the two rates: the move's verb alone. */
const MOVE = /^(?:上升|提高|提升|增加|增长|下降|降低|回落|减少)(?:到|至|为)$|^(?:升至|增至|降至|减至|降为)$/u;
/** Between this year's rate and the change: a comma and the change's own words (its verb is the figure's label). */
const THEN = /^[，,]\s*(?:同比|较上年)?(?:共|累计)?(?:提高|上升|提升|增加|增长|下降|降低|回落|减少)了?$/u;

export interface FromToPoints {
  keyword: string;
  cur: TextFigure;
  prev: TextFigure;
  points: TextFigure;
  /** the words before 由, for the rate's name */
  nameWords: string;
}

export function readFromToPoints(s: SentenceFigures): FromToPoints[] {
  const out: FromToPoints[] = [];
  const fs = s.figures;
  for (let k = 0; k + 2 < fs.length; k++) {
    const [prev, cur, points] = [fs[k], fs[k + 1], fs[k + 2]] as [TextFigure, TextFigure, TextFigure];
    if (prev.unit !== '%' || cur.unit !== '%' || points.unit !== '百分点') continue;
    if (prev.approx || cur.approx || points.approx || prev.change !== null || cur.change !== null || points.change === null) continue;
    if (prev.paren !== null || cur.paren !== null || points.paren !== null) continue;
    const from = FROM.exec(prev.label);
    if (!from || !MOVE.test(s.text.slice(prev.end, cur.start).trim())) continue;
    if (!THEN.test(s.text.slice(cur.end, points.start).trim())) continue;
    out.push({ keyword: from[3] ? `较${from[3]}年` : '较上年', cur, prev, points, nameWords: from[1] ?? '' });
  }
  return out;
}
