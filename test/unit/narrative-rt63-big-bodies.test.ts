/**
 * Red team 32's readings (session 53, rt63): the big bodies' reports, where the text gives the 全省/全市
 * figures beside a table that is only the 办公厅's own, or the reverse. Each read where it fires, silent
 * where it must be, and its wrong twin still flagged:
 * - a ；-clause naming no subject goes on with the sentence's (body-part.ts subjectScope): "全省各级行政机关…；
 *   因政府信息公开被申请行政复议1,862件、被提起行政诉讼1,207件" is the province's, a skip, not the 办公厅's error;
 * - "1,862件": the thousands comma ends no clause in a quote (quote.ts clauseStart);
 * - the 办公厅 named by itself in its own report is the body (body-part.ts namesOwnOffice), and as a 其中 item
 *   under 各级行政机关 its figures are the tables' (selfUnderOther);
 * - the flow of that 其中 part, not of the whole (flow-own-part.ts);
 * - "本报告第三、四部分数据为全市各级行政机关汇总数据": the region's whole is the tables' (other-scope.ts saysTablesAreWhole);
 * - "从申请主体看" opening a paragraph after one ending on its results: the applicants of its 新收 (applicant-columns.ts);
 * - a text figure that makes table 三's failing balance hold is an info: the cell is the likelier slip (table-suspects.ts).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkNarrative } from '../../lib/narrative/check-narrative.ts';
import { clauseStart } from '../../lib/narrative/quote.ts';
import { againstDoubtedTotals } from '../../lib/narrative/table-suspects.ts';
import type { Finding } from '../../lib/types.ts';

/** A 省政府办公厅's table 三 and 四: 884 new, 33 carried in, 878 done, 39 carried on; 6 reviews, 6 suits. */
const OFFICE: Record<string, number> = {
  't3.new.total': 884, 't3.carried.total': 33, 't3.granted.total': 455, 't3.partial.total': 51, 't3.denied.total': 9,
  't3.unable.total': 277, 't3.notProcessed.total': 57, 't3.other.total': 29, 't3.processed.total': 878, 't3.carriedForward.total': 39,
  't3.new.natural': 728, 't3.new.commercial': 97, 't3.new.research': 4, 't3.new.social': 7, 't3.new.legal': 39, 't3.new.otherOrg': 9,
  't3.carried.natural': 29, 't3.carried.commercial': 3, 't3.carried.research': 0, 't3.carried.social': 0, 't3.carried.legal': 1, 't3.carried.otherOrg': 0,
  't4.review.total': 6, 't4.suitDirect.total': 5, 't4.suitAfterReview.total': 1,
};
function run(paras: string[], figures: Record<string, number>, agency: string | null = '浙江省人民政府办公厅') {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div>${paras.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`);
  return checkNarrative({ container: document.body, exclude: [], figures, figureRefs: {}, year: 2025, agency });
}
const flagged = (paras: string[], figures = OFFICE, agency?: string | null) =>
  run(paras, figures, agency).findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.quote}`);
const outcomes = (paras: string[], figures = OFFICE, agency?: string | null) =>
  run(paras, figures, agency).checks.map((c) => `${c.outcome} ${c.rule}:${c.quote}`);

describe('a ；-clause with no subject of its own is the sentence\'s', () => {
  const lead = '2025年，全省各级行政机关共收到政府信息公开申请12.3万件，同比增长6.45%；';
  it('the province\'s 复议/诉讼 after a ； is a skip, not an error against the 办公厅\'s table 四', () => {
    const text = `${lead}因政府信息公开被申请行政复议1,862件、被提起行政诉讼1,207件。`;
    expect(flagged([text])).toEqual([]);
    expect(outcomes([text]).some((o) => o.startsWith('skip text.vs-table:因政府信息公开被申请行政复议1,862件、被提起行政诉讼1,207件'))).toBe(true);
  });
  it('a ；-clause naming its own subject is still compared, and its wrong figure flagged', () => {
    expect(flagged([`${lead}省政府办公厅被申请行政复议6件、被提起行政诉讼6件。`])).toEqual([]);
    expect(flagged([`${lead}省政府办公厅被申请行政复议7件、被提起行政诉讼6件。`])).toEqual(['text.vs-table:省政府办公厅被申请行政复议7件']);
  });
  it('the thousands comma ends no clause', () => {
    const t = '被申请行政复议1,862件、被提起行政诉讼1,207件';
    expect(clauseStart(t, t.indexOf('1,207'))).toBe(0);
    expect(clauseStart('分别为2,3件', 5)).toBe(5); // ("2,3件": a list's comma, one digit after it)
  });
});

describe('the 办公厅 named by itself in its own report is the body', () => {
  it('its figures are compared: the true pass, the wrong flagged', () => {
    expect(outcomes(['2025年，省政府办公厅收到政府信息公开申请884件。'])).toEqual(['pass text.vs-table:省政府办公厅收到政府信息公开申请884件']);
    expect(flagged(['2025年，省政府办公厅收到政府信息公开申请896件。'])).toEqual(['text.vs-table:省政府办公厅收到政府信息公开申请896件']);
  });
  it('in a 部门\'s report the 办公厅 is another body: no claim', () => {
    expect(outcomes(['2025年，省政府办公厅收到政府信息公开申请896件。'], OFFICE, '浙江省自然资源厅')).toEqual([]);
  });
  it('as a 其中 item under 各级行政机关: the part and its flow are the tables\'', () => {
    const s = (n: number) => `2025年，全省各级行政机关共收到政府信息公开申请4.6万件，其中省政府办公厅收到${n}件，上年结转33件，办结878件，结转下年度继续办理39件。`;
    expect(flagged([s(884)])).toEqual([]);
    expect(outcomes([s(884)]).filter((o) => o.startsWith('pass'))).toHaveLength(4);
    expect(flagged([s(896)])).toEqual(['text.vs-table:其中省政府办公厅收到896件']);
  });
  it('a 其中 part of another office under the whole stays a part', () => {
    expect(flagged(['2025年，全省各级行政机关共收到政府信息公开申请4.6万件，其中市政府办公室收到896件。'])).toEqual([]);
  });
});

describe('the flow of a 其中 part under a wider whole (flow-own-part.ts)', () => {
  // (the part named as 本级: every count a part's, the flow read as a part's, as on a page with no table)
  const s = (n: number) => `2025年，全省各级行政机关共收到政府信息公开申请4.6万件，其中省政府本级收到${n}件，上年结转33件，办结878件，结转下年度继续办理39件。`;
  it('balances with the part: a pass, not 46,033 against 917', () => {
    expect(flagged([s(884)], {})).toEqual([]);
    expect(outcomes([s(884)], {})).toContain('pass text.parts-sum:其中省政府本级收到884件，上年结转33件，办结878件，结转下年度继续办理39件');
  });
  it('its wrong twin is flagged on the part', () => {
    expect(flagged([s(896)], {})).toEqual(['text.parts-sum:其中省政府本级收到896件，上年结转33件，办结878件，结转下年度继续办理39件']);
  });
  it('a whole that is the body\'s own keeps its flow (a 其中 of applicants is a list\'s item)', () => {
    expect(flagged(['2025年，本机关共收到政府信息公开申请884件，其中自然人申请728件，上年结转33件，办结878件，结转下年度继续办理39件。'], {})).toEqual([]);
    expect(flagged(['2025年，本机关共收到政府信息公开申请894件，其中自然人申请728件，上年结转33件，办结878件，结转下年度继续办理39件。'], {})).toHaveLength(1);
  });
});

describe('the prose says the tables are the region\'s whole (other-scope.ts saysTablesAreWhole)', () => {
  const note = '本报告第三、四部分数据为全市各级行政机关汇总数据。';
  const s = (n: number) => `2025年，全市各级行政机关共新收政府信息公开申请${n}件。`;
  it('the 各级行政机关 figure is compared as the tables\' own: its wrong twin an error', () => {
    expect(flagged([note, s(884)], OFFICE, '长沙市人民政府')).toEqual([]);
    expect(flagged([note, s(896)], OFFICE, '长沙市人民政府')).toEqual(['text.vs-table:全市各级行政机关共新收政府信息公开申请896件']);
  });
  it('without the note, a mismatch is a wider scope\'s skip', () => {
    expect(flagged([s(896)], OFFICE, '长沙市人民政府')).toEqual([]);
    expect(outcomes([s(896)], OFFICE, '长沙市人民政府')[0]).toMatch(/^skip text\.vs-table/);
  });
});

describe('"从申请主体看" opening a paragraph after one ending on its results', () => {
  const flow = '（二）依申请公开。2025年，我厅共新收政府信息公开申请884件，上年结转33件，办结878件。从办理结果看，予以公开455件，部分公开51件。';
  const split = (legal: number) => `从申请主体看，自然人申请728件；法人或其他组织申请156件，其中商业企业97件、科研机构4件、社会公益组织7件、法律服务机构${legal}件。`;
  it('the applicants are compared with table 三\'s columns of 本年新收', () => {
    expect(flagged([flow, split(39)], OFFICE, '浙江省自然资源厅')).toEqual([]);
    const o = outcomes([flow, split(39)], OFFICE, '浙江省自然资源厅');
    if (process.env.RT63_PRINT) console.log(o);
    expect(o.filter((x) => x.startsWith('pass text.vs-table:') && /自然人申请728件|法人或其他组织申请156件|法律服务机构39件/.test(x))).toHaveLength(3);
  });
  it('its wrong twin names the column', () => {
    expect(flagged([flow, split(49)], OFFICE, '浙江省自然资源厅')).toContain('text.vs-table:其中商业企业97件、科研机构4件、社会公益组织7件、法律服务机构49件');
  });
  it('a paragraph opening on something else is not read so', () => {
    expect(outcomes([flow, '从申请渠道看，网上申请728件，信函申请156件。'], OFFICE, '浙江省自然资源厅').some((o) => o.includes('728') && o.startsWith('fail'))).toBe(false);
  });
});

describe('a text figure that makes table 三\'s failing balance hold (table-suspects.ts restoresBalance)', () => {
  // hunt33b's typo page: （七）总计 406 where 一+二 = 445 and 三（七）+四 = 448; the text says 403
  const cells = [{ table: 1, row: 3, col: 9 }, { table: 1, row: 4, col: 9 }, { table: 1, row: 24, col: 9 }, { table: 1, row: 25, col: 9 }];
  const balance = { rule: 't3.balance', severity: 'error', suspect: null, quote: null, cells, message: '总计一列：一+二=445，三（七）+四=448，两者应相等', note: { code: 'balance', args: [445, 448, 0, 'col', 'total', 0, 0] } } as unknown as Finding;
  const text = (actual: number, cell = cells[2]!) => ({ rule: 'text.vs-table', severity: 'error', suspect: null, quote: `答复政府信息公开申请${actual}件`, cells: [cell], expected: 406, actual, message: `正文称答复政府信息公开申请${actual}件，表三“办理结果总计”为406件。` }) as unknown as Finding;
  it('the text\'s 403 restores it: an info, the table\'s cell the likelier slip', () => {
    expect(againstDoubtedTotals([text(403)], [balance]).map((f) => f.severity)).toEqual(['info']);
  });
  it('a text figure that does not restore it stays an error (its wrong twin)', () => {
    expect(againstDoubtedTotals([text(404)], [balance]).map((f) => f.severity)).toEqual(['error']);
  });
  it('a cell outside the balance, or a balance with a suspect, changes nothing', () => {
    expect(againstDoubtedTotals([text(403, { table: 1, row: 5, col: 9 })], [balance]).map((f) => f.severity)).toEqual(['error']);
    expect(againstDoubtedTotals([text(403)], [{ ...balance, suspect: cells[2] } as Finding]).map((f) => f.severity)).toEqual(['error']);
  });
});
