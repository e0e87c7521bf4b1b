/**
 * Results after the last of a run of channels, under the count received: "新收到依申请公开共19件，17件线上申请，
 * 2件邮寄信函申请，其中4件予以公开，3件部分公开，4件不予公开，8件无法提供" (hunt42: a real 2024 city bureau's
 * report; the 其中 was read as dividing the 2 sent by post, an error 19 against 2). A reader takes such a 其中
 * for the whole count's as well as the last channel's; where the results are over the channel but within a
 * count before it in the sentence, the list's whole is not known: a skip. Over that count too, or with no
 * count before the channel, the error stands.
 */
import { cmpDec, formatDec, sumDec } from './decimal.ts';
import { isCount } from './figures-in-text.ts';
import { allResults, dimensionOf, wordsAfter, type PartsGroup } from './parts-sum.ts';

/**
 * Over the count received before the channels too ("新收申请62件，网上申请50件，当面申请12件，其中予以公开32件，…其他处理1件"
 * of 63; rt43 and hunt42 left it an error, 63 against the 12): results may count applications carried in from last year,
 * which the sentence need not name, as a 其中 of results right under the count received may (parts-judge.ts
 * resultsOfReceived) — a skip, unless the paragraph says none was carried in (recall45).
 */
const RECEIVED = /受理|收到|接收|接到|新收/;

/** Why results over a channel's count are no error (in Chinese), or null. */
export function resultsOverChannel(g: PartsGroup, noneCarriedIn = false): string | null {
  const { s, f: whole } = g.whole;
  if (!allResults(g.parts) || dimensionOf(whole.label.replace(/^[、，,\s]+/, '') + wordsAfter(s, whole)) !== 'channel') return null;
  const sum = sumDec(g.parts.map((p) => p.f.value));
  const counts = s.figures.filter((f) => f.end <= whole.start && isCount(f) && f.unit === whole.unit && !f.share);
  const before = counts.find((f) => cmpDec(sum, f.value) <= 0);
  if (before) return `所列办理结果之和${formatDec(sum)}${whole.unit}大于渠道一项的${whole.raw}，但不超过同句前文的${before.raw}，“其中”可能指全部申请，所指的总数不能确定`;
  const received = noneCarriedIn ? undefined : counts.find((f) => RECEIVED.test(f.label) && !/办结|答复|办理|结转/.test(f.label));
  if (!received) return null;
  return `所列办理结果之和${formatDec(sum)}${whole.unit}大于渠道一项的${whole.raw}，也大于同句前文收到的${received.raw}，“其中”可能指全部申请，而办理结果可含上年结转的申请，不作判断`;
}
