/**
 * Parts of a whole (rule text.parts-sum): "共…N条，其中A a条、B b条…" — the parts sum to N.
 *
 * Reports write such lists in several shapes (seeds 000–004 and the Shuyang page):
 * - 其中 in the whole's sentence, its list running to the end of the ；-clause or of the sentence
 *   ("607条、占比63.1%，其中…406条，…201条，…0条；" ends at ；, "249条，其中：…9条；…7条；…"
 *   runs over ；): both readings are tried and any that adds up is accepted;
 * - 其中 opening the next sentence ("…493人。其中市级…70人；区(县)…423人。");
 * - "X中，" opening a sentence and naming a figure just before it ("已办理答复件中，…",
 *   "不予公开中，…");
 * - a parenthesis after the whole ("73个…项目（核准6件、备案67件）");
 * - outcomes after a received count ("复议申请174件，维持…93件，被依法纠错3件，其他情形78件");
 * - a remainder ("一级预算单位222个，认定涉密部门2个，应公开部门219个");
 * - a whole written after its parts ("网上申请73件、信函申请35件，共计105件").
 * A list whose parts fall short of the whole may simply be incomplete: that is a skip, not a
 * finding, unless the list says it is complete (an 其他 item). A single 其中 part claims nothing.
 * This file reads a list's parts once its whole is found (partsIn); the finders, one a shape, are in parts-qizhong.ts
 * (其中, "X中，") and parts-other-shapes.ts (a parenthesis, outcomes, a trailing total); parts-judge.ts judges the lists.
 */
import type { NotePart } from '../types.ts';
import { cmpDec, sumDec, type Dec } from './decimal.ts';
import { isClauseMark, isCount, SUBSET_PAREN, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { notThisYears, runningToYearEnd } from './other-year.ts';
import { CARRIED_SOURCE } from './period.ts';
import { wordsAfter, type At } from './quote.ts';

export { wordsAfter };
import { terminationAfterResults, withdrawalAfterResults } from './withdrawn-results.ts';
import { answeredLaterYear, carriedAfterFigure, splitCarriedOn } from './carried-split.ts';
import { dimensionOf, sisterCounter } from './item-dimensions.ts';
import { ANSWERED_LATE, lateEndsList } from './answered-late.ts';
import { parenEnd, withoutBreakdowns } from './parts-breakdowns.ts';
import { keptReading, type Keep } from './parts-kept.ts';
import { withoutSuspended } from './suspended-applications.ts';

export { parenEnd };

// what a list's item is counted by: item-dimensions.ts (kept importable from here, as its users do)
export { dimensionOf, totalItemKindOf } from './item-dimensions.ts';

export type GroupShape = 'qizhong' | 'qizhong-next' | 'zhong' | 'paren' | 'outcomes' | 'shares' | 'trailing' | 'except' | 'closed-open';

export interface PartsGroup {
  shape: GroupShape;
  whole: At;
  parts: At[];
  /** the list says it is complete (an 其他 item, or shares that total 100%) */
  complete: boolean;
  /**
   * the whole is one reading among others (a 其中 opening a sentence after a sentence with a
   * list of its own: of its whole, or of its last item?): a sum that does not fit is a skip
   */
  guess?: boolean;
  /**
   * a 其中 opening a sentence after a sentence of several counts and no list: their sum, which
   * the list may divide as well as the last count
   */
  peerTotal?: Dec;
  /**
   * the whole is read from the paragraph before (a 其中 opening a paragraph): a page's paragraphs
   * may be its own sections, so a sum that does not fit is a skip, never a finding
   */
  tentative?: boolean;
  /** why the whole is not sure (in Chinese, or coded: en64): a sum that fits no reading is a skip with it, never a finding */
  unsure?: string | NotePart;
  /**
   * the year's applications received and those carried in from the year before, both named right
   * before the list ("全年共收到申请86件，上年结转5件。其中…"): results adding up to their sum pass,
   * as table 三's 办理结果 and 结转下年度 add up to 新收 + 上年结转 (recall34)
   */
  flowTotal?: { value: Dec; raw: string };
}

/** Items that close a list: a list naming 其他 claims to cover the whole. */
export const CLOSING_ITEM = /其他(?!组织|处理)|其它(?!组织|处理)|或其[他它]组织|其余/;

/**
 * Table 二's row "其他对外管理服务事项" named as a kind: "其中涉及行政许可类处理决定数4条，其他对外管理
 * 服务事项处理决定数0条，行政处罚类…0条" (hunt36: a real 2020 county bureau's list under the 154 items
 * it published, read as closed by the row's 其他 and an error where it is only short of its total);
 * also in the 2019 format's word order, "其他管理对外服务事项672条" (hunt40: a real 2020 provincial
 * department's kinds of decisions under the 2848 items it published, 1556 of them, an error).
 */
const TABLE2_OTHER_ROW = /其[他它](?:对外管理|管理对外)服务事项/g;

/**
 * Does an item, by its label, close its list (CLOSING_ITEM)? Not when 其他 only ends a kind it
 * names with other words: "行政许可、行政处罚和其他权力28条" (a 2020 city report, hunt33) is one
 * kind of information among nine, not the rest of the whole; the list read as closed by it was an
 * error where it is only short of its total. A label opening on the joiner ("及其他信息20条") is the
 * list's own 其他 item still.
 */
export function closesList(label: string): boolean {
  if (!CLOSING_ITEM.test(label.includes('服务事项') ? label.replace(TABLE2_OTHER_ROW, '') : label)) return false;
  const words = label.replace(/^[、，,\s]+/, '').replace(LIST_LEAD, '').replace(/^(?:以及|及|和|与)/, '');
  return !/[^\s、，,；;：:（(]\s*(?:以及|和|及|与)\s*其[他它](?!组织)/.test(words);
}

/**
 * Outcomes of an application, 复议 or 诉讼 (table 四's columns and the pre-2019 wording), and a
 * suit's as the body's side words it: "行政诉讼5件，其中未经复议直接起诉1件、复议后起诉4件，败诉4件"
 * (厦门市思明区 2025, red team 23: the 4 lost are of the 5, not a third kind of suit).
 */
export const OUTCOME = /维持|纠错|纠正|驳回|其他情形|其他结果|尚未审结|未审结|撤销|确认违法|终止|撤回|败诉|胜诉/;

/** Labels that introduce a received or total count. */
export const RECEIVED = /收到|受理|共|发生|提起/;

/**
 * Parentheses whose figures are not parts of the list: a subset (figures-in-text.ts
 * SUBSET_PAREN, "（含上年结转189件）"), an approximation or a restatement ("（约…）", "（即…）").
 */
export const NOT_PARTS_PAREN = new RegExp(`${SUBSET_PAREN.source}|^\\s*(?:约|即)`);

export function inSubsetParen(f: TextFigure): boolean {
  return f.paren !== null && NOT_PARTS_PAREN.test(f.paren);
}

/** Where a ；-clause ends after `pos` (or the sentence's end). */
export function clauseEnd(text: string, pos: number): number {
  const m = /[；;]/.exec(text.slice(pos));
  return m ? pos + m.index : text.length;
}

const REVIEW_OR_SUIT = /复议|诉讼|起诉/;

/** Where the ，-clause holding `pos` starts. */
export function clauseStartOf(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !isClauseMark(text.charCodeAt(i - 1))) i--;
  return i;
}

/** 含/包括 opening a clause (not a parenthesis): a sub-list of the item before. */
const NESTED_INCLUDES = /[，,、]\s*(?:含|包括|包含)/g;

/**
 * A colon then 包括/含 after an item of the list: the item's own list ("（其中，法定主动公开内容16条：包括
 * 机构职能1条，工作部署2条，…）" — hunt35, a real 2024 township report whose one kind, equal to the whole,
 * was summed with its ten items, 32 against 16). Only after a count of the whole's unit in the list
 * ("其中：包括…" opens the list itself); where it starts, or Infinity.
 */
const COLON_INCLUDES = /[：:]\s*(?:含|包括|包含)/g;

function colonIncludesAt(s: SentenceFigures, whole: TextFigure, from: number): number {
  COLON_INCLUDES.lastIndex = from + 2;
  for (let m = COLON_INCLUDES.exec(s.text); m; m = COLON_INCLUDES.exec(s.text)) {
    const at = m.index;
    if (s.figures.some((f) => f.start >= from && f.end <= at && f !== whole && isCount(f) && f.unit === whole.unit)) return at;
  }
  return Infinity;
}

/**
 * The label of a figure that totals the items before it: "共计59件", "以上合计59件", and one that says
 * how many it sums ("二者合计33件", "两项共33件": rt38b, a subtotal of two results taken for a third).
 */
const SUBTOTAL = /^(?:以上|上述|前述)?(?:[两二三四五六](?:项|者|类|种))?(?:共计|合计|总计|共|累计|小计)/;

/**
 * The sum of a count received and a count carried in from the year before, when `counts` are those
 * two and nothing else (in either order: "全年共收到申请86件，上年结转5件", "上年结转5件，新收申请86件"),
 * or undefined (PartsGroup.flowTotal).
 */
export function flowTotalOf(counts: readonly TextFigure[]): { value: Dec; raw: string } | undefined {
  if (counts.length !== 2) return undefined;
  const carried = counts.filter((f) => CARRIED_FROM.test(f.label));
  const received = counts.filter((f) => !CARRIED_FROM.test(f.label) && /收到|受理|新收|接收|接到/.test(f.label) && !/办结|答复|办理|处理|结转/.test(f.label));
  const [c, r] = [carried[0], received[0]];
  if (carried.length !== 1 || received.length !== 1 || !c || !r || c.unit !== r.unit || c.approx || r.approx) return undefined;
  return { value: sumDec([r.value, c.value]), raw: `${r.raw}+${c.raw}` };
}

/**
 * What an item of a list says it is: the words before its figure ("其中予以公开32件") and after it, up
 * to the clause's end, for an item written figure first ("其中32件予以公开，剩余3件正在办理").
 */
export function itemWords(p: At): string {
  return p.f.label.replace(/^[、，,\s]+/, '').replace(LIST_LEAD, '') + wordsAfter(p.s, p.f);
}

/** Do a list's parts all say what became of applications (予以公开, 不予处理, 结转下年度…), two at least? */
export function allResults(parts: readonly At[]): boolean {
  const dims = parts.map((p) => dimensionOf(itemWords(p))).filter((d) => d !== null);
  return dims.length >= 2 && dims.every((d) => d === 'result');
}

/** A whole of answered applications, and an item carried to next year: not one of its parts. */
export const ANSWERED = /办结|答复|办理|处理/;
// (and as the 2019 template's reports word it: "结转至2020年办理1件", "转至次年办理" — 永春县 2019, red team 23)
export const CARRIED_ON = /结转下|转结下|转下一?年|转入下一?年|顺延|下一?年度?继续|(?:结转|转)(?:至|到|入)\s*(?:\d{4}\s*年|下一?年|次年|明年)/;
export const CARRIED_FROM = new RegExp(CARRIED_SOURCE);
export { ANSWERED_LATE };
/** 复议/诉讼 cases closed ("已审结9件", "结案9件"), and those still open (table 四's 尚未审结). */
const CLOSED_CASES = /审结|结案/;
const STILL_OPEN = /未审结|未结案|(?:正在|尚在|仍在)审理|审理中|在审|在办/;
/** Words opening a list or an item, before the item's own words: "其中，", "另有", "包括". */
export const LIST_LEAD = /^(?:其中|另有|还有|另|分别为|分别是|包括|含)?[，,：:\s]*/;
/** Words saying what became of applications or cases: 办理, 处理, 答复, 审结… (and 全年/本年度 before: hunt41). */
const DONE = /^(?:受理后|经审查|经审核|经核实|已|均|都|全部|依法|按时|按期|如期|及时|共|共计|累计|合计|并|且|全年|本年度?|年内)*(?:作出|做出|予以)?(?:办理|处理(?!结果|决定)|办结|答复|回复|办复|审结|结案|判决|予以公开|同意公开|全部公开|部分公开|不予公开|不予处理|其他处理|无法提供|结转下|公开$|(?:不)?属于(?:已)?(?:主动)?公开(?:的)?范围)/;

/**
 * The first 其中 after `from` that opens a sub-list ending this list, or −1. A 其中 inside a
 * parenthesis does not: "不予公开8件（其中涉及国家秘密2件），信息不存在12件，…" lists the
 * 不予公开's reasons in the bracket, and the outer list goes on after it (the bracket's figures
 * are no parts of it: inSubsetParen).
 */
function nestedQizhongAt(text: string, from: number): number {
  for (let q = text.indexOf('其中', from); q >= 0; q = text.indexOf('其中', q + 2)) {
    const open = (text.slice(from, q).match(/[（(]/g) ?? []).length - (text.slice(from, q).match(/[）)]/g) ?? []).length;
    if (open <= 0 || !/[）)]/.test(text.slice(q))) return q;
  }
  return -1;
}

export function partsIn(s: SentenceFigures, whole: TextFigure, from: number, to: number, insideParen: boolean, year: number | null): At[] {
  // (applications suspended after the results are none of them, txt100: suspended-applications.ts; an item the list may hold after
  // all, where only with it does it make its whole: parts-kept.ts)
  const read = (keep: Keep): At[] => withoutSuspended(listIn(s, whole, from, to, insideParen, year, keep), whole.label);
  const list = read({});
  return keptReading(s, whole, from, to, list, read) ?? list;
}

function listIn(s: SentenceFigures, whole: TextFigure, from: number, to: number, insideParen: boolean, year: number | null, keep: Keep): At[] {
  // a nested 其中 starts a sub-list: its items are not parts of this whole; so does a 含/包括
  // opening a clause ("其中政策文件328条，含规范性文件156条、政策解读102条")
  const nestedQ = nestedQizhongAt(s.text, from + 2);
  NESTED_INCLUDES.lastIndex = from + 2;
  let nestedH = NESTED_INCLUDES.exec(s.text);
  // (not a 包括 that only describes the item it stands in: "包括媒体解读、专家解读等在内的各类政策解读155条", hunt40)
  while (nestedH && /^[^，,；;。\d]*在内/.test(s.text.slice(nestedH.index + nestedH[0].length))) nestedH = NESTED_INCLUDES.exec(s.text);
  const nestedC = colonIncludesAt(s, whole, from);
  const nested = Math.min(nestedQ >= 0 ? nestedQ : Infinity, nestedH ? nestedH.index : Infinity, nestedC);
  let end = nested < to ? nested : to;
  // "办结88件，其中予以公开42件，…其他处理4件，结转下年度继续办理3件": the list of results
  // ends where the applications carried forward, which are not answered, begin
  if (ANSWERED.test(whole.label) && !CARRIED_ON.test(whole.label)) {
    // (or with the verb split around the figure: "结转3件至下年度", carried-split.ts)
    // (not "顺延答复9件", one of those closed — recall46; beside results or saying an item again, answered-late.ts)
    const carried = s.figures.find((f) => f.start >= from && f.end <= end && (CARRIED_ON.test(f.label.replace(ANSWERED_LATE, '')) || lateEndsList(s, f, from) || splitCarriedOn(s, f) || carriedAfterFigure(s, f) || answeredLaterYear(s, f, year)));
    if (carried) end = carried.start;
  }
  // "已审结9件，其中结果维持6件、结果纠正2件、其他结果1件，尚未审结3件": the cases closed are
  // divided into their results; those still open after them are the rest of the cases, not a
  // part of the closed (red team 21, c25)
  if (CLOSED_CASES.test(whole.label) && !STILL_OPEN.test(whole.label)) {
    const open = s.figures.find((f) => f.start >= from && f.end <= end && STILL_OPEN.test(f.label));
    if (open) end = open.start;
  }
  let parts = s.figures
    .filter((f) => f.start >= from && f.end <= end && isCount(f) && (f.unit === whole.unit || sisterCounter(whole.unit, whole.label, f.unit, f.label.replace(LIST_LEAD, '') + wordsAfter(s, f)))
      && (!notThisYears(s, f, year) || (keep.yearEnd === true && runningToYearEnd(s, f, year))) && (insideParen || !inSubsetParen(f)))
    .map((f) => ({ s, f }));
  // (an item in 件 under 份 applications, or the reverse, only beside items that say what they count:
  // "20份，其中网络申请12件，信函申请8件，涉及材料35份" reads no list: sisterCounter)
  // (nor beside a count in the items' unit that is none of them: "20件，其中当面申请3宗，网上申请16宗，涉及材料40宗")
  const sisterUnits = new Set(parts.filter((p) => p.f.unit !== whole.unit).map((p) => p.f.unit));
  const strayInUnit = s.figures.some((f) => f.start >= from && f.end <= end && sisterUnits.has(f.unit) && !parts.some((p) => p.f === f));
  if (strayInUnit || (parts.some((p) => p.f.unit !== whole.unit) && parts.some((p) => p.f.unit === whole.unit && !dimensionOf(p.f.label.replace(LIST_LEAD, '') + wordsAfter(s, p.f))))) {
    parts = parts.filter((p) => p.f.unit === whole.unit);
  }
  if (!insideParen) parts = withoutBreakdowns(parts, keep.row === true);
  // "其中予以公开42件、部分公开11件、不予公开6件，共计59件": a total after the items sums
  // them, it is no item of its own
  // (when it is their sum, the items after it may go on; else the list ends there)
  // (and a list in groups, each closed by its own total: "其中目录中公开…3条、…5条，共发布66条；专题
  // 专栏包括…50条、…34条，共发布84条" — hunt35, a 2024 district bureau's list of 188 read against its
  // first group only: each total that sums its group's items is taken out, the groups go on)
  // (a total right after one item sums nothing: "法人6人，其中委托律师代理4人，共62人" totals the
  // applicants, the list ends before it — rt39)
  if (parts.length >= 2 && SUBTOTAL.test((parts[1] as At).f.label.replace(/^[、，,；;\s]+/, ''))) parts = parts.slice(0, 1);
  for (let from = 0, k = 2; k < parts.length; k++) {
    if (k - from < 2 || !SUBTOTAL.test((parts[k] as At).f.label)) continue;
    const sums = cmpDec(sumDec(parts.slice(from, k).map((p) => p.f.value)), (parts[k] as At).f.value) === 0;
    if (!sums) {
      parts = parts.slice(0, k);
      break;
    }
    parts = parts.filter((_, j) => j !== k);
    from = k;
    k--;
  }
  // "行政复议案件5件，其中涉及政府信息公开的3件，结果维持2件，纠正1件", "诉讼2件，其中直接起诉
  // 1件，复议后起诉1件，尚未审结1件": outcomes after parts that are not outcomes are the results
  // of those parts (or of the whole), not more parts: the list ends where they begin
  // (an item may be named after its figure: "其中1件为复议后起诉，1件为直接起诉，1件已判决维持")
  const saidOf = new Map<TextFigure, string>(parts.map((p) => [p.f, p.f.label + wordsAfter(s, p.f)]));
  const said = (p: At): string => saidOf.get(p.f) ?? p.f.label;
  // (an application withdrawn after table 三's results is one of them: withdrawn-results.ts)
  const saids = parts.map(said);
  const firstOutcome = parts.findIndex((p, k) => OUTCOME.test(said(p)) && !withdrawalAfterResults(saids, k) && !terminationAfterResults(saids, k));
  let list = firstOutcome > 0 ? parts.slice(0, firstOutcome) : parts;
  // "其中自然人80件、法人6件，予以公开42件": the list ends where its items change dimension
  // (who applied, how, what became of it, which part of the body)
  // "其中网上申请1619余件；予以公开和部分公开合计1448件，占办结总数（2693件）的53.8%": an
  // approximate item is no figure to add, but an item still: it says what the list counts by, and a
  // figure counted by another dimension after it is another subject (red team 17)
  const lead = s.figures.find((f) => f.approx && f.start >= from && f.end <= end && f.unit === whole.unit && (!list[0] || f.start < list[0].f.start));
  const leadDim = lead ? dimensionOf(lead.label.replace(LIST_LEAD, '') + wordsAfter(s, lead)) : null;
  if (leadDim) {
    const other = list.findIndex((p) => { const d = dimensionOf(said(p)); return d !== null && d !== leadDim; });
    if (other >= 0) list = list.slice(0, other);
  }
  const first = dimensionOf(list[0] ? said(list[0]) : '');
  if (first) {
    const other = list.findIndex((p) => {
      const d = dimensionOf(said(p));
      return d !== null && d !== first;
    });
    if (other > 0) list = list.slice(0, other);
  }
  // "其中网上申请20件、信函申请30件，已全部办理48件", "…，依法处理48件", "…，已回复48件",
  // "其中首次申请70件，重复申请16件，予以公开12件": what became of the applications, after parts
  // that say nothing of it, is a result (of the whole or of the parts), not another part: the list
  // ends there. Parts that are themselves results ("其中已办理45件，正在办理5件") go on.
  // (上年结转 is where applications came from, not what became of them; table 四's outcomes,
  // "结果维持…尚未审结", are results too)
  // ("依申请同意公开14件、部分公开1件，不予处理1件…": 依申请 says what was granted, not another part:
  // recall37, session 36's hunts, where the list ended at 不予处理 and was read as 14 + 1)
  // (a result's name in quotes, "“予以公开”的11件", is one too: txt61, 丰泽区 2019's run stopped before its 结转 item)
  const isResult = (p: At): boolean =>
    !CARRIED_FROM.test(said(p)) && (DONE.test(p.f.label.replace(LIST_LEAD, '').replace(/^[“"「『]([^”"」』]{1,12})[”"」』]/u, '$1').replace(ON_APPLICATION, '')) || DONE.test(wordsAfter(s, p.f)) || OUTCOME.test(said(p)));
  // (of applications and cases, counted in 件: "其中政策文件200条，处理结果公开100条" lists kinds of information)
  // (and applications counted in 项, "收到依申请公开21项，其中当面申请5项，…办理19项": rt39b, flow-in-items.ts)
  if ((whole.unit === '件' || (whole.unit === '项' && /申请/.test(whole.label))) && list[0] && !isResult(list[0])) {
    const done = list.findIndex((p, k) => k > 0 && isResult(p)); // (list[0] is none: not read again)
    if (done > 0) list = list.slice(0, done);
  }
  // "办结88件，其中予以公开42件、…其他处理4件，申请人对答复不满意申请行政复议3件": a 复议 or
  // 诉讼 count after a list of applications begins another subject
  const wholeWords = s.text.slice(clauseStartOf(s.text, whole.start), from);
  if (REVIEW_OR_SUIT.test(wholeWords)) {
    // "被申请行政复议9件，其中以区政府为被申请人的1件；被提起行政诉讼14件，…": after a whole of
    // 复议 alone, a 诉讼 begins another subject, and after one of 诉讼 alone a 复议 (not "复议后起诉")
    const suit = (w: string): boolean => /诉讼|起诉/.test(w);
    const review = (w: string): boolean => /复议/.test(w.replace(/(?:经)?复议后(?:提起|起诉|诉讼)/g, ''));
    if (review(wholeWords) === suit(wholeWords)) return list;
    const another = list.findIndex((p) => (review(wholeWords) ? suit(p.f.label) : review(p.f.label) && !suit(p.f.label)));
    return another >= 0 ? list.slice(0, another) : list;
  }
  const other = list.findIndex((p) => REVIEW_OR_SUIT.test(p.f.label));
  return other >= 0 ? list.slice(0, other) : list;
}

/**
 * A figure of a 分别 list ("办结、结转下年度分别为91件、3件"): whether a 其中 after it divides
 * that figure, another of the list, or their sum cannot be told, so it is no whole. Nor is a
 * figure said of each of several names: "被申请行政复议和提起行政诉讼各1件，其中行政复议1件，行政
 * 诉讼1件" (red team 10, page 44) lists the names again, it does not divide 1.
 */
export function inRespectivelyList(s: SentenceFigures, f: TextFigure): boolean {
  const before = s.text.slice(clauseStartOf(s.text, f.start), f.start);
  return before.includes('分别') || before.includes('依次') || /各(?:为|是|有|达|计)?\s*$/.test(before);
}

/** "依申请" before a result's words: "依申请同意公开14件" is a result (granted on application). */
const ON_APPLICATION = /^依申请(?:公开)?(?=予以|同意|全部公开|部分公开|不予|无法提供|作出|做出|办结|答复)/;

/** Between two counts of one list in a ，-clause: "、", "和", "及", "与", and the next item's words. */
export const LIST_JOIN = /^[、和及与]|^以及/;

/** An item's words after its count, then the join to the next count: "件县人大代表建议、". */
export const WORDS_THEN_JOIN = /^[^\d，,；;。：:（）()]{0,14}[、和及与]$/;

/**
 * The counts joined to `w` before it by 、/和/及/与, with or without the next item's words between
 * ("人大代表建议58件、政协提案73件", "46件县人大代表建议、38件县政协提案": red team 27, c39 and
 * c12): `w` last; [w] when it ends no such run.
 */
export function countRunBefore(s: SentenceFigures, w: TextFigure): TextFigure[] {
  const run = [w];
  for (let k = s.figures.indexOf(w) - 1; k >= 0; k--) {
    const f = s.figures[k] as TextFigure;
    const between = s.text.slice(f.end, (run[0] as TextFigure).start);
    if (!isCount(f) || f.unit !== w.unit || !(LIST_JOIN.test(between) && !/[\d，,；;。：:（）()]/.test(between) || WORDS_THEN_JOIN.test(between))) break;
    run.unshift(f);
  }
  return run;
}
