import { parseHTML } from 'linkedom';
import { checkNarrative } from '../../lib/narrative/check-narrative.ts';

/**
 * Tables 三 and 四 of the bureau the narrative red-team sentences are about (consistent:
 * 86 + 5 = 88 + 3; 复议 3, 诉讼 1 + 1), shared by the red-team test files.
 */
export const BUREAU_TABLES: Record<string, number> = {
  't3.new.total': 86,
  't3.carried.total': 5,
  't3.granted.total': 42,
  't3.partial.total': 11,
  't3.denied.total': 6,
  't3.unable.total': 20,
  't3.notProcessed.total': 5,
  't3.other.total': 4,
  't3.processed.total': 88,
  't3.carriedForward.total': 3,
  't4.review.upheld': 2,
  't4.review.corrected': 1,
  't4.review.other': 0,
  't4.review.pending': 0,
  't4.review.total': 3,
  't4.suitDirect.upheld': 1,
  't4.suitDirect.corrected': 0,
  't4.suitDirect.other': 0,
  't4.suitDirect.pending': 0,
  't4.suitDirect.total': 1,
  't4.suitAfterReview.upheld': 0,
  't4.suitAfterReview.corrected': 0,
  't4.suitAfterReview.other': 0,
  't4.suitAfterReview.pending': 1,
  't4.suitAfterReview.total': 1,
};


/** A paragraph as Word pastes it: every run of digits in its own span, an <o:p> at the end. */
export const word = (text: string): string =>
  `<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span style="font-family:仿宋_GB2312">${text.replace(
    /[0-9０-９]+/g,
    (d) => `</span><span lang="EN-US" style="font-family:仿宋_GB2312">${d}</span><span style="font-family:仿宋_GB2312">`,
  )}</span><o:p></o:p></p>`;

/** The narrative stage on a fragment of prose, with the tables' figures it is compared with. */
export function runProse(text: string, figures: Record<string, number> = {}, year?: number | null, agency?: string) {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div>${text}</div></body></html>`);
  return checkNarrative({
    container: document.body, exclude: [], figures, figureRefs: {}, ...(year !== undefined ? { year } : {}), ...(agency ? { agency } : {}),
  });
}

export type ProseResult = ReturnType<typeof runProse>;

/** "rule:outcome" for every check, in order. */
export const outcomes = (r: ProseResult): string[] => r.checks.map((c) => `${c.rule}:${c.outcome}`);

/** The errors and warnings, as the tests compare them. */
export const flagged = (r: ProseResult) =>
  r.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => ({ rule: f.rule, severity: f.severity, expected: f.expected, actual: f.actual, quote: f.quote }));

/**
 * Table 二 of the same bureau, 2021 template (本年制发件数 · 本年废止件数 · 现行有效件数; 本年处理
 * 决定数量; 本年收费金额（单位：万元）), with tables 三 and 四.
 */
export const BUREAU_T2_2021: Record<string, number> = {
  ...BUREAU_TABLES,
  't2.regulations.newMade': 2,
  't2.regulations.abolished': 1,
  't2.regulations.inForce': 15,
  't2.normativeDocs.newMade': 12,
  't2.normativeDocs.abolished': 3,
  't2.normativeDocs.inForce': 85,
  't2.license.decisions': 1234,
  't2.penalty.decisions': 56,
  't2.enforcement.decisions': 7,
  't2.fees.feeAmount': 23.5,
};

/**
 * The same in the 2019 template (本年新制作数量 · 本年新公开数量 · 对外公开总数量; 上一年项目数量 ·
 * 本年增/减 · 处理决定数量; no fee amount, but 政府集中采购).
 */
export const BUREAU_T2_2019: Record<string, number> = {
  ...BUREAU_TABLES,
  't2.regulations.newMade': 2,
  't2.regulations.newPublished': 2,
  't2.regulations.totalPublic': 15,
  't2.normativeDocs.newMade': 12,
  't2.normativeDocs.newPublished': 10,
  't2.normativeDocs.totalPublic': 85,
  't2.license.prevYear': 120,
  't2.license.change': 3,
  't2.license.decisions': 1234,
  't2.otherServices.prevYear': 20,
  't2.otherServices.change': 0,
  't2.otherServices.decisions': 300,
  't2.penalty.prevYear': 300,
  't2.penalty.change': -5,
  't2.penalty.decisions': 56,
  't2.enforcement.prevYear': 30,
  't2.enforcement.change': 0,
  't2.enforcement.decisions': 7,
  't2.fees.prevYear': 12,
  't2.fees.change': -1,
  't2.procurement.procurementCount': 8,
  't2.procurement.procurementAmount': 350.2,
};

/**
 * t2text-consistent-2023's tables as the prose checks read them (the page `npm run probe` puts
 * sentences into): 新收 62 (自然人 56, 商业企业 3, 法律服务机构 2, 其他 1), 上年结转 4, 办结 63, 结转下年度
 * 3; 复议 1 (维持), 诉讼 1 (未经复议, 尚未审结); table 二's 规范性文件 5/2/31, 许可 2476, 处罚 318,
 * 强制 27, 收费 46.8 万元.
 */
export const T2TEXT_2023: Record<string, number> = {
  't3.new.natural': 56, 't3.new.commercial': 3, 't3.new.research': 0, 't3.new.social': 0, 't3.new.legal': 2, 't3.new.otherOrg': 1, 't3.new.total': 62,
  't3.carried.total': 4, 't3.granted.total': 32, 't3.partial.total': 7, 't3.denied.total': 5, 't3.unable.total': 15,
  't3.notProcessed.total': 3, 't3.other.total': 1, 't3.processed.total': 63, 't3.carriedForward.total': 3,
  't4.review.upheld': 1, 't4.review.corrected': 0, 't4.review.other': 0, 't4.review.pending': 0, 't4.review.total': 1,
  't4.suitDirect.upheld': 0, 't4.suitDirect.corrected': 0, 't4.suitDirect.other': 0, 't4.suitDirect.pending': 1, 't4.suitDirect.total': 1,
  't4.suitAfterReview.upheld': 0, 't4.suitAfterReview.corrected': 0, 't4.suitAfterReview.other': 0, 't4.suitAfterReview.pending': 0, 't4.suitAfterReview.total': 0,
  't2.normativeDocs.newMade': 5, 't2.normativeDocs.abolished': 2, 't2.normativeDocs.inForce': 31,
  't2.license.decisions': 2476, 't2.penalty.decisions': 318, 't2.enforcement.decisions': 27, 't2.fees.feeAmount': 46.8,
};

/** A finding as "rule:severity:expected:actual", the form the session tests compare. */
export const findingKeys = (r: ProseResult): string[] => flagged(r).map((f) => `${f.rule}:${f.severity}:${f.expected}:${f.actual}`);

/** Paragraphs as a page's `<p>`s, the form the hunts put real prose in. */
export const paras = (...texts: string[]): string => texts.map((t) => `<p>${t}</p>`).join('');

/** One rule's checks as "outcome detail". */
export const checksOf = (r: ProseResult, rule: string): string[] => r.checks.filter((k) => k.rule === rule).map((k) => `${k.outcome} ${k.detail ?? ''}`);

/** Table 三 and 四 of word-2021-consistent (the 2022 report of 东湖市云岭区卫生健康局). */
export const WORD_2021_TABLES: Record<string, number> = {
  't3.new.total': 62, 't3.carried.total': 4, 't3.granted.total': 32, 't3.partial.total': 7, 't3.denied.total': 5,
  't3.unable.total': 15, 't3.notProcessed.total': 3, 't3.other.total': 1, 't3.processed.total': 63, 't3.carriedForward.total': 3,
  't4.review.upheld': 1, 't4.review.corrected': 0, 't4.review.other': 0, 't4.review.pending': 0, 't4.review.total': 1,
  't4.suitDirect.upheld': 0, 't4.suitDirect.corrected': 0, 't4.suitDirect.other': 0, 't4.suitDirect.pending': 1, 't4.suitDirect.total': 1,
  't4.suitAfterReview.upheld': 0, 't4.suitAfterReview.corrected': 0, 't4.suitAfterReview.other': 0, 't4.suitAfterReview.pending': 0, 't4.suitAfterReview.total': 0,
};

/** A sentence in word-2021-consistent's 依申请公开 paragraph, against its tables (or with none: the text's own sums only) — rt50. */
export const onWord2021 = (text: string, tables = true) =>
  runProse(`<p>（二）依申请公开情况</p>${word(text)}`, tables ? WORD_2021_TABLES : {}, 2022, '东湖市云岭区卫生健康局');
