/**
 * "A、B分别为x件和y件" (rule text.vs-table): names in a row, then 分别 and as many figures, paired
 * in order, each against the table's measure of its name; "A和B各x件": x for each name. The comparison with the tables
 * (text-vs-table.ts) leaves every figure after 分别 alone (one name, several figures: whose is
 * which?); this reads the shapes whose pairing is certain and nothing else. Two kinds of list:
 * - 复议 and 诉讼: "因政府信息公开引起的行政复议、行政诉讼分别为3件和5件" claims table 四's 复议
 *   总计 3 and its 诉讼 总计 (未经复议直接起诉 + 复议后起诉) 5. The names are the words from the
 *   clause's start to 分别, cut at 、/和/与/及/以及, each ending in 复议 or 诉讼/起诉 (案件, 申请
 *   may follow), one of each, no result, group or part named;
 * - applications: "本年新收、办结政府信息公开申请分别为56件和57件", "新收申请和上年结转申请分别为
 *   56件、6件": each name says one of table 三's measures (measures.ts APPLY_MEASURES: 新收, 上年
 *   结转, 办结, 予以公开, 结转下年度…) and nothing else, a later name at most with 本年/已 before
 *   it, what follows its words counting applications; no two names the same measure;
 *   the list's topic is its own sentence's, the sentence before's, or, when it names none, its
 *   paragraph's with its heading ("（二）依申请公开情况"), when one name is a word of the flow of
 *   applications (新收, 上年结转, 结转下年度: paragraph-topic.ts, as text-vs-table reads it);
 * and for both:
 * - the figures follow 分别(为|是|有|达) joined only by 和/与/及/以及/、, whole counts in 件 (or 起
 *   for 复议/诉讼), as many as the names: "分别为3件" after two names, or three figures, is no claim;
 * - the clause is about the body's cases or applications of the year (the same tests as the other
 *   figures: a part or another body, another period, a comparison, the body as 复议机关, cases
 *   that are not about disclosure, a part of the applications (其中, 网上申请…), a rate).
 */
import { enclosingParen, isCount, semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { toDec } from './decimal.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { clauseStart, shownOf } from './quote.ts';
import { CARRIED_SOURCE, COMPARED_WITH, otherPeriod } from './period.ts';
import { aboutPartOfBody, saysTablesArePart, scopeBefore } from './body-part.ts';
import { scopeReason, skippedFor } from './other-scope.ts';
import { paragraphAboutApplications } from './paragraph-topic.ts';
import { flowWordsAt } from './carried-after.ts';
import { APPLY_MEASURES, carriedIntoYear, countsApplications, FILLER, pickMeasureAt, t4Measures, topicBefore, withoutNextYearDestination, type Measure } from './measures.ts';
import {
  aboutDisclosure,
  AS_REVIEWER,
  namesNarrowerKind,
  NOT_APPLICATION,
} from './text-vs-table.ts';
import { PER_PERIOD } from './vs-table-words.ts';
import { compare, type VsTableInput } from './vs-table-compare.ts';
import { grantedBesidePartial } from './results-list.ts';
import { SUBSET, SUBSET_SUBJECT, withoutOutcomeQizhong } from './qizhong-readings.ts';

const RESPECTIVELY = /(?:分别|依次)(?:为|是|有|达|计)?/g;

/**
 * "被申请行政复议和提起行政诉讼各1件" (巴南区规划和自然资源 2023, red team 10 page 44): one figure
 * said of each name, paired with every name as 分别 pairs them in order.
 */
const EACH = /各(?:为|是|有|达|计)?/g;

/** Between two figures of the list: a joining word and nothing else. */
const JOINER = /^\s*(?:和|与|及|以及|、)\s*$/;

/** Between two names: a joining word before the next name's noun (not the 及 of 涉及). */
const NAME_SPLIT = /(?:以及|、|和|与|(?<!涉)及)(?=(?:被申请|被提起|被|提起|发生|收到|涉及)?(?:行政)?(?:复议|诉讼|起诉))/;

/** A name: a 复议 or a 诉讼 count, its noun last ("…引起的行政复议", "行政诉讼案件"). */
const NAME = /(?:行政)?(复议|诉讼|起诉)(?:案件|申请|事项)?$/;

/**
 * Words that make a name something else than a topic's total: a result, a group of suits (直接
 * 起诉, 复议后起诉), a part, or a sub-kind (当事人, 申请人).
 */
const NOT_A_TOTAL = /维持|纠正|纠错|驳回|撤销|审结|审理|结果|胜诉|败诉|其他|直接|复议后|经复议|本级|部门|单位|乡镇|街道|申请人|当事人|其中/;

/** The words before the first name: anything; a later name may carry a verb at most. */
const LATER_NAME = /^(?:被申请|被提起|被|提起|发生|收到|涉及)?(?:行政)?(?:复议|诉讼|起诉)(?:案件|申请|事项)?$/;

function topicOf(name: string): 'review' | 'suit' | null {
  const m = NAME.exec(name);
  if (!m || NOT_A_TOTAL.test(name)) return null;
  // one topic each: "复议和诉讼案件" as one name is two
  const rest = name.slice(0, m.index);
  if (/复议|诉讼|起诉|应诉/.test(rest)) return null;
  return m[1] === '复议' ? 'review' : 'suit';
}

/** The figures right after `from`, joined by 和/、…: the list 分别 opens. */
function listAfter(s: SentenceFigures, from: number): TextFigure[] {
  const out: TextFigure[] = [];
  let at = from;
  for (const f of s.figures) {
    if (f.start < at) continue;
    const between = s.text.slice(at, f.start);
    if (out.length === 0 ? between.trim() !== '' : !JOINER.test(between)) break;
    out.push(f);
    at = f.end;
  }
  return out;
}

/**
 * "分别为2、3件", "分别为2，3件": whole numbers joined by 、/，/和 with the unit written once, after
 * the last (red team 17). figures-in-text reads none of them as a figure (the first has no unit, the
 * last is a list's tail); here, right after 分别, they are the list, each in the last one's unit.
 * Not when another figure with its unit follows ("分别为1，029件、1，023件"): then each item carries
 * its unit, and the comma is a thousands separator (red team 18).
 */
const BARE_LIST = /^\s*(\d+)((?:\s*(?:、|，|,|和|与|及|以及)\s*\d+)+)\s*(件|起)(?![余多\d])(?!以上|左右)(?!\s*(?:、|和|与|及|以及)\s*\d)/;

function bareListAfter(s: SentenceFigures, from: number): TextFigure[] {
  const m = BARE_LIST.exec(s.text.slice(from));
  if (!m) return [];
  const out: TextFigure[] = [];
  const unit = m[3] as string;
  const re = /\d+/g;
  const body = m[0].slice(0, m[0].length - unit.length);
  for (let x = re.exec(body); x; x = re.exec(body)) {
    const start = from + x.index;
    const end = start + x[0].length;
    const value = toDec(Number(x[0]), 0);
    out.push({ raw: `${x[0]}${unit}`, value, printed: value, unit, approx: false, ulp: null, start, end, label: '', clause: 0, share: false, shareOf: '', change: null, paren: enclosingParen(s.text, start) });
  }
  // the quote runs to the unit: the last figure ends there
  const last = out[out.length - 1] as TextFigure;
  out[out.length - 1] = { ...last, end: from + m[0].length };
  return out;
}

const CARRIED_WORDS = new RegExp(CARRIED_SOURCE, 'g');

/** Between two names of applications: a joining word ("新收、办结", "新收申请和上年结转申请"). */
const APPLY_NAME_SPLIT = /以及|、|和|与|(?<!涉)及/;

/** What may stand before a later name's words: the year or 已 ("、本年办结", "和已办结"). */
const LATER_LEAD = /^(?:本年度?|全年|年内|当年|已经?|新)?$/;

/**
 * The one measure of table 三 a name says ("本年新收" → 新收, "办结政府信息公开申请" → 办结,
 * "尚未办结" → 结转下年度), or null: none, or the words of another measure outside its own
 * ("受理并办结"), or, for a later name, words before it (year and 已 aside), or words after it
 * that count something else than applications ("办结行政许可申请").
 */
function applyMeasureOf(name: string, later: boolean, year: number | null): Measure | null {
  const picked = pickMeasureAt(name, APPLY_MEASURES);
  if (!picked) return null;
  const { end } = picked;
  let start = -1;
  const words = picked.measure.words;
  words.lastIndex = 0;
  for (let x = words.exec(name); x && start < 0; x = words.exec(name)) if (x.index + x[0].length === end) start = x.index;
  if (start < 0) return null;
  // "新受理" holds 受理, "尚未办结" 办结, "结转下年度继续办理" 办理: words inside its own are its own
  for (const m of APPLY_MEASURES) {
    if (m === picked.measure) continue;
    m.words.lastIndex = 0;
    for (let x = m.words.exec(name); x; x = m.words.exec(name)) {
      if (x[0] === '') break;
      if (x.index < start || x.index + x[0].length > end) return null;
    }
  }
  if (later && !LATER_LEAD.test(name.slice(0, start).replace(FILLER, ''))) return null;
  if (!countsApplications(name.slice(end))) return null;
  if (picked.measure.id !== 'carriedForward' || !year) return picked.measure;
  // "结转至2024年" in the 2023 report is 结转下年度; into the report's year, 上年结转 (text-vs-table.ts)
  const into = carriedIntoYear(name);
  if (into === null || into === year + 1) return picked.measure;
  return into === year ? (APPLY_MEASURES.find((m) => m.id === 'carried') ?? null) : null;
}

/**
 * "本年新收、办结政府信息公开申请分别为56件和57件": each figure against table 三's measure of its
 * name, or null when the list is not one of applications whose names all say one measure each.
 */
function applicationList(sentences: readonly SentenceFigures[], i: number, from: number, at: number, figures: readonly TextFigure[], input: VsTableInput): ClaimOutcome[] | null {
  const s = sentences[i] as SentenceFigures;
  const prev = sentences[i - 1];
  // "办结58件。其中予以公开、部分公开分别为31件、11件": a 其中 opening the results of all those
  // answered is no part (text-vs-table.ts withoutOutcomeQizhong)
  const clause = withoutOutcomeQizhong(s.text, at, s.text.slice(from, at), prev && prev.para === s.para ? prev : null, input.body ?? null);
  // about applications: by its own words, or (naming no topic) the sentence before's in its paragraph,
  // or the paragraph's with its heading ("（二）依申请公开情况" … "新收、办结分别为56件和57件")
  // when a name is one of the flow's own words, as text-vs-table reads them (paragraph-topic.ts)
  const own = topicBefore(s.text, at);
  const topic = own ?? (prev && prev.para === s.para ? topicBefore(prev.text, prev.text.length) : null);
  const fromParagraph = topic === null && paragraphAboutApplications(sentences, i, NOT_APPLICATION);
  if (topic !== 'apply' && !fromParagraph) return null;
  if (figures.some((f) => f.unit !== '件' || f.value.d > 0)) return null;
  if (NOT_APPLICATION.test(clause) || PER_PERIOD.test(clause) || SUBSET.test(clause)) return null;
  if (SUBSET_SUBJECT.test(scopeBefore(s.text, at))) return null;
  const last = figures[figures.length - 1] as TextFigure;
  if (namesNarrowerKind(s.text.slice(last.end))) return null; // "分别为3件、5件重复申请"
  const year = input.year ?? null;
  if (otherPeriod(withoutNextYearDestination(s.text, year), withoutNextYearDestination(clause, year), at, year)) return null;
  const names = clause.split(APPLY_NAME_SPLIT).map((n) => n.trim());
  if (names.length !== figures.length) return null;
  const measures = names.map((n, k) => applyMeasureOf(n, k > 0, year));
  if (measures.some((m) => m === null) || new Set(measures.map((m) => m?.id)).size !== measures.length) return null;
  if (fromParagraph && !names.some((n) => flowWordsAt(n, ''))) return null;
  // "予以公开、部分公开、无法提供的分别为4件、1件、2件" (red team 23 m39): 部分公开 named apart, 予以公开
  // is its row alone, as in a list of results with their figures (results-list.ts grantedBesidePartial)
  const partialApart = measures.some((m) => m?.id === 'partial');
  return figures.map((f, k) => compare(partialApart ? grantedBesidePartial(measures[k] as Measure, names[k] as string, clause) : (measures[k] as Measure), f, shownOf(s).slice(from, f.end).trim(), input));
}

/** "行政复议、行政诉讼分别为3件和5件": each figure against table 四's total of its topic, or null. */
function reviewSuitList(s: SentenceFigures, from: number, at: number, figures: readonly TextFigure[], input: VsTableInput): ClaimOutcome[] | null {
  const names = s.text.slice(from, at).split(NAME_SPLIT).map((n) => n.trim());
  if (names.length < 2 || names.some((n, i) => i > 0 && !LATER_NAME.test(n))) return null;
  const topics = names.map(topicOf);
  if (topics.some((t) => t === null) || new Set(topics).size !== topics.length) return null;
  if (figures.length !== names.length) return null;
  if (figures.some((f) => f.unit !== '件' && f.unit !== '起')) return null;
  const clause = s.text.slice(from, at);
  if (otherPeriod(s.text, clause, at, input.year ?? null)) return null;
  if (AS_REVIEWER.test(s.text)) return null;
  const out: ClaimOutcome[] = [];
  figures.forEach((f, i) => {
    if (!aboutDisclosure(s.text, f)) return;
    const total = t4Measures(topics[i] as 'review' | 'suit').find((x) => x.id === 'total');
    if (!total) return;
    out.push(compare(total, f, shownOf(s).slice(from, f.end).trim(), input));
  });
  return out;
}

/** The names' list, read at `at` (分别 or 各) with its figures, one for each name. */
function readList(sentences: readonly SentenceFigures[], i: number, at: number, figures: readonly TextFigure[], input: VsTableInput): ClaimOutcome[] | null {
  const s = sentences[i] as SentenceFigures;
  const from = clauseStart(s.text, at);
  // "，分别较上年…", "分别为3件和5件左右": no count of the year
  if (figures.some((f) => !isCount(f) || f.paren !== null)) return null;
  if (aboutPartOfBody(s.text, at, input.body ?? null)) return null;
  // "与上年相比": a comparison; "新收申请和上年结转申请" is this year's row, not one
  if (COMPARED_WITH.test(s.text.slice(from, at).replace(CARRIED_WORDS, '结转'))) return null;
  return reviewSuitList(s, from, at, figures, input) ?? applicationList(sentences, i, from, at, figures, input);
}

/** A range of years ending its words: "2023—2025年", "2023年至2025年", "2023-2025年度". */
const YEAR_RANGE = /(\d{4})\s*年?\s*(?:—|－|–|-|～|~|至|到)\s*(\d{4})\s*年度?/g;

/**
 * "2023—2025年，县政府新收政府信息公开申请分别为41件、54件、50件" (red team 27, m02): a range of
 * years ending in the report's year, one figure a year, is a list of one name over the years; its
 * figure for the report's year is read as the name alone with that figure would be (applicationList,
 * the range blanked out: it names the years, not another period). Undefined when the words before
 * 分别 hold no such range in its ；-clause; null (no claim) when the range or the figures do not fit.
 */
function yearList(sentences: readonly SentenceFigures[], i: number, at: number, figures: readonly TextFigure[], input: VsTableInput): ClaimOutcome[] | null | undefined {
  const s = sentences[i] as SentenceFigures;
  const from = semicolonClauseStart(s.text, at);
  let range: RegExpExecArray | null = null;
  YEAR_RANGE.lastIndex = 0;
  for (let m = YEAR_RANGE.exec(s.text); m && m.index < at; m = YEAR_RANGE.exec(s.text)) if (m.index >= from && m.index + m[0].length <= at) range = m;
  if (!range) return undefined;
  const [first, last] = [Number(range[1]), Number(range[2])];
  const year = input.year ?? null;
  if (year === null || last !== year || first >= last || figures.length !== last - first + 1) return null;
  const f = figures[year - first] as TextFigure;
  if (figures.some((x) => !isCount(x) || x.paren !== null)) return null;
  const end = range.index + range[0].length;
  const blanked = { ...s, text: s.text.slice(0, range.index) + '　'.repeat(range[0].length) + s.text.slice(end), shown: shownOf(s) };
  const nameFrom = Math.max(end, clauseStart(s.text, at));
  if (aboutPartOfBody(blanked.text, at, input.body ?? null)) return null;
  const own = [...sentences];
  own[i] = blanked;
  const read = applicationList(own, i, nameFrom, at, [f], input);
  // the quote: from the range to the list's last figure
  const quote = shownOf(s).slice(range.index, (figures[figures.length - 1] as TextFigure).end).trim();
  return read?.map((o) => ({ ...o, check: { ...o.check, quote }, ...(o.finding ? { finding: { ...o.finding, quote } } : {}) })) ?? null;
}

/** How many names the clause before `at` lists (as reviewSuitList or applicationList split them). */
function namesBefore(s: SentenceFigures, at: number): number {
  const clause = s.text.slice(clauseStart(s.text, at), at);
  const review = clause.split(NAME_SPLIT).length;
  return review >= 2 ? review : clause.split(APPLY_NAME_SPLIT).length;
}

export function checkRespectively(sentences: readonly SentenceFigures[], input: VsTableInput): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  const partTables = sentences.some((s) => saysTablesArePart(s.text));
  sentences.forEach((s, i) => {
    if (s.text.includes('分别') || s.text.includes('依次')) {
      RESPECTIVELY.lastIndex = 0;
      for (let m = RESPECTIVELY.exec(s.text); m; m = RESPECTIVELY.exec(s.text)) {
        let figures = listAfter(s, m.index + m[0].length);
        if (figures.length < 2) figures = bareListAfter(s, m.index + m[0].length);
        if (figures.length < 2) continue;
        const years = yearList(sentences, i, m.index, figures, input);
        if (years !== undefined) {
          if (years) out.push(...years.map((o) => skippedFor(o, scopeReason(s, m!.index, null, partTables))));
          continue;
        }
        const read = readList(sentences, i, m.index, figures, input);
        // "全市各级行政机关被申请行政复议和提起行政诉讼分别为23件和15件": perhaps more than the tables count
        if (read) out.push(...read.map((o) => skippedFor(o, scopeReason(s, m!.index, null, partTables))));
      }
    }
    if (s.figures.length >= 1 && s.text.includes('各')) {
      EACH.lastIndex = 0;
      for (let m = EACH.exec(s.text); m; m = EACH.exec(s.text)) {
        // one figure right after 各, and no other joined to it ("各1件和2件" says nothing sure)
        const figures = listAfter(s, m.index + m[0].length);
        if (figures.length !== 1) continue;
        const n = namesBefore(s, m.index);
        if (n < 2) continue;
        const read = readList(sentences, i, m.index, new Array<TextFigure>(n).fill(figures[0] as TextFigure), input);
        if (read) out.push(...read);
      }
    }
  });
  return out;
}
