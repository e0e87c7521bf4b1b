/**
 * Items a list restates, so that its sum counts some twice; over its whole, such a list is a skip.
 *
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

/** The words of an item's label that name it: list marks and filler off, a closing 的 off. */
function named(label: string): string {
  return label.replace(/其中|另有|还有|包括|以及|和|及|[\s，,、；;：:]/g, '').replace(/的$/, '').replace(/^在/, '');
}

/** Words that point back at the item right before ("这5件中", "上述5件中", "该5件中": rt39b). */
const THESE = /^(?:在)?(?:这|该|此|上述|前述|以上)$/;

/**
 * An item said again as the whole of its own breakdown, inside the list (session 38's note, found
 * by the lead): "其中予以公开32件，…，不予公开5件，不予公开的5件中2件属于国家秘密，无法提供15件…" — "不予公开的5件中"
 * is the 5 before, and the 2 after it a part of them, so 70 is no sum of the 63. A skip: where the
 * breakdown ends the text does not say.
 */
export function restatedItem(g: PartsGroup): string | null {
  // the whole said again as the first item, in its bracket or after it ("不予公开5件（不予公开的5件中2件属于
  // 国家秘密）": rt39b): 5 + 2 is no sum of the 5
  const p0 = g.parts[0];
  if (p0 && g.parts.length >= 2 && /^中/.test(wordsAfter(p0.s, p0.f)) && cmpDec(p0.f.value, g.whole.f.value) === 0 && p0.f.unit === g.whole.f.unit) {
    const name = named(p0.f.label);
    if (THESE.test(name) || (name.length >= 2 && named(g.whole.f.label).endsWith(name))) {
      return `所列各项之和大于总数${g.whole.f.raw}，但“${p0.f.label.trim()}${p0.f.raw}中”复述了总数，其后所列是它的细分，不作判断`;
    }
  }
  for (let k = 1; k < g.parts.length; k++) {
    const p = g.parts[k]!;
    if (!/^中/.test(wordsAfter(p.s, p.f))) continue;
    const name = named(p.f.label);
    const prev = g.parts[k - 1]!;
    const first = THESE.test(name)
      ? (cmpDec(prev.f.value, p.f.value) === 0 && prev.f.unit === p.f.unit ? prev : undefined)
      : name.length < 2 ? undefined
      : g.parts.slice(0, k).find((q) => cmpDec(q.f.value, p.f.value) === 0 && q.f.unit === p.f.unit && named(q.f.label).endsWith(name));
    if (!first) continue;
    const sum = sumDec(g.parts.map((x) => x.f.value));
    return `所列各项之和${formatDec(sum)}${g.whole.f.unit}大于总数${g.whole.f.raw}，但“${p.f.label.trim()}${p.f.raw}中”复述了前列的${named(first.f.label)}${first.f.raw}，其后所列是它的细分，不作判断`;
  }
  return null;
}

/** Words of documents of earlier years published late ("补发之前文件126件", "补录往年文件"). */
const EARLIER = /补发|补录|补充公开|补公开|之前|以前|以往|往年|历年/;

/**
 * A bracket after the whole that says the whole again as its first item and then counts documents of
 * earlier years beside it (hunt40: a real 2023 district office's "公开规范性文件20件（今年制发20件，补发之前
 * 文件126件）", summed as 146 against 20): the bracket does not divide the whole, and what the text counts
 * is not certain. A skip.
 */
export function restatedInBracket(g: PartsGroup): string | null {
  const [p0, ...rest] = g.parts;
  if (g.shape !== 'paren' || !p0 || rest.length === 0) return null;
  if (cmpDec(p0.f.value, g.whole.f.value) !== 0 || p0.f.unit !== g.whole.f.unit) return null;
  const late = rest.filter((p) => EARLIER.test(p.f.label));
  if (late.length === 0 || EARLIER.test(p0.f.label)) return null;
  return `括号中首项${p0.f.raw}即总数${g.whole.f.raw}，其后的${late.map((p) => p.f.raw).join('、')}是补发的往年文件，不是总数的细分，不作判断`;
}

/** Ways of applying a channel item may name, each with the words for it. */
const CHANNELS: readonly RegExp[] = [/网上|网络|在线|互联网|线上|网站|网页/, /当面|现场|窗口|线下|来访/, /信函|邮寄|邮政|来信/, /传真/, /电子邮件|电子邮箱|邮箱/];

/**
 * A channel said again after the channels, with the count it had: "共收到申请86件，网上申请60件，当面申请26件，
 * 网上受理60件" (rt43 left it: summed in, 146 against 86). Over the whole by exactly that item, the list is a
 * skip: the text restates the 60 (received online, taken in online). Only where one earlier item names the same
 * way of applying, and no other, with the same count; a list wrong without it stays an error.
 */
export function restatedChannel(g: PartsGroup): string | null {
  const said = g.parts.map((p) => p.f.label.replace(/^[、，,；;\s]+/, '') + wordsAfter(p.s, p.f));
  const way = (w: string): number => {
    const ks = CHANNELS.flatMap((re, k) => (re.test(w) ? [k] : []));
    return ks.length === 1 ? ks[0]! : -1;
  };
  // each item said again: one earlier item (itself no restatement) of the same way, with the same count
  const again: number[] = [];
  for (let k = 1; k < g.parts.length; k++) {
    const p = g.parts[k]!;
    const w = way(said[k]!);
    if (w < 0) continue;
    const same = g.parts.slice(0, k).flatMap((x, j) => (way(said[j]!) === w && !again.includes(j) ? [j] : []));
    const j = same[0];
    if (same.length === 1 && j !== undefined && cmpDec(g.parts[j]!.f.value, p.f.value) === 0 && g.parts[j]!.f.unit === p.f.unit) again.push(k);
  }
  if (again.length === 0) return null;
  const sum = sumDec(g.parts.map((p) => p.f.value));
  const rest = sumDec(g.parts.filter((_, k) => !again.includes(k)).map((p) => p.f.value));
  if (cmpDec(rest, g.whole.f.value) !== 0) return null;
  const named = again.map((k) => `“${said[k]!.trim()}${g.parts[k]!.f.raw}”`).join('');
  return `所列各项之和${formatDec(sum)}${g.whole.f.unit}大于总数${g.whole.f.raw}，但${named}复述了前面同一渠道的数，不计它恰为总数，不作判断`;
}
