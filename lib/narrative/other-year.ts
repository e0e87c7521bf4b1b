/**
 * Figures that are not this year's count: the base of a comparison, its difference, or a figure
 * of another year quoted beside this year's (red team 10b, pages 72 and 76–81). A 其中 list is
 * of this year's figures: such a figure is neither its whole nor one of its parts, whatever
 * stands nearest the 其中.
 *
 * - a base: "比上年的55件", "较2021年的50件", "较上年（55件）增长9.1%";
 * - a difference: "比上年的55件多5件", "同比减少3件" (its change verb, figures-in-text.ts
 *   readChangeVerb, already makes it no count);
 * - last year's, in words: "新收申请60件（上年55件）", "上年同期为55件", "自然人申请51件，上年为54件",
 *   "（占85.0%，上年为54件）";
 * - another year's, by number: "自然人申请51件（2021年：54件）" in the 2022 report.
 * 上年结转 and its kin are this year's row of table 三 (period.ts CARRIED_SOURCE), never last
 * year's: "共办理61件，其中本年新收60件，上年结转1件" is a list of this year's; so is a figure after
 * a comparison said and done ("与上年相比新收申请60件", "较上年相比新收申请60件").
 * The one test the 其中 lists use (parts-sum.ts and its finders): they once also dropped any
 * figure whose label held 较/比 + a year anywhere, which took "较上年相比新收申请60件" for last year's.
 */
// last year in words ("上年同期为55件", "去年为55件"; 同期 alone is not: it may be this year's) and a
// title, whose years are no figure's ("按《2021年政务公开工作要点》公开60条"): period.ts's
import { CARRIED_SOURCE, LAST_YEAR, TITLE } from './period.ts';
import type { SentenceFigures, TextFigure } from './figures-in-text.ts';

/**
 * The base of a comparison right before the figure: "比上年的", "较2021年的", "与上年同期的",
 * "较上年（", "同比（55件）". Only right before it: "与上年相比新收申请60件" compares this year's 60.
 */
const BASE_AT_END = /(?:(?:较|比|与|和|相较|对比)于?(?:上年|上一年|去年|上年度|上一年度|前一年|\d{4}\s*年)度?(?:同期)?|同比|环比)(?:的|为|是|有)?\s*$/;
/**
 * A comparison said and done before the figure: what follows is this year's ("与上年相比新收申请
 * 60件", "较上年增加5件，达到60件" without the ，).
 */
const COMPARED_BEFORE = /^.*(?:相比|相较|比较|对比|增加|减少|增长|下降|降低|提高|上升)(?:而言|来看|之下|了)?/;
/** Words that make a last-year word this year's: carried over, still open, or named as this year. */
const THIS_YEARS_WORK = new RegExp(`${CARRIED_SOURCE}|结转|转结|遗留|未办结|未答复|今年|本年|当年`);

/** A year named by number (not a range: "2021—2023年" is several years, period.ts reads those). */
const YEAR = /(?<![\d—–\-~～至到])(\d{4})\s*年(?!\s*[—–\-~～至到])/g;

/** Closed parentheses within the words, an aside: "新收申请（不含重复申请）60件". */
const CLOSED_PAREN = /[（(][^（()）]*[）)]/g;

/** Where the innermost parenthesis still open at `pos` opens, or -1. */
export function openParenBefore(text: string, pos: number): number {
  let depth = 0;
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ')' || c === '）') depth++;
    else if (c === '(' || c === '（') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** ，,；;。 by code unit (clauseWords steps back one character at a time). */
function isClauseMarkNoColon(c: number): boolean {
  return c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0x3002;
}

/** The words of the ，-clause before `pos`, from `from` on (：does not end it: "2021年：54件"). */
function clauseWords(text: string, from: number, pos: number): string {
  let i = pos;
  while (i > from && !isClauseMarkNoColon(text.charCodeAt(i - 1))) i--;
  return text.slice(i, pos).replace(CLOSED_PAREN, '').replace(TITLE, '');
}

/**
 * The words that say whose year a figure is: its own ，-clause, or inside a parenthesis the
 * parenthesis's clause; when nothing stands before it there ("较上年（55件）"), the words before
 * the parenthesis too.
 */
export function periodWords(text: string, f: TextFigure): { words: string; inParen: boolean } {
  const open = f.paren === null ? -1 : openParenBefore(text, f.start);
  if (open < 0) return { words: clauseWords(text, 0, f.start), inParen: false };
  const inner = clauseWords(text, open + 1, f.start);
  if (/^\s*(?:为|是|约)?\s*$/.test(inner)) return { words: clauseWords(text, 0, open) + inner, inParen: true };
  return { words: inner, inParen: true };
}

/** Does `words` name last year (not a row of this year's, 上年结转)? */
function namesLastYear(words: string): boolean {
  if (BASE_AT_END.test(words)) return true;
  const rest = words.replace(COMPARED_BEFORE, '');
  return LAST_YEAR.test(rest) && !THIS_YEARS_WORK.test(rest);
}

/**
 * Carried in from the year named right before: "2022年结转…41件", "从2022年结转的申请", "2022年度结转",
 * "2022年底遗留" in the 2023 report are its 上年结转, this year's row of table 三 (hunt32: a real 2020
 * report's "；2019年结转政府信息公开申请73宗，其中…", whose list was then taken for the clause before's).
 * Not when they go on to the next year ("2022年结转至2023年" is read by the year it names last).
 */
const CARRIED_IN_AFTER_YEAR = /^\s*(?:度|底|末)?(?:的)?(?:结转|转结|遗留)/;

/**
 * Does `words` name a year other than the report's? With the report's year unknown: in a
 * parenthesis, a year names an annotation of the figure before, never a part of a list
 * ("51件（2021年：54件）"); in a clause, a year before a later one the sentence names. The year
 * before the report's, carried in from (CARRIED_IN_AFTER_YEAR), is the report's own row.
 */
function namesOtherYear(words: string, sentence: string, inParen: boolean, year: number | null): boolean {
  if (!words.includes('年')) return false; // YEAR names none
  const ms = [...words.matchAll(YEAR)];
  const last = ms[ms.length - 1];
  const y = last ? Number(last[1]) : undefined;
  if (y === undefined || !last) return false;
  const carriedIn = CARRIED_IN_AFTER_YEAR.test(words.slice((last.index ?? 0) + last[0].length));
  if (carriedIn && (year === null || y === year - 1)) return false;
  if (year !== null) return y !== year;
  if (inParen) return true;
  return [...sentence.matchAll(YEAR)].some((m) => Number(m[1]) > y);
}

/**
 * Is the figure not this year's count (a base, a difference, another year's)? Such a figure is
 * never the whole or a part of a 其中 list of this year's figures.
 */
/** A bracket that gives a running total of all years: "（历年累计…）", "（累计…）", "（自…以来累计…）". */
const CUMULATIVE_PAREN = /^\s*(?:历年|自[^）)]{0,12}以来|截至[^）)]{0,12})?累计(?!.{0,4}(?:本年|今年|全年|当年))/;

/**
 * A clause's words giving a running total of all years: "历年累计", "自2008年以来累计" (not "截至12月底累计",
 * which may be the year's own, recall38); or of several: "近三年累计", "三年来累计", "近5年共", "多年来累计" (txt93: rt91
 * left "其中…，近三年累计公开4000条" summed as an item of the year's list — 5020 of 1250).
 */
const CUMULATIVE_CLAUSE = /^[\s，,；;、]*(?:历年(?:来)?|自?([^，,；;。]{1,12}?)以来|近(?:几|些)?年(?:来|以来)?|(?:19|20)\d{2}\s*[—–\-~～至到]\s*(?:(?:19|20)?\d{2})\s*年(?:度|间)?|(?:近|过去|这)?(?:\d{1,2}|[两二三四五六七八九十多])年(?:来|以来|内|间)?)累计|^[\s，,；;、]*(?:近|过去)(?:\d{1,2}|[两二三四五六七八九十])年(?:来|以来|内|间)?(?:共计?|合计|总计)/;
/** A running total to date, said after the year's list: "截至目前累计", "至今累计", "目前已累计", "迄今为止累计" (rt94 left them: 5250 of 1250). */
const TO_DATE = /^[\s，,；;、]*(?:(?:截至|截止|到)(?:目前|今|现在)|至今|迄今|目前)(?:为止)?(?:已|共|总共|已经)?累计/;

/**
 * CUMULATIVE_CLAUSE, where its …以来 names no time of this year ("自2024年1月以来累计" in a 2024 report is the year's, as "今年以来",
 * "年初以来", "12月以来"). rt94: also with no 自 ("网站开通以来累计发布信息4万条", "“十四五”以来累计", a false 41250 of 1250 on main), "近年来
 * 累计" and a span of years ("2022—2024年累计").
 */
function cumulativeClause(label: string, year: number | null): boolean {
  if (TO_DATE.test(label)) return true;
  const m = CUMULATIVE_CLAUSE.exec(label);
  if (!m) return false;
  const since = m[1];
  if (since === undefined) return true;
  if (/今年|本年|当年|年初|全年|年内|月|季度|半年|周/.test(since)) return false;
  return [...since.matchAll(/(\d{4})\s*年/g)].every((y) => year !== null && Number(y[1]) < year);
}

/**
 * A running total to a year's end named by its number, in the figure's clause or the one right before it: "，截至2024年底累计公开
 * 4000条", "截至2024年12月31日，累计发布…" (txt97; rt96 left the 底 form: 5250 of 1250). other-scope.ts reads "截至…，累计…" so too;
 * "截至12月底累计" (no year named, recall38) and a clause naming the year (全年, 本年…) stay the year's own.
 */
const TO_YEAR_END = /(?:截至|截止|到)\s*(?:19|20)\d{2}\s*年度?(?:底|末|年底|年末|12\s*月(?:底|末|31\s*日)?)(?:止|为止)?[，,]?\s*(?:已|共|总共|已经)?累计[^，,；;。\d]*$/;
function toYearEnd(s: SentenceFigures, f: TextFigure): boolean {
  const m = TO_YEAR_END.exec(s.text.slice(0, f.start));
  // (said after a count of the same unit only, as an item after a list: a sentence opening with it — "截至2024年12月31日，累计收到
  // 申请62件，其中自然人50件，法人13件" — is the year's whole as often as not, and its own list's sum was lost with it, 63 of 62
  // silent, rt98)
  return m !== null && !/全年|本年|今年|年内|当年/.test(m[0]) && s.figures.some((g) => g.end <= m.index && g.unit === f.unit);
}

/**
 * Is the figure out of the year's lists only as a running total to a year's end ("截至2024年底累计发布政策解读100条", toYearEnd)? A list
 * may hold it after all where only with it does it make its whole (parts-kept.ts, txt100).
 */
export function runningToYearEnd(s: SentenceFigures, f: TextFigure, year: number | null): boolean {
  if (f.change !== null || f.paren !== null || cumulativeClause(f.label, year) || !toYearEnd(s, f)) return false;
  // (to the end of the report's year only: "截至2023年底累计…" in the 2024 report is no item of its lists)
  const named = [...s.text.slice(0, f.start).matchAll(/(?:截至|截止|到)\s*((?:19|20)\d{2})\s*年/g)].pop();
  if (year !== null && named !== undefined && Number(named[1]) !== year) return false;
  const { words: said, inParen } = periodWords(s.text, f);
  const words = said.replace(DOCUMENT_OF_YEAR, '');
  return !namesLastYear(words) && !namesOtherYear(words.replace(COMPARED_BEFORE, ''), s.text, inParen, year);
}

export function notThisYears(s: SentenceFigures, f: TextFigure, year: number | null): boolean {
  // asked of the same figure 3–4 times on average (each 其中 reading filters the sentence's figures
  // again, perf43): the answer is kept on the figure, for its sentence's text and the year
  const kept = notThisYearsOf.get(f);
  if (kept !== undefined && kept.text === s.text && kept.year === year) return kept.value;
  const value = readNotThisYears(s, f, year);
  notThisYearsOf.set(f, { text: s.text, year, value });
  return value;
}

const notThisYearsOf = new WeakMap<TextFigure, { text: string; year: number | null; value: boolean }>();

function readNotThisYears(s: SentenceFigures, f: TextFigure, year: number | null): boolean {
  if (f.change !== null) return true; // a difference: "多5件", "减少3件"
  // the years' running total in a bracket after the year's count: "新增主动公开51件（历年累计4142件）"
  // (hunt39: a real 2020 省厅 report, whose 其中 list was then of 51 or of 51 + 4142)
  if (f.paren !== null && CUMULATIVE_PAREN.test(f.paren)) return true;
  // and in a clause of its own after it: "主动公开政府信息751条，其中…722条，历年累计16253条" (hunt40: a real
  // 2024 district's list summed with it, 17004 against 751); a bare 累计 may be the year's, so not that
  if (f.paren === null && (cumulativeClause(f.label, year) || toYearEnd(s, f))) return true;
  const { words: said, inParen } = periodWords(s.text, f);
  // ("其中2021年信息公开年报1条，机构职能1条": a document of last year, published this year — hunt43 left it, recall45)
  const words = said.replace(DOCUMENT_OF_YEAR, '');
  return namesLastYear(words) || namesOtherYear(words.replace(COMPARED_BEFORE, ''), s.text, inParen, year);
}

/**
 * A document named by the year it is of, right before the figure that counts it: "2021年信息公开年报1条", "2021年度部门
 * 决算1条" (hunt43 left it: the item was dropped as last year's, the list then
 * short by one and a skip). Published this year, it is one of this year's items. Only right before the figure:
 * "2021年年报显示为25条" still names last year's 25.
 */
const DOCUMENT_OF_YEAR = /\d{4}\s*年度?(?:的)?(?:政府信息公开|信息公开|政务公开)?(?:工作)?(?:年度报告|年报|工作要点|工作总结|工作计划|(?:部门|财政|政府)?(?:预算|决算|预决算)(?:报告|表)?)\s*$/;

/**
 * Is the figure's year only that of the document it counts ("2021年信息公开年报1条")? Such an item is read as one of
 * this year's, and its list is read without it too (parts-qizhong.ts): "其中机构职能1条，工作动态29条，2021年信息公开
 * 年报1条" of 30 may name the report beside the 30 as much as among them — a reading that adds up passes.
 */
export function documentOfYear(s: SentenceFigures, f: TextFigure): boolean {
  return DOCUMENT_OF_YEAR.test(periodWords(s.text, f).words);
}
