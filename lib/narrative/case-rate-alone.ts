/**
 * A 复议's or a 诉讼's 维持率 or 纠错率 said on its own (rule text.share; recall39, recall38b's miss):
 * "行政复议维持率100%", "本年度行政复议纠错率为33.3%", with no count of the sentence to compute it from
 * (correction-rate.ts and correction-rate-alone.ts read it after counts). Its only figures are table
 * 四's, and only one group of cases is read: the 复议 (one group), or the 诉讼 where one of its two groups
 * (直接起诉, 复议后起诉) has cases and the other none. Reports define the rate over all the cases, over
 * those closed (less 尚未审结), or over those upheld and corrected alone: any reading that fits the
 * printed digits is a pass. None fitting is a warning, as a 公开率 alone is (disclosure-rate-alone.ts): a
 * definition no reading knows may still be the report's. Narrow on purpose: the rate's words are the
 * year, the body and the rate, nothing else (not 全市, not a part of the body, not another year); no
 * count stands before it in its sentence; the group has cases.
 */
import { decToNumber, percentFits, percentText, toDec, withDecimals } from './decimal.ts';
import { isCount, type SentenceFigures } from './figures-in-text.ts';
import { RULE, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { part, said } from './note-words.ts';
import { quoteClause } from './quote.ts';
import { aboutPartOfBody, type Body } from './body-part.ts';
import { otherPeriod } from './period.ts';

type Figures = Readonly<Record<string, number | null>>;

/** The rate's own words: the year, the body, the kind of case, the rate (group 1: 复议 or 诉讼; 2: the rate). */
const RATE_ALONE =
  /^(?:\d{4}\s*年度?|全年度?|本年度?|今年|年内|当年|报告期内)?[，,]?(?:我(?:局|委|办|厅|署|院|单位|部门|中心|镇|乡|街道|区|县|市|府)|本(?:局|委|办|厅|署|院|机关|单位|部门|中心))?(?:的)?(?:政府信息公开)?(?:行政)?(复议|诉讼)(?:案件)?(?:的)?(?:结果)?(维持率|纠错率|纠正率)(?:为|是|达|达到)?$/;

/**
 * Words naming the body as the one deciding reviews or hearing cases ("我局作为行政复议机关，…", "办理
 * 行政复议案件…"): table 四 counts the cases brought against the body, never those it decides (rt39).
 */
const REVIEW_ORGAN = /复议机关|复议机构|复议委员会|复议局|复议办公室|(?:办理|审理|受理|审结|作出)(?:的|了)?(?:各类)?(?:行政)?复议/;

type Group = 'review' | 'suitDirect' | 'suitAfterReview';

/** The one group of table 四 a rate of `kind` is of, or null (two groups with cases, or none). */
function groupOf(kind: string, figures: Figures): Group | null {
  if (kind === '复议') return 'review';
  const direct = figures['t4.suitDirect.total'];
  const after = figures['t4.suitAfterReview.total'];
  if (direct === null || direct === undefined || after === null || after === undefined) return null;
  if ((direct > 0) === (after > 0)) return null;
  return direct > 0 ? 'suitDirect' : 'suitAfterReview';
}

export function checkCaseRatesAlone(s: SentenceFigures, figures: Figures, corrected: Figures | null, year: number | null, body: Body | null): ClaimOutcome[] {
  if (!s.text.includes('率') || !/维持率|纠错率|纠正率/.test(s.text)) return [];
  const out: ClaimOutcome[] = [];
  for (const [k, rate] of s.figures.entries()) {
    if (rate.unit !== '%' || rate.approx || rate.change || rate.paren !== null || rate.share) continue;
    const m = RATE_ALONE.exec(rate.label.replace(/[\s“”"]/g, ''));
    if (!m || s.figures.slice(0, k).some((f) => isCount(f))) continue;
    if (otherPeriod(s.text, rate.label, rate.start, year) || aboutPartOfBody(s.text, rate.start, body)) continue;
    // (the body as the organ deciding reviews: the rate is of the cases it decided, not of table 四's)
    if (REVIEW_ORGAN.test(s.text.slice(0, rate.start))) continue;
    const group = groupOf(m[1] as string, figures);
    if (!group) continue;
    const upheld = m[2] === '维持率';
    const quote = quoteClause({ s, f: rate });
    out.push(judge(rate.printed, rate.raw, quote, group, upheld, figures, corrected, m[1] === '复议' ? '行政复议' : '行政诉讼'));
  }
  return out;
}

type Reading = { zh: string; n: number; d: number };

function readingsOf(group: Group, upheld: boolean, figures: Figures): Reading[] | null {
  const v = (col: string): number | null => figures[`t4.${group}.${col}`] ?? null;
  const [total, up, cor, pending] = [v('total'), v('upheld'), v('corrected'), v('pending')];
  if (total === null || up === null || cor === null || pending === null || total <= 0) return null;
  const n = upheld ? up : cor;
  const zh = upheld ? '结果维持' : '结果纠正';
  const out: Reading[] = [{ zh: `${zh}${n}件 ÷ 总计${total}件`, n, d: total }];
  if (pending > 0 && total - pending > 0) out.push({ zh: `${zh}${n}件 ÷ 已审结${total - pending}件`, n, d: total - pending });
  if (up + cor > 0 && up + cor !== total - pending) out.push({ zh: `${zh}${n}件 ÷ 维持与纠正${up + cor}件`, n, d: up + cor });
  return out;
}

const dec = (v: number) => toDec(v, 0);

function judge(printed: ReturnType<typeof toDec>, raw: string, quote: string, group: Group, upheld: boolean, figures: Figures, corrected: Figures | null, kind: string): ClaimOutcome {
  const readings = readingsOf(group, upheld, figures);
  if (!readings) return { check: { rule: RULE.share, outcome: 'skip', quote, detail: `表四没有${kind}的各项数，或没有案件，不作判断` } };
  const fits = (r: Reading): boolean => percentFits(dec(r.n), dec(r.d), printed) !== 'no';
  const hit = readings.find(fits);
  if (hit) return { check: { rule: RULE.share, outcome: 'pass', quote, detail: `表四${kind}${hit.zh} = ${percentText(dec(hit.n), dec(hit.d), Math.max(2, printed.d))}%，正文 ${raw}` } };
  const corr = corrected ? readingsOf(group, upheld, corrected) : null;
  if (corr?.some(fits)) return { check: { rule: RULE.share, outcome: 'skip', quote, detail: `${raw}与表四按表格核对更正后的数相合，表格本身有误` } };
  const main = readings[0] as Reading;
  const shown = withDecimals(percentText(dec(main.n), dec(main.d), printed.d), printed.d);
  const detail = `表四${kind}${main.zh} = ${percentText(dec(main.n), dec(main.d), Math.max(2, printed.d))}%，正文 ${raw}；以已审结或维持与纠正之和为基数亦不相符`;
  const message = said('caseRate', quote, part(kind === '行政复议' ? 'kReview' : 'kSuit'), part(upheld ? 'upheldOfTotal' : 'correctedOfTotal', main.n, main.d), shown);
  return { check: { rule: RULE.share, outcome: 'fail', quote, detail }, finding: textFinding(RULE.share, 'warning', message, quote, Number(shown), decToNumber(printed)) };
}
