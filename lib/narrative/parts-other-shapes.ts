/**
 * The other shapes of list of text.parts-sum (parts-sum.ts): a parenthesis after the whole
 * ("73个…项目（核准6件、备案67件）"), outcomes after a received count ("复议申请174件，维持…93件，
 * …"), and a whole written after its parts ("网上申请73件、信函申请35件，共计105件").
 */
import { splitCarriedOn } from './carried-split.ts';
import { casesSum, reviewAndSuitCounts } from './cases-both.ts';
import { channelListTotal } from './channel-total.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import {
  CARRIED_ON,
  clauseStartOf,
  totalItemKindOf,
  inRespectivelyList,
  inSubsetParen,
  LIST_JOIN,
  LIST_LEAD,
  NOT_PARTS_PAREN,
  OUTCOME,
  parenEnd,
  RECEIVED,
  wordsAfter,
  type PartsGroup,
} from './parts-sum.ts';
import { notThisYears } from './other-year.ts';
import { outcomeSaid } from './outcome-after.ts';
import { TOTAL_CAVEAT } from './info-kinds.ts';
import { namesEveryKind } from './list-every-kind.ts';
import type { At } from './quote.ts';
import { lastMark } from '../text/marks.ts';

/** "73个…项目（核准6件、备案67件）": a parenthesis listing ≥2 counts right after the whole's clause. */
export function findParenGroups(s: SentenceFigures, year: number | null = null): PartsGroup[] {
  const out: PartsGroup[] = [];
  if (s.figures.length < 3) return out; // a whole and two parts at least
  const re = /[（(]/g;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    const open = m.index;
    const close = parenEnd(s.text, open + 1);
    const lead = s.text.slice(open + 1, open + 5);
    if (NOT_PARTS_PAREN.test(lead)) continue;
    // "51件（2021年：54件，2020年：50件）": other years' figures beside a count, not its parts
    const inner = s.figures.filter((f) => f.start > open && f.end <= close && isCount(f) && !notThisYears(s, f, year));
    const unit = inner[0]?.unit;
    if (inner.length < 2 || inner.some((f) => f.unit !== unit) || unit === '元') continue;
    // the whole: the last count in the same ，-segment before the parenthesis
    const segStart = lastMark(s.text, '，,；', open);
    const before = s.figures.filter((f) => f.end <= open && f.start > segStart && isCount(f) && f.unit !== '元');
    const whole = before[before.length - 1];
    if (!whole || inRespectivelyList(s, whole)) continue;
    out.push({ shape: 'paren', whole: { s, f: whole }, parts: inner.map((f) => ({ s, f })), complete: false });
  }
  return out;
}

/** Whether a label speaks of suits (诉讼, 起诉: 复议后起诉 too) or of reviews (复议), or of neither. */
function caseTopic(label: string): 'suit' | 'review' | null {
  return /诉讼|起诉/.test(label) ? 'suit' : /复议/.test(label) ? 'review' : null;
}

/**
 * A count of one group of suits or of reviews the body is party to, named as table 四 names them:
 * "复议后起诉3件", "未经复议直接起诉2件", "被申请行政复议5件" — a whole its outcomes may follow
 * with no 其中, as a received count's do (red team 21, m03), and where another's list begins.
 */
const CASE_GROUP = /(?:未经(?:行政)?复议(?:直接)?|直接|(?<!未)经?(?:行政)?复议后)(?:提起)?(?:行政)?(?:起诉|诉讼)$|被申请(?:行政)?复议$/;
const wholeOfOutcomes = (label: string): boolean => (RECEIVED.test(label) || CASE_GROUP.test(label)) && !OUTCOME.test(label);

/** "收到…复议申请174件，维持…93件，被依法纠错3件，其他情形78件": outcomes of a received count. */
export function findOutcomeGroups(s: SentenceFigures): PartsGroup[] {
  const out: PartsGroup[] = [];
  if (s.figures.length < 3) return out; // a whole and two outcomes at least
  const figs = s.figures;
  for (let i = 0; i < figs.length; i++) {
    const whole = figs[i];
    if (!whole || !isCount(whole) || !wholeOfOutcomes(whole.label) || inRespectivelyList(s, whole)) continue;
    // "被申请行政复议1件、被提起行政诉讼1件，维持1件、尚未审结1件": the outcomes of the list, not of its last
    // count; of both counts, a 复议's and a 诉讼's, joined by 、 or ，: of their sum (cases-both.ts)
    const prev = figs[i - 1];
    const both = reviewAndSuitCounts(prev, whole, s.text.slice(prev?.end ?? 0, whole.start));
    if (!both && prev && isCount(prev) && prev.unit === whole.unit && LIST_JOIN.test(s.text.slice(prev.end, whole.start))) continue;
    const topic = both ? null : caseTopic(whole.label);
    const parts: At[] = [];
    let clean = true;
    for (let j = i + 1; j < figs.length; j++) {
      const f = figs[j];
      if (!f) break;
      if (f.unit !== whole.unit || !isCount(f)) continue;
      if (wholeOfOutcomes(f.label)) break; // the next whole begins
      const its = caseTopic(f.label);
      // "收到行政复议申请2件，维持1件，撤销1件；行政诉讼1件，尚未审结": the other kind of case,
      // no outcome, after a ；: the next whole begins
      // (an outcome may be named after its figure: "3件维持，1件撤诉", outcome-after.ts)
      const said = outcomeSaid(s, f);
      if (said === '' && topic && its && its !== topic && /[；;]/.test(s.text.slice(whole.end, f.start))) break;
      if (said === '') clean = false;
      // "被提起行政诉讼1件，行政复议维持1件": an outcome of the other kind of case is not this count's
      if (topic && its && its !== topic) clean = false;
      parts.push({ s, f });
    }
    if (s.text.slice(whole.end, parts[parts.length - 1]?.f.start ?? whole.end).includes('其中')) continue;
    if (clean && parts.length >= 2) out.push({ shape: 'outcomes', whole: { s, f: both && prev ? casesSum(prev, whole) : whole }, parts, complete: false });
  }
  return out;
}

/**
 * Each count of the sentence standing in a ，-clause of its own after another, with nothing before
 * it but a total's word (`words`): a whole written after its parts. `from` is where its clause starts.
 */
export function totalClauses(s: SentenceFigures, words: RegExp, year: number | null): { w: TextFigure; from: number }[] {
  const out: { w: TextFigure; from: number }[] = [];
  // every total's words hold one of these: most sentences have none (three shapes ask, per sentence)
  if (s.figures.length < 3 || !/共|合计|总计|累计/.test(s.text)) return out;
  for (const w of s.figures) {
    if (!isCount(w)) continue;
    const from = clauseStartOf(s.text, w.start);
    if (from === 0 || !/[，,]/.test(s.text[from - 1] ?? '')) continue;
    if (!words.test(s.text.slice(from, w.start).trim()) || inSubsetParen(w) || notThisYears(s, w, year)) continue;
    out.push({ w, from });
  }
  return out;
}

/** A ，-clause that is nothing but a total's word before its figure: "共计", "合计", "以上共", "两项合计". */
const TRAILING_TOTAL = /^(?:以上|上述|前述)?(?:[两二三四五六](?:项|者|类|种))?(?:共计|合计|总计|总共|共)(?:为|达)?$/;

/** How many items a total's words say it sums: "两项合计", "以上三项共", "二者合计"; null when they do not say. */
const COUNTED = /([两二三四五六])(?:项|者|类|种)(?:共计|合计|总计|总共|共)/;
const SMALL: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

/**
 * The list's length its total declares, checked against the items found: the same number makes the
 * list complete (parts short of the total are then wrong too); another number, no reading (the text
 * sums other items than those found). Returns null when the group is to be dropped.
 */
export function declaredComplete(totalWords: string, items: number): boolean | null {
  const m = COUNTED.exec(totalWords);
  if (!m) return false;
  return SMALL[m[1] as string] === items ? true : null;
}

/**
 * "网上申请73件、信函申请35件，共计105件", "网上68件、信函45件、当面27件，合计137件": a whole
 * written after its parts, in a ，-clause of its own with nothing but a total's word, right after
 * a ，-clause that is a list (two counts or more of its unit joined by 、/和/及/与, all of one
 * dimension: channels, applicants, units or results). The list need not claim to be complete (a
 * 共计 may be the year's whole, with an item left out): parts under it are a skip, over it a finding.
 */
export function findTrailingTotalGroups(s: SentenceFigures, year: number | null = null): PartsGroup[] {
  const out: PartsGroup[] = [];
  for (const { w, from } of totalClauses(s, TRAILING_TOTAL, year)) {
    const listFrom = clauseStartOf(s.text, from - 1);
    const list = s.figures.filter((f) => f.start >= listFrom && f.end < from);
    if (list.length < 2 || list.some((f) => !isCount(f) || f.unit !== w.unit || f.paren !== null || notThisYears(s, f, year))) continue;
    if (list.some((f, k) => k > 0 && !LIST_JOIN.test(s.text.slice((list[k - 1] as TextFigure).end, f.start)))) continue;
    // each item named by its own words, all of one dimension
    const dims = list.map((f) => totalItemKindOf(f.label.replace(LIST_LEAD, '') + wordsAfter(s, f)));
    // (or every item a channel by channel-total.ts's words, 快递/邮寄/窗口 too: "网上申请40件，快递22件，合计62件" — its
    // total is the channels' own sum whatever it says of 本年新收, left59; with no 收到 before them the 合计 is read no further)
    if (dims.some((d) => d === null || d !== dims[0]) && !channelListTotal(s, w, s.text.slice(from, w.start), false)) continue;
    if (list.some((f) => inRespectivelyList(s, f) || CARRIED_ON.test(f.label) || splitCarriedOn(s, f))) continue;
    const declared = declaredComplete(s.text.slice(from, w.start), list.length);
    if (declared === null) continue;
    // (or every kind of table 二's decisions or table 三's results named: list-every-kind.ts)
    const complete = declared || namesEveryKind(list.map((f) => f.label.replace(LIST_LEAD, '') + wordsAfter(s, f)));
    out.push({ shape: 'trailing', whole: { s, f: w }, parts: list.map((f) => ({ s, f })), complete });
  }
  return out;
}

/**
 * "（一）予以公开4件；（二）部分公开2件；…（六）其他处理0件；（七）总计12件" (常州市武进区人民政府
 * 2024, red team 23, m32): table 三's results under its own numbers, then its （七）总计 — the text
 * copies the table's arithmetic, results total = （一）…（六）. The parts are the figures of the
 * sentence whose clause opens on （一）…（六） (a sub-item's "，其中…" clause does not).
 */
const ENUM_TOTAL = /^[（(]七[）)]\s*(?:总计|合计)$/;
const ENUM_ITEM = /^[（(][一二三四五六][）)]/;

export function findEnumeratedTotalGroups(s: SentenceFigures, year: number | null = null): PartsGroup[] {
  const out: PartsGroup[] = [];
  if (!s.text.includes('七') || !/[（(]七[）)]\s*(?:总计|合计)/.test(s.text)) return out;
  for (const w of s.figures) {
    if (!isCount(w) || notThisYears(s, w, year)) continue;
    const from = clauseStartOf(s.text, w.start);
    if (!ENUM_TOTAL.test(s.text.slice(from, w.start).trim())) continue;
    const parts = s.figures.filter((f) => f.end <= from && isCount(f) && f.unit === w.unit && f.paren === null && ENUM_ITEM.test(s.text.slice(clauseStartOf(s.text, f.start), f.start).trim()));
    if (parts.length < 2) continue;
    out.push({ shape: 'trailing', whole: { s, f: w }, parts: parts.map((f) => ({ s, f })), complete: true });
  }
  return out;
}

/** A ，-clause that adds its one count to the count before: "加上年结转4件", "再加上…", "连同…". */
const PLUS_CLAUSE = /^(?:加上?|再加上?|连同|加之)/;
/** The sum's own ，-clause: "共66件", "共计66件", "全年共需办理66件", "合计为66件". */
const SUM_CLAUSE = /^(?:全年)?(?:共|共计|合计|总计|总共|累计)(?:(?:需|须|应)(?:办理|处理)|受理)?(?:申请)?(?:为|达|是)?$/;
/** After a total, words that say it holds more than the list before it: "共62件（含…）", "，另有当面申请2件". */
const MORE_AFTER = /^\s*(?:[（(]|[，,；;]?\s*(?:其中|含|包括|另有|另|还有|此外|以及|加上|再加))/;

/**
 * "本年度新收申请62件，加上年结转4件，共66件": a count, a ，-clause adding one count to it, and a
 * ，-clause with nothing but the sum's words. The text does the sum itself (complete: both ways).
 */
export function findPlusGroups(s: SentenceFigures, year: number | null = null): PartsGroup[] {
  const out: PartsGroup[] = [];
  for (const { w, from } of totalClauses(s, SUM_CLAUSE, year)) {
    const plusFrom = clauseStartOf(s.text, from - 1);
    if (!PLUS_CLAUSE.test(s.text.slice(plusFrom, from).trim())) continue;
    const added = s.figures.filter((f) => f.start >= plusFrom && f.end < from);
    const b = added[0];
    if (added.length !== 1 || !b || !isCount(b) || b.unit !== w.unit || b.paren !== null || notThisYears(s, b, year)) continue;
    const firstFrom = clauseStartOf(s.text, plusFrom - 1);
    const first = s.figures.filter((f) => f.start >= firstFrom && f.end < plusFrom);
    const a = first[first.length - 1];
    if (!a || !isCount(a) || a.unit !== w.unit || a.paren !== null || notThisYears(s, a, year) || inRespectivelyList(s, a)) continue;
    if (MORE_AFTER.test(s.text.slice(w.end))) continue;
    // (the last item of a 、-list: "予以公开32件、…、其他处理1件，连同结转下年度的3件，合计66件" adds the list, rt55;
    // the whole list with it where every item has its figure, left57 — else nothing)
    const before = first[first.length - 2];
    if (before && isCount(before) && /、/.test(s.text.slice(before.end, a.start))) {
      const list = plusList(s, first, firstFrom, plusFrom, w.unit, year, s.text.slice(plusFrom, b.start));
      if (list) out.push({ shape: 'trailing', whole: { s, f: w }, parts: [...list.items.map((f) => ({ s, f })), { s, f: b }], complete: list.complete });
      continue;
    }
    out.push({ shape: 'trailing', whole: { s, f: w }, parts: [{ s, f: a }, { s, f: b }], complete: true });
  }
  return out;
}

/**
 * The 、-list a 连同/加上 clause adds to (left57; rt55 left "予以公开40件、部分公开7件、不予公开3件，连同结转下年度继续办理的
 * 3件，合计53件" unread): every figure of the list's ，-clause a count of the total's unit, each item after a 、 with its
 * own figure ("予以公开32件、部分公开、…" has an item without one: not read), none after 等 or in a parenthesis.
 * Complete (short of the total an error: the 合计 sums what the sentence names) unless the list opens with 其中 (a
 * part of a whole named before, which the total may hold whole: short of it a skip).
 */
function plusList(s: SentenceFigures, items: readonly TextFigure[], from: number, to: number, unit: string, year: number | null, added: string): { items: readonly TextFigure[]; complete: boolean } | null {
  if (items.some((f) => !isCount(f) || f.unit !== unit || f.paren !== null || notThisYears(s, f, year) || inRespectivelyList(s, f))) return null;
  const clause = s.text.slice(from, to);
  if (/等|[（(]/.test(clause)) return null;
  // (as many items as figures: one 、 before each figure but the first, none after the last)
  if ((clause.match(/、/g) ?? []).length !== items.length - 1) return null;
  if (items.some((f, k) => k > 0 && !/^、[^、，,；;。\d]{1,16}$/.test(s.text.slice((items[k - 1] as TextFigure).end, f.start)))) return null;
  // (items of one flow, not its stages: "受理申请62件、办结63件，连同结转下年度的3件，合计66件" totals 63 + 3 — rt58)
  const words = items.map((f, k) => s.text.slice(k === 0 ? from : (items[k - 1] as TextFigure).end, f.start));
  if (words.some((w) => FLOW_IN.test(w)) && words.some((w) => FLOW_OUT.test(w))) {
    // (…but the stage the added count completes is summed with it, where one stage alone is of its side: what was carried
    // on with the one count closed, "受理申请62件、办结63件，连同结转下年度的3件，合计66件" 63 + 3; what was carried in with
    // the one count received, "…新收62件、办结63件，连同上年结转的4件，合计66件" 62 + 4 — left59; else nothing)
    // (every item a stage: "受理62件、办结60件、不予处理3件" has a result beside 办结, which the total may hold too)
    const side = CARRIED_ON_ADDED.test(added) ? FLOW_OUT : CARRIED_IN_ADDED.test(added) ? FLOW_IN_NEW : null;
    const stage = side && words.every((w) => FLOW_IN.test(w) || FLOW_OUT.test(w)) ? items.filter((_, k) => side.test(words[k] as string)) : [];
    return stage.length === 1 ? { items: stage, complete: true } : null;
  }
  return { items, complete: !/^[\s，,]*其中/.test(clause) };
}
/** What a 连同 clause adds (plusList's stages): the applications carried on, or those carried in. */
const CARRIED_ON_ADDED = /^(?:连同|加上?|再加上?)(?:结转下(?:一)?年度?|转入下(?:一)?年度?|正在办理|尚在办理|仍在办理|尚未办结|未办结|在办)/;
const CARRIED_IN_ADDED = /^(?:连同|加上?|再加上?)(?:上(?:一)?年度?|去年)(?:结转|转结)/;
/** A stage that received this year's applications, not one carried in (the carried in are what the clause adds). */
const FLOW_IN_NEW = /收到|受理|新收|接收|接到/;
/** A flow's stages: what came in, what was dealt with (plusList). */
const FLOW_IN = /收到|受理|新收|接收|接到|结转/;
const FLOW_OUT = /办结|办复|答复|回复|办理完毕|处理完毕|完成/;

/** Names joined in a row before 分别: "政务微博、微信", "区政府本级和各镇". */
const NAME_JOIN = /、|以及|和|与|及/g;

/**
 * "通过政务微博、微信分别公开信息9689条、843条，合计10532条": a 分别 list (as many names before it as
 * figures after it, joined by 、/和/及/与), then a ，-clause with nothing but a total's word. The
 * total sums the names the text lists (complete: both ways); not when the total is itself qualified
 * after it ("共55个（含图书馆7个）", "共55个，其中…", "共62件，另有当面申请2件": MORE_AFTER).
 */
export function findRespectivelyTotals(s: SentenceFigures, year: number | null = null): PartsGroup[] {
  const out: PartsGroup[] = [];
  for (const { w, from } of totalClauses(s, RESPECTIVELY_TOTAL, year)) {
    const listFrom = clauseStartOf(s.text, from - 1);
    const list = s.figures.filter((f) => f.start >= listFrom && f.end < from);
    const first = list[0];
    if (!first || list.length < 2 || list.some((f) => !isCount(f) || f.unit !== w.unit || f.paren !== null || notThisYears(s, f, year))) continue;
    // (依次 as 分别: "同意公开、部分公开、不予公开依次为32件、5件、3件，合计40件", recall40)
    const at = Math.max(s.text.lastIndexOf('分别', first.start), s.text.lastIndexOf('依次', first.start));
    if (at < listFrom || !/^(?:分别|依次)(?:为|是|有|达|计)?[^\d，,；;。]{0,8}$/.test(s.text.slice(at, first.start))) continue;
    if (list.some((f, k) => k > 0 && !LIST_JOIN.test(s.text.slice((list[k - 1] as TextFigure).end, f.start)))) continue;
    if ((s.text.slice(listFrom, at).match(NAME_JOIN) ?? []).length !== list.length - 1) continue;
    if (MORE_AFTER.test(s.text.slice(w.end)) || TOTAL_CAVEAT.test(s.text.slice(w.end))) continue;
    // a total that names what it counts ("共计受理48件") may count more than the names: short of it is a skip
    const bare = TRAILING_TOTAL.test(s.text.slice(from, w.start).trim());
    // (outlets under a total of information: one item may go out by several, closing-totals.ts)
    if (!bare && OUTLET.test(s.text.slice(listFrom, first.start))) continue;
    // (the total's verb fits what the names are: "网上申请、当面申请分别为30件、12件，共计办结40件" counts
    // those answered of the applications received, "同意公开、部分公开、不予公开分别为…，共计公开37件" those
    // disclosed of the results — rt40)
    const verb = /收到|受理|办结|答复|办理|处理|公开|发布/.exec(s.text.slice(from, w.start))?.[0];
    if (!bare && verb && !verbFitsNames(verb, s.text.slice(listFrom, at).split(NAME_JOIN).map((n) => totalItemKindOf(n)))) continue;
    out.push({ shape: 'trailing', whole: { s, f: w }, parts: list.map((f) => ({ s, f })), complete: bare });
  }
  return out;
}

/** A total's verb over names of these dimensions: 办结… over results, 收到/受理 over none, 公开/发布 over kinds or bodies. */
function verbFitsNames(verb: string, dims: readonly (string | null)[]): boolean {
  if (/办结|答复|办理|处理/.test(verb)) return dims.every((d) => d === 'result');
  if (/公开|发布/.test(verb)) return dims.every((d) => d !== 'result' && d !== 'channel' && d !== 'applicant');
  return dims.every((d) => d !== 'result');
}

const OUTLET = /网站|网页|门户|微博|微信|公众号|客户端|平台|渠道|方式|媒体|公开栏|公告栏|公报|报刊|报纸|电视|广播/;
/** A total after a 分别 list: TRAILING_TOTAL's words, or those with what it counts ("共计受理", "合计公开信息"; recall40). */
const RESPECTIVELY_TOTAL = /^(?:以上|上述|前述)?(?:(?:[两二三四五六](?:项|者|类|种))?(?:共计|合计|总计|总共|共)(?:为|达)?|(?:共计|合计|总计|总共|共)(?:为|达|有)?(?:收到|受理|办结|答复|办理|处理|公开|发布)[^\d，,；;。（）()]{0,10})$/;
