/**
 * A 公开率 said on its own (rule text.share): "全年政府信息公开率为61.9%", "依申请公开率62%", with
 * no count of the sentence to compute it from (disclosure-rate.ts reads the rate after "其中予以公开
 * 98件"). Its only figures are table 三's, and reports define the rate in more than one way: 予以
 * 公开, or 予以公开 + 部分公开, over the 办理结果总计, 本年新收 (with 上年结转 or not), the 办结 less
 * 不予处理 and 其他处理 (the applications answered on their substance), less 无法提供 too (the
 * applications whose information exists), or over the decisions on disclosure alone (予以公开 +
 * 部分公开 + 不予公开). Any reading that fits the printed digits is a pass. Only when none does is it
 * a warning, not an error: a definition no reading knows may still be the report's.
 *
 * Narrow on purpose: the rate's own words are nothing but the year, the body and 公开率 (not 主动
 * 公开率, 政务公开率, 公开率较上年…); the sentence has no count before the rate (a count would be
 * the whole it is of: "区政府本级办结20件，公开率60%"), it is about applications (its words or its
 * paragraph's), and neither it nor an earlier sentence of its paragraph is about a part of the body.
 * A table 三 without every figure a reading needs leaves the rate a skip, and so does a sentence that
 * names its own base ("扣除无法提供和不予处理的情形后"), or a table the table rules doubt where their
 * corrected figures fit. 100% is never flagged: "政府信息公开率100%" is said of 应公开尽公开 as often
 * as of a ratio.
 */
import { decToNumber, percentFits, percentText, toDec, withDecimals, type Dec } from './decimal.ts';
import { isCount, type SentenceFigures } from './figures-in-text.ts';
import { RULE, saidCheck, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { part, said, type TextNoteCode } from './note-words.ts';
import type { NotePart } from '../types.ts';
import { quoteClause } from './quote.ts';
import { aboutPartOfBody, type Body } from './body-part.ts';
import { otherPeriod } from './period.ts';
import { paragraphAboutApplications } from './paragraph-topic.ts';

/** A base the sentence names itself: "扣除无法提供和不予处理的情形后，依申请公开率为90.6%". */
const OWN_BASE = /扣除|除去|剔除|排除|去除|不含|不计|除[^，,；;。]{1,20}(?:外|以外|之外)/;

/**
 * The rate's own words: the year, the body, 公开率; or the share of 予以公开 named as a rate or a
 * ratio with no count ("予以公开率50.8%", "予以公开的比例为50.8%": recall38b), read the same ways
 * (a reader may count 部分公开 in as well: one more reading that passes, never a flag more).
 */
const RATE_ALONE =
  /^(?:\d{4}\s*年度?|全年度?|本年度?|今年|年内|当年|报告期内)?(?:我(?:局|委|办|厅|署|院|单位|部门|中心|镇|乡|街道|区|县|市|府)|本(?:局|委|办|厅|署|院|机关|单位|部门|中心))?(?:的)?(?:(?:政府信息|依申请|申请)?公开率|(?:申请)?(?:予以公开|同意公开)(?:的)?(?:率|比例|比率|占比))(?:为|是|达|达到)?$/;

/** The share of 予以公开 said as a ratio, naming no whole: "予以公开的比例为", "予以公开占比". */
const GRANTED_RATIO = /(?:予以公开|同意公开)(?:的)?(?:比例|比率|占比)(?:为|是|达|达到)?$/;

type Figures = Readonly<Record<string, number | null>>;

/** A numerator or denominator: the sum of table 三's figures it names, and how it is said. */
interface Term {
  zh: string;
  /** zh as a note's part (note-words-more.ts) */
  code: TextNoteCode;
  names: readonly string[];
  minus?: readonly string[];
}

const NUMERATORS: readonly Term[] = [
  { zh: '予以公开', code: 'nGranted', names: ['t3.granted.total'] },
  { zh: '予以公开与部分公开', code: 'nGrantedPartial', names: ['t3.granted.total', 't3.partial.total'] },
];

const DENOMINATORS: readonly Term[] = [
  { zh: '办理结果总计', code: 'dProcessed', names: ['t3.processed.total'] },
  { zh: '本年新收', code: 'dNew', names: ['t3.new.total'] },
  { zh: '本年新收与上年结转', code: 'dNewCarried', names: ['t3.new.total', 't3.carried.total'] },
  { zh: '办理结果总计减不予处理、其他处理', code: 'dLessNotOther', names: ['t3.processed.total'], minus: ['t3.notProcessed.total', 't3.other.total'] },
  { zh: '办理结果总计减不予处理', code: 'dLessNot', names: ['t3.processed.total'], minus: ['t3.notProcessed.total'] },
  { zh: '办理结果总计减无法提供、不予处理、其他处理', code: 'dLessUnableNotOther', names: ['t3.processed.total'], minus: ['t3.unable.total', 't3.notProcessed.total', 't3.other.total'] },
  { zh: '办理结果总计减无法提供、不予处理', code: 'dLessUnableNot', names: ['t3.processed.total'], minus: ['t3.unable.total', 't3.notProcessed.total'] },
  { zh: '予以公开、部分公开与不予公开', code: 'dGrantedPartialDenied', names: ['t3.granted.total', 't3.partial.total', 't3.denied.total'] },
];

/** A term's value, or null when the table lacks one of its figures. */
function valueOf(t: Term, figures: Figures): number | null {
  let acc = 0;
  for (const [names, sign] of [[t.names, 1], [t.minus ?? [], -1]] as const) {
    for (const n of names) {
      const v = figures[n];
      if (v === undefined || v === null) return null;
      acc += sign * v;
    }
  }
  return acc;
}

export function checkDisclosureRatesAlone(
  sentences: readonly SentenceFigures[],
  i: number,
  figures: Figures,
  /** figures with the cells the table rules doubt set to the values they propose (table-suspects.ts), or null */
  corrected: Figures | null,
  year: number | null,
  body: Body | null,
  notApplication: RegExp,
): ClaimOutcome[] {
  const s = sentences[i];
  if (!s || !/公开率|公开的?(?:比例|比率|占比)/.test(s.text)) return [];
  const out: ClaimOutcome[] = [];
  for (const [k, rate] of s.figures.entries()) {
    if (rate.unit !== '%' || rate.approx || rate.change || rate.paren !== null) continue;
    const words = rateWords(s.text, rate.start, rate.label);
    // (a share is read only as "予以公开的比例为50.8%", "予以公开占比50.8%": of no whole it names)
    if (!RATE_ALONE.test(words) || (rate.share && !GRANTED_RATIO.test(words))) continue;
    // a count before it is the whole it is of: disclosure-rate.ts, or a part's (unless it is only table 三's own totals: txt78)
    if (!onlyTableTotals(s.figures.slice(0, k).filter((f) => isCount(f)), rate.clause, figures)) continue;
    if (!/申请/.test(s.text) && !paragraphAboutApplications(sentences, i, notApplication)) continue;
    if (otherPeriod(s.text, rate.label, rate.start, year) || aboutPartOfBody(s.text, rate.start, body)) continue;
    if (partEarlier(sentences, i, body)) continue;
    const quote = quoteClause({ s, f: rate });
    out.push(judge(rate.printed, rate.raw, quote, figures, corrected, OWN_BASE.test(s.text.slice(0, rate.start)), /予以公开|同意公开/.test(rate.label)));
  }
  return out;
}

/**
 * The rate's own words; a bracket of them right before it dropped ("公开率（含部分公开）61.9%", "公开率（予以公开和部分公开之和
 * 占办结总数的比例）为61.9%": rt78 8, 24 — the bracket's close made the label empty). The bracket's words stay in the sentence,
 * where OWN_BASE reads them.
 */
function rateWords(text: string, at: number, label: string): string {
  const m = /(?:^|[，,；;：:。])([^，,；;：:。（）()]*)[（(][^（）()]*[）)]\s*((?:为|是|达|达到)?)\s*$/.exec(text.slice(Math.max(0, at - 60), at));
  return (label.trim() === '' || /^(?:为|是|达|达到)$/.test(label.trim())) && m ? `${m[1] ?? ''}${m[2] ?? ''}`.replace(/[\s“”"]/g, '') : label.replace(/[\s，,“”"]/g, '');
}

/** Table 三's totals a count of the applications' own words may be: 本年新收, 上年结转, 办理结果总计, 结转下年度, 新收 + 上年结转. */
const TOTALS = ['t3.new.total', 't3.carried.total', 't3.processed.total', 't3.carriedForward.total'] as const;

/**
 * txt78 (rt78's 8, 24, 74: "政府信息公开申请62件，同比增长14.8%，公开率61.9%"): a count before the rate is the whole it is of
 * (disclosure-rate.ts) or a part's, and the rate was not read; but a count that is one of table 三's totals is the table's
 * own figure, which the readings here are over already. So the rate is read when the counts of its own ；-clause are all
 * such totals, or, with none there, those of the ；-clause right before it are (counts of other work in clauses further
 * back, "全年受理信访事项268件…；", are another subject's). A count of any other value ("区政府本级办结20件") stops it.
 */
function onlyTableTotals(counts: readonly SentenceFigures['figures'][number][], clause: number, figures: Figures): boolean {
  if (counts.length === 0) return true;
  const values = TOTALS.map((n) => figures[n]);
  const [nw, carried] = values;
  if (typeof nw === 'number' && typeof carried === 'number') values.push(nw + carried);
  const own = counts.filter((f) => f.clause === clause);
  const last = counts[counts.length - 1]!.clause;
  const read = own.length > 0 ? own : counts.filter((f) => f.clause === last && last === clause - 1);
  return read.length > 0 && read.every((f) => f.unit === '件' && f.value.d === 0 && values.includes(Number(f.value.n)) && flowWords(f.label));
}

/**
 * rt83: a count that is a total of table 三 by its value only, of other work ("全年制发行政规范性文件62件，公开率96.8%", "全年收到
 * 信访件66件，公开率40.9%"): the applications' totals are said with the applications' words or the flow's alone ("全年新收申请
 * 62件", "政府信息公开申请62件", "上年结转4件", "办结63件"); not 申请 alone, which other work has too ("行政许可申请63件", "行政复议申请3件").
 */
function flowWords(label: string): boolean {
  const rest = label.replace(/\s|[“”"]/g, '').replace(/政府信息公开申请|依申请公开申请|公开申请|申请|\d{4}年度?|全年度?|本年度?|今年|年内|当年|报告期内|我(?:局|委|办|厅|署|院|单位|部门|中心)|本(?:局|委|办|厅|署|院|机关|单位|部门|中心)|共计|共|累计|合计|总计|新收|新增|收到|接收|登记|受理|办结|办理|答复|上年度?|结转|下一?年度?|至|的|已|全部|依法|各类|含|包含|包括|其中/g, '');
  return rest === '';
}

/** Is an earlier sentence of the paragraph about a part of the body ("区政府本级收到申请20件。")? */
function partEarlier(sentences: readonly SentenceFigures[], i: number, body: Body | null): boolean {
  const para = sentences[i]?.para;
  for (let j = i - 1; j >= 0 && sentences[j]?.para === para; j--) {
    const p = sentences[j] as SentenceFigures;
    if (p.figures.some((f) => aboutPartOfBody(p.text, f.start, body))) return true;
  }
  return false;
}

type Reading = { zh: string; n: number; d: number; note: NotePart };

/** Every reading the figures give, and the first term they lack (null when none). */
function readingsOf(figures: Figures): { readings: Reading[]; missing: Term | null } {
  const readings: Reading[] = [];
  let missing: Term | null = null;
  for (const num of NUMERATORS) {
    for (const den of DENOMINATORS) {
      const n = valueOf(num, figures);
      const d = valueOf(den, figures);
      if (n === null || d === null) missing ??= n === null ? num : den;
      else if (d > 0) readings.push({ zh: `${num.zh}${n}件 ÷ ${den.zh}${d}件`, n, d, note: part('t3Ratio', part(num.code), n, part(den.code), d) });
    }
  }
  return { readings, missing };
}

const dec = (v: number): Dec => toDec(v, 0);

function judge(printed: Dec, raw: string, quote: string, figures: Figures, corrected: Figures | null, ownBase: boolean, grantedNamed: boolean): ClaimOutcome {
  const { readings, missing } = readingsOf(figures);
  const fits = (r: Reading): boolean => percentFits(dec(r.n), dec(r.d), printed) !== 'no';
  const hit = readings.find(fits);
  if (hit) {
    return { check: { rule: RULE.share, outcome: 'pass', quote, detail: `${hit.zh} = ${percentText(dec(hit.n), dec(hit.d), Math.max(2, printed.d))}%，正文 ${raw}` } };
  }
  // every reading is needed before a mismatch is said
  if (missing) {
    return { check: saidCheck(RULE.share, 'skip', quote, said('disclosureManyWays', part(missing.code))) };
  }
  // "予以公开率": told by 予以公开 alone; "公开率": by 予以公开 and 部分公开
  const main = readings.find((r) => r.zh.startsWith('予以公开与部分公开') !== grantedNamed && r.zh.includes('÷ 办理结果总计')) ?? readings[0];
  if (!main || decToNumber(printed) === 100 || ownBase) {
    return { check: { rule: RULE.share, outcome: 'skip', quote, detail: `公开率${raw}与表三的各种算法都不相符，可能另有所指，不作判断` } };
  }
  // the table rules doubt a cell, and with the value they propose the rate fits: the table is wrong
  if (corrected && readingsOf(corrected).readings.some(fits)) {
    return { check: { rule: RULE.share, outcome: 'skip', quote, detail: `公开率${raw}与表三按表格核对更正后的数相合，表格本身有误` } };
  }
  const shown = withDecimals(percentText(dec(main.n), dec(main.d), printed.d), printed.d);
  const detail = `${main.zh} = ${percentText(dec(main.n), dec(main.d), Math.max(2, printed.d))}%，正文 ${raw}；换用${grantedNamed ? '予以公开与部分公开' : '予以公开'}或其他基数亦不相符`;
  const message = said('disclosureAlone', quote, main.note, shown, part(grantedNamed ? 'withPartial' : 'grantedOnly'));
  return {
    check: { rule: RULE.share, outcome: 'fail', quote, detail },
    finding: textFinding(RULE.share, 'warning', message, quote, Number(shown), decToNumber(printed)),
  };
}
