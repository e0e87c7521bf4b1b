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
 * This file finds the lists and their readings; parts-judge.ts judges them.
 */
import { cmpDec, sumDec, type Dec } from './decimal.ts';
import { isCount, SUBSET_PAREN, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { notThisYears } from './other-year.ts';
import { CARRIED_SOURCE } from './period.ts';
import type { At } from './quote.ts';

export type GroupShape = 'qizhong' | 'qizhong-next' | 'zhong' | 'paren' | 'outcomes' | 'shares' | 'trailing';

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
}

/** Items that close a list: a list naming 其他 claims to cover the whole. */
const CLOSING_ITEM = /其他|其它|其余/;

/** Outcomes of an application, 复议 or 诉讼 (table 四's columns and the pre-2019 wording). */
const OUTCOME = /维持|纠错|纠正|驳回|其他情形|其他结果|尚未审结|未审结|撤销|确认违法|终止|撤回/;

/** Labels that introduce a received or total count. */
const RECEIVED = /收到|受理|共|发生|提起/;

/**
 * Parentheses whose figures are not parts of the list: a subset (figures-in-text.ts
 * SUBSET_PAREN, "（含上年结转189件）"), an approximation or a restatement ("（约…）", "（即…）").
 */
const NOT_PARTS_PAREN = new RegExp(`${SUBSET_PAREN.source}|^\\s*(?:约|即)`);

function inSubsetParen(f: TextFigure): boolean {
  return f.paren !== null && NOT_PARTS_PAREN.test(f.paren);
}

/** Where a ；-clause ends after `pos` (or the sentence's end). */
function clauseEnd(text: string, pos: number): number {
  const m = /[；;]/.exec(text.slice(pos));
  return m ? pos + m.index : text.length;
}

/** Where the parenthesis open before `pos` closes. */
function parenEnd(text: string, pos: number): number {
  const m = /[)）]/.exec(text.slice(pos));
  return m ? pos + m.index : text.length;
}

const REVIEW_OR_SUIT = /复议|诉讼|起诉/;

/** Where the ，-clause holding `pos` starts. */
function clauseStartOf(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !/[，,；;：:。]/.test(text[i - 1] ?? '')) i--;
  return i;
}

/** What an item of a list of applications is counted by, when its label says. */
const DIMENSIONS: readonly [string, RegExp][] = [
  ['result', /予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理|办结|答复|结转|不掌握|不存在/],
  ['channel', /网上|网络|互联网|在线|当面|现场|信函|来信|传真|邮寄|电子邮件|邮件/],
  ['applicant', /自然人|个人(?!隐私|信息|秘密|财产)|法人|企业|公民|社会组织|其他组织|科研机构|法律服务机构/],
  ['unit', /办公室|政府办|部门|本级|县区|区县|街道|乡镇|直属|下属/],
];

export function dimensionOf(label: string): string | null {
  for (const [d, re] of DIMENSIONS) if (re.test(label)) return d;
  return null;
}

/** 含/包括 opening a clause (not a parenthesis): a sub-list of the item before. */
const NESTED_INCLUDES = /[，,、]\s*(?:含|包括|包含)/g;

/** The words right after a figure, up to a clause mark or the next figure ("1件为直接起诉" → "为直接起诉"). */
function wordsAfter(s: SentenceFigures, f: TextFigure): string {
  const next = s.figures.find((x) => x.start >= f.end);
  const to = next ? next.start : s.text.length;
  const stop = s.text.slice(f.end, to).search(/[，,；;。、：:（()）]/);
  return stop < 0 ? s.text.slice(f.end, to) : s.text.slice(f.end, f.end + stop);
}

/** The label of a figure that totals the items before it: "共计59件", "以上合计59件". */
const SUBTOTAL = /^(?:以上|上述|前述)?(?:共计|合计|总计|共|累计|小计)/;

/** A whole of answered applications, and an item carried to next year: not one of its parts. */
export const ANSWERED = /办结|答复|办理|处理/;
const CARRIED_ON = /结转下|转下一?年|转入下一?年|顺延|下一?年度?继续/;
const CARRIED_FROM = new RegExp(CARRIED_SOURCE);
/** Words opening a list or an item, before the item's own words: "其中，", "另有", "包括". */
const LIST_LEAD = /^(?:其中|另有|还有|另|分别为|分别是|包括|含)?[，,：:\s]*/;
/** Words saying what became of applications or cases: 办理, 处理, 答复, 审结… (any of their forms). */
const DONE = /^(?:受理后|经审查|经审核|经核实|已|均|都|全部|依法|按时|按期|如期|及时|共|共计|累计|合计|并|且)*(?:作出|做出|予以)?(?:办理|处理(?!结果|决定)|办结|答复|回复|办复|审结|结案|判决|予以公开|同意公开|全部公开|部分公开|不予公开|不予处理|其他处理|无法提供|结转下|公开$)/;

function partsIn(s: SentenceFigures, whole: TextFigure, from: number, to: number, insideParen: boolean, year: number | null): At[] {
  // a nested 其中 starts a sub-list: its items are not parts of this whole; so does a 含/包括
  // opening a clause ("其中政策文件328条，含规范性文件156条、政策解读102条")
  const nestedQ = s.text.indexOf('其中', from + 2);
  NESTED_INCLUDES.lastIndex = from + 2;
  const nestedH = NESTED_INCLUDES.exec(s.text);
  const nested = Math.min(nestedQ >= 0 ? nestedQ : Infinity, nestedH ? nestedH.index : Infinity);
  let end = nested < to ? nested : to;
  // "办结88件，其中予以公开42件，…其他处理4件，结转下年度继续办理3件": the list of results
  // ends where the applications carried forward, which are not answered, begin
  if (ANSWERED.test(whole.label) && !CARRIED_ON.test(whole.label)) {
    const carried = s.figures.find((f) => f.start >= from && f.end <= end && CARRIED_ON.test(f.label));
    if (carried) end = carried.start;
  }
  let parts = s.figures
    .filter((f) => f.start >= from && f.end <= end && isCount(f) && f.unit === whole.unit && !notThisYear(s, f, year) && (insideParen || !inSubsetParen(f)))
    .map((f) => ({ s, f }));
  // "其中予以公开42件、部分公开11件、不予公开6件，共计59件": a total after the items sums
  // them, it is no item of its own
  // (when it is their sum, the items after it may go on; else the list ends there)
  const subtotal = parts.findIndex((p, k) => k >= 2 && SUBTOTAL.test(p.f.label));
  if (subtotal > 0) {
    const sums = cmpDec(sumDec(parts.slice(0, subtotal).map((p) => p.f.value)), (parts[subtotal] as At).f.value) === 0;
    parts = sums ? parts.filter((_, k) => k !== subtotal) : parts.slice(0, subtotal);
  }
  // "行政复议案件5件，其中涉及政府信息公开的3件，结果维持2件，纠正1件", "诉讼2件，其中直接起诉
  // 1件，复议后起诉1件，尚未审结1件": outcomes after parts that are not outcomes are the results
  // of those parts (or of the whole), not more parts: the list ends where they begin
  // (an item may be named after its figure: "其中1件为复议后起诉，1件为直接起诉，1件已判决维持")
  const saidOf = new Map<TextFigure, string>(parts.map((p) => [p.f, p.f.label + wordsAfter(s, p.f)]));
  const said = (p: At): string => saidOf.get(p.f) ?? p.f.label;
  const firstOutcome = parts.findIndex((p) => OUTCOME.test(said(p)));
  let list = firstOutcome > 0 ? parts.slice(0, firstOutcome) : parts;
  // "其中自然人80件、法人6件，予以公开42件": the list ends where its items change dimension
  // (who applied, how, what became of it, which part of the body)
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
  const isResult = (p: At): boolean =>
    !CARRIED_FROM.test(said(p)) && (DONE.test(p.f.label.replace(LIST_LEAD, '')) || DONE.test(wordsAfter(s, p.f)) || OUTCOME.test(said(p)));
  // (of applications and cases, counted in 件: "其中政策文件200条，处理结果公开100条" lists kinds of information)
  if (whole.unit === '件' && list[0] && !isResult(list[0])) {
    const done = list.findIndex(isResult);
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
 * Last year's figure in a comparison ("较2022年的50件增加36件"): the base compared with, never
 * the whole a following 其中 list divides ("…，其中自然人申请80件，法人申请6件" is of this year's).
 */
const COMPARISON_BASE = /(?:较|比|相比|相较|对比)(?:于)?(?:上年|上一年|去年|上年度|上一年度|前一年|同期|\d{4})|同比|环比/;

/**
 * A base, a difference or another year's figure (other-year.ts: "新收申请60件（上年55件），其中…",
 * "比上年的55件多5件，其中…", "其中自然人申请51件（2021年：54件）"): neither the whole of a list
 * of this year's figures nor one of its parts. The whole is then the nearest figure of this year.
 */
function notThisYear(s: SentenceFigures, f: TextFigure, year: number | null): boolean {
  return COMPARISON_BASE.test(f.label) || notThisYears(s, f, year);
}

/**
 * A part that is a plan, not something done ("共清理56件，其中继续有效45件，修改8件，废止3件，
 * 拟修改2件": the 2 are among the 8 or the 45, to be changed later). 拟/计划/将/待/准备/预计 opening
 * its label. Not dropped outright: "共收到50件，其中已办结45件，待办理5件" counts the 5 in the whole,
 * so a list with such a part is read both ways (withoutPlannedParts), and either may add up.
 * 计划生育 is a subject, not a plan. The plan may follow its figure too ("其中保留5件，废止3件，
 * 2件拟修改"), when the label before it names nothing else (PLAN_AFTER_BARE).
 */
const PLANNED = /^(?:另|还|尚|并)?(?:拟|计划(?!生育)|将|待|准备|预计|打算)/;
/** The words right after a figure that make it a plan: "2件拟修改", "1件将于明年废止". */
const PLANNED_AFTER = /^(?:均|也|则|还)?(?:拟|计划(?!生育)|将|待|准备|预计|打算)/;
/** A label that names no item of its own, so the words after its figure do: "，2件拟修改", "另有2件拟废止". */
const PLAN_AFTER_BARE = /^(?:另有|还有|尚有|另|还|尚|并|有)?$/;

function isPlanned(p: At): boolean {
  return PLANNED.test(p.f.label) || (PLAN_AFTER_BARE.test(p.f.label) && PLANNED_AFTER.test(wordsAfter(p.s, p.f)));
}

/** The reading of g without its planned parts (that reading first), or null when it has none. */
export function withoutPlannedParts(g: PartsGroup): PartsGroup | null {
  const parts = g.parts.filter((p) => !isPlanned(p));
  if (parts.length === g.parts.length || parts.length < 2) return null;
  return { ...g, parts, complete: parts.some((p) => CLOSING_ITEM.test(p.f.label)) };
}

/**
 * A figure of a 分别 list ("办结、结转下年度分别为91件、3件"): whether a 其中 after it divides
 * that figure, another of the list, or their sum cannot be told, so it is no whole. Nor is a
 * figure said of each of several names: "被申请行政复议和提起行政诉讼各1件，其中行政复议1件，行政
 * 诉讼1件" (red team 10, page 44) lists the names again, it does not divide 1.
 */
function inRespectivelyList(s: SentenceFigures, f: TextFigure): boolean {
  const before = s.text.slice(clauseStartOf(s.text, f.start), f.start);
  return before.includes('分别') || /各(?:为|是|有|达|计)?\s*$/.test(before);
}

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

/** Between two counts of one list in a ，-clause: "、", "和", "及", "与", and the next item's words. */
const LIST_JOIN = /^[、和及与]|^以及/;

/**
 * The counts of the list the whole ends, in its ，-clause ("人大代表建议58件、政协提案73件" → 58,
 * 73), or [] when the whole stands alone. Each joined to the next by 、/和/及/与 right after it.
 */
function joinedBefore(s: SentenceFigures, before: readonly TextFigure[], whole: TextFigure): TextFigure[] {
  const from = clauseStartOf(s.text, whole.start);
  const list = [whole];
  for (let k = before.indexOf(whole) - 1; k >= 0; k--) {
    const f = before[k] as TextFigure;
    const next = list[0] as TextFigure;
    if (f.start < from || f.unit !== whole.unit || !LIST_JOIN.test(s.text.slice(f.end, next.start))) break;
    list.unshift(f);
  }
  return list;
}

/** A count that is a subset of the one before it, in a clause of its own: "，含上年结转5件". */
const INCLUDED = /^(?:含|包括|包含|内含)/;

/** 其中 inside the whole's sentence. */
export function findQizhongGroups(s: SentenceFigures, year: number | null = null): PartsGroup[][] {
  const out: PartsGroup[][] = [];
  if (s.figures.length < 3) return out; // a whole and two parts at least
  for (let q = s.text.indexOf('其中'); q >= 0; q = s.text.indexOf('其中', q + 2)) {
    const before = s.figures.filter((f) => f.end <= q && isCount(f) && !inSubsetParen(f) && !notThisYear(s, f, year));
    const whole = before[before.length - 1];
    if (!whole) continue; // 其中 opens the sentence: findLeadingReference handles it
    if (inRespectivelyList(s, whole)) continue;
    const inParen = s.text[q - 1] === '（' || s.text[q - 1] === '(';
    const ends = inParen ? [parenEnd(s.text, q)] : [clauseEnd(s.text, q), s.text.length];
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
    const outers = INCLUDED.test(whole.label) ? [before[before.length - 2]] : [listWhole, answered];
    const wholes = [whole];
    for (const o of outers) if (o && !wholes.includes(o) && o.unit === whole.unit && !inRespectivelyList(s, o)) wholes.push(o);
    const readings: PartsGroup[] = [];
    for (const w of wholes) {
      for (const e of [...new Set(ends)]) {
        const parts = partsIn(s, w, q, e, inParen, year);
        if (parts.length >= 2) readings.push({ shape: 'qizhong', whole: { s, f: w }, parts, complete: parts.some((p) => CLOSING_ITEM.test(p.f.label)), ...(w === whole ? peers : {}) });
      }
    }
    if (readings.length > 0) out.push(readings);
  }
  return out;
}

/** The head noun of "已办理答复件中，" / "不予公开中，": the words a figure before it is labelled with. */
export function readZhongHead(sentence: string): { head: string; length: number } | null {
  // "其中，…" / "其中市级…" / "已办理答复件中，…" at the start of a sentence
  const m = /^[\s，,]*(?:其中\s*[，,：:]?|([^\d，,；;。（）()“”"]{2,12}?)中\s*[，,：:])/.exec(sentence);
  if (!m) return null;
  const head = (m[1] ?? '').replace(/^(?:已|在|其|对|于|上述|以上)/, '').replace(/(?:件|的|申请|事项)$/, '');
  return { head, length: m[0].length };
}

/**
 * The readings of a 其中 opening a sentence: the figure just before, and, when that figure is
 * itself an item of a list ("…1256条，其中政策文件356条，工作动态900条。其中，市级…1000条，
 * 区县…256条"), the list's whole. Both are marked guess: the whole is not certain.
 */
export function findLeadingReadings(sentences: readonly SentenceFigures[], i: number, year: number | null = null): PartsGroup[] {
  const g = findLeadingReference(sentences, i, year);
  if (!g) return [];
  // like a 其中 inside a sentence, the list may end at the ；-clause or run over ；: "本年新收申请中，
  // 自然人申请80件，…法人或其他组织申请6件…；通过互联网渠道申请65件，当面申请12件…" holds two lists
  const s = g.parts[0]?.s;
  const end = s ? clauseEnd(s.text, g.parts[0]?.f.start ?? 0) : 0;
  const inClause = g.parts.filter((p) => p.f.end <= end);
  const narrow = inClause.length >= 2 && inClause.length < g.parts.length
    ? { ...g, parts: inClause, complete: inClause.some((p) => CLOSING_ITEM.test(p.f.label)) }
    : null;
  const byEnd = (x: PartsGroup): PartsGroup[] => (narrow ? [{ ...narrow, whole: x.whole }, x] : [x]);
  if (!g.guess) return byEnd(g);
  const prev = g.whole.s;
  const q = prev.text.lastIndexOf('其中', g.whole.f.start);
  const before = prev.figures.filter((f) => f.end <= q && isCount(f) && f.unit === g.whole.f.unit && !inSubsetParen(f) && !notThisYear(prev, f, year));
  const listWhole = before[before.length - 1];
  return listWhole ? [...byEnd(g), ...byEnd({ ...g, whole: { s: prev, f: listWhole } })] : byEnd(g);
}

/** "其中" or "X中，" opening a sentence: the whole is in the sentence (or paragraph) before. */
export function findLeadingReference(sentences: readonly SentenceFigures[], i: number, year: number | null = null): PartsGroup | null {
  const s = sentences[i];
  if (!s || s.figures.length < 2) return null; // two parts at least
  const lead = readZhongHead(s.text);
  if (!lead) return null;
  const first = s.figures.find((f) => isCount(f) && !inSubsetParen(f));
  if (!first) return null;
  // look back two sentences at most, within this paragraph or the one before
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const prev = sentences[k];
    if (!prev || s.para - prev.para > 1) break;
    const candidates = prev.figures.filter(
      (f) => isCount(f) && f.unit === first.unit && !inSubsetParen(f) && !notThisYear(prev, f, year) && (lead.head === '' || f.label.includes(lead.head)),
    );
    const whole = candidates[candidates.length - 1];
    if (!whole) {
      if (lead.head === '') return null; // 其中 refers to the sentence right before, or to nothing
      continue;
    }
    // "全年办结60件。其中予以公开32件，其他28件。其中，网上申请41件，信函申请18件。" (page 58 of
    // red team 10): the sentence before is itself a list under an earlier whole; the new 其中 may
    // divide its last item, its whole, or a count before that (收到 58 where 办结 is 57): no
    // reading is sure enough to check
    if (lead.head === '' && readZhongHead(prev.text)) return null;
    if (inRespectivelyList(prev, whole)) return null;
    const parts = partsIn(s, whole, lead.length, s.text.length, false, year);
    if (parts.length < 2) return null;
    // "…1256条，其中政策文件356条，工作动态900条。其中，市级…1000条，区县…256条": the figure
    // before is itself an item of a list, and the new list may divide it or the list's whole
    const q = prev.text.lastIndexOf('其中', whole.start);
    const guess = q >= 0 && prev.figures.some((f) => f.end <= q && isCount(f) && f.unit === whole.unit);
    // "全年共收到申请86件，上年结转5件。其中，予以公开42件，…结转下年度3件": with no 其中 before,
    // the counts of the sentence before are peers, and the new list may divide their sum
    const peers = lead.head === '' && q < 0 && candidates.length >= 2 ? sumDec(candidates.map((f) => f.value)) : null;
    return {
      shape: lead.head === '' ? 'qizhong-next' : 'zhong',
      whole: { s: prev, f: whole },
      parts,
      complete: parts.some((p) => CLOSING_ITEM.test(p.f.label)),
      ...(guess || peers ? { guess: true } : {}),
      ...(peers ? { peerTotal: peers } : {}),
      ...(prev.para !== s.para ? { tentative: true } : {}),
    };
  }
  return null;
}

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
    const inner = s.figures.filter((f) => f.start > open && f.end <= close && isCount(f) && !notThisYear(s, f, year));
    const unit = inner[0]?.unit;
    if (inner.length < 2 || inner.some((f) => f.unit !== unit) || unit === '元') continue;
    // the whole: the last count in the same ，-segment before the parenthesis
    const segStart = Math.max(s.text.lastIndexOf('，', open), s.text.lastIndexOf(',', open), s.text.lastIndexOf('；', open));
    const before = s.figures.filter((f) => f.end <= open && f.start > segStart && isCount(f) && f.unit !== '元');
    const whole = before[before.length - 1];
    if (!whole || inRespectivelyList(s, whole)) continue;
    out.push({ shape: 'paren', whole: { s, f: whole }, parts: inner.map((f) => ({ s, f })), complete: false });
  }
  return out;
}

/** "收到…复议申请174件，维持…93件，被依法纠错3件，其他情形78件": outcomes of a received count. */
export function findOutcomeGroups(s: SentenceFigures): PartsGroup[] {
  const out: PartsGroup[] = [];
  if (s.figures.length < 3) return out; // a whole and two outcomes at least
  const figs = s.figures;
  for (let i = 0; i < figs.length; i++) {
    const whole = figs[i];
    if (!whole || !isCount(whole) || !RECEIVED.test(whole.label) || OUTCOME.test(whole.label) || inRespectivelyList(s, whole)) continue;
    const parts: At[] = [];
    let clean = true;
    for (let j = i + 1; j < figs.length; j++) {
      const f = figs[j];
      if (!f) break;
      if (f.unit !== whole.unit || !isCount(f)) continue;
      if (RECEIVED.test(f.label) && !OUTCOME.test(f.label)) break; // the next whole begins
      if (!OUTCOME.test(f.label)) clean = false;
      parts.push({ s, f });
    }
    if (s.text.slice(whole.end, parts[parts.length - 1]?.f.start ?? whole.end).includes('其中')) continue;
    if (clean && parts.length >= 2) out.push({ shape: 'outcomes', whole: { s, f: whole }, parts, complete: false });
  }
  return out;
}

/** A ，-clause that is nothing but a total's word before its figure: "共计", "合计", "以上共". */
const TRAILING_TOTAL = /^(?:以上|上述|前述)?(?:共计|合计|总计|总共|共)(?:为|达)?$/;

/**
 * "网上申请73件、信函申请35件，共计105件", "网上68件、信函45件、当面27件，合计137件": a whole
 * written after its parts, in a ，-clause of its own with nothing but a total's word, right after
 * a ，-clause that is a list (two counts or more of its unit joined by 、/和/及/与, all of one
 * dimension: channels, applicants, units or results). The list need not claim to be complete (a
 * 共计 may be the year's whole, with an item left out): parts under it are a skip, over it a finding.
 */
export function findTrailingTotalGroups(s: SentenceFigures, year: number | null = null): PartsGroup[] {
  const out: PartsGroup[] = [];
  if (s.figures.length < 3) return out;
  for (const w of s.figures) {
    if (!isCount(w) || inSubsetParen(w) || notThisYear(s, w, year)) continue;
    const from = clauseStartOf(s.text, w.start);
    if (from === 0 || !/[，,]/.test(s.text[from - 1] ?? '')) continue;
    if (!TRAILING_TOTAL.test(s.text.slice(from, w.start).trim())) continue;
    const listFrom = clauseStartOf(s.text, from - 1);
    const list = s.figures.filter((f) => f.start >= listFrom && f.end < from);
    if (list.length < 2 || list.some((f) => !isCount(f) || f.unit !== w.unit || f.paren !== null || notThisYear(s, f, year))) continue;
    if (list.some((f, k) => k > 0 && !LIST_JOIN.test(s.text.slice((list[k - 1] as TextFigure).end, f.start)))) continue;
    // each item named by its own words, all of one dimension
    const dims = list.map((f) => dimensionOf(f.label.replace(LIST_LEAD, '') + wordsAfter(s, f)));
    if (dims.some((d) => d === null || d !== dims[0])) continue;
    if (list.some((f) => inRespectivelyList(s, f) || CARRIED_ON.test(f.label))) continue;
    out.push({ shape: 'trailing', whole: { s, f: w }, parts: list.map((f) => ({ s, f })), complete: false });
  }
  return out;
}
