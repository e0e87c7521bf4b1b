/**
 * Whose figure is it, when it fits none of the tables' readings (text.vs-table, text.share)?
 * The prose of a body's report also gives wider scopes than its tables count: the region's
 * 各级行政机关, the 全系统 of a 市局 and its 分局s, 本局及下属单位, the region's 各街道、各部门,
 * or 全区 where the prose says the tables are 本级's; and a page may hold two tables 三 (本级's
 * beside 全区's). Red team 11, pages 06, 40, 65, 66, 67, 82, 83, 99. Such a figure is compared
 * first (a fit is a pass) and a mismatch is a skip that says why, never an error.
 */
import { namesWholeBefore, ownPartAfter, widerScopeBefore } from './body-part.ts';
import { semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { withTable3 } from '../report/figures.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import type { NotePart } from '../types.ts';
import { part as notePart, said, type Said } from './note-words.ts';
import { skipFor } from './skip-reasons.ts';
import { DIVIDES_BEFORE } from './qizhong-readings.ts';
import { clauseStart, shownOf } from './quote.ts';
import { runningTotalReason } from './running-total.ts';
import type { Claimed, VsTableInput } from './vs-table-compare.ts';

/**
 * Why a figure that fits no reading of the report's tables may still be no mistake: it is the
 * figure of a wider scope than the tables count, or of another table. A careful reader knows so
 * - when the sentence names the body's own part after it, and that part fits ("全市共收到…2,846
 *   件，其中市政府本级收到182件" against 182: the tables are 本级's). When the part does not fit
 *   either, neither reading holds: the error stands (seed 004, 丰泽区 2019: "区政府各级各部门共
 *   收到…45件，其中区政府本级17件" against 42). But when the whole's words say it is wider than
 *   the tables (各级行政机关, or 全区 where the prose says the tables are 本级's: scopeReason), the
 *   tables are the part's: the whole is a skip and the part is compared in its stead ("全区各级
 *   行政机关…955件，其中区政府本级收到80件" against 86 names the 80);
 * - when it fits the page's other table 三 (a 区 report with its 本级 table and its 全区 one,
 *   whose prose quotes 本级's: red team 11, page 99);
 * - when its subject names a scope wider than one body (各级行政机关, 全系统, 本局及下属单位,
 *   各街道、各部门: body-part.ts widerScopeBefore), which the tables of the body may not count;
 * - when its subject names the whole (全区, 本市) and the prose says the tables are 本级's
 *   ("以下表格数据为区政府本级情况", "市政府本级情况如下": body-part.ts saysTablesArePart).
 * A region alone ("全区共收到…") is the 区政府's own: still compared (red teams 10, 10b).
 */
export function notThisTable(
  s: SentenceFigures,
  f: TextFigure,
  input: Pick<VsTableInput, 'figures' | 'others' | 'corrected' | 'years'>,
  /** does a figure fit a reading of the figure's measure, against these tables' figures? (text-vs-table.ts compare) */
  holds: (g: Claimed, figures: VsTableInput['figures']) => boolean,
  partTables: boolean,
  prev: SentenceFigures | null,
  /** the table's figure the failing reading names (runningTotalReason) */
  expected?: number,
  /** the prose says the tables are the region's 各级行政机关's (saysTablesAreWhole) */
  wideTables = false,
): { skip?: Said; note?: string; part?: TextFigure; coded?: (cmp: NotePart) => NotePart } | null {
  const k = ownPartAfter(s.text, s.figures, f.end);
  if (k >= 0) {
    const part = s.figures[k]!;
    const words = shownOf(s).slice(s.text.lastIndexOf('其中', part.start), part.end);
    // "全区各级行政机关共收到…955件，其中区政府本级收到80件", or "全区…" where the prose says the
    // tables are 本级's: the whole is wider than the tables, whose figure is the part's; the part is
    // compared in its stead (a pass when it fits, an error naming it when not)
    const scope = scopeReason(s, f.start, f.raw, partTables, prev, wideTables);
    if (scope) return { skip: said('scopeAndPart', scope.note!, words.replace(/^其中[，,：:]?/, '')), part };
    if (holds(part, input.figures)) return { skip: said('partFits', words, f.raw) };
    // …or with the table as its own rules would correct it (a 总计 they doubt against its parts):
    // the table is wrong, and they say so; the sentence is not
    const fixed = input.corrected && input.corrected.of === input.figures ? input.corrected.withTotals : null;
    if (fixed && holds(part, fixed)) return { skip: said('partFitsFixed', words, f.raw) };
    return { note: `“${words}”与表格亦不相符。` };
  }
  // "截至2022年底，累计受理政府信息公开申请856件": a running total, most likely of the years since the
  // law began (rt55); "截至2022年底，全年累计…" is the year's and compared
  const scopeText = s.text.slice(semicolonClauseStart(s.text, f.start), f.start);
  if (RUNNING_TOTAL.test(scopeText) && !THE_YEAR.test(scopeText)) return { skip: said('runningSince', f.raw) };
  // "累计收到政府信息公开申请856份" with no 截至 (rt60; left59 left it a false error against 本年新收): 累计 with no year of its
  // ，-clause, none of the year in its ；-clause ("全年累计", "2022年累计" are the year's and compared), or with words of years behind it (以来, 历年, 近三年)
  if (BARE_RUNNING.test(s.text.slice(clauseStart(s.text, f.start), f.start)) && !THE_YEAR.test(scopeText) && (HISTORY.test(scopeText) || !A_YEAR.test(scopeText))) return { skip: said('runningBare', f.raw) };
  // "2022年，我局累计…856件" against 62, "2022年底，累计…" (txt61): a running total by its size or its day (running-total.ts)
  const running = runningTotalReason(s, f, expected);
  if (running) return { skip: running };
  // (a table 三 the page labels with another year, last year's beside this year's: the figure fits it alone — txt62)
  const yearFit = (input.years ?? []).find((t) => holds(f, withOtherTable3(input.figures, t.figures)));
  if (yearFit) return { skip: said('otherYearT3', f.raw, String(yearFit.year)) };
  const others = input.others ?? [];
  if (others.length > 0 && others.some((o) => holds(f, withOtherTable3(input.figures, o)))) return { skip: { message: `${f.raw}与页面上另一张表三的数字相合，可能是那张表（如本级）的数字` }, coded: (cmp) => notePart('otherTable3', f.raw, cmp) };
  const scope = scopeReason(s, f.start, f.raw, partTables, prev, wideTables);
  return scope ? { skip: scope } : null;
}

/** "截至2022年底，累计…": a total up to a day, which may run over years (with its subject between: "截至2022年12月底，我局累计…", rt58). */
const RUNNING_TOTAL = /(?:截至|截止)[^，,；;。]{1,16}(?:[，,]\s*[^，,；;。\d]{0,8}?)?\s*累计/;
/** 累计 before the figure in its clause (rt60). */
const BARE_RUNNING = /累计/;
/** Words of a span of years: "自2008年以来", "历年", "近五年", "2019年至2022年", "至今". */
const HISTORY = /以来|历年|近[一二三四五六七八九十两\d]+年|[至到—~－-]\s*\d{4}|至今|迄今|目前|条例施行|实施以来/;
/** A year named in the clause: "2022年累计" is the year's (HISTORY aside). */
const A_YEAR = /\d{4}\s*年/;
/** Words of the year itself in the same clause: "全年累计", "本年度累计". */
const THE_YEAR = /全年|本年|今年|年内|当年/;

/**
 * The page's figures with another table 三's in place of the report's: built once per pair (a claim
 * that fails is read against each other table, and the tables hold a few hundred figures; spreading
 * them anew for every failing claim was 3% of the whole analysis over the fixture pages).
 */
const WITH_OTHER = new WeakMap<object, WeakMap<object, Record<string, number | null>>>();
function withOtherTable3(figures: VsTableInput['figures'], other: Readonly<Record<string, number | null>>): Record<string, number | null> {
  let byOther = WITH_OTHER.get(figures);
  if (!byOther) WITH_OTHER.set(figures, (byOther = new WeakMap()));
  let merged = byOther.get(other);
  if (!merged) {
    merged = withTable3(figures, other);
    byOther.set(other, merged);
  }
  return merged;
}

/**
 * Why the figure at `pos` may be of a wider scope than the tables, by its subject's words: more
 * bodies than one (widerScopeBefore), or the whole where the prose says the tables are 本级's;
 * said with its code (en64), of the figure as printed or, `raw` null, of the sentence's figures (数字: respectively.ts).
 * A sentence opening with 其中 or "从…看" divides the last clause of the sentence before (its
 * paragraph's, text-vs-table.ts passes it): "全市各级行政机关共收到…2,846件。其中，予以公开1,200件…".
 */
export function scopeReason(s: SentenceFigures, pos: number, raw: string | null, partTables: boolean, prev: SentenceFigures | null = null, wideTables = false): Said | null {
  let text = s.text;
  let at = pos;
  if (prev && semicolonClauseStart(s.text, pos) === 0 && DIVIDES_BEFORE.test(s.text)) {
    const last = prev.text.slice(semicolonClauseStart(prev.text, prev.text.length));
    text = last + s.text;
    at = pos + last.length;
  }
  const wider = widerScopeBefore(text, at);
  // (not where the prose says the tables are the region's 各级行政机关's: saysTablesAreWhole)
  if (wider && !(wideTables && /各级|全[省市县区州盟旗]/.test(wider))) return raw === null ? said('scopeWiderAll', wider) : said('scopeWider', wider, raw);
  const whole = partTables ? namesWholeBefore(text, at) : null;
  if (!whole) return null;
  return raw === null ? said('scopeWholeAll', whole) : said('scopeWhole', whole, raw);
}

/** A failing outcome made a skip, for the reason given (scopeReason): no finding. */
export function skippedFor(o: ClaimOutcome, reason: Said | null): ClaimOutcome {
  return reason ? skipFor(o, reason) : o;
}

/**
 * A sentence saying the tables count the region's every body: "本报告第三、四部分数据为全市各级行政机关汇总数据",
 * "以下表格为全省汇总数据" (red team 32, c08 and c14: a 市's or 省's report on the whole region). Its
 * "全市各级行政机关共新收…" is then the tables' own figure, compared as such: a mismatch is the report's error, not
 * a wider scope's skip (m08: 104,392 against 104,292 was said skipped).
 */
const TABLES_OF_WHOLE = /(?:以下|下列|本报告|报告|表格|各表|表[一二三四1-4]|第[一二三四、]+部分)[^。；;]{0,12}?(?:为|是|系|均为)[^。；;，,]{0,4}?全[省市县区州盟旗](?:各级(?:行政机关|人民政府|政府|机关))?(?:的)?(?:汇总|合计|总体)/;

export function saysTablesAreWhole(sentence: string): boolean {
  return sentence.includes('全') && TABLES_OF_WHOLE.test(sentence);
}
