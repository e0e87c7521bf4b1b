/**
 * Parts of a whole (rule text.parts-sum), judged: a list parts-sum.ts found against its whole.
 * Any reading that adds up passes (within the rounding a 万/亿 figure allows); a reading under
 * which the text need not be wrong (an incomplete list, parts that may overlap, results listed
 * under a count received) makes a skip; only when every reading fails is it a finding. Also the
 * remainder check ("有222个，涉密2个，应公开219个").
 */
import { cmpDec, decToNumber, equalWithinRounding, formatDec, subDec, sumDec, toDec, type Dec } from './decimal.ts';
import type { Paragraph } from './extract-prose.ts';
import { isCount, type SentenceFigures } from './figures-in-text.ts';
import { RULE, saidCheck, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { clauseStart, quoteSpan, shownOf, type At } from './quote.ts';
import { closeParen } from './base-year.ts';
import { sumCanFit } from './rounded-change.ts';
import { allResults, ANSWERED, closesList, dimensionOf, itemWords, LIST_LEAD, OUTCOME, wordsAfter, type PartsGroup } from './parts-sum.ts';
import { withoutPlannedParts } from './parts-planned.ts';
import { STAGE_IN, stagesOf } from './parts-stages.ts';
import { overlappingParts } from './parts-overlap.ts';
import { withoutOtherKind } from './parts-other-kind.ts';
import { withdrawnAside, withWithdrawnInBracket } from './withdrawn-results.ts';
import { suspendedMakesWhole } from './suspended-applications.ts';
import { otherOfKindAtEnd } from './other-of-kind.ts';
import { restatedChannel, restatedCorrections, restatedInBracket, restatedItem } from './parts-restated.ts';
import { peerResults } from './parts-peer-results.ts';
import { resultsOverChannel } from './results-over-channel.ts';
import { openEndedList } from './parts-open-end.ts';
import { nestedParts } from './parts-nested.ts';
import { ownVerbTurn } from './parts-verb-turn.ts';
import { namesBothSources } from './parts-sources.ts';
import { countersAside, describeParts, namesEveryApplicant, roundItemFits, roundItems, roundText, unitlessAddedAfter, unitlessBetween, withBareItems, withCountersAside, withoutNotes } from './parts-readings.ts';
import { part, said, saidPartsTotal, type Said } from './note-words.ts';
import type { NotePart } from '../types.ts';


/**
 * The words of a list and its whole, in the order the page writes them; a list inside a bracket
 * the quote opens ends with its closing bracket ("对不予公开的5件申请（其中…个人隐私5件）", not
 * "…个人隐私5件"): a quote is the claim's exact page text, and a bracket left open is not.
 */
function spanOf(paragraphs: readonly Paragraph[], g: PartsGroup): string {
  if (g.shape === 'trailing') return quoteSpan(paragraphs, g.parts[0] ?? g.whole, g.whole);
  const last = g.parts[g.parts.length - 1] ?? g.whole;
  const quote = quoteSpan(paragraphs, g.whole, last);
  if (last.f.paren === null || unclosed(quote) <= 0) return quote;
  const end = closeParen(last.s.text, last.f.end);
  return end === last.f.end ? quote : quoteSpan(paragraphs, g.whole, { s: last.s, f: { ...last.f, end } });
}

/** Brackets a text opens and does not close. */
function unclosed(text: string): number {
  return (text.match(/[（(]/g) ?? []).length - (text.match(/[）)]/g) ?? []).length;
}

/** Do the numbers written without a counter ("部门动态402", "人事信息100余") make up the list's shortfall, exactly or, said 余/多, at most? */
function mayFillGap(words: readonly string[], sum: Dec, whole: Dec): boolean {
  const added = sumDec([sum, ...words.map((w) => toDec(Number(/(\d+)(?:余|多)?$/.exec(w)?.[1] ?? 0), 0))]);
  const c = cmpDec(added, whole);
  return c === 0 || (c < 0 && words.some((w) => /[余多]$/.test(w)));
}

/** Words that say a list's items overlap: "部分信息多渠道重复发布", "存在交叉"; "同一申请分别向多个单位提出的分别统计" (rt104). */
// (rt107: one application to several bodies, "部分申请同时向多个单位提出", counted by each)
const SAYS_REPEATED = /重复(?:发布|计数|统计|计算|公开)|多渠道(?:同步)?发布|交叉(?:发布|统计)|同时在多个|(?:同时)?向多个(?:单位|部门|机关|行政机关)(?:提出|申请)|分别(?:统计|计算|计数)|一人多件|多次申请/;

/** Why a reading whose parts do not add up still does not show an error (in Chinese), or null. */
function whyNoFinding(g: PartsGroup, paragraphs: readonly Paragraph[]): string | Said | null {
  const sum = sumDec(g.parts.map((p) => p.f.value));
  const unit = g.whole.f.unit;
  const round = roundItems(g);
  const over = cmpDec(sum, g.whole.f.value) > 0;
  // (but the exact items alone over the whole are over it whatever the round ones are: "其中…120余条，工作动态900条，通知公告400条" of 1250, txt90)
  if (round.length > 0 && !(over && !g.whole.f.approx && !g.whole.f.ulp)) return `所列各项含约数${round.map(roundText).join('、')}，各项之和不能确定，不作判断`;
  const suspended = over ? null : suspendedMakesWhole(g); // ("…（62），中止审查1件" of 63: txt100)
  if (suspended) return suspended;
  if (!over && !g.complete) return said('partsShort', formatDec(sum), unit, g.whole.f.raw);
  // (only where they may be what the list lacks: "…、第3季度120、其他信息280条、规划信息50条" is wrong either way, recall42)
  const unitless = over ? [] : unitlessBetween(g).filter((_, k, all) => mayFillGap(all, sum, g.whole.f.value));
  if (unitless.length > 0) return `所列各项之和${formatDec(sum)}${unit}小于总数${g.whole.f.raw}，但列举中的“${unitless.join('”“')}”未写量词，未计入，不作判断`;
  const added = over ? null : unitlessAddedAfter(g);
  if (added) return `所列各项之和${formatDec(sum)}${unit}小于总数${g.whole.f.raw}，但其后“${added}”未写量词，加上它恰为总数，不作判断`;
  const open = over ? null : openEndedList(g);
  if (open) return `所列各项之和${formatDec(sum)}${unit}小于总数${g.whole.f.raw}，但${open}`;
  const aside = over ? [] : countersAside(g);
  if (aside.length > 0) return `以${unit}计的各项之和${formatDec(sum)}${unit}小于总数${g.whole.f.raw}，另有${aside.map((f) => f.raw).join('、')}以其他量词计数，未计入，不作判断`;
  // ("…其他200条（部分信息多渠道重复发布）": the text says its items overlap — recall46)
  if (over && SAYS_REPEATED.test(g.parts[g.parts.length - 1]!.s.text)) return `所列各项之和${formatDec(sum)}${unit}大于总数${g.whole.f.raw}，但正文说明各项有重复计数`;
  const overlap = over && !g.complete ? overlappingParts(g.parts, g.whole) ?? nestedParts(g) : null;
  if (overlap) return said('partsOverBut', formatDec(sum), unit, g.whole.f.raw, overlap);
  // the channels of both the applications received and those carried in: "收到申请12件，上年结转申请1件，
  // 其中：当面申请4件，邮寄申请1件，网络申请8件" (hunt35, a real 2024 街道 report's 13, held to the 12 and an
  // error); they may be the 12's with one too many (red team 23, m41), or the 13's: a skip
  if (over && g.flowTotal && cmpDec(sum, g.flowTotal.value) === 0 && allOfDimension(g.parts, 'channel')) {
    return said('channelsOfBoth', formatDec(sum), unit, g.flowTotal.raw);
  }
  const turn = over ? turnAtYiji(g) : 0;
  if (turn > 0) return `所列各项之和${formatDec(sum)}${unit}大于总数${g.whole.f.raw}，但“以及”之前的${describeParts(g.parts.slice(0, turn))}恰为总数，“以及”之后的可能是另列的信息，不作判断`;
  const closed = over ? closedPrefix(g) : 0;
  if (closed > 0) return `所列各项之和${formatDec(sum)}${unit}大于总数${g.whole.f.raw}，但前${closed}项（至“其他”一项）之和恰为总数${g.whole.f.raw}，其后的可能是按另一种分法另列的，不作判断`;
  const prefix = over && !g.complete ? prefixAddingUp(g) : 0;
  if (prefix > 0) return `所列各项之和${formatDec(sum)}${unit}大于总数${g.whole.f.raw}，但前${prefix}项之和恰为总数${g.whole.f.raw}，其后各项可能按另一种分法（栏目、类别）列出，不作判断`;
  const verbTurn = over ? ownVerbTurn(g) : null;
  if (verbTurn) return `所列各项之和${formatDec(sum)}${unit}大于总数${g.whole.f.raw}，但前${verbTurn.count}项之和恰为总数${g.whole.f.raw}，其后“${verbTurn.turn}”以另一动词另起一事，“其中”所列可能止于它之前，不作判断`;
  if (g.peerTotal && cmpDec(sum, g.peerTotal) <= 0) {
    return said('partsPeers', formatDec(sum), unit, part(g.shape === 'qizhong' ? 'peersQizhong' : 'peersBefore'), formatDec(g.peerTotal));
  }
  const withdrawn = over ? withdrawnAside(g) : null;
  if (withdrawn) return withdrawn;
  const restated = over ? restatedCorrections(g) ?? restatedItem(g) ?? restatedInBracket(g) ?? restatedChannel(g) ?? otherOfKindAtEnd(g.parts, g.whole.f) : null;
  if (restated) return restated;
  const peers = over ? peerResults(g) ?? resultsOverChannel(g, saysNoneCarriedIn(paragraphs[g.whole.s.para]?.text ?? '')) : null;
  if (peers) return peers;
  if (g.unsure) return typeof g.unsure === 'string' ? `所列各项之和${formatDec(sum)}${unit}与${g.whole.f.raw}不符，但${g.unsure}` : said('partsUnsure', formatDec(sum), unit, g.whole.f.raw, g.unsure);
  if (g.tentative) return `所列各项之和${formatDec(sum)}${unit}与上一段的${g.whole.f.raw}不符，但“其中”在另一段开头，所指的总数不能确定`;
  // "除3件结转下年度外，其余59件均已办结": the text sets its rest apart from that whole itself
  // (and "复议6件，已审结4件，尚未审结2件" divides its cases in two: parts-closed-open.ts)
  // (nor, where it is the two divisions and one does not fit, as results of those received: parts-stages.ts, rt50)
  if (over && stagesOf(g.parts, g.whole.f.value) === 'breaks') return null;
  if (g.shape !== 'except' && g.shape !== 'closed-open' && resultsOfReceived(g) && !(over && (resultsOfNamedHead(g) || saysNoneCarriedIn(paragraphs[g.whole.s.para]?.text ?? '')))) return said('resultsOfReceived', formatDec(sum), unit, g.whole.f.raw);
  return null;
}

/**
 * Where a list's items before a "，以及" clause add up to its whole exactly, or 0: "发布法定主动公开内容1条，
 * 包括机构概况1条，以及“三公”经费及预算/决算信息2条" (hunt35, a real 2025 街道 report: the 以及 clause
 * names something else published beside the 1, and the list summed was an error, 3 against 1). Only a
 * 以及 opening a ，/；-clause, not one joining the last item of a run ("A、B以及C").
 */
function turnAtYiji(g: PartsGroup): number {
  for (let k = 1; k < g.parts.length; k++) {
    const [a, b] = [g.parts[k - 1]!, g.parts[k]!];
    if (a.s !== b.s || !/[，,；;]\s*以及/.test(a.s.text.slice(a.f.end, b.f.start))) continue;
    return cmpDec(sumDec(g.parts.slice(0, k).map((p) => p.f.value)), g.whole.f.value) === 0 ? k : 0;
  }
  return 0;
}

/**
 * How many of a list's first items add up to its whole exactly, when two at least do and two at least
 * come after them, none closing the list, or 0: "共发布信息4034条，其中政务信息2657条，县直及各乡镇1377条，
 * 政策解读24条，人事和招聘信息92条，基层政务公开专栏745条" (hunt35, a 2023 county report: the first two
 * divide the whole, the others are columns the same items fall in, and the list summed was an error).
 * Not a list whose items are all of one dimension (results, channels, applicants: they exclude each
 * other, so an item after those adding up is one the whole leaves out), nor one holding a result of
 * applications ("…无法提供17件、…其他处理1件，尚有0件正在办理": red team 23, m15), nor one item after them
 * (a writer's total that leaves out the last item is the likelier reading).
 */
function prefixAddingUp(g: PartsGroup): number {
  const dims = g.parts.map((p) => dimensionOf(p.f.label.replace(/^[、，,\s]+/, '').replace(LIST_LEAD, '') + wordsAfter(p.s, p.f)));
  if (dims.every((d) => d !== null && d === dims[0]) || dims.includes('result')) return 0;
  for (let k = 2; k <= g.parts.length - 2; k++) {
    if (cmpDec(sumDec(g.parts.slice(0, k).map((p) => p.f.value)), g.whole.f.value) !== 0) continue;
    return g.parts.slice(k).some((p) => closesList(p.f.label)) ? 0 : k;
  }
  return 0;
}

/**
 * How many of a list's first items add up to its whole exactly when the last of them is its 其他 item
 * and more items follow, or 0: "主动公开信息总数560条，其中政府网站公开政府信息数268条，其他方式公开政府信息数
 * 292条，规范性文件数1条" (hunt37: a real 2024 county bureau's list; the 其他 item closed the division by
 * channel and the 规范性文件 after it is counted among them, summed in it was an error, 561 against 560).
 * Not a results list (其他处理 is one of table 三's results, in any order).
 */
function closedPrefix(g: PartsGroup): number {
  const said = g.parts.map((p) => p.f.label.replace(/^[、，,\s]+/, '').replace(LIST_LEAD, '') + wordsAfter(p.s, p.f));
  // (nor a case's outcomes: "其中结果维持0件、结果纠正2件、其他结果0件、尚未审结1件" lists table 四's columns, red team 14 m01)
  if (said.some((w) => dimensionOf(w) === 'result' || OUTCOME.test(w))) return 0;
  const k = g.parts.findIndex((p) => closesList(p.f.label)) + 1;
  if (k < 2 || k >= g.parts.length || g.parts.slice(k).some((p) => closesList(p.f.label))) return 0;
  return cmpDec(sumDec(g.parts.slice(0, k).map((p) => p.f.value)), g.whole.f.value) === 0 ? k : 0;
}

/**
 * "共收到申请86件，其中予以公开42件，…其他处理4件" (88): results listed under the count received.
 * Table 三's results cover last year's carried applications too, and some received ones may be
 * carried forward: the results need not add up to the count received.
 */
function resultsOfReceived(g: PartsGroup): boolean {
  if (!STAGE_IN.test(g.whole.f.label) || ANSWERED.test(g.whole.f.label)) return false;
  // an item written count first ("其中3件予以公开，2件无法提供，2件不予处理": hunt38) names its result
  // after its figure (itemWords)
  const dims = g.parts.map((p) => dimensionOf(p.f.label) ?? dimensionOf(itemWords(p))).filter((d) => d !== null);
  return dims.length >= 2 && dims.every((d) => d === 'result');
}

/**
 * The paragraph says no application came from last year: "无上年结转", "上年无结转", "上年结转0件"
 * (red team 23, m04 and m19). Then every result is of an application received this year, and
 * results over the count received are wrong. Not "无结转下年度" (that says nothing of last year's),
 * and not a bare "无结转": after "已全部办结" or "均在法定期限内办结" it says nothing was carried
 * forward, and an application carried in may still be among the results.
 */
const NONE_CARRIED_IN = /(?:无|没有|未有)上一?年度?结转|上一?年度?(?:无|没有)结转|上一?年度?结转(?:的)?(?:申请)?(?:为)?\s*(?:0|零|〇)件/;

function saysNoneCarriedIn(paragraph: string): boolean {
  return NONE_CARRIED_IN.test(paragraph);
}

/**
 * "在受理的107件申请中，同意公开77件，…" / "本年新收的129件申请中，予以公开…": the sentence opens on
 * the count its results are of (parts-heads.ts findHeadWholeGroups). The text itself says the results
 * are those applications', so no carried application can be among them: results over the count are
 * wrong; short of it, some may still be in progress (a skip, as for any list short of its whole).
 */
function resultsOfNamedHead(g: PartsGroup): boolean {
  return g.shape === 'zhong' && g.parts.every((p) => p.s === g.whole.s);
}

/**
 * Evaluates one claim given its possible readings (any reading that adds up is accepted, any
 * under which the text need not be wrong makes a skip).
 */
export function evaluateGroup(
  given: readonly PartsGroup[],
  paragraphs: readonly Paragraph[],
): (ClaimOutcome & { group: PartsGroup }) | null {
  // a list with a planned part ("拟修改2件") is read without it first: a plan is not a part of
  // what was done; read with it too, for "待办理5件" may be
  // (an item written without its counter is an item as the reader reads it: the list is read with it, not without: withBareItems)
  // (and a list naming every kind of applicant the law names is closed: namesEveryApplicant; so is one of the year's new and carried in, parts-sources.ts)
  const planned = given.map((g) => withBareItems(g) ?? g).map((g) => (!g.complete && (namesEveryApplicant(g) || namesBothSources(g, paragraphs)) ? { ...g, complete: true } : g)).flatMap((g) => {
    const done = withoutPlannedParts(g);
    return done ? [done, g] : [g];
  });
  // and with its items counted in 件 or 份 beside the whole's 条 (countersAside), after those
  // (and without a note in brackets on an item, after those: withoutNotes)
  // (and without a 社情民意 item under a whole of 提案 or 建议, after those: parts-other-kind.ts)
  // (and with the withdrawn a bracket after the whole names, after those: withdrawn-results.ts)
  const readings = [
    ...planned,
    ...planned.flatMap((g) => withCountersAside(g) ?? []),
    ...planned.flatMap((g) => withoutNotes(g) ?? []),
    ...planned.flatMap((g) => withoutOtherKind(g) ?? []),
    ...planned.flatMap((g) => withWithdrawnInBracket(g) ?? []),
  ];
  const first = readings[0];
  if (!first) return null;
  for (const g of readings) {
    // a list with a round item ("1600余件") adds up only as that item allows (roundItems)
    const round = roundItems(g);
    if (round.length > 0) {
      const fits = round.length === 1 ? roundItemFits(g, round[0]!) : null;
      if (fits) return { group: g, check: { rule: RULE.partsSum, outcome: 'pass', quote: spanOf(paragraphs, g), detail: fits } };
      continue;
    }
    const sum = sumDec(g.parts.map((p) => p.f.value));
    // "1.2万条，其中…8000条，…4500条": a 万/亿 figure is rounded, and so may the sum be off
    const exact = cmpDec(sum, g.whole.f.value) === 0;
    if (exact || equalWithinRounding(sum, g.whole.f.value, [g.whole.f.ulp, ...g.parts.map((p) => p.f.ulp)])) {
      const quote = spanOf(paragraphs, g);
      const detail = exact ? `${describeParts(g.parts)} = ${g.whole.f.raw}` : `${describeParts(g.parts)} = ${formatDec(sum)}${g.whole.f.unit} ≈ ${g.whole.f.raw}（约数）`;
      return { group: g, check: { rule: RULE.partsSum, outcome: 'pass', quote, detail } };
    }
    // results adding up to the count received and the one carried in, both named before them: the
    // year's applications as table 三 counts them (新收 + 上年结转 = 办理结果 + 结转下年度)
    if (g.flowTotal && cmpDec(sum, g.flowTotal.value) === 0 && allResults(g.parts)) {
      return { group: g, check: { rule: RULE.partsSum, outcome: 'pass', quote: spanOf(paragraphs, g), detail: `${describeParts(g.parts)} = ${g.flowTotal.raw}（收到与上年结转之和）` } };
    }
  }
  // no reading adds up: a reading under which the text need not be wrong (an incomplete list,
  // parts that may overlap, 万/亿 figures cut rather than rounded) makes it a skip; only when every
  // reading fails is it a finding
  for (const g of readings) {
    if (roundItems(g).length > 0) continue;
    const loose = g.parts.some((p) => p.f.ulp) || g.whole.f.ulp;
    if (loose && sumCanFit(g.parts.map((p) => p.f), g.whole.f)) {
      const sum = sumDec(g.parts.map((p) => p.f.value));
      const detail = `${describeParts(g.parts)} = ${formatDec(sum)}${g.whole.f.unit}，正文${g.whole.f.raw}；万、亿数是约数，各数按末位前后各差1计算可以相符，不作判断`;
      return { group: g, check: { rule: RULE.partsSum, outcome: 'skip', quote: spanOf(paragraphs, g), detail } };
    }
  }
  for (const g of readings) {
    const skip = whyNoFinding(g, paragraphs);
    if (skip) {
      const quote = spanOf(paragraphs, g);
      return { group: g, check: typeof skip === 'string' ? { rule: RULE.partsSum, outcome: 'skip', quote, detail: skip } : saidCheck(RULE.partsSum, 'skip', quote, skip) };
    }
  }
  // the narrowest reading: the fewest parts, the least to claim; of the wholes those parts may
  // divide, the one they miss by least ("…1256条，其中…工作动态900条。其中，市级1000条，区县300条"
  // is wrong about 1256, 44 short, far likelier than about 900): the message names that whole
  const g = nearestWhole(shortestPrefix(first, readings), readings);
  const sum = sumDec(g.parts.map((p) => p.f.value));
  const quote = spanOf(paragraphs, g);
  const unit = g.whole.f.unit;
  // (one part over its whole: parts-lone.ts)
  const message = saidPartsTotal(g.whole.f.raw, formatDec(g.whole.f.value), unit, g.parts.map((p) => p.f.raw), formatDec(sum));
  return {
    group: g,
    check: { rule: RULE.partsSum, outcome: 'fail', quote, detail: `${describeParts(g.parts)} = ${formatDec(sum)}${unit} ≠ ${g.whole.f.raw}` },
    finding: textFinding(RULE.partsSum, 'error', message, quote, decToNumber(sum), decToNumber(g.whole.f.value)),
  };
}

/** Does every part of a list say (itemWords) that it is of one dimension (dimensionOf), two at least? */
function allOfDimension(parts: readonly At[], dim: string): boolean {
  return parts.length >= 2 && parts.every((p) => dimensionOf(itemWords(p)) === dim);
}

/**
 * Of the readings whose parts begin first's and stop sooner (a list that may end at a turn, qizhong-ends.ts),
 * the one with the fewest; first when none. A list over its whole even without the items past the turn is
 * quoted without them (hunt40b: a real 2020 district's nine kinds, 1657 against 1461, was quoted with its
 * WeChat account's 1916 summed in, 3573).
 */
function shortestPrefix(first: PartsGroup, readings: readonly PartsGroup[]): PartsGroup {
  const prefix = (g: PartsGroup): boolean => g.parts.length >= 2 && g.parts.length < first.parts.length
    && g.whole.f === first.whole.f && g.parts.every((p, i) => p.s === first.parts[i]!.s && p.f.start === first.parts[i]!.f.start);
  let best = first;
  for (const g of readings) if (prefix(g) && g.parts.length < best.parts.length) best = g;
  return best;
}

/** Of the readings with first's parts, the one whose whole is nearest their sum (relatively). */
function nearestWhole(first: PartsGroup, readings: readonly PartsGroup[]): PartsGroup {
  const sum = decToNumber(sumDec(first.parts.map((p) => p.f.value)));
  const miss = (g: PartsGroup): number => {
    const whole = decToNumber(g.whole.f.value);
    return Math.abs(sum - whole) / Math.max(1, Math.abs(whole));
  };
  // (by place: an item written without its counter is found afresh for each reading, withBareItems)
  const sameParts = (g: PartsGroup): boolean => g.parts.length === first.parts.length && g.parts.every((p, i) => p.s === first.parts[i]!.s && p.f.start === first.parts[i]!.f.start);
  let best = first;
  for (const g of readings) if (g !== first && sameParts(g) && miss(g) < miss(best)) best = g;
  return best;
}

/**
 * "一级预算单位222个，认定涉密部门2个，应公开部门219个": 应 = 有 − 涉密. Only a warning: a
 * unit may be neither (merged, newly set up), and the text does not say 应公开 = 总数 − 涉密.
 */
export function checkRemainders(s: SentenceFigures): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  if (s.figures.length < 3) return out;
  const figs = s.figures.filter(isCount);
  for (let i = 0; i + 2 < figs.length; i++) {
    const [a, b, c] = [figs[i], figs[i + 1], figs[i + 2]];
    if (!a || !b || !c || a.unit !== b.unit || b.unit !== c.unit) continue;
    if (!/有|共/.test(a.label) || !/涉密|不予公开|免于公开|无需公开|不需公开/.test(b.label) || !/^应|应当?公开|需公开/.test(c.label)) continue;
    const expected = subDec(a.value, b.value);
    const quote = shownOf(s).slice(clauseStart(s.text, a.start), c.end).trim();
    if (cmpDec(expected, c.value) === 0) {
      out.push({ check: { rule: RULE.partsSum, outcome: 'pass', quote, detail: `${a.raw} − ${b.raw} = ${c.raw}` } });
      continue;
    }
    const message = said('remainder', `${a.label}${a.raw}`, `${b.label}${b.raw}`, c.label, formatDec(expected), c.unit, c.raw);
    out.push({
      check: { rule: RULE.partsSum, outcome: 'fail', quote, detail: `${a.raw} − ${b.raw} = ${formatDec(expected)}${c.unit} ≠ ${c.raw}` },
      finding: textFinding(RULE.partsSum, 'warning', message, quote, decToNumber(expected), decToNumber(c.value)),
    });
  }
  return out;
}
