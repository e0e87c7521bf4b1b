/**
 * Red team for the text against table 二 (主动公开政府信息情况): sentences real reports write about
 * 规章, 规范性文件, 行政许可, 行政处罚, 行政强制 and 行政事业性收费. Most are traps: a figure about
 * 清理, 审查, 备案, 公开, 解读, 事项清单, a part of the body, another year or a sub-part is no
 * claim on the table, and stays silent even where the table says something else. Each claim that
 * is read has a firing variant.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { checkNarrative } from '../../lib/narrative/check-narrative.ts';
import { BUREAU_T2_2019, BUREAU_T2_2021, BUREAU_TABLES, flagged, runProse, type ProseResult } from './narrative-tables.ts';

const T21 = BUREAU_T2_2021;
const T19 = BUREAU_T2_2019;
const run = (text: string, figures: Record<string, number>, year: number | null = 2023) => runProse(`<p>${text}</p>`, figures, year);

/** The outcomes of the checks against table 二 (their detail names it). */
const t2Outcomes = (r: ProseResult): string[] => r.checks.filter((c) => c.detail.includes('表二')).map((c) => c.outcome);
const t2Flags = (r: ProseResult) => flagged(r).filter((f) => f.rule === 'text.vs-table');

describe('table 二: claims the text makes, checked and firing', () => {
  // [text that agrees, table, its outcomes, a variant that disagrees, the finding it gives]
  const cases: [string, Record<string, number>, string[], string, { severity: string; expected: number; actual: number; quote: string }][] = [
    ['全年制发规范性文件12件，废止3件，现行有效规范性文件85件。', T21, ['pass', 'pass', 'pass'],
      '全年制发规范性文件12件，废止4件，现行有效规范性文件85件。', { severity: 'error', expected: 3, actual: 4, quote: '废止4件' }],
    ['全年制发规范性文件12件，废止3件，现行有效85件。', T21, ['pass', 'pass', 'pass'],
      '全年制发规范性文件12件，废止3件，现行有效58件。', { severity: 'error', expected: 85, actual: 58, quote: '现行有效58件' }],
    ['本年度共办理行政许可事项1,234件。', T21, ['pass'],
      '本年度共办理行政许可事项1,243件。', { severity: 'error', expected: 1234, actual: 1243, quote: '本年度共办理行政许可事项1,243件' }],
    ['全年作出行政处罚决定56件。', T21, ['pass'],
      '全年作出行政处罚决定65件。', { severity: 'error', expected: 56, actual: 65, quote: '全年作出行政处罚决定65件' }],
    ['全年作出行政处罚决定56件，行政强制7件。', T21, ['pass', 'pass'],
      '全年作出行政处罚决定56件，行政强制8件。', { severity: 'error', expected: 7, actual: 8, quote: '行政强制8件' }],
    ['全年实施行政强制措施7件。', T21, ['pass'],
      '全年实施行政强制措施9件。', { severity: 'error', expected: 7, actual: 9, quote: '全年实施行政强制措施9件' }],
    ['全年收取行政事业性收费23.5万元。', T21, ['pass'],
      '全年收取行政事业性收费25.3万元。', { severity: 'error', expected: 23.5, actual: 25.3, quote: '全年收取行政事业性收费25.3万元' }],
    ['全年收取行政事业性收费235,000元。', T21, ['pass'],
      '全年收取行政事业性收费253,000元。', { severity: 'error', expected: 23.5, actual: 25.3, quote: '全年收取行政事业性收费253,000元' }],
    ['全年制定规章2件，废止规章1件。', T21, ['pass', 'pass'],
      '全年制定规章3件，废止规章1件。', { severity: 'error', expected: 2, actual: 3, quote: '全年制定规章3件' }],
    ['现行有效规章15件。', T21, ['pass'],
      '现行有效规章16件。', { severity: 'error', expected: 15, actual: 16, quote: '现行有效规章16件' }],
    ['全年印发行政规范性文件12件。', T21, ['pass'],
      '全年印发行政规范性文件21件。', { severity: 'error', expected: 12, actual: 21, quote: '全年印发行政规范性文件21件' }],
    ['全年共办结行政许可1234件。', T21, ['pass'],
      '全年共办结行政许可1324件。', { severity: 'error', expected: 1234, actual: 1324, quote: '全年共办结行政许可1324件' }],
    ['全年行政处罚案件56件。', T21, ['pass'],
      '全年行政处罚案件57件。', { severity: 'error', expected: 56, actual: 57, quote: '全年行政处罚案件57件' }],
    ['本年度新制作规范性文件12件。', T19, ['pass'],
      '本年度新制作规范性文件11件。', { severity: 'error', expected: 12, actual: 11, quote: '本年度新制作规范性文件11件' }],
    ['规范性文件对外公开总数85件。', T19, ['pass'],
      '规范性文件对外公开总数86件。', { severity: 'error', expected: 85, actual: 86, quote: '规范性文件对外公开总数86件' }],
    // the 2019 column named around its item
    ['全年新制作规范性文件12件，对外公开规范性文件总数85件。', T19, ['pass', 'pass'],
      '全年新制作规范性文件12件，对外公开规范性文件总数83件。', { severity: 'error', expected: 85, actual: 83, quote: '对外公开规范性文件总数83件' }],
    ['截至2023年底，对外公开规章总数量15件。', T19, ['pass'],
      '截至2023年底，对外公开规章总数量16件。', { severity: 'error', expected: 15, actual: 16, quote: '对外公开规章总数量16件' }],
    ['全年作出行政许可决定1234件，行政处罚决定56件。', T19, ['pass', 'pass'],
      '全年作出行政许可决定1234件，行政处罚决定50件。', { severity: 'error', expected: 56, actual: 50, quote: '行政处罚决定50件' }],
    ['全年清理规范性文件27件，其中继续有效24件，宣布失效3件；本年新制发规范性文件12件，废止3件。', T21, ['pass', 'pass'],
      '全年清理规范性文件27件，其中继续有效24件，宣布失效3件；本年新制发规范性文件12件，废止1件。', { severity: 'error', expected: 3, actual: 1, quote: '废止1件' }],
    ['截至2023年12月31日，现行有效规范性文件85件，本年新制发12件，废止3件。', T21, ['pass', 'pass', 'pass'],
      '截至2023年12月31日，现行有效规范性文件85件，本年新制发13件，废止3件。', { severity: 'error', expected: 12, actual: 13, quote: '本年新制发13件' }],
    ['2023年，市政府（含市政府办公室）共计印发行政规范性文件12件，均在门户网站公开发布。', T21, ['pass'],
      '2023年，市政府（含市政府办公室）共计印发行政规范性文件18件，均在门户网站公开发布。', { severity: 'error', expected: 12, actual: 18, quote: '市政府（含市政府办公室）共计印发行政规范性文件18件' }],
    ['全年通过县政府门户网站主动公开政府信息5236条，制发规范性文件12件，均已在县政府门户网站公开。', T21, ['pass'],
      '全年通过县政府门户网站主动公开政府信息5236条，制发规范性文件6件，均已在县政府门户网站公开。', { severity: 'error', expected: 12, actual: 6, quote: '制发规范性文件6件' }],
    ['全年制发规章2件、规范性文件12件。', T21, ['pass', 'pass'],
      '全年制发规章2件、规范性文件21件。', { severity: 'error', expected: 12, actual: 21, quote: '全年制发规章2件、规范性文件21件' }],
    ['我局全年作出行政处罚决定56件。', T21, ['pass'],
      '我局全年作出行政处罚决定6件。', { severity: 'error', expected: 56, actual: 6, quote: '我局全年作出行政处罚决定6件' }],
  ];

  it.each(cases)('%s', (text, table, expected, wrong, finding) => {
    const r = run(text, table);
    expect(t2Flags(r)).toEqual([]);
    expect(t2Outcomes(r)).toEqual(expected);
    const w = t2Flags(run(wrong, table));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ rule: 'text.vs-table', severity: finding.severity, expected: finding.expected, actual: finding.actual });
    expect(w[0]?.quote).toBe(finding.quote);
  });

  it('the message names both numbers and the table cell', () => {
    const r = run('全年制发规范性文件12件，废止4件。', T21);
    const f = r.findings.find((x) => x.rule === 'text.vs-table');
    expect(f?.message).toContain('废止4件');
    expect(f?.message).toContain('表二');
    expect(f?.message).toContain('本年废止件数');
    expect(f?.message).toContain('3');
  });

  it('the finding points at the table cell it compared', () => {
    const { document } = parseHTML('<!DOCTYPE html><html><body><div><p>全年制发规范性文件12件，废止4件。</p></div></body></html>');
    const ref = { table: 1, row: 3, col: 2 };
    const r = checkNarrative({ container: document.body, exclude: [], figures: T21, figureRefs: { 't2.normativeDocs.abolished': ref }, year: 2023 });
    expect(r.findings.filter((x) => x.rule === 'text.vs-table').map((x) => x.cells)).toEqual([[ref]]);
  });
});

describe('table 二: readings a careful reader accepts', () => {
  it('制发 in the 2019 table is 本年新制作数量; 本年新公开数量 fits only loosely (a warning)', () => {
    expect(t2Outcomes(run('全年制发规范性文件12件。', T19))).toEqual(['pass']);
    expect(t2Flags(run('全年制发规范性文件10件。', T19))).toEqual([
      { rule: 'text.vs-table', severity: 'warning', expected: 12, actual: 10, quote: '全年制发规范性文件10件' },
    ]);
  });

  it('a fee in 万元 is rounded to its digits, a cell to its own', () => {
    expect(t2Outcomes(run('全年收取行政事业性收费23.5万元。', { ...T21, 't2.fees.feeAmount': 23.46 }))).toEqual(['pass']);
    expect(t2Outcomes(run('全年收取行政事业性收费23.46万元。', { ...T21, 't2.fees.feeAmount': 23.5 }))).toEqual(['pass']);
    expect(t2Outcomes(run('全年收取行政事业性收费234,600元。', { ...T21, 't2.fees.feeAmount': 23.46 }))).toEqual(['pass']);
    // a cell the unit filled in 元 despite the header
    expect(t2Outcomes(run('全年收取行政事业性收费235,000元。', { ...T21, 't2.fees.feeAmount': 235000 }))).toEqual(['pass']);
    expect(t2Flags(run('全年收取行政事业性收费23.6万元。', { ...T21, 't2.fees.feeAmount': 23.46 }))).toHaveLength(1);
  });

  it('a fee that fits neither unit is told without giving the cell a unit it may not have', () => {
    // a table filled in 元 (3500) against a text in 元 (4200): the cell is not "3500万元"
    const r = runProse('<p>本年度行政事业性收费4200元。</p>', { ...T21, 't2.fees.feeAmount': 3500 }, 2023);
    const msgs = r.findings.filter((f) => f.rule === 'text.vs-table').map((f) => f.message);
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toContain('为3500（按万元或按元计都不相符）');
    expect(msgs[0]).not.toContain('3500万元');
  });

  it('a table without the column: skipped, never flagged (现行有效 in a 2019 table, a fee amount in a 2019 table)', () => {
    for (const text of ['现行有效规范性文件58件。', '全年收取行政事业性收费99万元。']) {
      const r = run(text, T19);
      expect(t2Flags(r)).toEqual([]);
      expect(t2Outcomes(r)).toEqual(['skip']);
    }
  });

  it('a cell that is no count (the table\'s own error, rule t2.count) is not compared', () => {
    for (const v of [-2, 12.5]) {
      const r = run('全年制发规范性文件12件。', { ...T21, 't2.normativeDocs.newMade': v });
      expect(t2Flags(r)).toEqual([]);
      expect(t2Outcomes(r)).toEqual(['skip']);
    }
  });

  it('a page without table 二 gets no table-二 check', () => {
    const r = run('全年制发规范性文件99件，废止3件。', BUREAU_TABLES);
    expect(t2Outcomes(r)).toEqual([]);
    expect(t2Flags(r)).toEqual([]);
  });

  it('the year named is the report\'s: checked; another year: no claim', () => {
    expect(t2Outcomes(run('2023年共制发规范性文件12件。', T21, 2023))).toEqual(['pass']);
    expect(t2Outcomes(run('2022年共制发规范性文件20件。', T21, 2023))).toEqual([]);
  });

  it('a change after the claim is no claim; the claim is still checked', () => {
    const r = run('全年制发规范性文件12件，较上年增加3件。', T21);
    expect(t2Outcomes(r)).toEqual(['pass']);
    expect(t2Flags(r)).toEqual([]);
    const fee = run('全年收取行政事业性收费23.5万元，较上年减少2万元。', T21);
    expect(t2Outcomes(fee)).toEqual(['pass']);
  });

  it('a subset in parentheses after the claim is no claim', () => {
    for (const text of [
      '本年废止规范性文件3件（含自然失效1件）。',
      '全年办理行政许可事项1234件（含即办件1000件）。',
      '全年作出行政处罚决定56件，其中简易程序40件。',
      '全年制发规范性文件12件，其中以区政府名义制发5件，以区政府办公室名义制发7件。',
    ]) {
      const r = run(text, T21);
      expect(t2Outcomes(r)).toEqual(['pass']);
      expect(t2Flags(r)).toEqual([]);
    }
  });
});

describe('table 二: no claim (silent, even where the table says otherwise)', () => {
  it.each([
    // 公开, not 制发: a count of what was published, which may differ
    '全年主动公开规范性文件20件。',
    '全年公开规范性文件20件。',
    '全年新公开规范性文件20件。',
    '对外公开规范性文件99件。',
    // 对外公开…总数 after a word of the year may count 本年新公开数量
    '全年对外公开规范性文件总数99件。',
    '2023年对外公开规范性文件总数99件。',
    '本年度对外公开规章总数9件。',
    '新对外公开规范性文件总数99件。',
    '全年公开行政许可信息3562条、行政处罚信息215条、行政强制信息12条，公开行政事业性收费信息3条，收费金额36.5万元。',
    '全年公示行政许可决定1300件，行政处罚决定60件。',
    '通过信用网站公示行政许可和行政处罚信息1290条。',
    '全年发布规范性文件20件。',
    '全年解读规范性文件20件。',
    // 清理, 审查, 备案: other work on documents
    '全年清理规范性文件120件。',
    '全年清理规范性文件120件，废止5件，修改2件。',
    '全年审查规范性文件20件。',
    '全年备案审查规范性文件20件。',
    '规范性文件备案审查20件，废止5件。',
    '市政府共对各区县报送的21件、市级各部门报送的20件行政规范性文件予以备案。',
    '全年合法性审核规范性文件30件。',
    '全年征求意见规范性文件5件。',
    '拟废止规范性文件5件。',
    '建议废止规范性文件5件。',
    '有效期届满规范性文件5件。',
    // 事项清单: a list of kinds, not decisions
    '梳理行政许可事项清单120项。',
    '公布行政许可事项目录45项。',
    '我市共有行政许可事项342项，行政处罚事项4359项。',
    '全年新增行政许可事项3项。',
    '承诺时限压缩的行政许可事项45个。',
    '市政府部门权责清单共有2633项，其中行政许可106项、行政处罚1927项、行政强制146项。',
    '本年度行政处罚事项调整5项。',
    '行政事业性收费项目12项。',
    '涉及行政事业性收费项目共40项。',
    // applications, 立案, 程序, 申请: not 处理决定
    '全年受理行政许可申请1240件。',
    '全年行政许可申请1240件。',
    '全年受理行政许可1240件。',
    '行政许可网上受理1240件。',
    '全年行政处罚立案60件。',
    '全年一般程序行政处罚案件40件。',
    '全年申请法院强制执行行政强制3件。',
    '行政复议案件中涉及行政处罚的3件。',
    '全年行政处罚罚没款60万元。',
    '行政处罚平均每月5件。',
    // 规章制度 is an internal rule; 规章 and 规范性文件 together are no one row
    '建立完善内部规章制度5件。',
    '全年制发规章和规范性文件14件。',
    '全年制发规章、规范性文件14件。',
    '全年作出行政处罚、行政强制决定60件。',
    // ('行政处罚和行政强制分别为50件、8件。' was here: a 分别 list of table 二's decisions is read since recall54 —
    // respectively-t2.ts, narrative-recall54-t2.test.ts)
    // a part of the body, or a region-wide count the table may not hold
    '区政府本级制发规范性文件5件。',
    '市政府办公室制发规范性文件3件。',
    '区直各部门制发规范性文件30件。',
    '全区各级各部门共制发规范性文件40件。',
    '各乡镇（街道）作出行政处罚决定20件。',
    '执法大队作出行政处罚决定30件。',
    '市场监管部门作出行政处罚决定30件。',
    '以区政府名义制发规范性文件5件。',
    // another period, a rate, an approximation, a change
    '近三年来共制发规范性文件40件。',
    '上年制发规范性文件10件。',
    '第一季度制发规范性文件5件。',
    '全年制发规范性文件约20件。',
    '全年制发规范性文件20余件。',
    '规范性文件较上年增加5件。',
    '较上年制发的10件，本年有所增加。',
    // the figure before the item, or words that name no column
    '对20件规范性文件进行了清理。',
    '规范性文件20件。',
    '全年修订规范性文件5件。',
    '全年减免行政事业性收费12万元。',
    // other documents, other fees (a fixture's text: not table 二's)
    '全年制发政策性文件11件。',
    '收取信息处理费3940元。',
    '全年共受理行政许可事项1240件，办结1234件。',
    '全年行政许可办件量1234件。',
    '全年作出行政处罚决定书56份。',
    '全年行政处罚56人次。',
    // a kind or channel of decision, an office of the body, another body's documents
    '全年作出不予行政许可决定3件。',
    '全年准予行政许可1230件。',
    '全年免予行政处罚12件。',
    '全年当场作出行政处罚决定30件。',
    '全年从轻减轻行政处罚12件。',
    '全年涉企行政处罚案件40件。',
    '全年网上办理行政许可事项1000件。',
    '县政务服务中心全年办理行政许可事项1234件。',
    '全年协助市政府出台规范性文件12件。',
    '全年代市政府起草规范性文件12件。',
    '全年免征行政事业性收费12万元。',
    // the Party's documents are not the government's: table 二 counts 行政规范性文件
    '全年新制发党内规范性文件3件。',
    '全年制定党内规范性文件3件，废止1件。',
    '区委办全年印发规范性文件3件。',
    '经局党组会议审定，全年制发规范性文件3件。',
    '市纪委监委全年制发规范性文件3件。',
  ])('%s', (text) => {
    for (const table of [T21, T19]) {
      const r = run(text, table);
      expect(t2Flags(r)).toEqual([]);
      expect(t2Outcomes(r).filter((o) => o !== 'skip')).toEqual([]);
    }
  });

  it('发改委, 卫健委 and 委托 are no Party committee: their 规范性文件 are still read', () => {
    for (const text of ['全年新制发行政规范性文件13件。', '区卫健委全年制发规范性文件13件。', '受区政府委托，全年制发规范性文件13件。']) {
      expect(t2Flags(run(text, T21)).map((f) => [f.expected, f.actual]), text).toEqual([[12, 13]]);
    }
  });

  it('inheritance of the item stops at a ； unless the clause opens with another column only, and a clause naming other words is no claim', () => {
    for (const text of [
      '全年制发规范性文件12件；制发5件。',
      '全年制发规范性文件12件；其中废止5件。',
      '全年制发规范性文件12件；2022年废止5件。',
      '全年制发规范性文件12件，开展解读5件。',
      '全年制发规范性文件12件，修订5件。',
      '全年制发规范性文件12件，收到申请86件，废止5件。',
    ]) {
      const r = run(text, T21);
      expect(t2Flags(r)).toEqual([]);
      expect(t2Outcomes(r)).toEqual(['pass']);
    }
  });

  it('a ；-clause that is only another column of the item goes on with it (red team 21, m16)', () => {
    // 废止 of T21 is 3: "；废止5件" is 规范性文件's, as a reader takes it
    expect(t2Flags(run('全年制发规范性文件12件；废止5件。', T21)).map((f) => [f.expected, f.actual])).toEqual([[3, 5]]);
    expect(t2Outcomes(run('全年制发规范性文件12件；废止3件。', T21))).toEqual(['pass', 'pass']);
  });

  it('a figure of table 三 after a table-二 claim is still table 三\'s', () => {
    const r = run('全年制发规范性文件12件，收到政府信息公开申请86件。', T21);
    expect(r.checks.filter((c) => c.rule === 'text.vs-table').map((c) => c.outcome)).toEqual(['pass', 'pass']);
    expect(flagged(r)).toEqual([]);
  });
});
