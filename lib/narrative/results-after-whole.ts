/**
 * Results listed right after their whole, with no 其中 (rule text.parts-sum; recall35, session 34's
 * hunt): "全年共办结申请86件，予以公开52件，部分公开9件，不予公开6件，无法提供15件，不予处理4件。" was
 * not read at all. A reader takes such a list as the whole's division, as after 其中: the results of
 * table 三 (予以公开 … 其他处理) say what became of the applications the count before them names.
 *
 * Read only where one reading fits:
 * - the whole is the count right before the first result, in the same sentence, with nothing but a ，
 *   or a ： (and words that open a list of results: "办理结果为：") between them; its words say it is
 *   the year's applications received, accepted, handled or answered (收到, 受理, 办结, 答复, 办理…),
 *   and nothing else (no 其中, no channel or applicant, no result of its own, not 按时办结);
 * - every count after it, to the end of its ；-clause, is one of table 三's results (予以公开, 部分公开,
 *   不予公开, 无法提供, 不予处理, 其他处理; before 2019 同意公开, 信息不存在, 非本机关…), in the whole's
 *   counter, two at least; the list ends at a count
 *   that is not (结转下年度 after a count answered ends it, as after 其中: parts-sum.ts partsIn).
 * The list is judged as a 其中 list is (parts-judge.ts evaluateGroup): a pass where it adds up; under a
 * count received or accepted, a sum that does not fit is a skip (the results may hold applications
 * carried in, and some received may be carried on); under a count answered (办结, 答复, 办理), results
 * over it are an error, and results short of it a skip unless the list closes itself (其余…).
 * "全年共收到申请74件，上年结转6件，予以公开40件…": the results of the two together (flowTotal), as after
 * 其中 (recall34).
 */
import { cmpDec } from './decimal.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { wordsAfter, type At } from './quote.ts';
import { findChannelsAfterWhole } from './channels-after-whole.ts';
import { listGoesOn } from './results-go-on.ts';
import { listNext } from './next-block.ts';
import { notThisYears } from './other-year.ts';
import { ANSWERED, CARRIED_FROM, CARRIED_ON, clauseEnd, closesList, flowTotalOf, inRespectivelyList, inSubsetParen, type PartsGroup } from './parts-sum.ts';
import { part } from './note-words.ts';
import type { NotePart } from '../types.ts';

/** Words that name the year's applications as a whole: received, accepted, handled, answered. */
const WHOLE_WORDS = /收到|受理|新收|接收|接到|办结|答复|办理|处理/;
/** Words that make a count one part of the applications, or something else than their whole. */
const NOT_WHOLE = /正在|在办|办理中|未办结|未答复|尚未|其中|包括|包含|含|予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理|结转|转办|转交|撤回|按时|按期|如期|提前|延期|逾期|超期|期限内|时限内|当场|当日|即时|网上|网络|当面|现场|信函|来信|传真|邮寄|邮件|自然人|公民|法人|组织|企业|分别|各|涉及|复议|诉讼|留言|咨询|来电|来访|率|占/;
/** One of table 三's results, as an item's words say it ("予以公开", "、部分公开", "依法不予公开的", "同意公开答复"). */
export const RESULT_ITEM = /^(?:依法|已|均|经审查|答复|决定|作出|做出)*(?:予以公开|同意公开|全部公开|部分公开|同意部分公开|不予公开|无法提供|不予处理|其他处理|其他情形|其余|(?:政府)?信息不存在|非本机关(?:政府信息|掌握|职责范围)?|不属于本机关(?:职责范围|掌握(?:的)?(?:信息)?)?|非政府信息|不属于政府信息|(?:申请)?内容不明确)(?:的|类|答复|处理|申请)*$/;
/** A class of answer that holds reasons of its own (不予公开, 无法提供, 不予处理), and such a reason. */
const CLASS_OF_ANSWER = /不予公开|无法提供|不予处理|否决/;
const REASON_OF_ANSWER = /信息不存在|非本机关|不属于本机关|非政府信息|不属于政府信息|内容不明确/;
/** Words opening a list of results after the whole's ，: "办理结果为：", "从办理结果看，". */
const RESULTS_LEAD = /^(?:(?:其|具体)?(?:办理|答复|处理)?结果(?:为|是|如下|分别为)?|从(?:办理|答复)?结果(?:来)?看|按(?:办理|答复)?结果分|具体(?:为|是|如下)|分别为|分别是)?[，,：:\s]*/;
/** A colon opening the results of the sentence before: "办理结果如下：", "具体为：". */
const COLON_LEAD = /^\s*(?:(?:其|具体)?(?:办理|答复|处理)?结果(?:为|是|如下|分别为)|具体(?:为|是|如下|情况如下))\s*[：:]/;
/** An application withdrawn, as an item's words say it ("申请人撤回申请", "申请人主动撤回的"). */
const WITHDRAWN_ITEM = /^(?:申请人|当事人)?(?:主动|自行|已)?(?:(?:撤回|撤销)(?:其|了)?(?:政府信息公开|信息公开)?(?:申请)?|申请撤销)(?:的)?$/;
const UNITS = new Set(['件', '条', '宗', '个']);

/** Quotes around a result's name ("“予以公开”30件"): the name is the same without them. */
const QUOTES = /[“”"「」『』‘’]/g;

/**
 * The words naming an item's result: before its figure ("予以公开30件", "“予以公开”30件"), or, with none
 * before it, after it ("办理结果为：30件予以公开，5件部分公开…", recall41: figure first). `first`: the list's
 * first item, whose lead ("办理结果为：") is no name.
 */
function resultWords(s: SentenceFigures, f: TextFigure, first: boolean): string {
  const before = itemWords(f.label).replace(QUOTES, '').replace(first ? RESULTS_LEAD : /^$/, '').trim();
  // ("32件予以公开、5件部分公开": a label ending on 、 is the item before's words, not this one's)
  return before === '' || before.endsWith('、') ? wordsAfter(s, f).replace(QUOTES, '').trim() : before;
}

/** Words after a list of results saying one application may count under several ("部分申请涉及多种处理结果", "分别统计"). */
// (and in other words, rt42: "部分申请涉及多项答复", "有2件申请分项作出答复", "同时作出两种答复", "按事项分别答复",
// "对应多种答复", "按答复事项统计", "既部分公开又不予处理", "以上按答复件次统计")
const SEVERAL_RESULTS = /多种(?:处理|办理|答复)?(?:结果|情形|方式)|多个(?:处理|办理|答复)?结果|分别统计|分别计算|重复(?:统计|计算|计数)|交叉|(?:多|两|二)[项种类个](?:处理|办理)?(?:答复|结果|决定)|分项(?:作出|予以|进行)?(?:答复|处理)|分别(?:作出|予以|进行)?(?:答复|处理)|按(?:答复|办理|处理)?(?:事项|件次|项次)(?:统计|计算|计数)|既[^，,；;。]{1,8}?又/;

/** An item's words with the marks and list words before them taken off. */
export const itemWords = (label: string): string => label.replace(/^[、，,：:\s]+/, '').replace(/^(?:以及|及|和|与)/, '').trim();

/** Results, or channels (channels-after-whole.ts, recall41), listed right after their whole with no 其中. */
/** (`next`: the sentence after, whose words may say one application has several results: "…1件其他处理。部分申请涉及多种处理结果。", rt42) */
/** (`paragraphs`: the page's — the sentence after may open the very next block when it is short, next-block.ts listNext, txt93) */
export function findResultsAfterWhole(s: SentenceFigures, year: number | null = null, next?: SentenceFigures, paragraphs?: readonly { text: string }[]): PartsGroup[] {
  return [...resultsAfterWhole(s, year, listNext(s, next, paragraphs)), ...findChannelsAfterWhole(s, year)];
}

function resultsAfterWhole(s: SentenceFigures, year: number | null, following: SentenceFigures | undefined): PartsGroup[] {
  if (s.figures.length < 3 || !/予以公开|同意公开|部分公开|不予公开|无法提供|不予处理/.test(s.text)) return [];
  const out: PartsGroup[] = [];
  const figs = s.figures;
  for (let i = 0; i + 2 < figs.length; i++) {
    let whole = figs[i] as TextFigure;
    if (!UNITS.has(whole.unit) || !isCount(whole) || whole.paren !== null || whole.share || notThisYears(s, whole, year) || inRespectivelyList(s, whole)) continue;
    // (a bracket right after the whole is its own: "答复74件（含上年结转3件），予以公开…")
    let k = i + 1;
    while (k < figs.length && (figs[k] as TextFigure).paren !== null) k++;
    const first = figs[k];
    if (!first) continue;
    const between = s.text.slice(whole.end, first.start).replace(/^\s*[（(][^（()）]*[）)]/, '');
    // ，/： then the first result's words (after 其中 the 其中 finders read it)
    if (!/^\s*[，,：:]/.test(between) || between.includes('其中')) continue;
    if (!RESULT_ITEM.test(resultWords(s, first, true))) continue;
    // the whole: the applications received, or those received and carried in, both named before
    let flowTotal: PartsGroup['flowTotal'];
    if (CARRIED_FROM.test(whole.label)) {
      const prev = figs[i - 1];
      if (!prev || !/^\s*[，,]/.test(s.text.slice(prev.end, whole.start)) || prev.paren !== null || notThisYears(s, prev, year)) continue;
      flowTotal = flowTotalOf([prev, whole]);
      if (!flowTotal) continue;
      whole = prev;
    }
    if (!WHOLE_WORDS.test(whole.label) || NOT_WHOLE.test(whole.label)) continue;
    // (after a ：the list may run over ；: "办结74件：予以公开41件；部分公开8件；…", "办结48件，办理结果如下：同意
    // 公开32件；部分公开5件；…", recall40)
    const end = /[：:]/.test(between) ? s.text.length : clauseEnd(s.text, whole.end);
    const parts = resultsFrom(s, k, whole, end, year);
    if (parts.length < 2) continue;
    out.push(groupOf({ s, f: whole }, s, parts, flowTotal, undefined, following, year));
  }
  return out;
}

/**
 * The results from figure `k` of `s` on, to `end`: each count in the whole's counter whose words are
 * one of table 三's results (a bracket's figures and a share after an item are passed over); the list
 * ends at the first count that is not. Those carried on after the results are the rest of a count
 * received (an item), but no result of a count answered (the list ends before them).
 */
export function resultsFrom(s: SentenceFigures, k: number, whole: TextFigure, end: number, year: number | null): TextFigure[] {
  const answered = ANSWERED.test(whole.label) && !/收到|受理|新收|接收|接到/.test(whole.label);
  const parts: TextFigure[] = [];
  for (let j = k; j < s.figures.length; j++) {
    const f = s.figures[j] as TextFigure;
    if (f.start >= end) break;
    // a result's breakdown in a bracket ("不予公开6件（其中…）") is no item of the list; a share after
    // an item is the item's ("予以公开52件，占60.5%")
    if (inSubsetParen(f) || f.paren !== null || f.unit === '%' || f.share) continue;
    if (f.unit !== whole.unit || !isCount(f)) break;
    const words = resultWords(s, f, parts.length === 0);
    // (an application withdrawn, after a result: one of them, withdrawn-results.ts)
    if (RESULT_ITEM.test(words) || (parts.length > 0 && WITHDRAWN_ITEM.test(words))) {
      parts.push(f);
      continue;
    }
    if (CARRIED_ON.test(words) && !answered && !notThisYears(s, f, year)) parts.push(f);
    break;
  }
  return parts;
}

/**
 * "分别为"/"分别是" right after the whole, no 其中 (txt90): "全年共办结申请63件，分别为予以公开32件、部分公开7件…" names what the
 * whole is made of, each in turn — a list that says it is complete, as one closed by 其他 does (a sum short of the whole was a skip,
 * "列举可能不完整"). Not "其中…分别为", nor a lead with other words, nor a whole received or handled.
 */
const RESPECTIVELY_LEAD = /^[\s，,]*(?:(?:其|具体)?(?:办理|答复|处理)?结果)?分别(?:为|是)[\s：:]*[^，,；;。：:\d]*$/;
const respectivelyAfter = (whole: At, s: SentenceFigures, parts: readonly TextFigure[]): boolean =>
  whole.s === s && parts[0] !== undefined && CLOSED_WHOLE.test(whole.f.label) && !/收到|受理|新收|接收|接到|办理(?!完毕)/.test(whole.f.label)
  && RESPECTIVELY_LEAD.test(s.text.slice(whole.f.end, parts[0].start));
/** Only a whole of those answered: "办结", "答复" — a whole handled or received may hold some carried on ("共办理申请66件，分别为…" of 63). */
const CLOSED_WHOLE = /办结|答复|办理完毕|处理完毕/;

/**
 * The list as a 其中 list. "不予公开10件，信息不存在6件，非本机关掌握4件": before 2019 the refusals held
 * such reasons (the old statistics' 否决公开 and its 其中), and since, 无法提供 holds 信息不存在: a reason
 * after a class of answer may be its breakdown, so a sum that does not fit is a skip.
 */
export function groupOf(whole: At, s: SentenceFigures, parts: readonly TextFigure[], flowTotal: PartsGroup['flowTotal'], unsure?: NotePart, next?: SentenceFigures, year: number | null = null): PartsGroup {
  const words = parts.map((f, k) => resultWords(s, f, k === 0));
  const following = next?.text ?? '';
  // (a reason more than every class of answer listed is none's breakdown: "不予公开3件，信息不存在8件", recall40)
  const classes = parts.filter((_, k) => CLASS_OF_ANSWER.test(words[k]!));
  const nested = parts.some((r, k) => REASON_OF_ANSWER.test(words[k]!) && classes.some((c) => cmpDec(r.value, c.value) <= 0));
  // (and words after the list saying one application may have several results: the items may overlap)
  const last = parts[parts.length - 1];
  const several = last !== undefined && (SEVERAL_RESULTS.test(s.text.slice(last.end)) || SEVERAL_RESULTS.test(following));
  const why = nested ? part('resultsNested') : several ? part('resultsSeveral') : unsure;
  // (a list that goes on past what was read: its counts are its items, txt93; by an amount unread, a 分别为 list is no complete one, rt91)
  const goesOn = last !== undefined ? listGoesOn(s, last, words, next, year) : null;
  const items = [...parts.map((f) => ({ s, f })), ...(goesOn?.rest ?? [])];
  return {
    shape: 'qizhong', whole, parts: items, complete: items.some((x) => closesList(x.f.label)) || (respectivelyAfter(whole, s, parts) && (!goesOn || goesOn.rest !== null)),
    ...(flowTotal ? { flowTotal } : {}),
    ...(why ? { unsure: why } : {}),
  };
}

/** Is `f` a count that may be the whole of a list of results, by its words (WHOLE_WORDS, NOT_WHOLE)? */
export function wholeOfResults(s: SentenceFigures, f: TextFigure, year: number | null): boolean {
  return UNITS.has(f.unit) && isCount(f) && f.paren === null && !f.share && !notThisYears(s, f, year) && !inRespectivelyList(s, f) &&
    WHOLE_WORDS.test(f.label) && !NOT_WHOLE.test(f.label);
}

/**
 * "全年共办结申请74件。予以公开41件，部分公开8件，…" (recall35): the results open the sentence after their
 * whole's, with no 其中 (or 从办理结果看: parts-by.ts), in the same paragraph. The whole is the sentence
 * before's last count, when it is a whole of results by its words and that sentence holds no list of its
 * own (其中, 包括, 含); received and carried in, the two together may be it too (flowTotal). Where that
 * sentence holds other counts in the counter, the results may be theirs too: a sum that does not fit is a
 * skip (unsure).
 */
export function findResultsOpeningSentence(sentences: readonly SentenceFigures[], i: number, year: number | null = null): PartsGroup[] {
  const s = sentences[i];
  const prev = sentences[i - 1];
  if (!s || !prev || prev.para !== s.para || s.figures.length < 2 || !/予以公开|同意公开|部分公开|不予公开|无法提供|不予处理/.test(s.text)) return [];
  const k = s.figures.findIndex((f) => f.paren === null);
  const first = s.figures[k];
  // (no words opening the list: "从办理结果看，…" is parts-by.ts's; but "办理结果如下：" is read, its list
  // running over ；, recall40)
  const lead = COLON_LEAD.exec(s.text.slice(0, first?.start ?? 0));
  if (!first || !RESULT_ITEM.test(itemWords(s.text.slice(lead ? lead[0].length : 0, first.start)))) return [];
  if (/其中|包括|包含|含/.test(prev.text)) return [];
  const counts = prev.figures.filter((f) => f.unit === first.unit && isCount(f) && f.paren === null && !notThisYears(prev, f, year));
  let whole = counts[counts.length - 1];
  if (!whole || prev.figures.some((f) => f.start > whole!.end && isCount(f))) return [];
  let flowTotal: PartsGroup['flowTotal'];
  if (counts.length === 2 && CARRIED_FROM.test(whole.label)) {
    flowTotal = flowTotalOf(counts);
    if (!flowTotal) return [];
    whole = counts[0] as TextFigure;
  }
  if (!wholeOfResults(prev, whole, year)) return [];
  const parts = resultsFrom(s, k, whole, lead ? s.text.length : clauseEnd(s.text, first.start), year);
  if (parts.length < 2) return [];
  const others = flowTotal ? [] : counts.filter((f) => f !== whole);
  const unsure = others.length > 0 ? part('resultsOthers', part('enum', ...others.map((f) => f.raw)), whole.raw) : undefined;
  return [groupOf({ s: prev, f: whole }, s, parts, flowTotal, unsure, undefined, year)];
}
