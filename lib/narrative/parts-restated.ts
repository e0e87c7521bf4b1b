/**
 * A count of corrections beside the corrections it counts (rt38b, red team of phrasing with no table):
 * "行政复议3件，其中维持2件，撤销1件，复议纠错1件" — 纠错 restates the 撤销 before it (撤销, 变更, 确认违法,
 * 责令履行 are all 纠错 in table 四's sense), so 2 + 1 + 1 = 4 is no sum of the 3 cases. Over its whole,
 * such a list is a skip: the text may count them twice on purpose.
 */
import { cmpDec, formatDec, subDec, sumDec } from './decimal.ts';
import { wordsAfter, type PartsGroup } from './parts-sum.ts';

/** A correction of a kind: the outcomes table 四 counts as 纠正. */
const KIND = /撤销|变更|确认违法|确认无效|责令(?:履行|重新|限期)|重新作出/;
/** The correction named in general: "纠错", "纠正", "被纠错". */
const GENERAL = /纠错|纠正/;

/** Why a list over its whole is no finding, when a general count of corrections restates the kinds beside it; null otherwise. */
export function restatedCorrections(g: PartsGroup): string | null {
  const said = g.parts.map((p) => p.f.label + wordsAfter(p.s, p.f));
  const general = g.parts.filter((_, k) => GENERAL.test(said[k]!) && !KIND.test(said[k]!));
  const kinds = g.parts.filter((_, k) => KIND.test(said[k]!) && !GENERAL.test(said[k]!));
  if (general.length !== 1 || kinds.length === 0) return null;
  const g0 = general[0]!;
  if (cmpDec(sumDec(kinds.map((p) => p.f.value)), g0.f.value) !== 0) return null;
  const sum = sumDec(g.parts.map((p) => p.f.value));
  if (cmpDec(subDec(sum, g0.f.value), g.whole.f.value) !== 0) return null;
  return `所列各项之和${formatDec(sum)}${g.whole.f.unit}大于总数${g.whole.f.raw}，但${g0.f.label.trim()}${g0.f.raw}是前列撤销、变更等纠错之数的合计，不作判断`;
}
