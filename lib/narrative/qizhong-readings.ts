/**
 * The 其中 and outcome readings of text-vs-table.ts: which figures after a 其中 (or a 含) are a
 * part of the body or of the applications, never table 三's total ("其中区政府本级17件", "其中网上
 * 申请50件"), and which open the results of those answered, each a row or column of the tables
 * ("全年办结63件，其中予以公开32件", "复议351件，其中结果维持72件", "1件尚未审结").
 */
import { semicolonClauseStart, type SentenceFigures } from './figures-in-text.ts';
import { clauseStart } from './quote.ts';
import { aboutPartOfBody, scopeBefore, type Body } from './body-part.ts';
import { APPLY_MEASURES, FILLER, pickMeasureAt, topicBefore, TOPIC, type Measure } from './measures.ts';
import { resultNamedAfter } from './result-after.ts';
import { actAfterCount } from './act-after-count.ts';
import { OPENS_ON_RESULT } from './results-after-count.ts';
import { lastMark } from '../text/marks.ts';

/**
 * Is the figure at `pos` in a ，-clause opening with 含/包括 right after a clause counting the
 * applications answered ("办结88件，含上年结转5件")? Not after those received ("受理91件，含上年
 * 结转5件": all of last year's are among them).
 */
export function subsetOfAnswered(text: string, pos: number): boolean {
  const at = clauseStart(text, pos);
  if (at === 0 || !/[，,]/.test(text.charAt(at - 1)) || !/^\s*(?:其中)?(?:含|包括|包含)/.test(text.slice(at, pos))) return false;
  const before = text.slice(clauseStart(text, at - 1), at - 1);
  return /办结|答复|办理|处理/.test(before) && !/受理|收到|接收|新收/.test(before);
}

/**
 * A sentence with no subject of its own divides the one before: "其中，…", and "从办理结果看，…",
 * "从申请主体来看，…" (red team 22: after "全市各级行政机关共收到…2374件。" or "2023年，共收到…70件。"
 * its figures are that whole's, that year's).
 */
export const DIVIDES_BEFORE = /^[\s，,]*(?:其中|从[^，,。；;\d]{1,10}?(?:来)?看[，,：:])/;
export const FROM_VIEW = /^[\s，,]*从[^，,。；;\d]{1,10}?(?:来)?看[，,：:]/;

/**
 * The sentence that sentence `i` divides (DIVIDES_BEFORE), in its paragraph: the one before, and
 * for "从…看" over the "从…看" sentences before it, which divide the same whole ("全市…2374件。从申请
 * 主体看，…。从办理结果看，…"). Null when it opens otherwise or the paragraph has none.
 */
export function dividedSentence(sentences: readonly (SentenceFigures & { para?: unknown })[], i: number): SentenceFigures | null {
  const s = sentences[i]!;
  if (!DIVIDES_BEFORE.test(s.text)) return null;
  let j = i - 1;
  if (FROM_VIEW.test(s.text)) while (j >= 0 && sentences[j]!.para === s.para && FROM_VIEW.test(sentences[j]!.text)) j--;
  return j >= 0 && sentences[j]!.para === s.para ? sentences[j]! : null;
}

/**
 * Does the sentence open with 其中 right after a sentence (of its paragraph) whose last clause is
 * about a part of the body or of the applications ("区政府本级收到申请30件。", "…，其中网上申请50件。")?
 * Or open with a result of table 三, naming no subject of its own ("区政府办代表区政府受理申请17件，答复
 * 17件。予以公开10件，…"): those are the part's results too, or may be (a skip, not the table's rows).
 */
export function leadsWithPartsOf(
  s: SentenceFigures,
  prev: SentenceFigures | null,
  body: Body | null,
  /** false where the part's figures are the tables' (text-vs-table.ts levelTables): 其中 alone then */
  results = true,
): boolean {
  // (an office's own report: its "市政府办公室全年新收…" is the body itself, whose results follow)
  if (!prev || !(results && !body?.office ? LEADS_DIVIDED : /^[\s，,]*其中/).test(s.text)) return false;
  const p = prev.text.replace(/[。！？\s]+$/, '');
  const last = p.slice(clauseStart(p, p.length));
  return aboutPartOfBody(p, p.length, body) || SUBSET_SUBJECT.test(scopeBefore(p, p.length)) || (SUBSET.test(last) && !ALL_OF_THEM.test(last));
}

/** A sentence's opening that goes on with the sentence before: 其中, or a result of table 三 with no subject before it. */
export const LEADS_DIVIDED = new RegExp(`^[\\s，,]*其中|${OPENS_ON_RESULT.source}`);

/**
 * "…共收到申请十二件，均为自然人提出。其中，予以公开八件…" (red team 23, m19): a last clause that says
 * what all of them are names no part of them; the 其中 after it divides the whole.
 */
const ALL_OF_THEM = /^[\s，,]*(?:申请人?)?(?:均|全部|全都|都|皆)(?:为|是|系|由|来自)/;


/**
 * A figure for part of the body or part of the applications is not the table's total; nor is one
 * figure said of several names, "复议和诉讼各1件" (each name's: respectively.ts reads it). Those
 * answered early (提前) are a part of those answered, as those on time are: "全年办结的申请中，提前办结47件，
 * 提前办结率54.0%" (red team 27, c26: an error against 办理结果总计 87). Not where it is put off into next year:
 * "延期答复至次年的3件" is 结转下年度, all of it (recall47). 公民 applying is 自然人 ("公民个人提出申请1030件", 国家卫生健康委
 * 2024, hunt48: compared with 本年新收); not 公民 of "公民、法人或者其他组织" (withoutAllOfThem), nor 公民 without applying.
 * Every applicant column of table 三 is such a part: "律师事务所等法律服务机构提出申请2件", "其他组织提出申请1件" (txt64: compared
 * with 本年新收 62, a false error; 企业 and 法人 were here already).
 */
export const SUBSET = /本级|代表|其中|分别|依次|通过网|网上申请|信函|当面|传真|邮件|自然人|公民(?=[^，,；;。\d]{0,6}?(?:申请|提出|提交))|法人|企业|科研机构|公益组织|社会组织|法律服务机构|律师事务所|律所|其他组织|其它组织|件[^，,；;。\d]{0,8}中|申请中|(?:逾期|延期|顺延|超期|按时|按期|如期|及时|提前)(?:答复|办结|办理|处理|完成)(?!(?:至|到)(?:下一?年|次年))|各(?:为|有|是|达|计)?\s*$/;

/**
 * "其中市政府办公室受理30件，办结28件，结转下年2件": once 其中 names part of the body (or of
 * the applicants), every figure after it in the ；-clause is about that part, not only the first.
 */
export const SUBSET_SUBJECT = /其中[，,：:]?\s*[^，,；;。\d]{0,12}?(?:本级|办公室|政府办|部门|单位|街道|乡镇|镇政府|乡政府|代表|自然人|法人|企业)/;


/** Does a clause name a topic of its own (申请, 复议, 诉讼…)? */
export function hasTopicWord(clause: string): boolean {
  TOPIC.lastIndex = 0;
  return TOPIC.test(clause);
}

/** "复议351件，其中结果维持72件": after 复议 or 诉讼, 其中 opens the results, table 四's columns. */
export const QIZHONG_RESULT = /^其中[，,：:]?(?=(?:结果)?(?:维持|驳回|纠正|纠错|其他结果|尚未审结|未审结)|未经(?:行政)?复议|直接(?:提起|起诉)|经?(?:行政)?复议后(?:提起|起诉))/;

/**
 * "全年办结63件，其中予以公开32件、部分公开7件": after applications, 其中 right before a result
 * of table 三 opens the results, each a row of the table (the later ones, in clauses of their own,
 * were always compared; the first, after 其中, was not). 其中 before anything else (其中网上申请,
 * 其中区政府本级) still marks a part.
 */
const QIZHONG_OUTCOME = /^其中[，,：:]?(?=(?:对|向)?(?:申请人)?[“"「『]?(?:予以公开|同意公开|全部公开|部分公开|同意部分公开|不予公开|无法提供|不予处理|其他处理))/;

/**
 * "全年共办理91件，其中办结88件，结转下年度3件": after the applications handled or received, 其中
 * right before 办结 opens those answered of them, table 三's 办理结果总计 (or that less 上年结转, as
 * "收到86件，已办结83件" is read), not a part of the applications.
 */
const QIZHONG_DONE = /^其中[，,：:]?(?=(?:已|均已|依法)?(?:办结|办理完毕|答复完毕))/;

/** "全年办结63件", "本年度共答复63件": the year's answered, said with no subject and nothing after the count. */
const BARE_CLOSED = /^\s*(?:全年|本年度?|年内|当年)?(?:共计?|合计|总计|累计|一共)?(?:已)?(?:办结|答复|办理完毕|答复完毕)(?:政府信息公开|信息公开)?(?:申请)?\s*[0-9０-９]+\s*件$/;

/** A clause of nothing but 其中 before its figure, and the figure's count to skip past it. */
/** The 其中 that opens such a clause, and the items before the figure after it. */
const QIZHONG_LEAD = /^其中[，,：:]?\s*(?:有)?\s*/;
const COUNT_AT = /^[0-9０-９零〇一二两三四五六七八九十百千]+\s*件/;

/**
 * The clause without its 其中 when that opens the results of the applications answered: the
 * ，-clause before it (or, when 其中 opens a sentence, the last clause of the sentence before in
 * its paragraph, about the applications by its own words or, naming none, by its paragraph's:
 * `paragraphApply`) names 办结/答复/办理 last ("全年办结63件，其中予以公开32件"), so that the
 * results are of all those answered, as table 三's are (not of "新收86件，其中…" alone).
 */
export function withoutOutcomeQizhong(text: string, pos: number, clause: string, prev: SentenceFigures | null, body: Body | null, paragraphApply = false): string {
  const done = clause.startsWith('其中') && QIZHONG_DONE.test(clause);
  // (or written figure first: "全年办结63件，其中32件予以公开": result-after.ts)
  // (and the later items of such a list joined by 、: "其中32件予以公开、7件部分公开": recall38b)
  // (and the act after the figure: "其中3件作出不予处理决定", "对其中5件依法不予公开" — act-after-count.ts)
  const firstAfter = !done && QIZHONG_LEAD.test(clause) && (resultNamedAfter(clause, text.slice(pos).replace(COUNT_AT, '')) ?? actAfterCount(clause, text.slice(pos).replace(COUNT_AT, ''))) !== null;
  if (!done && !firstAfter && !QIZHONG_OUTCOME.test(clause)) return clause;
  const at = clauseStart(text, pos);
  let before: string;
  if (at === 0 && prev) {
    // "全年办结63件。其中予以公开32件…": the whole ends the sentence before, in the paragraph,
    // which must be about the body's applications, not a part's
    const p = prev.text.replace(/[。！？\s]+$/, '');
    // ("全年办结63件。其中予以公开30件": the sentence before names no topic, its paragraph's is the
    // applications — `paragraphApply`, text-vs-table.ts — as "全年办结63件，其中…" is read; recall43)
    // (only where it ends on a bare "全年办结63件", no subject of its own — recall43)
    const prevTopic = topicBefore(p, p.length);
    if ((prevTopic !== 'apply' && !(paragraphApply && prevTopic === null && BARE_CLOSED.test(p.slice(clauseStart(p, p.length))))) || aboutPartOfBody(p, p.length, body) || SUBSET_SUBJECT.test(scopeBefore(p, p.length))) return clause;
    before = p.slice(clauseStart(p, p.length));
    if (SUBSET.test(before)) return clause;
  } else {
    if (at === 0 || !/[，,]/.test(text.charAt(at - 1))) return clause;
    before = text.slice(clauseStart(text, at - 1), at - 1);
    // "收到86件，其中网上申请50件，办结48件，其中予以公开30件": whose 办结? a part may be its subject
    if (SUBSET.test(text.slice(semicolonClauseStart(text, at - 1), at - 1))) return clause;
  }
  // "办结88件（含上年结转5件），其中…": the parenthesis is the whole's subset, not its measure
  const whole = pickMeasureAt(before.replace(/[（(][^（()）]*[）)]/g, ''), APPLY_MEASURES)?.measure.id;
  // "新收申请86件、上年结转5件，其中办结88件": the 其中 divides the two together, as table 三's
  // 办理结果总计 is of both
  const newAndCarried = whole === 'carried' && /(?:新收|收到|受理|接收)[^，,；;。]*[\d０-９]+\s*件[、和及与]/.test(before);
  if (done) return whole === 'handled' || whole === 'received' || whole === 'new' || newAndCarried ? clause.replace(QIZHONG_DONE, '') : clause;
  return whole === 'processed' || whole === 'handled' ? clause.replace(firstAfter ? QIZHONG_LEAD : QIZHONG_OUTCOME, '') : clause;
}


/**
 * The measure named right after a figure, up to its clause's end ("1件尚未审结"): that measure;
 * null (the total) when nothing follows ("…2件，"), or words that name no result follow a clause
 * naming its topic; undefined (no reading) when a bare figure is followed by words that name no
 * result ("1件已移送法院"), or a clause naming its topic by words that name one ("行政诉讼1件
 * 尚未审结": the total, or that result?). Only read when no measure stands before the figure.
 */
export function resultAfter(text: string, end: number, measures: readonly Measure[]): Measure | null | undefined {
  const stop = text.slice(end).search(/[，,；;。（(）)：:]/);
  const words = (stop < 0 ? text.slice(end) : text.slice(end, end + stop)).replace(FILLER, '');
  if (words === '') return null;
  const start = lastMark(text, '，,；;。：:', end - 1) + 1;
  const named = hasTopicWord(text.slice(start, end));
  let best: Measure | null = null;
  let bestAt = Infinity;
  for (const m of measures) {
    m.words.lastIndex = 0;
    const x = m.words.exec(words);
    if (x && x[0] !== '' && x.index < bestAt) (best = m), (bestAt = x.index);
  }
  // "行政复议3件中维持2件" is of the total, "全年行政诉讼1件尚未审结" of the result: a clause that
  // names its topic and then a result after its figure may be either
  if (best) return named ? undefined : best;
  return named ? null : undefined;
}

/**
 * The case a figure names right after it, up to its clause's end ("1件行政诉讼尚未审结"): 'review'
 * or 'suit' when the words name one of them and nothing else; null when they name neither (the
 * topic is the one before the figure); undefined (no reading) when they name both, or applications.
 */
export function caseNamedAfter(text: string, end: number): 'review' | 'suit' | null | undefined {
  const stop = text.slice(end).search(/[，,；;。（(）)：:]/);
  const words = stop < 0 ? text.slice(end) : text.slice(end, end + stop);
  if (!hasTopicWord(words)) return null;
  const topic = topicBefore(words, words.length);
  const both = /复议/.test(words.replace(/未经(?:行政)?复议|复议后/g, '')) && /诉讼|起诉|应诉/.test(words);
  return !both && (topic === 'review' || topic === 'suit') ? topic : undefined;
}

/**
 * The words of the count a parenthesis holding `pos` follows, in its ，-clause ("复议后起诉20件" of
 * "复议后起诉20件（维持12件，纠正1件…）"); null when `pos` is in no parenthesis.
 */
export function parenOwnerWords(text: string, pos: number): string | null {
  let depth = 0;
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '）' || c === ')') depth++;
    else if (c === '（' || c === '(') {
      if (depth === 0) return text.slice(clauseStart(text, i), i);
      depth--;
    } else if (c === '。' || c === '；' || c === ';') return null;
  }
  return null;
}

/** A ，-clause of nothing but a total's word ("共69件") right after one naming a case's result ("行政诉讼被纠错5件"). */
export function totalOfResults(text: string, pos: number): boolean {
  const at = clauseStart(text, pos);
  if (at === 0 || !/^(?:共|共计|合计|总计|总共)$/.test(text.slice(at, pos).trim()) || !/[，,]/.test(text.charAt(at - 1))) return false;
  return CASE_RESULT_WORDS.test(text.slice(clauseStart(text, at - 1), at - 1));
}
const CASE_RESULT_WORDS = /维持|纠错|纠正|驳回|其他结果|尚未审结|未审结|撤销|确认违法|败诉|胜诉/;
