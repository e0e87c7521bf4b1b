/**
 * Three more shapes of list of text.parts-sum (red teams 13 and 15), each read only when one reading fits:
 * - the whole named in the sentence's head, its parts after it: "本年新收的129件申请中，网上申请77件，
 *   信函申请31件，当面申请21件" (like "X中，" opening a sentence, findLeadingReference, whose whole
 *   is in the sentence before);
 * - a total after its parts, each part in a ，-clause of its own: "按办理主体分，区政府本级新收41件，
 *   各镇（街道）新收62件，合计103件" (findTrailingTotalGroups reads the parts joined by 、 in one
 *   ，-clause).
 * - a colon right after the whole opening its parts (red team 15, the old reports): "全年共受理政府信息
 *   公开申请86件：当面申请12件，网上申请60件，信函申请14件" (read as a 其中 list: results after it
 *   under a count received may hold carried applications, as after 其中).
 * In all, every part is a count of the whole's unit and all are counted by one dimension (channels,
 * applicants, units or results: dimensionOf), read from each part's whole ，-clause; anything else
 * (a rate, a second count in a clause, a mixed list) reads no list. As with every list, parts short of
 * the whole may leave one out (a skip); over it, a finding (parts-judge.ts).
 */
import { eachExpanded, namesEach } from './each-items.ts';
import { addDec, cmpDec, decToNumber, sumDec } from './decimal.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { notThisYears } from './other-year.ts';
import type { At } from './quote.ts';
import { declaredComplete, totalClauses } from './parts-other-shapes.ts';
import { channelListTotal } from './channel-total.ts';
import { infoKindItems, TOTAL_CAVEAT } from './info-kinds.ts';
import { namesEveryKind } from './list-every-kind.ts';
import { CARRIED_ON, clauseEnd, clauseStartOf, closesList, dimensionOf, inRespectivelyList, inSubsetParen, LIST_LEAD, partsIn, totalItemKindOf, wordsAfter, type PartsGroup } from './parts-sum.ts';
import { part } from './note-words.ts';
import { lastMark } from '../text/marks.ts';

/** What an item is counted by, from its whole ，-clause and the words right after its figure. */
function itemDimension(s: SentenceFigures, f: TextFigure, kindOf: (label: string) => string | null): string | null {
  return kindOf(s.text.slice(clauseStartOf(s.text, f.start), f.start) + wordsAfter(s, f));
}

/** A last item that is only the rest of its list: "其他1件", "其余3件", "其他方式申请2件". */
const REST_ITEM = /^(?:其他|其它|其余)(?:的|类|方式|渠道|情形)?(?:申请)?$/;

function isRestItem(s: SentenceFigures, f: TextFigure): boolean {
  return REST_ITEM.test(s.text.slice(clauseStartOf(s.text, f.start), f.start).replace(LIST_LEAD, '').trim() + wordsAfter(s, f).trim());
}

/** One dimension for all, and not null; a last item that is only "其他" is the rest of the others'. */
export function oneDimension(s: SentenceFigures, items: readonly TextFigure[], kindOf = dimensionOf): boolean {
  const dims = items.map((f) => itemDimension(s, f, kindOf));
  const last = items[items.length - 1];
  if (last && dims[dims.length - 1] === null && items.length > 2 && isRestItem(s, last)) dims.pop();
  return dims[0] !== null && dims.every((d) => d === dims[0]);
}

/** The sentence's head before its first figure ("本年新收的", "在已办结的"): no clause mark in it. */
const HEAD_BEFORE = /^(?:在|从|于)?[^，,；;。：:\d（）()]{0,12}$/;
/** After the head's figure: "件申请中，", "件中：" */
const HEAD_AFTER = /^[^，,；;。\d（）()]{0,8}?中\s*[，,：:]/;

/** "本年新收的129件申请中，网上申请77件，信函申请31件，当面申请21件": the head's count and the parts after it. */
export function findHeadWholeGroups(s: SentenceFigures, year: number | null = null): PartsGroup[] {
  if (s.figures.length < 3) return [];
  const whole = s.figures[0] as TextFigure;
  if (!isCount(whole) || inSubsetParen(whole) || notThisYears(s, whole, year)) return [];
  if (!HEAD_BEFORE.test(s.text.slice(0, whole.start).trim())) return [];
  const head = HEAD_AFTER.exec(s.text.slice(whole.end));
  if (!head) return [];
  const from = whole.end + head[0].length;
  const end = clauseEnd(s.text, from);
  // the ；-clause after the head: every figure in it is a part, a count of the whole's unit
  const inClause = s.figures.filter((f) => f.start >= from && f.end <= end);
  if (inClause.some((f) => !isCount(f) || f.unit !== whole.unit || f.paren !== null)) return [];
  const parts = partsIn(s, whole, from, end, false, year);
  if (parts.length < 2 || parts.length !== inClause.length) return [];
  if (!oneDimension(s, parts.map((p) => p.f))) return [];
  // "…，其他方式1件": a list that ends in the rest claims to be whole, short of it as over it (not
  // "…，其他组织1件", one of the applicants' columns)
  return [{ shape: 'zhong', whole: { s, f: whole }, parts, complete: isRestItem(s, (parts[parts.length - 1] as At).f) }];
}

/**
 * Words of a clause that says a whole ("全年共办结申请63件"), not an item of the list after it: a total's
 * word right before the applications' verb (not "本年共主动公开人事信息26条，…，共计44条": the 共 there
 * is over the whole list, its first kind named).
 */
const WHOLE_WORDS = /(?:共|累计|总计|合计|总共)计?(?:办结|答复|办理|处理|收到|受理|新收|接收)/;

/**
 * A ，-clause that is nothing but a total's word before its figure: "合计", "共计", "总计", and the two
 * words doubled ("…水利领域信息81条，合计共221条": 合计共 is 合计, hunt39c).
 */
const TOTAL_CLAUSE = /^(?:以上|上述|前述)?(?:[两二三四五六](?:项|者|类|种)(?:共计|合计|总计|总共|共)|(?:合计|总计)共|共计|合计|总计|总共)(?:为|达)?$/;

/**
 * The counts before a total, back over the ，-clauses from `at` (the mark before the total's
 * clause), one figure each, to one with none (its lead), a ；, 其中/包括 (which opens the list, its
 * first item), or a clause naming a whole of its own (wholeWords: "全年共办结申请63件，予以公开32件，…，
 * 合计63件" — the list's whole, written before it too, no item). A first "item" that is the total
 * itself, beside others not all 0, is that whole too and dropped. Null when a clause holds no clean
 * item of the total's (two figures, another unit, a bracket, another year, a 分别 list, or `stop`).
 */
export function countsBeforeTotal(s: SentenceFigures, at: number, w: TextFigure, year: number | null, wholeWords: RegExp, stop: (f: TextFigure) => boolean = () => false): TextFigure[] | null {
  const items: TextFigure[] = [];
  while (at > 0 && /[，,]/.test(s.text[at] ?? '')) {
    const start = clauseStartOf(s.text, at);
    const inside = s.figures.filter((f) => f.start >= start && f.end <= at);
    if (inside.length === 0) break;
    const f = inside[0] as TextFigure;
    const lead = s.text.slice(start, f.start).trim();
    if (items.length >= 2 && wholeWords.test(lead)) break;
    if (inside.length > 1 || !isCount(f) || f.unit !== w.unit || f.paren !== null || notThisYears(s, f, year) || inRespectivelyList(s, f) || stop(f)) return null;
    items.unshift(f);
    at = start - 1;
    if (/^(?:其中|包括)/.test(lead)) break;
  }
  const [head, ...rest] = items;
  if (head && rest.length >= 2 && cmpDec(head.value, w.value) === 0 && rest.some((f) => decToNumber(f.value) > 0)) items.shift();
  return items;
}

/** "本级新收41件，各镇（街道）新收62件，合计103件": the parts in their own ，-clauses before the total's. */
export function findClauseListTotals(
  s: SentenceFigures,
  year: number | null = null,
  /** the sentences and this one's index: "…，以上共计53件" may say the list is whole (allAbove) */
  sentences: readonly SentenceFigures[] = [],
  i = -1,
): PartsGroup[] {
  const out: PartsGroup[] = [];
  for (const { w, from } of totalClauses(s, TOTAL_CLAUSE, year)) {
    const items = countsBeforeTotal(s, from - 1, w, year, WHOLE_WORDS);
    // (items of table 二's decisions or of 建议/提案 too, and outlets: a total after them sums them)
    // (or channels in channel-total.ts's words, 快递/邮寄/窗口 too: "网上申请40件，快递22件，合计62件" sums them, whatever
    // its 合计 says of 本年新收 — which, with no 收到 before them, is read no further: left59)
    const words = s.text.slice(from, w.start).trim();
    if (!items || items.length < 2 || !(oneDimension(s, items, totalItemKindOf) || allOutlets(s, items) || channelListTotal(s, w, words, false))) continue;
    // "两项合计39件": the total says how many items it sums (declaredComplete)
    const declared = declaredComplete(words, items.length);
    if (declared === null) continue;
    // "网上申请40件，信函申请12件，以上共计53件": 以上 is the sentence's items, when they are all it
    // counts before the total and nothing after it adds more (as after a list's sentence: allAbove)
    const above = /^(?:以上|上述)/.test(words) && sentences[i] === s && s.figures.length === items.length + 1 && s.figures[items.length] === w &&
      !INCLUDES_MORE.test(s.text.slice(w.end)) && allAbove(sentences, i, itemDimension(s, items[0] as TextFigure, totalItemKindOf));
    // ("行政许可1268件，行政处罚86件，行政强制5件，合计1359件": every kind of table 二's decisions, list-every-kind.ts)
    const every = namesEveryKind(items.map((f) => f.label.replace(LIST_LEAD, '') + wordsAfter(s, f)));
    out.push({ shape: 'trailing', whole: { s, f: w }, parts: items.map((f) => ({ s, f })), complete: declared || above || every });
  }
  return out;
}

/**
 * A sentence opening on the total of the list before it: "以上共计办结12件", "上述合计收到申请105件"
 * (以上/上述 name what came before, and nothing else does), and its verb, when it says one.
 */
const TOTAL_OF_ABOVE = /^(?:以上|上述)(?:各项|几项|各类|申请)?(?:共计|合计|总计|总共|共)(办结|办理|答复|处理|收到|受理|接收|新收)?(?:申请|政府信息公开申请)?(?:为|达)?$/;
/** What the verb of such a total counts: results (办结) or what came in (收到). */
const ANSWERED_VERB = /办结|办理|答复|处理/;
const RECEIVED_DIMENSIONS = new Set(['channel', 'applicant', 'unit']);
/** Words that make the sentence before hold a whole of its own, or more than one list. */
const OWN_WHOLE = /其中|共计|合计|总计|总共|累计|小计|共|分别|各/;

/**
 * "办理结果情况如下：（1）予以公开4件；（2）部分公开2件；…（6）其他处理0件。以上共计办结12件"
 * (red team 23, m05): a total opening the sentence right after its list's, in the same paragraph.
 * Read only when every figure of the sentence before is an item — counts of the total's unit, none in
 * a parenthesis, none carried to next year, no whole of its own (其中, 共计, 分别…) — all of one
 * dimension (results, channels, applicants, units, or findTrailingTotalGroups's kinds), and the
 * total's verb, when it says one, fits them (办结 for results, 收到 for who or how). As with a
 * total after its list in one sentence: parts short of it are a skip, over it a finding.
 */
export function findTotalAfterList(sentences: readonly SentenceFigures[], i: number, year: number | null = null): PartsGroup[] {
  const s = sentences[i];
  const prev = sentences[i - 1];
  const w = s?.figures[0];
  if (!s || !prev || !w || prev.para !== s.para || prev.figures.length < 2 || !isCount(w)) return [];
  const lead = TOTAL_OF_ABOVE.exec(s.text.slice(0, w.start).trim());
  if (!lead || w.paren !== null || notThisYears(s, w, year) || OWN_WHOLE.test(prev.text)) return [];
  const items = prev.figures;
  if (items.some((f) => !isCount(f) || f.unit !== w.unit || f.paren !== null || notThisYears(prev, f, year) || CARRIED_ON.test(f.label + wordsAfter(prev, f)))) return [];
  if (!oneDimension(prev, items, totalItemKindOf)) return [];
  const dim = itemDimension(prev, items[0] as TextFigure, totalItemKindOf);
  const verb = lead[1];
  if (verb && (ANSWERED_VERB.test(verb) ? dim !== 'result' : !RECEIVED_DIMENSIONS.has(dim ?? ''))) return [];
  return [{ shape: 'trailing', whole: { s, f: w }, parts: items.map((f) => ({ s: prev, f })), complete: !INCLUDES_MORE.test(s.text.slice(w.end)) && allAbove(sentences, i - 1, dim) }];
}

/** Words right after the total that put more in it than the list: "62件（含上年结转）", "，包括上年结转4件". */
const INCLUDES_MORE = /^\s*[（(，,]?\s*(?:含|包括|包含|另含|连同|加上)/;
/** Words that leave an item of the list without its figure: "…等", "另有少量当面申请". */
const UNCOUNTED = /等|另有|还有|此外|少量|若干/;
/** A lead clause naming the list's dimension, with no figure: "从申请渠道看", "按申请方式分", "具体如下". */
const LIST_HEAD = /^(?:从|按|就)?[^\d，,；;。]{0,10}(?:看|来看|分|划分|如下)$/;

/**
 * "网上申请40件，信函申请12件。以上共计53件" (session gaps29): 以上 is what the list's sentence says, and
 * nothing more, when that sentence is its items alone (a clause a figure, a lead such as "从申请渠道看"
 * at most, no 等 or 另有 leaving an item uncounted) and no sentence before it in the paragraph counts
 * an item of the same kind (which 以上 might take in too). Then items short of the total are wrong too.
 */
function allAbove(sentences: readonly SentenceFigures[], k: number, dim: string | null): boolean {
  const list = sentences[k];
  if (!list || dim === null || UNCOUNTED.test(list.text)) return false;
  const clauses = list.text.replace(/[。！？\s]+$/, '').split(/[，,、；;：:]/).map((c) => c.trim());
  const figured = clauses.filter((c, n) => !(n === 0 && LIST_HEAD.test(c)));
  if (figured.length !== list.figures.length || figured.some((c) => c === '')) return false;
  for (let j = k - 1; j >= 0 && (sentences[j] as SentenceFigures).para === list.para; j--) {
    const before = sentences[j] as SentenceFigures;
    if (before.figures.some((f) => isCount(f) && itemDimension(before, f, totalItemKindOf) === dim)) return false;
  }
  return true;
}

/** A sentence opening on what the sentence before listed: "以上共计办结53件", "上述申请中，…", "以上申请均已办结". */
const OF_ABOVE = /^[\s，,]*(?:以上|上述)/;

/**
 * "网上申请40件，信函申请13件。以上共计办结53件" (session gaps29): a sentence opening with 以上/上述 right
 * after one whose every figure counts what came in by one dimension (channels, applicants, units: the
 * same test as findTotalAfterList's). What it says was answered, and what became of them, is those
 * listed's: no claim on table 三's 办结 or results, which also count last year's carried applications
 * answered this year and leave out those still open. (What it says was received is their total.)
 */
export function ofReceivedListAbove(sentences: readonly SentenceFigures[], i: number, year: number | null = null): boolean {
  const s = sentences[i];
  const prev = sentences[i - 1];
  if (!s || !prev || prev.para !== s.para || prev.figures.length < 2 || !OF_ABOVE.test(s.text) || OWN_WHOLE.test(prev.text)) return false;
  const items = prev.figures;
  const unit = items[0]?.unit;
  if (items.some((f) => !isCount(f) || f.unit !== unit || f.paren !== null || notThisYears(prev, f, year) || CARRIED_ON.test(f.label + wordsAfter(prev, f)))) return false;
  return oneDimension(prev, items, totalItemKindOf) && RECEIVED_DIMENSIONS.has(itemDimension(prev, items[0] as TextFigure, totalItemKindOf) ?? '');
}

/**
 * Where information is published, each item's words: "通过政府网站公开1.2万条", "政府公报和新闻发布会
 * 公开0.04万条", "通过其他方式公开3.32万条" (the old reports' 主动公开 by channel, red team 15). Such
 * items may overlap (parts-judge.ts CHANNEL): over the whole is a skip unless an 其他 item closes them.
 */
const OUTLET = /网站|网页|门户|微博|微信|公众号|客户端|公报|发布会|报刊|报纸|电视|广播|公开栏|(?:其他|其它|其余)(?:方式|途径|渠道|形式|载体)/;

/** What is done through it: "…公开", "…发布" (a bare "政府公报234条" may count something else). */
const PUBLISHED = /公开|发布|刊登|刊发|登载/;

/** Every item a publication channel of a count of information (条), said to publish it. */
function allOutlets(s: SentenceFigures, items: readonly TextFigure[]): boolean {
  return items.every((f) => {
    const words = s.text.slice(clauseStartOf(s.text, f.start), f.start);
    return f.unit === '条' && OUTLET.test(words) && PUBLISHED.test(words);
  });
}

/** An item's name: its words back to the colon, the 、 or the clause's start. */
function nameOf(s: SentenceFigures, f: TextFigure): string {
  const from = Math.max(clauseStartOf(s.text, f.start), lastMark(s.text, '、：:', f.start) + 1);
  return s.text.slice(from, f.start).trim();
}

/** A colon right after a figure: "86件：" */
const COLON_AFTER = /^\s*[：:]/;
/** And after "，具体为：" before kinds of information ("共63条，具体为：工作动态40条、…", recall40). */
const COLON_SAID = /^\s*[，,]\s*具体(?:为|是|如下)\s*[：:]/;
/**
 * "共受理依申请公开9件，具体为土地征收类6件，土地出让类1件，…" (hunt42 left it: 具体为 with no colon, a real 2025
 * county bureau's kinds of application, not read — recall44): under a count of applications (件), 具体为/具体是
 * with or without its colon opens the list as 其中 would; every figure of its ；-clause an item.
 */
const SAID_OF_APPLICATIONS = /^\s*[，,]\s*具体(?:为|是)\s*[：:]?/;

/** "全年共受理申请86件：当面申请12件，网上申请60件，信函申请14件": the count before the colon and the parts after it. */
export function findColonWholeGroups(s: SentenceFigures, year: number | null = null): PartsGroup[] {
  if (s.figures.length < 3) return [];
  const out: PartsGroup[] = [];
  for (const whole of s.figures) {
    const said = whole.unit === '条' && s.text.includes('具体', whole.end) ? COLON_SAID.exec(s.text.slice(whole.end)) : null;
    const ofApplications = whole.unit === '件' && /申请/.test(whole.label) && s.text.includes('具体', whole.end) ? SAID_OF_APPLICATIONS.exec(s.text.slice(whole.end)) : null;
    const colon = COLON_AFTER.exec(s.text.slice(whole.end)) ?? said ?? ofApplications;
    if (!colon || !isCount(whole) || inSubsetParen(whole) || notThisYears(s, whole, year) || inRespectivelyList(s, whole)) continue;
    const from = whole.end + colon[0].length;
    const end = clauseEnd(s.text, from);
    // the ；-clause after the colon: every figure in it is a part, a count of the whole's unit
    const inClause = s.figures.filter((f) => f.start >= from && f.end <= end);
    if (inClause.some((f) => !isCount(f) || f.unit !== whole.unit || f.paren !== null)) continue;
    const parts = partsIn(s, whole, from, end, false, year);
    if (parts.length < 2 || parts.length !== inClause.length) continue;
    // (kinds of information after "总数63条：" / "具体为：", recall40: info-kinds.ts)
    // (after a bare colon only under a whole said to be the total, "总数63条：": kinds of no other dimension
    // may overlap, "4.52万条：规范性文件1.2万条，人事信息3.5万条" stays unread, rt15b)
    // (not where the items may overlap or one stands apart: "…，部分信息同时在多个栏目发布", "…，另有图片新闻50条", rt40)
    const kinds = whole.unit === '条' && (said !== null || /总数|总量/.test(whole.label)) && !TOTAL_CAVEAT.test(s.text.slice(from)) && !/另有|另外|此外|还有/.test(s.text.slice(from, end)) && infoKindItems(parts.map((p) => nameOf(s, p.f)), parts.map((p) => nameOf(s, p.f) + wordsAfter(s, p.f)));
    if (ofApplications && (TOTAL_CAVEAT.test(s.text.slice(from)) || /另有|另外|此外|还有/.test(s.text.slice(from, end)))) continue;
    if (!ofApplications && (said ? !kinds : !oneDimension(s, parts.map((p) => p.f)) && !allOutlets(s, parts.map((p) => p.f)) && !kinds)) continue;
    // (an 其他 item closes the list, as after 其中)
    out.push({ shape: 'qizhong', whole: { s, f: whole }, parts, complete: parts.some((p) => closesList(p.f.label)) });
  }
  return out;
}

/** A count of the information a body published: "全年主动公开政府信息70条", "本年度累计发布信息1200条". */
const INFO_WHOLE = /(?:共|全年|累计|本年度?|年内)[^，,；;。：:]*(?:公开|发布)[^，,；;。：:]*信息$/;
/**
 * What the whole's information is called between its verb and 信息: nothing, or words every kind
 * shares ("各类政府信息"). A kind's own name there ("共计公开财政预决算信息2条，重点领域信息2条，其他类
 * 信息11条", hunt38: a real 2025 街道 report) makes it the first item of a list whose 共计 is over all
 * of them, not their whole.
 */
const INFO_WHOLE_GENERIC = /(?:公开|发布)(?:各类|各项|各种|相关|有关|全部|所有)?(?:政府|政务)?信息$/;
/** An item that is a kind of information, no other count: not a total, a channel, a reader's doing or an application's. */
const NOT_INFO_KIND = /共|累计|合计|总计|全年|截至|其中|包括|包含|同比|较|比上年|网站|网页|门户|微博|微信|公众号|客户端|平台|渠道|方式|媒体|公开栏|公告栏|报刊|报纸|电视|广播|浏览|访问|点击|下载|转发|阅读|留言|咨询|回复|答复|办理|受理|申请|新增|更新/;
/** The last item, the rest of the information: "其他信息4条", "其他类4条", "其余4条". */
const REST_INFO = /^(?:其他|其它|其余)[^，,、；;。\d]{0,6}$/;

/**
 * "全年主动公开信息70条，工作动态66条，其他信息4条" (hunt32: real reports' lists with no 其中, not
 * checked): a count of information published, and right after it, in its ；-clause, counts of kinds
 * of information that end in the rest ("其他信息"): the rest says the items divide the count before
 * them, as after 其中. Only then: with no rest item, counts after a whole may be anything (more work of
 * the year, not its parts). Every count after the whole in the clause is an item, in 条, with no
 * parenthesis, change or other year, named by no total's, channel's or reader's words (NOT_INFO_KIND).
 */
export function findInfoKindLists(s: SentenceFigures, year: number | null = null): PartsGroup[] {
  if (s.figures.length < 3 || !/其他|其它|其余/.test(s.text)) return [];
  const out: PartsGroup[] = [];
  for (const whole of s.figures) {
    // (件 too where the whole names 信息: "全年共计公开信息114件", recall42)
    if ((whole.unit !== '条' && whole.unit !== '件') || !isCount(whole) || whole.paren !== null || notThisYears(s, whole, year) || inRespectivelyList(s, whole)) continue;
    const head = s.text.slice(clauseStartOf(s.text, whole.start), whole.start);
    if (!INFO_WHOLE.test(head) || !INFO_WHOLE_GENERIC.test(head)) continue;
    const sep = /^\s*[，,：:]\s*/.exec(s.text.slice(whole.end));
    if (!sep) continue;
    const from = whole.end + sep[0].length;
    const items = s.figures.filter((f) => f.start >= from && f.end <= clauseEnd(s.text, from));
    if (items.length < 2) continue;
    // each item its own words, joined by ，/、 only to the one before
    const labels = items.map((f, k) => s.text.slice(k > 0 ? (items[k - 1] as TextFigure).end : from, f.start).trim());
    const plain = items.every((f, k) => {
      const words = labels[k] as string;
      // (or several kinds said 各, "通知公告、人事信息、其他信息各16条": each-items.ts counts it once for each)
      const each = /各$/.test(words) ? namesEach(words.replace(/^[，,、]/, '')) : 1;
      return isCount(f) && f.unit === whole.unit && f.paren === null && f.change === null && !notThisYears(s, f, year) &&
        (each === 1 ? /^[，,、]?[^\d，,；;。：:（）()、]{2,16}$/ : /^[，,]?[^\d，,；;。：:（）()]{5,60}$/).test(words) && each !== null &&
        !NOT_INFO_KIND.test(words.replace(/各$/, '')) && wordsAfter(s, f).trim() === '';
    });
    const lastName = (labels[labels.length - 1] as string).replace(/^[，,、]/, '').replace(/各$/, '').split(/以及|、|和|及|与/).pop() ?? '';
    if (!plain || !REST_INFO.test(lastName)) continue;
    // with no 其中 to say so, items that cover less than half the count may be the year's highlights,
    // not its parts: such a list that does not add up is a skip, never a finding
    const listed = items.map((f) => ({ s, f }));
    const each = eachExpanded(listed);
    const parts = each && 'parts' in each ? each.parts : listed;
    const sum = sumDec(parts.map((p) => p.f.value));
    const few = cmpDec(addDec(sum, sum), whole.value) < 0 ? part('underHalf', whole.raw) : undefined;
    out.push({ shape: 'qizhong', whole: { s, f: whole }, parts, complete: true, ...(few ? { unsure: few } : {}) });
  }
  return out;
}
