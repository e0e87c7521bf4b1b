/**
 * When a figure of the text is said: the report's year, or another period (several years, part
 * of the year, last year, another year), which the tables do not count. Read by the comparison
 * with the tables (text-vs-table.ts) before it compares a figure.
 */
import { semicolonClauseStart } from './figures-in-text.ts';
import { clauseStart } from './quote.ts';

/**
 * 上年结转 as the prose words it: this year's table row (never "last year"). "结转上年度10件" (recall37,
 * session 36's hunts) is the same row, the verb first: carried over from last year. "去年结转4件" (txt61; left59
 * left "去年结转N份" unread: 去年 made it last year's figure) is the same row in everyday words.
 */
export const CARRIED_SOURCE = '上年结转|上年转结|上年度结转|上一年度?结转|上年度转结|上一年度?转结|上年度?遗留|上一年度?遗留|结转上一?年度?|去年(?:结转|转结|遗留)';

/** Several years: "近三年来", "自2019年以来", "历年", "截至目前" (not "今年以来"). */
const SEVERAL_YEARS = /近[一二三四五六七八九十两几\d]+年|[一二三四五六七八九十两几\d]+年(?:来|以来)|(?<!今年|本年|年初|年度)以来|历年|至今|截至目前|截止目前|截至当前/;
/**
 * A range of years: "2021年至2023年", "2021—2023年", "2021-2023年累计…" (Kaizhou 2023, red team 10).
 * It names the report's year last, yet its figure is of all three years: a sum the tables do not hold.
 */
const YEAR_RANGE = /(\d{4})\s*年?度?\s*(?:至|到|—+|–|-|－|~|～)\s*(\d{4})\s*年/g;

/** Does the text name a range of two different years? ("2023年1月至2023年12月" names one year.) */
function namesYearRange(t: string): boolean {
  if (!t.includes('年')) return false; // every range YEAR_RANGE reads ends in 年
  for (const m of t.matchAll(YEAR_RANGE)) if (m[1] !== m[2]) return true;
  return false;
}

/** Part of the year: a quarter, a half, a month (not the year's end, "1-12月", "12月31日", "12月底"). */
const PART_OF_YEAR = /季度|上半年|下半年|\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月份?/;
const WHOLE_YEAR = /全年|本年度|[-—–至到~～]\s*(?:\d{4}\s*年\s*)?12\s*月|12\s*月\s*(?:31\s*日|底|末)|十二月\s*(?:三十一日|底|末)/;
const PART_OF_YEAR_G = new RegExp(PART_OF_YEAR.source, 'g');
const WHOLE_YEAR_G = new RegExp(WHOLE_YEAR.source, 'g');

/** Where the last match of `re` (global) in `text` ends, or −1. */
function lastEnd(re: RegExp, text: string): number {
  let end = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    end = m.index + m[0].length;
    if (m[0] === '') re.lastIndex++;
  }
  return end;
}

/**
 * Part of the year, said closer to the figure than any word of the whole year: "全年申请量最多的
 * 月份为6月，共收到申请9件" is June's 9 (session 23's probe: flagged against 本年新收 46), "一季度收到
 * 18件" a quarter's; "2019年1-12月共收到46件", "全年…截至12月31日" are the year's.
 */
function partOfYearLast(scope: string): boolean {
  const part = lastEnd(PART_OF_YEAR_G, scope);
  return part >= 0 && part > lastEnd(WHOLE_YEAR_G, scope);
}
/**
 * Is the last ；-clause of a sentence about another period ("2023年，共收到政府信息公开申请70件，
 * 办结68件")? What a sentence of no subject of its own after it says ("其中予以公开28件…",
 * "从办理结果看，…": qizhong-readings.ts dividedSentence) is that period's too (red team 22). A
 * comparison there ("较上年增加12件") names last year as its base, not as its subject: no.
 */
export function lastClauseOfOtherPeriod(sentence: string, year: number | null): boolean {
  const p = sentence.replace(/[。！？\s]+$/, '');
  const scope = p.slice(semicolonClauseStart(p, p.length));
  if (/较|比|相比|相较|同期|增|减|持平|下降|上升/.test(scope)) return false;
  return otherPeriod(p, scope, p.length, year);
}

/** Last year, said in words (上年结转 is this year's table row, not last year). */
export const LAST_YEAR = /上年|去年|上一年|前一年/;
const CARRIED_WORDS = new RegExp(CARRIED_SOURCE, 'g');

/** A comparison's base: the figure after 较/比 + a period is last year's. */
export const COMPARED_WITH = /(?:较|比|与|和|相比|相较|对比)(?:于)?(?:上年|上一年|去年|上年度|上一年度|前一年|同期|\d{4})/;

/** Words that say a comparison is made, whatever its base. */
const COMPARING = /相比|相较|对比|比较|增|减|持平|下降|上升|多|少/;

/**
 * Is the clause the base of a comparison? "收到申请86件和上年结转申请5件" is not: its 和 joins this
 * year's row 上年结转, no comparison with last year — unless the clause goes on to compare
 * ("与上年结转相比多2件").
 */
export function comparedWith(clause: string): boolean {
  return COMPARED_WITH.test(COMPARING.test(clause) ? clause : clause.replace(CARRIED_WORDS, '结转'));
}

/** The years named ("2022年", not "2023年度报告"'s) in a text. */
function yearsNamed(t: string): number[] {
  if (!t.includes('年')) return [];
  return [...t.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
}

/** Does the text name a year (yearsNamed, without listing them)? */
const NAMES_YEAR = /\d{4}\s*年/;

/**
 * What every word of a period that otherPeriod reads holds (年, 月, 季度, 以来, 至今, 截至, 截止):
 * a text with none names no period, and its half-dozen patterns are not run on it.
 */
const PERIOD_MARK = /[年月季]|以来|至今|截[至止]/;

/** A title in 《》 (a document's, a plan's), which may name years of its own. */
export const TITLE = /《[^《》]*》/g;

/**
 * 复议 and 诉讼 carried over: "上年度结转的2件行政诉讼案件已于2023年3月审结" (red team 10, page 44)
 * are last year's cases, which table 四 counts in last year's report (it has no carried row, as
 * table 三 has). Read from the figure's whole ，-clause: the cases are often named after it.
 */
const CARRIED = new RegExp(CARRIED_SOURCE);

/**
 * Are the figure's words carried over (上年结转…) about 复议/诉讼 cases? Its ，-clause names them
 * ("上年度结转的2件行政诉讼案件"), or, naming no 申请 itself, its ；-clause's last topic before it
 * is one ("行政诉讼方面，上年遗留的2件案件均已审结").
 */
function carriedCases(sentence: string, pos: number): boolean {
  const start = clauseStart(sentence, pos);
  const stop = sentence.slice(pos).search(/[，,；;：:。]/);
  const own = sentence.slice(start, stop < 0 ? sentence.length : pos + stop);
  if (!CARRIED.test(own)) return false;
  const cases = /复议|诉讼|起诉|应诉/;
  if (cases.test(own)) return true;
  if (own.includes('申请')) return false;
  const topics = sentence.slice(semicolonClauseStart(sentence, pos), start).match(/申请|复议|诉讼|起诉|应诉/g);
  return topics !== null && cases.test(topics[topics.length - 1] ?? '');
}

/**
 * Is a figure said of another period than the report's year? Read from its ，-clause when that
 * names a period, else from its ；-clause up to it: several years ("近三年来共收到300件",
 * "2021年至2023年累计收到186件"), part of the year ("第一季度收到20件", "1-11月…80件"), last year
 * ("上年共收到102件"), or another year ("2022年共收到102件" in the 2023 report, or, the year
 * unknown, a year before another the sentence names).
 */
export function otherPeriod(sentence: string, clause: string, upTo: number, year: number | null): boolean {
  // 上年结转 is this year's row of table 三; of 复议 and 诉讼 cases, last year's (read only when a
  // last-year word is there to be told apart: most clauses name none)
  let carried: boolean | undefined;
  const lastYear = (t: string): string => ((carried ??= carriedCases(sentence, upTo)) ? t : t.replace(CARRIED_WORDS, ''));
  const names = (t: string): boolean =>
    PERIOD_MARK.test(t) && (
      /今年|本年|当年/.test(t) ||
      SEVERAL_YEARS.test(t) || namesYearRange(t) || PART_OF_YEAR.test(t) || WHOLE_YEAR.test(t) || LAST_YEAR.test(lastYear(t)) || NAMES_YEAR.test(t));
  const from = semicolonClauseStart(sentence, upTo);
  // a title's years are no period of a figure: "按照《法治政府建设实施纲要（2021—2025年）》要求，…"
  const own = clause.replace(TITLE, '');
  const scope = names(own) ? own : sentence.slice(from, upTo).replace(TITLE, '');
  if (!PERIOD_MARK.test(scope)) return false;
  if (SEVERAL_YEARS.test(scope) || namesYearRange(scope)) return true;
  if (partOfYearLast(scope)) return true;
  if (LAST_YEAR.test(lastYear(scope))) return true;
  const ys = yearsNamed(scope);
  const y = ys[ys.length - 1];
  if (y === undefined) return false;
  if (year) return y !== year;
  return yearsNamed(sentence).some((other) => other > y);
}

/**
 * A ，-clause that is only a change against last year ("较上年增加1件", "与上年相比减少2件", "比去年多1件", "与上年持平"):
 * its base is last year, not the subject of the clauses after it ("全年被提起行政诉讼4件，较上年增加1件，其中维持3件" — 3 is
 * this year's, txt69: was no claim, its twin with 2 unflagged). Blanked out (the same length, its commas kept) of the
 * sentence a later figure's period is read from. So too against a year named ("环比2023年增长14.8%", "较2023年的54件增加8件",
 * "同比2023年增长…"): rt78's 77, "…62件，环比2023年增长14.8%，已办结63件（含2023年结转4件），办结率95.5%" took the rate and the
 * counts after it as 2023's (txt77).
 */
const CHANGE_CLAUSE = /(^|[，,])(\s*(?:较|比|与|同|环比|同比)(?:上年|上一年度?|去年|上年度|前一年|\d{4}\s*年度?)(?:同期)?(?:的?\s*[0-9０-９零〇一二两三四五六七八九十百千]+\s*(?:件|起))?(?:相比|相较)?[，,]?\s*(?:增加|减少|增长|下降|上升|多|少|持平)了?\s*(?:[0-9０-９零〇一二两三四五六七八九十百千]+(?:[.．][0-9０-９]+)?\s*(?:件|起|个百分点|%|％|倍)?)?\s*)(?=[，,])/g;
export function withoutChangeClauses(text: string): string {
  return text.includes('年') ? text.replace(CHANGE_CLAUSE, (_, head: string, c: string) => head + '　'.repeat(c.length)) : text;
}
