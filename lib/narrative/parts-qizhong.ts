/**
 * The 其中 lists of text.parts-sum (parts-sum.ts): a 其中 inside the whole's sentence
 * ("共…N条，其中A a条、B b条…"); a 其中 or "X中，" opening a sentence whose whole is in the
 * sentence (or paragraph) before is parts-leading.ts's. Each finder gives every reading a careful reader would accept;
 * parts-judge.ts accepts any that adds up.
 */
import { increaseDivided } from './parts-increase.ts';
import { casesSum, reviewAndSuitCounts } from './cases-both.ts';
import { sumDec } from './decimal.ts';
import { isCount, semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import {
  ANSWERED, CARRIED_FROM, CARRIED_ON, clauseEnd, clauseStartOf, dimensionOf, flowTotalOf,
  inRespectivelyList, inSubsetParen, LIST_JOIN, LIST_LEAD, WORDS_THEN_JOIN, parenEnd, partsIn, wordsAfter,
  type PartsGroup,
} from './parts-sum.ts';
import { documentOfYear, notThisYears, openParenBefore } from './other-year.ts';
import { afterCommaAside, headedList, listMarks } from './list-marks.ts';
import { eachExpanded, namesEach } from './each-items.ts';
import { answeredTurn, channelTurn, doingTurn, frameTurn, messageTurn, pastAmongPublished, pastSemicolon, peerChannelTurn, runsOverSemicolon, semicolonTurn, listEnds } from './qizhong-ends.ts';
import { carriedFromTurn, carriedOnTurn, carriedOnUnder } from './qizhong-carried.ts';
import { closesListAmong } from './other-of-kind.ts';
import { INCLUDED, includesListOf, restOfIncluded, sumsToIncludedItem } from './qizhong-included.ts';
import { part } from './note-words.ts';

/** A count added to those before it: "另有上年结转5件", "还有…", "加上…". */
const ADDED = /^(?:另有|另外|另|还有|此外|加上|连同)/;

/** What became of a 复议 or 诉讼 case (table 四's columns, as the prose words them). */
const CASE_RESULT = /维持|纠错|纠正|驳回|其他结果|尚未审结|未审结|审结|结案|在办|在审|审理|撤销|确认违法|终止|撤回|撤诉|胜诉|败诉|判决/;

/**
 * "被申请行政复议3件，被提起行政诉讼2件，其中…": the whole's clause names 复议 or 诉讼, the count
 * right before it (with no 其中 between) the other.
 */
function reviewAndSuit(s: SentenceFigures, prev: TextFigure | undefined, whole: TextFigure, q: number): boolean {
  if (!prev || prev.unit !== whole.unit || s.text.slice(prev.end, q).includes('其中')) return false;
  // results, not kinds of suit ("其中直接起诉1件，复议后起诉1件" divides the suits)
  const first = s.figures.find((f) => f.start > q);
  if (!first || !CASE_RESULT.test(first.label.replace(LIST_LEAD, '') + wordsAfter(s, first))) return false;
  const kind = (f: TextFigure): string | null => {
    const c = s.text.slice(clauseStartOf(s.text, f.start), f.start).replace(/(?:经)?复议后(?:提起|起诉|诉讼)/g, '起诉');
    const review = /复议/.test(c);
    return review === /诉讼|起诉/.test(c) ? null : review ? 'review' : 'suit';
  };
  const a = kind(prev);
  const b = kind(whole);
  return a !== null && b !== null && a !== b;
}


/**
 * The counts of the list the whole ends, in its ，-clause ("人大代表建议58件、政协提案73件" → 58,
 * 73), or [] when the whole stands alone. Each joined to the next by 、/和/及/与 right after it, or
 * after its own words ("46件县人大代表建议、38件县政协提案": red team 27, c39).
 */
function joinedBefore(s: SentenceFigures, before: readonly TextFigure[], whole: TextFigure): TextFigure[] {
  const from = clauseStartOf(s.text, whole.start);
  const list = [whole];
  for (let k = before.indexOf(whole) - 1; k >= 0; k--) {
    const f = before[k] as TextFigure;
    const next = list[0] as TextFigure;
    const between = s.text.slice(f.end, next.start);
    if (f.start < from || f.unit !== whole.unit || !(LIST_JOIN.test(between) || WORDS_THEN_JOIN.test(between))) break;
    list.unshift(f);
  }
  return list;
}

/**
 * Table 四's kind of case a part names: 复议, 诉讼, or one of the suits' two groups (未经复议直接
 * 起诉, 复议后起诉); null when it names none or several.
 */
function caseKind(words: string): 'review' | 'suit' | 'direct' | 'after' | null {
  const after = /(?<!未)经?(?:行政)?复议后(?:提起|起诉|诉讼)/.test(words);
  const direct = /未经(?:行政)?复议|直接(?:提起|起诉)/.test(words);
  const review = /复议/.test(words.replace(/未经(?:行政)?复议(?:直接)?|(?<!未)经?(?:行政)?复议后/g, ''));
  const suit = /诉讼|起诉/.test(words);
  if (direct || after) return direct !== after && !review ? (direct ? 'direct' : 'after') : null;
  return review !== suit ? (review ? 'review' : 'suit') : null;
}

/**
 * "复议、诉讼案件共7件，其中行政复议3件，行政诉讼4件", "被提起行政诉讼5件，其中未经复议直接起诉2件、
 * 复议后起诉3件": the two parts are the two kinds of case the whole counts (table 四: 复议 and 诉讼;
 * the suits' two groups), so the list claims to be complete (red team 21, m04). Not when a part
 * or the whole names a result too ("其中行政复议维持3件").
 */
function byKindOfCase(s: SentenceFigures, whole: TextFigure, parts: readonly { f: TextFigure }[]): boolean {
  if (parts.length !== 2) return false;
  const wholeWords = s.text.slice(clauseStartOf(s.text, whole.start), whole.start);
  const labels = parts.map((p) => p.f.label.replace(/^[、，,\s]+/, '').replace(LIST_LEAD, ''));
  if (CASE_RESULT.test(wholeWords) || labels.some((l) => CASE_RESULT.test(l) || !/^(?:行政|政府信息公开)*(?:复议|诉讼|起诉|未经|直接|经)/.test(l))) return false;
  const kinds = new Set(labels.map(caseKind));
  const w = wholeWords.replace(/未经(?:行政)?复议(?:直接)?|(?<!未)经?(?:行政)?复议后/g, '起诉');
  const review = /复议/.test(w);
  const suit = /诉讼|起诉/.test(w);
  if (review && suit) return kinds.has('review') && kinds.has('suit');
  if (suit && caseKind(wholeWords) === 'suit') return kinds.has('direct') && kinds.has('after');
  return false;
}

/** A count's own clause saying it is carried from last year: "1件为上年度结转办理件", "2件系上年结转". */
const NAMED_CARRIED = /^\s*(?:为|系|属|是)(?:上一?年度?|去年|往年)结转[^，,；;。\d]{0,8}[，,]\s*$/;

/**
 * "共处理申请98件，办结99件，1件为上年度结转办理件，其中予以公开79件，占79.8%；…" (hunt34: a 2023
 * prefecture's report): the count before the 其中 only says how many of the count before it came
 * from last year; the 其中 divides that count (its shares are of 99), never the 1. The count before
 * it, of the same unit and joined by nothing but a comma, or undefined.
 */
function carriedAmong(s: SentenceFigures, before: readonly TextFigure[], last: TextFigure, q: number): TextFigure | undefined {
  const o = before[before.length - 2];
  if (!o || o.unit !== last.unit) return undefined;
  const between = s.text.slice(o.end, last.start - last.label.length);
  // and in a bracket right after the count: "办理142件（3件为2023年结转至本年度办理），其中…" (hunt40: a real 2024
  // district's results held to the 3, an error where they make the 142)
  if (!s.text.includes('结转', last.end)) return undefined; // (both regexes below need it; perf65)
  if (NAMED_CARRIED_PAREN.test(s.text.slice(last.end, q))) return /^\s*[（(]\s*$/.test(between) && last.label.trim() === '' ? o : undefined;
  if (!NAMED_CARRIED.test(s.text.slice(last.end, q))) return undefined;
  return /^\s*[，,]\s*$/.test(between) ? o : undefined;
}

/**
 * A count in another counter in a bracket right after the whole, closed before the 其中: "主动公开信息累计700条
 * （点击量52582次），其中主动公开重点领域信息556条、…" (hunt40's miss, a real 2022 镇's list, not read: the 次 was
 * taken for its whole). The count before the bracket, where the list's first item is in its counter, or undefined.
 */
function countedAside(s: SentenceFigures, before: readonly TextFigure[], last: TextFigure, q: number): TextFigure | undefined {
  const o = before[before.length - 2];
  if (!o || o.unit === last.unit || last.paren === null) return undefined;
  if (!/^\s*[（(][^（()）\d，,；;。]{0,8}$/.test(s.text.slice(o.end, last.start))) return undefined;
  if (!/^\s*[）)]\s*[，,]?\s*$/.test(s.text.slice(last.end, q))) return undefined;
  return s.figures.find((f) => f.start > q)?.unit === o.unit ? o : undefined;
}

/** The same in a bracket of its own, closed before the 其中: "（3件为2023年结转至本年度办理），". */
const NAMED_CARRIED_PAREN = /^\s*(?:为|系|属|是)(?:上一?年度?|去年|往年|\d{4}\s*年度?)结转[^，,；;。\d（()）]{0,10}[）)]\s*[，,]?\s*$/;

/**
 * The count a 包括 list inside a bracket follows in that bracket ("（其中，法定主动公开内容16条：包括…）"
 * → 16, which the bracket's 其中 makes a subset, so that it is no whole of the sentence's), or undefined.
 */
function innerIncluded(s: SentenceFigures, q: number): TextFigure | undefined {
  if (!s.text.startsWith('包', q)) return undefined;
  const open = openParenBefore(s.text, q);
  if (open < 0) return undefined;
  const f = s.figures.filter((x) => x.start > open && x.end <= q && isCount(x)).pop();
  return f && /^[^\d，,；;。（()）]{0,3}[：:]\s*$/.test(s.text.slice(f.end, q)) ? f : undefined;
}

/** Do two positions stand in one bracket (the innermost open at each is the same)? */
function sameParen(text: string, a: number, b: number): boolean {
  const o = openParenBefore(text, a);
  return o >= 0 && o === openParenBefore(text, b);
}

/** 其中 inside the whole's sentence (and a 包括 list: listMarks). */
export function findQizhongGroups(s: SentenceFigures, year: number | null = null): PartsGroup[][] {
  const out: PartsGroup[][] = [];
  // a whole and two parts at least (or one said of each of several names, "其中自然人、法人各10件": recall43)
  if (s.figures.length < 3 && !(s.figures.length === 2 && (namesEach(s.figures[1]!.label) ?? 0) >= 2)) return out;
  for (const q of listMarks(s.text)) {
    const before = s.figures.filter((f) => f.end <= q && isCount(f) && !inSubsetParen(f) && !notThisYears(s, f, year));
    const last = before[before.length - 1];
    if (!last) continue; // 其中 opens the sentence: findLeadingReference handles it
    // ("增加8个，其中新增…": the increase, parts-increase.ts)
    const whole = increaseDivided(s, q) ?? innerIncluded(s, q) ?? carriedAmong(s, before, last, q) ?? countedAside(s, before, last, q) ?? last;
    if (inRespectivelyList(s, whole)) continue;
    // (and a 包括 list of an item inside the same bracket: "（其中，法定主动公开内容16条：包括机构职能1条，…）",
    // hunt35: its items are the item's, within the bracket)
    const inParen = s.text[q - 1] === '（' || s.text[q - 1] === '(' || (s.text.startsWith('包', q) && sameParen(s.text, whole.start, q));
    // ("办结42件，其中按期办结41件，其余3件结转下年度": the carried 3 are none of the 42 — qizhong-carried.ts)
    // (and "收到申请62件，其中…窗口受理20件、网上申请42件，上年结转4件": those carried in none of the ways in, carriedFromTurn)
    const carriedCut = inParen ? null : carriedOnTurn(s, q, whole);
    // (what an item counts by: item-dimensions.ts)
    const dimOf = (f: TextFigure): string | null => dimensionOf(f.label.replace(LIST_LEAD, '') + wordsAfter(s, f));
    const turns = inParen ? [] : [channelTurn(s, q, whole), frameTurn(s, q), doingTurn(s, q, whole), messageTurn(s, q, whole), answeredTurn(s, q, whole), semicolonTurn(s, q, dimOf), peerChannelTurn(s, q, whole), carriedCut, carriedFromTurn(s, q, whole)].filter((t) => t !== null);
    const ends = inParen ? [parenEnd(s.text, q)] : [clauseEnd(s.text, q), ...listEnds(s, q, whole, turns)];
    // "新收申请86件，另有上年结转5件，其中办结88件，结转下年度3件": a whole added to the counts
    // before it may not be the whole the list divides; their sum may be
    // and "被申请行政复议3件，被提起行政诉讼2件，其中维持3件，在办2件": results of both
    // and "办理人大代表建议58件、政协提案73件，其中主办41件、协办90件": the whole is the last of a
    // list of counts, and the 其中 may divide the list's sum as well as its last item
    const joined = joinedBefore(s, before, whole);
    const added = joined.length >= 2 ? joined : ADDED.test(whole.label) || reviewAndSuit(s, before[before.length - 2], whole, q) ? before.filter((f) => f.unit === whole.unit) : [];
    const peers = added.length >= 2 ? { guess: true, peerTotal: sumDec(added.map((f) => f.value)) } : {};
    // "受理申请86件，含上年结转5件，其中网上申请50件，信函申请36件": a 含 clause names a subset
    // of the count before it; the 其中 after it may divide either
    // "其中自然人申请80件，法人申请6件，其中予以公开42件…", "其中网上申请50件、信函申请36件，均已
    // 办结，其中予以公开42件…": the whole before a second 其中 is an item of the first list; the
    // new list may divide it or the first list's whole
    // (only when the new list counts another thing than the item does: "法人申请6件，其中企业4件，
    // 社会组织3件" divides the 6)
    const listQ = s.text.lastIndexOf('其中', whole.start);
    const firstPart = s.figures.find((f) => f.start > q);
    const dimFirst = firstPart ? dimensionOf(firstPart.label.replace(LIST_LEAD, '') + wordsAfter(s, firstPart)) : null;
    const itemKind = CARRIED_FROM.test(whole.label) ? 'source' : dimensionOf(whole.label);
    const otherKind = dimFirst !== null && dimFirst !== itemKind;
    const listWhole = listQ >= 0 && otherKind ? before.filter((f) => f.end <= listQ).pop() : undefined;
    // "共办理91件，其中办结88件，结转下年度3件，其中予以公开42件…": results may divide the item
    // answered of the first list too
    const answered = listQ >= 0 && dimFirst === 'result' ? before.filter((f) => f.start > listQ && ANSWERED.test(f.label) && !CARRIED_ON.test(f.label)).pop() : undefined;
    // "新收申请62件，上年结转4件，其中网上申请50件、信函申请9件、当面申请3件" (red team 23): a 其中
    // right after 上年结转 may divide it, or the count it follows (新收, the year's own)
    const beforeCarried = CARRIED_FROM.test(whole.label) ? before[before.length - 2] : undefined;
    const sourceOf = beforeCarried && !s.text.slice(beforeCarried.end, whole.start).includes('其中') ? beforeCarried : undefined;
    const outers = INCLUDED.test(whole.label) ? [before[before.length - 2]] : [listWhole, answered, sourceOf];
    // "受理申请41件（含上年结转5件），其中自然人30件，法人或其他组织6件": the bracket names a subset of
    // the whole, and the list may divide the rest (the year's own 36) as its ，包括…， twin may
    const heldInParen = s.figures.find((f) => f.start > whole.end && f.end <= q && isCount(f) && f.unit === whole.unit
      && f.paren !== null && /^\s*(?:含|包括|包含)/.test(f.paren) && /^\s*[（(]/.test(s.text.slice(whole.end, f.start)));
    // "全年共收到申请21件，包括信函申请2件、网络申请19件，其中…" (session 33's hunts, recall34): the 其中
    // after a 包括 list divides the list's whole first, as well as the item it follows; a list that adds
    // up to an item only is a skip (sumsToIncludedItem), never a pass nor a finding against the item
    const inList = inParen ? undefined : includesListOf(s, whole, before);
    const wholes = inList && inList.outer.unit === whole.unit ? [inList.outer, whole] : [whole];
    // "全年新收申请86件，上年结转5件，其中予以公开…" (recall34): results may add up to the two together
    const flow = flowTotalOf(before.filter((f) => f.unit === whole.unit && f.start >= semicolonClauseStart(s.text, q)));
    for (const o of outers) if (o && !wholes.includes(o) && o.unit === whole.unit && !inRespectivelyList(s, o)) wholes.push(o);
    const readings: PartsGroup[] = [];
    // (a list plainly run on over its first ；is not read as stopping there: qizhong-ends.ts runsOverSemicolon)
    const fullList = partsIn(s, whole, q, s.text.length, false, year);
    // ("政策解读30条，其他解读材料20条": a 其他 of the item before closes no list — other-of-kind.ts, recall44)
    const overSemicolon = !inParen && runsOverSemicolon(s, q, fullList, dimOf, closesListAmong(fullList), whole);
    const semiDoubts = new Set<unknown>();
    for (const w of wholes) {
      for (const e of [...new Set(ends)]) {
        if (overSemicolon && e === clauseEnd(s.text, q)) continue;
        const listed = partsIn(s, w, q, e, inParen, year);
        // (one item said of each of several names is a list: "其中自然人、法人或其他组织各10件" — recall43)
        if (listed.length < 2 && !(listed.length === 1 && (namesEach(listed[0]!.f.label) ?? 0) >= 2)) continue;
        // "政策文件、工作动态各25条": once for each name (each-items.ts)
        const each = eachExpanded(listed);
        const parts = each && 'parts' in each ? each.parts : listed;
        const carriedIn = carriedOnUnder(s, w, parts);
        if (carriedIn && carriedCut !== null && partsIn(s, w, q, carriedCut, false, year).length >= 2) continue;
        const toItem = inList ? sumsToIncludedItem(inList, parts) : undefined;
        if (toItem && w !== inList?.outer) continue;
        const complete = parts.some((p) => closesListAmong(parts)(p.f.label)) || byKindOfCase(s, w, parts);
        const semi = inParen ? undefined : pastSemicolon(s, q, parts, dimOf);
        const unsure = (each && 'unsure' in each ? each.unsure : undefined)
          ?? (w === inList?.outer ? toItem : undefined)
          ?? (!complete && headedList(s.text, q) ? part('headedList') : undefined)
          ?? semi
          ?? carriedIn
          ?? (inParen ? undefined : pastAmongPublished(s, q, parts))
          ?? (w !== whole && INCLUDED.test(whole.label) ? restOfIncluded(w, whole, parts) : undefined)
          ?? (w === whole && heldInParen ? restOfIncluded(w, heldInParen, parts) : undefined);
        if (semi !== undefined && unsure === semi) semiDoubts.add(semi);
        readings.push({ shape: 'qizhong', whole: { s, f: w }, parts, complete, ...(w === whole ? peers : {}), ...(unsure ? { unsure } : {}), ...(flow ? { flowTotal: flow } : {}) });
        // "其中：概况类信息25条、政务动态信息1180条，信息公开目录300条" (the plain twin of recall37's bracket
        // list): items joined by 、 and then one after a ，, which may be another count (a section of the
        // site): read without it too, as bracket-items.ts reads its blanks (recall38)
        const narrow = afterCommaAside(s, w, parts);
        const read = readings[readings.length - 1]!;
        if (narrow) readings.push({ ...read, parts: narrow, complete: false });
        // ("2021年信息公开年报1条": an item named by last year's document, read without it too — other-year.ts documentOfYear)
        const undated = parts.filter((p) => !documentOfYear(s, p.f));
        if (undated.length >= 2 && undated.length < parts.length) readings.push({ ...read, parts: undated, complete: false });
      }
    }
    // (a list that may stop at its ； is judged by the reading that stops there, two items or more: it passes, fails or is short on its
    // own, and the reading past the ； failing too is no doubt of the text — rt88: "其中政策文件126件，…通知公告274件；接收市民来信
    // 咨询40件" of 1250 was a skip)
    const cut = clauseEnd(s.text, q);
    const stopsAtCut = (w: TextFigure): boolean => readings.some((g) => g.whole.f === w && g.parts.length >= 2 && g.parts.every((p) => p.f.end <= cut));
    readings.forEach((g, k) => {
      if (!semiDoubts.has(g.unsure) || !stopsAtCut(g.whole.f)) return;
      const { unsure: _doubt, ...sure } = g;
      readings[k] = sure;
    });
    // "被申请行政复议3件、被提起行政诉讼2件，其中维持3件…": the outcomes of both, parts of their sum (cases-both.ts)
    const other = before[before.length - 2];
    const firstAfter = s.figures.find((f) => f.start > q);
    if (other && whole === last && firstAfter && CASE_RESULT.test(firstAfter.label.replace(LIST_LEAD, '') + wordsAfter(s, firstAfter)) && reviewAndSuitCounts(other, whole, s.text.slice(other.end, whole.start))) {
      const sum = casesSum(other, whole);
      for (const g of readings.filter((x) => x.whole.f === whole)) {
        const { guess: _guess, peerTotal: _peers, ...rest } = g;
        readings.push({ ...rest, whole: { s, f: sum } });
      }
    }
    if (readings.length > 0) out.push(readings);
  }
  return out;
}

// a 其中 or "X中，" opening a sentence, its whole in the one before: parts-leading.ts (kept importable from here)
export { findLeadingReadings, findLeadingReference, readZhongHead } from './parts-leading.ts';
