/**
 * Session hunt50's false-flag hunt on the newest real report prose: 66 excerpts of the 2025 reports (published January–
 * March 2026; a few of 2024) of every level — 省政府办公厅, 市/县/区 governments and their offices, 厅/局/委, 乡镇 and 街道,
 * 开发区 — read as pages of their paragraphs with no table, their application sentences probed on a consistent 2025 page
 * (word-2021-consistent with its years moved to 2025) as published and with the page's own figures put in their shapes.
 * Three false errors, each FIXED and kept below with its real source and its TWINS (the same shape, really wrong) still
 * flagged:
 * - "经查,2023年收到,结转至2024年作出答复的政府…" (国家卫健委): 结转至 the report's year, then 作出答复 — those carried in
 *   (上年结转), not all answered (measures.ts CARRIED_FORWARD, carried-from-year.ts: 作出答复 as 答复);
 * - "信息公开行政复议案件3件,维持1件,纠正1件,撤销复议申请1件" (抚宁区政府办): the applicant's withdrawal, 其他结果, not
 *   the review body's 撤销 (结果纠正) (measures.ts T4_COLS);
 * - "2025年办理挖掘(占用)城市道路申请件77件" (咸安区城乡建设局): a permit application, not a disclosure one; 申请件 is
 *   read as 申请 is (measures.ts countsApplications).
 * And a sample of the real sentences that passed, two of them on a 2025 page with its carried years.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse, paras, checksOf } from './narrative-tables.ts';

const run = (html: string, year: number, agency: string, figures: Record<string, number> = {}) => runProse(html, figures, year, agency);
const p = paras;
const checks = checksOf;
const BUREAU = '某某区卫生健康局';

describe('hunt50: "结转至<the report\'s year>作出答复的…N件" is carried in (measures.ts, carried-from-year.ts)', () => {
  // 国家卫生健康委员会 2024 (https://nmgyyxh.org.cn/doc/2025/01/24/367869.shtml, a copy of the report; the stored excerpt ends
  // at "经查,2023年收到,结转至2024年作出答复的政府"): with a table, 作出答复 was read as 办理结果总计 (4 against 63 on the probe page)
  const carriedIn = p('2025年,共收到政府信息公开申请86件。经查,2024年收到,结转至2025年作出答复的政府信息公开申请5件。');
  it('compared with 上年结转: a pass, no finding', () => {
    const r = run(carriedIn, 2025, BUREAU, BUREAU_TABLES);
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.vs-table')).toEqual(['pass 86件 = 表三“本年新收” 86', 'pass 5件 = 表三“上年结转” 5']);
  });
  it('TWIN: one more than 上年结转: an error against it', () => {
    expect(findingKeys(run(carriedIn.replace('申请5件', '申请6件'), 2025, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:5:6']);
  });
  it('"2024年结转至2025年作出答复的申请5件" is carried in too; its twin an error', () => {
    const text = p('2024年结转至2025年作出答复的申请5件。');
    expect(checks(run(text, 2025, BUREAU, BUREAU_TABLES), 'text.vs-table')).toEqual(['pass 5件 = 表三“上年结转” 5']);
    expect(findingKeys(run(text.replace('5件', '6件'), 2025, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:5:6']);
  });
  it('into the next year ("结转至2026年作出答复") it is carried on: 结转下年度; its twin an error', () => {
    const text = p('经查,2025年收到,结转至2026年作出答复的政府信息公开申请3件。');
    expect(checks(run(text, 2025, BUREAU, BUREAU_TABLES), 'text.vs-table')).toEqual(['pass 3件 = 表三“结转下年度继续办理” 3']);
    expect(findingKeys(run(text.replace('3件', '4件'), 2025, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:3:4']);
  });
  it('"2025年收到并作出答复的…83件" stays this year\'s answered (办理结果总计 less 上年结转), its twin an error', () => {
    const text = p('经查,2025年收到并作出答复的政府信息公开申请83件。');
    expect(findingKeys(run(text, 2025, BUREAU, BUREAU_TABLES))).toEqual([]);
    expect(findingKeys(run(text.replace('83件', '84件'), 2025, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:88:84']);
  });
});

describe('hunt50: "撤销复议申请N件" is the applicant\'s, 其他结果 (measures.ts T4_COLS)', () => {
  // 秦皇岛市抚宁区人民政府办公室 2025 (https://www.chinafuning.gov.cn/single/283/72295.html)
  const real = p('(二)依申请公开方面。注重与申请人的事前主动沟通、事中动态跟踪和事后及时反馈,努力提升答复的精准性和规范性。2025年,区政府共收到依申请公开20件,大部分通过信函或在线申请,19件已按照规定时限和程序依法依规进行了答复,1件结转下年。信息公开行政复议案件3件,维持1件,纠正1件,撤销复议申请1件。');
  const review = (upheld: number, corrected: number, other: number) => ({
    ...BUREAU_TABLES, 't4.review.upheld': upheld, 't4.review.corrected': corrected, 't4.review.other': other, 't4.review.pending': 0, 't4.review.total': upheld + corrected + other,
  });
  it('the real paragraph with its table\'s own review columns (1, 1, 1): compared with 其他结果, no finding', () => {
    const own = { ...review(1, 1, 1), 't3.new.total': 20, 't3.carried.total': 0, 't3.processed.total': 19, 't3.carriedForward.total': 1 };
    const r = run(real, 2025, '秦皇岛市抚宁区人民政府办公室', own);
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.vs-table')).toEqual(expect.arrayContaining(['pass 1件 = 表四行政复议“结果纠正” 1', 'pass 1件 = 表四行政复议“其他结果” 1']));
  });
  it('where 结果纠正 is 0 and 其他结果 2: no finding (it was an error against 结果纠正)', () => {
    expect(findingKeys(run(p('信息公开行政复议案件3件,维持1件,撤销复议申请2件。'), 2025, BUREAU, review(1, 0, 2)))).toEqual([]);
  });
  it('TWIN: more than 其他结果: an error against it', () => {
    expect(findingKeys(run(p('信息公开行政复议案件3件,维持1件,撤销复议申请2件。'), 2025, BUREAU, review(1, 1, 1)))).toEqual(['text.vs-table:error:1:2']);
  });
  it('"撤销2件" alone is still the body\'s, among 结果纠正', () => {
    expect(findingKeys(run(p('信息公开行政复议案件3件,维持1件,撤销2件。'), 2025, BUREAU, review(1, 0, 2)))).toEqual(['text.vs-table:error:0:2']);
  });
});

describe('hunt50: "办理挖掘(占用)城市道路申请件77件" is no disclosure application (measures.ts countsApplications)', () => {
  // 咸宁市咸安区城乡建设局 2025 (http://xncz.gov.cn/info/4565/208695.htm): its table 三 has 12 new, 12 answered; the 77 was
  // read as 办理 and compared with 办理结果总计
  const real = p('2025年,区城乡建设局聚焦中心工作和重点领域,积极推进决策、执行、管理、服务和结果全过程公开。截至2025年12月底,通过区政府门户网站主动公开信息74条,内容涵盖政务公开、工作动态、网上办事、工作业务、公众互动等综合信息。共受理依申请公开12件,已邮件回复。2025年办理挖掘(占用)城市道路申请件77件,并对现场进行安全文明施工情况进行检查,共计检查140余次。全年无信息公开收费的事项,也无因信息公开导致行政复议以及行政诉讼的情况。');
  const own = { 't3.new.total': 12, 't3.carried.total': 0, 't3.processed.total': 12, 't3.carriedForward.total': 0, 't3.granted.total': 0, 't3.unable.total': 12, 't4.review.total': 0, 't4.suitDirect.total': 0, 't4.suitAfterReview.total': 0 };
  it('the real paragraph with its own table: the 12 read, the 77 not', () => {
    const r = run(real, 2025, '咸宁市咸安区城乡建设局', own);
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.vs-table')).toContain('pass 12件 = 表三“本年新收” 12');
    expect(checks(r, 'text.vs-table').some((c) => c.includes('77'))).toBe(false);
  });
  it('TWIN: the disclosure count one more is still an error', () => {
    expect(findingKeys(run(real.replace('依申请公开12件', '依申请公开13件'), 2025, '咸宁市咸安区城乡建设局', own))).toEqual(['text.vs-table:error:12:13']);
  });
  it('TWIN: "办理政府信息公开申请件77件" is still read, an error', () => {
    expect(findingKeys(run(p('2025年办理政府信息公开申请件77件。'), 2025, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:88:77']);
  });
  it('"共收到依申请件86件" (广汉市政府办 2025\'s words) is still read: a pass, its twin an error', () => {
    // https://www.guanghan.gov.cn/gk/xxgk/zfxxgknb/2025/fjbm/1689730.htm: "2025年,共收到依申请件35件,其中自然人34件,企业1件,办结32件,结转下年办理3件。"
    const text = p('2025年,共收到依申请件86件,其中自然人80件,企业6件,办结83件,结转下年办理3件。');
    expect(findingKeys(run(text, 2025, BUREAU, BUREAU_TABLES))).toEqual([]);
    expect(checks(run(text, 2025, BUREAU, BUREAU_TABLES), 'text.vs-table')).toContain('pass 86件 = 表三“本年新收” 86');
    expect(findingKeys(run(text.replace('依申请件86件', '依申请件87件'), 2025, BUREAU, BUREAU_TABLES))).toContain('text.vs-table:error:86:87');
  });
});

describe('hunt50: a 2025 page reads its carried years', () => {
  it('"2024年结转", "结转至2026年办理" on a 2025 page: 上年结转 and 结转下年度, passes', () => {
    const r = run(p('2025年共收到政府信息公开申请86件,2024年结转5件;办结88件,结转至2026年办理3件。'), 2025, BUREAU, BUREAU_TABLES);
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.vs-table')).toEqual(expect.arrayContaining(['pass 5件 = 表三“上年结转” 5', 'pass 3件 = 表三“结转下年度继续办理” 3']));
  });
  it('朝阳市龙城区 2025\'s "1件结转至2026年答复" in a sentence of its own: 结转下年度; its twin an error', () => {
    // https://www.cylc.gov.cn/html/LCQZF/202601/0176887581923976.html: "全年共接收群众、企业申请公开12件,11件已按时限进行答复,
    // 未产生行政复议及行政诉讼。1件结转至2026年答复。"
    const text = p('全年共接收群众、企业申请公开86件,83件已按时限进行答复。3件结转至2026年答复。');
    expect(findingKeys(run(text, 2025, BUREAU, BUREAU_TABLES))).toEqual([]);
    expect(findingKeys(run(text.replace('3件结转', '4件结转'), 2025, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:3:4']);
  });
  it('北京市东城区住建委 2025\'s "2024年结转…申请0件" against a table with 5 carried in: an error', () => {
    // https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2025nb/dcqzfbm2025/202601/t20260120_4449946.html
    const r = run(p('2025年我委新受理政府信息公开申请86件,2024年结转政府信息公开申请0件,共计86件。'), 2025, BUREAU, BUREAU_TABLES);
    expect(findingKeys(r)).toEqual(['text.vs-table:error:5:0']);
  });
});
