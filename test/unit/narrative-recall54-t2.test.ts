/**
 * recall54: table 二's decisions in the text's lists (hunt51's misses), against the bureau's 2021-format table 二
 * (行政许可 1234, 行政处罚 56, 行政强制 7) — and probed on word-2021-consistent after its "（一）主动公开" (1268, 86, 5).
 * - "行政许可、行政处罚、行政强制分别为1268件、68件、5件": a 分别 list of table 二's decisions, unread (text-vs-table2.ts
 *   read one item per figure and left 分别 to no one): each count against its item now (respectively-t2.ts);
 * - "…行政强制5件，合计1360件": a total right after its parts but more than their sum was a skip (the list may be
 *   incomplete). Where the list names every kind of table 二's decisions (许可, 处罚, 强制) or all six of table 三's
 *   results, the total is theirs: an error either way (list-every-kind.ts).
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_T2_2021, BUREAU_T2_2019, findingKeys, runProse, type ProseResult } from './narrative-tables.ts';

const run = (text: string, figures: Record<string, number> = BUREAU_T2_2021, year: number | null = 2023) => runProse(`<p>${text}</p>`, figures, year);
const keys = (text: string, figures?: Record<string, number>) => findingKeys(run(text, figures));
const t2 = (r: ProseResult): string[] => r.checks.filter((c) => c.detail.includes('表二')).map((c) => `${c.outcome} ${c.detail}`);

describe('recall54 4: "行政许可、行政处罚、行政强制分别为…" each against its 处理决定数量 (respectively-t2.ts)', () => {
  it('true: a pass for each', () => {
    for (const [t, n] of [
      ['行政许可、行政处罚、行政强制分别为1234件、56件、7件。', 3],
      ['全年作出行政许可、行政处罚、行政强制决定分别为1234件、56件、7件。', 3],
      ['2023年，我局作出行政许可决定、行政处罚决定分别为1234件、56件。', 2],
      ['全年行政处罚和行政强制分别是56件和7件。', 2],
      ['行政许可、行政处罚分别为1234件、56件，较上年增加20件、5件。', 2],
    ] as const) {
      const r = run(t);
      expect(findingKeys(r), t).toEqual([]);
      expect(t2(r).filter((c) => c.startsWith('pass')).length, t).toBe(n);
    }
    // (the 2019 format's 处理决定数量 too)
    expect(t2(run('行政许可、行政处罚分别为1234件、56件。', BUREAU_T2_2019))).toEqual([expect.stringMatching(/^pass/), expect.stringMatching(/^pass/)]);
  });
  it('TWINS: one count off — an error against that item alone', () => {
    expect(keys('行政许可、行政处罚、行政强制分别为1234件、65件、7件。')).toEqual(['text.vs-table:error:56:65']);
    expect(keys('全年作出行政许可、行政处罚、行政强制决定分别为1234件、56件、8件。')).toEqual(['text.vs-table:error:7:8']);
    expect(keys('2023年，我局作出行政许可决定、行政处罚决定分别为1243件、56件。')).toEqual(['text.vs-table:error:1234:1243']);
    expect(keys('行政处罚和行政强制分别为50件、8件。')).toEqual(['text.vs-table:error:56:50', 'text.vs-table:error:7:8']);
    const r = run('行政许可、行政处罚、行政强制分别为1234件、65件、7件。');
    expect(r.findings.find((f) => f.severity === 'error')?.quote).toBe('行政许可、行政处罚、行政强制分别为1234件、56件'.replace('56', '65'));
  });
  it('no claim: silent, even where the table says otherwise', () => {
    for (const t of [
      // published, applied for, handled online, another period, a part or another body (T2_VETO's and T2_SCOPE_VETO's words)
      '全年公开行政许可、行政处罚、行政强制决定分别为1268件、68件、5件。',
      '全年受理行政许可、行政处罚案件分别为1300件、90件。',
      '全年网上办理行政许可、行政处罚分别为1200件、80件。',
      '2021年行政许可、行政处罚分别为1200件、80件。',
      '各乡镇行政许可、行政处罚分别为1200件、80件。',
      // counts not paired one to one, kinds (项), approximations, a brackets' part, another item, rates
      '行政许可、行政处罚、行政强制分别为1268件、86件。',
      '行政许可、行政处罚分别为1268件、86件、5件。',
      '行政许可事项、行政处罚事项分别为120项、80项。',
      '行政许可、行政处罚分别为约1300件、80余件。',
      '行政许可、行政确认分别为1268件、20件。',
      '行政许可、行政处罚分别同比增长12%、8%。',
      '行政许可、行政处罚分别办结1268件、86件。',
      '行政许可、行政许可分别为1234件、56件。',
    ]) expect(t2(run(t)), t).toEqual([]);
    // (其中: a part, a skip as before)
    expect(keys('其中行政许可、行政处罚分别为1200件、80件。')).toEqual([]);
  });
});

describe('recall54 3: a total right after a list that names every kind (list-every-kind.ts)', () => {
  const sums = (t: string) => run(t).checks.filter((c) => c.rule === 'text.parts-sum').map((c) => c.outcome);
  it('TWINS: table 二\'s three decisions, then a total over their sum — an error (a skip before)', () => {
    expect(keys('全年公开行政许可决定1234件、行政处罚决定56件、行政强制决定7件，合计1298件。')).toEqual(['text.parts-sum:error:1297:1298']);
    expect(keys('公开行政许可1234件，行政处罚56件，行政强制7件，共计1298件。')).toEqual(['text.parts-sum:error:1297:1298']);
    // (under it: an error, as before)
    expect(keys('全年公开行政许可决定1234件、行政处罚决定56件、行政强制决定7件，合计1296件。')).toEqual(['text.parts-sum:error:1297:1296']);
  });
  it('TWINS: all six results of table 三, then a total over their sum — an error (a skip before)', () => {
    expect(keys('予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件，合计89件。')).toEqual(['text.parts-sum:error:88:89']);
    expect(keys('全年办结88件，予以公开42件、部分公开11件、不予公开6件、无法提供20件、不予处理5件、其他处理4件，合计89件。')).toEqual(['text.parts-sum:error:88:89']);
  });
  it('true: a pass', () => {
    expect(sums('全年公开行政许可决定1234件、行政处罚决定56件、行政强制决定7件，合计1297件。')).toEqual(['pass']);
    expect(sums('予以公开42件、部分公开11件、不予公开6件、无法提供20件、不予处理5件、其他处理4件，共计88件。')).toEqual(['pass']);
  });
  it('a list short of a kind, or with another, stays a skip over its sum', () => {
    for (const t of [
      '公开行政许可1234件，行政处罚56件，行政强制7件，行政确认20件，共计1320件。',
      '公开行政许可1234件、行政处罚56件，共计1300件。',
      '公开行政许可1234件、行政处罚56件、行政处罚7件，共计1300件。',
      '予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，合计89件。',
    ]) expect(sums(t), t).toEqual(['skip']);
  });
});
