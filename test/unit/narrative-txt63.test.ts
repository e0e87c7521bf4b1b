/**
 * txt63 (session 53): what txt62 and rt62 left of the text's readings, on word-2021-consistent's tables (新收 62, 上年结转 4,
 * 予以公开 32, 部分公开 7, 不予公开 5, 无法提供 15, 不予处理 3, 其他处理 1, 办结 63, 结转下年度 3) and with none:
 * 1. the count before the act it belongs to, after 对 (act-after-count.ts);
 * 2. a rate after a lone 办结 (rate-after-closed.ts, completion-rate.ts);
 * 3. 项 as the applications' unit beside tables (application-items.ts);
 * 4. last year's figure in a bracket, against last year's table (bracket-base.ts, other-year-table.ts);
 * 5. table 二's second ；-clause, and a 0 against a cell written 无 (text-vs-table2.ts);
 * 6. a fresh batch of true sentences with their wrong twins (narrative-txt63-sentences.ts).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkNarrative } from '../../lib/narrative/check-narrative.ts';
import { checksOf, findingKeys, onWord2021, WORD_2021_TABLES, word } from './narrative-tables.ts';
import { TXT63_PAIRS } from './narrative-txt63-sentences.ts';

const keys = (t: string, tables = true): string[] => findingKeys(onWord2021(t, tables));
const vs = (t: string, tables = true): string[] => checksOf(onWord2021(t, tables), 'text.vs-table');
const shares = (t: string): string[] => checksOf(onWord2021(t), 'text.share');

describe('txt63 1: the count before its act, after 对', () => {
  it('compared with table 三\'s row the act names (was no claim)', () => {
    expect(vs('全年对32件申请予以公开。')).toEqual(['pass 32件 = 表三“予以公开” 32']);
    expect(vs('本年度共对63件申请作出答复。')).toEqual(['pass 63件 = 表三“办理结果总计” 63']);
    expect(vs('对7件申请予以部分公开，对15件申请告知无法提供。')).toEqual(['pass 7件 = 表三“部分公开” 7', 'pass 15件 = 表三“无法提供” 15']);
    expect(vs('对3件申请作出不予处理决定。')).toEqual(['pass 3件 = 表三“不予处理” 3']);
    expect(vs('全年办结63件，对其中5件依法不予公开。')).toEqual(['pass 5件 = 表三“不予公开” 5']);
    expect(vs('全年收到申请62件，上年结转4件，共对63件申请作出答复，3件结转下年度。')).toContain('pass 63件 = 表三“办理结果总计” 63');
  });
  it('TWINS: an error (passed unflagged before)', () => {
    expect(keys('全年对33件申请予以公开。')).toEqual(['text.vs-table:error:32:33']);
    expect(keys('本年度共对64件申请作出答复。')).toEqual(['text.vs-table:error:63:64']);
    expect(keys('对8件申请予以部分公开，对16件申请告知无法提供。')).toEqual(['text.vs-table:error:7:8', 'text.vs-table:error:15:16']);
    expect(keys('全年办结63件，对其中6件依法不予公开。')).toEqual(['text.vs-table:error:5:6']);
    expect(keys('全年对32件申请予以公开，对7件申请部分公开，对6件申请不予公开。')).toEqual(['text.vs-table:error:5:6']);
    expect(keys('全年收到申请62件，上年结转4件，共对64件申请作出答复，3件结转下年度。')).toEqual(['text.vs-table:error:63:64']);
  });
  it('silent where the act is not certain: a part\'s count before it, a 其中 of no whole, a qualifier, another year', () => {
    for (const t of [
      '上年结转的4件申请，对2件予以公开。', '全年收到网上申请40件，对其中5件予以公开。', '区政府本级收到申请20件，对其中5件依法不予公开。',
      '对其中6件依法不予公开。', '对60件申请在法定期限内作出答复。', '全年对5件涉及第三方的申请不予公开。', '2021年对27件申请予以公开。',
      '其中市政府办公室收到申请8件，共对8件申请作出答复。',
    ]) expect(keys(t), t).toEqual([]);
    expect(vs('全年收到网上申请40件，对30件申请予以公开。')).toEqual([]);
  });
});

describe('txt63 2: a rate after a lone 办结', () => {
  it('against table 三\'s readings: a pass (was unread)', () => {
    expect(shares('全年办结63件，办结率95.5%。')).toEqual(['pass 表三办结63件 ÷ (新收62件 + 上年结转4件) = 95.5%，正文办结率95.5%']);
  });
  it('TWIN: a skip that says no base was named, never a flag', () => {
    expect(shares('全年办结63件，办结率96.5%。')).toEqual([expect.stringMatching(/；正文只说了办结数，未说办结率的基数/)]);
    expect(keys('全年办结63件，办结率96.5%。')).toEqual([]);
    // (100% with the rest carried on: the reason said before, what fell due)
    expect(shares('全年办结63件，办结率100%。')).toEqual([expect.stringMatching(/或指到期的均已办结/)]);
  });
  it('an in-time rate: a skip, table 三 does not count the answers on time', () => {
    expect(shares('本年度办结63件，按时办结率达100%。')).toEqual(['skip 按时办结率100%所计的按时办结件数表三不列，无从核对（办结63件与表三“办理结果总计”相符）']);
    expect(shares('本年度办结申请63件，按时办结率达100%。')).toHaveLength(1);
  });
  it('silent: another 办结 than the table\'s, a part\'s, another year\'s, no tables', () => {
    for (const t of ['全年办结45件，办结率100%。', '区政府本级办结20件，办结率90%。', '2021年办结58件，办结率93.5%。']) expect(shares(t), t).toEqual([]);
    expect(keys('全年办结63件，办结率96.5%。', false)).toEqual([]);
  });
});

describe('txt63 3: 项 of applications beside tables', () => {
  it('read as 件 (were no claim)', () => {
    expect(vs('全年收到政府信息公开申请62项，上年结转4项。')).toEqual(['pass 62项 = 表三“本年新收” 62', 'pass 4项 = 表三“上年结转” 4']);
    expect(vs('全年共收到依申请公开62项，办结63项，结转下年度3项。')).toHaveLength(3);
  });
  it('TWINS: an error', () => {
    expect(keys('全年收到政府信息公开申请61项，上年结转4项。')).toEqual(['text.vs-table:error:62:61']);
    expect(keys('全年共收到依申请公开62项，办结64项，结转下年度3项。')).toEqual(['text.vs-table:error:63:64']);
    expect(keys('本年度收到申请62项，办结63项，其中予以公开33项，部分公开7项。')).toEqual(['text.vs-table:error:32:33']);
  });
  it('silent: 事项, 主动公开 items, rules, a sentence counting in 件 too', () => {
    for (const t of ['全年收到依申请公开事项61项。', '全年主动公开政府信息412项，收到申请61项。', '全年受理行政许可事项1268项。']) expect(vs(t), t).toEqual([]);
    expect(vs('全年制发规范性文件3项，收到申请61项，办结63件。')).toEqual(['pass 63件 = 表三“办理结果总计” 63']);
  });
});

/** A sentence under word-2021's tables (2022) with last year's table 三 labelled 2021 on the page (新收 57, 予以公开 27, 办结 58). */
const LAST_T3 = { ...WORD_2021_TABLES, 't3.new.total': 57, 't3.granted.total': 27, 't3.processed.total': 58 };
function withLastYear(text: string, last = true) {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div><p>（二）依申请公开情况</p>${word(text)}</div></body></html>`);
  return checkNarrative({
    container: document.body, exclude: [], figures: WORD_2021_TABLES, figureRefs: {}, year: 2022, agency: '东湖市云岭区卫生健康局',
    ...(last ? { yearT3: [{ year: 2021, figures: LAST_T3 }], otherT3Figures: [LAST_T3] } : {}),
  });
}

describe('txt63 4: last year\'s figure in a bracket', () => {
  it('compared with last year\'s table (was unread)', () => {
    expect(checksOf(withLastYear('全年收到政府信息公开申请62件（上年57件）。'), 'text.vs-table')).toEqual(['pass 62件 = 表三“本年新收” 62', 'pass 57件 = 表三“本年新收” 57（2021年的表三）']);
    expect(checksOf(withLastYear('全年办结63件（去年同期58件），其中予以公开32件（上年27件）。'), 'text.vs-table')).toEqual([
      'pass 58件 = 表三“办理结果总计” 58（2021年的表三）', 'pass 27件 = 表三“予以公开” 27（2021年的表三）',
    ]);
  });
  it('TWINS: an error that names the table, quoted to the bracket\'s end', () => {
    const r = withLastYear('全年收到政府信息公开申请62件（2021年为58件）。');
    expect(findingKeys(r)).toEqual(['text.vs-table:error:57:58']);
    expect(r.findings[0]?.quote).toBe('全年收到政府信息公开申请62件（2021年为58件）');
    expect(r.findings[0]?.message).toMatch(/^正文称全年收到政府信息公开申请62件（2021年为58件），表三“本年新收”为57件.*（所比较的是页面上标明2021年的表三）。$/);
    expect(r.findings[0]?.note?.code).toBe('yearTable');
    expect(findingKeys(withLastYear('全年办结63件（去年同期59件），其中予以公开32件（上年28件）。'))).toEqual(['text.vs-table:error:58:59', 'text.vs-table:error:27:28']);
  });
  it('never against this year\'s table; with no table of that year no claim; 含上年结转 still this year\'s row', () => {
    expect(checksOf(withLastYear('全年收到政府信息公开申请62件（上年56件）。', false), 'text.vs-table')).toEqual(['pass 62件 = 表三“本年新收” 62']);
    expect(checksOf(withLastYear('全年收到政府信息公开申请62件（上年结转4件）。'), 'text.vs-table')).toEqual(['pass 62件 = 表三“本年新收” 62', 'pass 4件 = 表三“上年结转” 4']);
  });
});

describe('txt63 4b: a change with no comparison word after the bracket\'s base', () => {
  const changes = (t: string): string[] => checksOf(onWord2021(t), 'text.change');
  it('read as 同比 is (was unread)', () => {
    expect(changes('全年收到政府信息公开申请62件（上年57件），增长8.8%。')).toEqual(['pass (62件 − 57件) ÷ 57件 = 8.77%，正文 增长8.8%']);
    expect(changes('全年收到政府信息公开申请62件（上年57件），增加5件。')).toEqual(['pass 62件 − 57件 = 5件，正文 增加5件']);
  });
  it('TWINS: an error', () => {
    expect(keys('全年收到政府信息公开申请62件（上年57件），增长9.8%。')).toEqual(['text.change:error:8.8:9.8']);
    expect(keys('全年收到政府信息公开申请62件（上年57件），增加6件。')).toEqual(['text.change:error:5:6']);
  });
  it('silent: a base of another year than last, a bracket that is no base', () => {
    expect(keys('全年收到政府信息公开申请62件（2020年57件），增长9.8%。')).toEqual([]);
    expect(changes('全年收到政府信息公开申请62件（含上年结转4件），增长8.8%。')).toEqual([]);
  });
});

describe('txt63 5: table 二 — the second ；-clause, and a 0 against a cell written 无', () => {
  const T2 = { 't2.normativeDocs.newMade': null, 't2.normativeDocs.abolished': null, 't2.normativeDocs.inForce': 3, 't2.penalty.decisions': 6, 't2.enforcement.decisions': null };
  const run = (t: string, none = true) => {
    const { document } = parseHTML(`<!DOCTYPE html><html><body><div><p>（一）主动公开</p>${word(t)}</div></body></html>`);
    return checkNarrative({
      container: document.body, exclude: [], figures: T2, figureRefs: {}, year: 2025, agency: '成都市金牛区荷花池街道办事处',
      ...(none ? { noneMarked: new Set(['t2.normativeDocs.newMade', 't2.normativeDocs.abolished', 't2.enforcement.decisions']) } : {}),
    });
  };
  it('both ；-clauses read, the second\'s twin flagged', () => {
    const t = (x: string) => `2025年，本街道未制发行政规范性文件，现行有效行政规范性文件三件；作出行政处罚决定${x}，未作出行政强制决定。`;
    expect(checksOf(run(t('六件')), 'text.vs-table')).toEqual(['pass 三件 = 表二“规范性文件”的“现行有效件数” 3', 'pass 六件 = 表二“行政处罚”的“本年处理决定数量” 6']);
    expect(findingKeys(run(t('七件')))).toEqual(['text.vs-table:error:6:7']);
  });
  it('a 0 against 无: a pass (was a skip); another figure against it, or a blank cell, no figure', () => {
    expect(checksOf(run('本街道制发行政规范性文件零件。'), 'text.vs-table')).toEqual(['pass 零件 = 表二“规范性文件”的“本年制发件数” 0（表中该格填“无”或“—”，读作0）']);
    expect(checksOf(run('本街道作出行政强制决定2件。'), 'text.vs-table')).toEqual(['skip 表格中没有表二“行政强制”的“本年处理决定数量”']);
    expect(checksOf(run('本街道制发行政规范性文件零件。', false), 'text.vs-table')).toEqual(['skip 表格中没有表二“规范性文件”的“本年制发件数”']);
  });
});

describe('txt63 6: a fresh batch — true sentences silent, twins flagged', () => {
  it.each(TXT63_PAIRS.map(([t]) => t))('true: %s', (t) => {
    expect(keys(t), 'with tables').toEqual([]);
    expect(keys(t, false), 'no table').toEqual([]);
  });
  it('twins: most are caught with the tables', () => {
    const caught = TXT63_PAIRS.filter(([, twin]) => keys(twin).length > 0).length;
    expect(caught).toBeGreaterThanOrEqual(48); // (41 on main, with one true sentence flagged)
  });
});
