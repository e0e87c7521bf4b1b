/**
 * Text against the 2019 form's own columns of table 二 (lib/narrative/table2-2019-columns.ts):
 * 政府集中采购's 采购项目数量 and 采购总金额, and the 上一年项目数量 and 本年增/减 of the items counted
 * in kinds. Found by the lead's red team of session 39 on wps-nested-header-2019: these claims went
 * unread, so a wrong one ("政府集中采购项目68项" against 86) passed as nothing checked.
 */
import { describe, expect, it } from 'vitest';
import { flagged, runProse, word } from './narrative-tables.ts';

/** A 2020 report's table 二 in the 2019 form (a county 交通运输局's figures, self-made). */
const T2: Record<string, number> = {
  't2.normativeDocs.newMade': 3,
  't2.normativeDocs.newPublished': 3,
  't2.normativeDocs.totalPublic': 27,
  't2.license.prevYear': 48,
  't2.license.change': -5,
  't2.license.decisions': 1362,
  't2.otherServices.prevYear': 9,
  't2.otherServices.decisions': 210,
  't2.penalty.prevYear': 260,
  't2.penalty.change': 14,
  't2.penalty.decisions': 388,
  't2.enforcement.prevYear': 17,
  't2.enforcement.change': 0,
  't2.enforcement.decisions': 22,
  't2.fees.prevYear': 6,
  't2.fees.change': -1,
  't2.procurement.procurementCount': 31,
  't2.procurement.procurementAmount': 1286.4,
};

const run = (text: string) => runProse(word(text), T2, 2020, '白沙县交通运输局');
const messages = (text: string) => run(text).findings.filter((f) => f.severity !== 'info').map((f) => f.message);
/** rule:outcome of the checks of this stage (text.vs-table), with the findings' severities. */
const checked = (text: string) => {
  const r = run(text);
  return { outcomes: r.checks.filter((c) => c.rule === 'text.vs-table').map((c) => c.outcome), flags: flagged(r).map((f) => [f.severity, f.expected, f.actual]) };
};

describe('政府集中采购: 采购项目数量 and 采购总金额', () => {
  it.each([
    '全年政府集中采购项目31项，采购总金额1286.4万元。',
    '本年度完成政府集中采购项目31个，采购金额1286.4万元。',
    '政府集中采购金额12864000元，共31个项目。',
    '2020年政府集中采购项目数量31项，采购总金额为1286.4万元。',
  ])('passes when both agree: %s', (text) => {
    expect(checked(text)).toEqual({ outcomes: ['pass', 'pass'], flags: [] });
  });

  it('warns on a project count or an amount the table does not hold (the text may count what the body bought for others)', () => {
    expect(checked('全年政府集中采购项目13项，采购总金额1286.4万元。')).toEqual({ outcomes: ['fail', 'pass'], flags: [['warning', 31, 13]] });
    expect(checked('全年政府集中采购项目31项，采购总金额1268.4万元。').flags.map((f) => f[0])).toEqual(['warning']);
    expect(checked('全年政府集中采购项目31项，采购总金额1268.4万元。').outcomes).toEqual(['pass', 'fail']);
    expect(messages('政府集中采购金额12684000元，共31个项目。')).toEqual([
      expect.stringMatching(/表二“政府集中采购”的“采购总金额”为1286\.4（按万元或按元计都不相符）（正文所说的可能含本机关为其他单位组织的采购/),
    ]);
  });

  it.each([
    '全年政府集中采购节约资金120万元，涉及项目13个。',
    '全年政府集中采购预算金额1500万元。',
    '全县政府集中采购项目130项，采购总金额9000万元。',
    '2019年政府集中采购项目28项，采购总金额1100万元。',
    '政府集中采购金额较上年增长20万元。',
    '政府集中采购项目31项，其中货物类20项、服务类11项。',
    '政府集中采购项目约30项。',
  ])('reads nothing where the figure is not the column: %s', (text) => {
    expect(checked(text).flags).toEqual([]);
    expect(checked(text).outcomes.filter((o) => o !== 'skip')).toEqual(text.includes('其中') ? ['pass'] : []);
  });
});

describe('本年增/减 and 上一年项目数量 of the items counted in kinds', () => {
  it.each([
    ['行政许可事项较上年减少5项。', ['pass']],
    ['行政许可事项比上年减少5项，现有43项。', ['pass']],
    ['全年行政事业性收费项目5项，较上年减少1项。', ['pass']],
    ['行政处罚事项较2019年增加14项。', ['pass']],
    ['行政许可事项由上年的48项减少至43项。', ['pass']],
    ['行政许可事项从2019年的48项调整为43项。', ['pass']],
    ['行政处罚事项274项，本年新增14项。', ['pass']],
    ['行政强制事项与上年相比，增加0项。', ['pass']],
  ] as const)('passes a true claim: %s', (text, outcomes) => {
    expect(checked(text)).toEqual({ outcomes, flags: [] });
  });

  it('flags a change against last year as an error', () => {
    expect(checked('行政许可事项较上年减少6项。').flags).toEqual([['error', -5, -6]]);
    expect(checked('全年行政事业性收费项目6项，较上年增加1项。').flags).toEqual([['error', -1, 1]]);
    expect(checked('行政许可事项由上年的48项减少至42项。').flags).toEqual([['error', 43, 42]]);
    expect(messages('行政许可事项由上年的48项减少至42项。')).toEqual([
      '正文称行政许可事项由上年的48项减少至42项，即减少6项，表二“行政许可”的“本年增/减”为-5（上一年48项，应为43项）。',
    ]);
  });

  it('does not compare this year\'s count: units fill 上一年项目数量 with it as often as with last year\'s', () => {
    // t2text-consistent-2019.html: "我局现有行政许可事项412项，较上年增加15项" beside 412 and +15
    expect(checked('全年行政事业性收费项目6项，较上年减少1项。')).toEqual({ outcomes: ['pass'], flags: [] });
    expect(checked('行政许可事项由上年的53项减少至48项。')).toEqual({ outcomes: ['skip'], flags: [] });
    // a last year's count that is neither: a warning
    expect(checked('行政许可事项由上年的46项减少至41项。').flags).toEqual([['warning', 48, 46]]);
  });

  it('warns, never errs, on additions alone: removals may net them', () => {
    expect(checked('行政处罚事项274项，本年新增16项。').flags).toEqual([['warning', 14, 16]]);
  });

  it.each([
    '行政处罚事项274项。',
    '本年新增行政处罚事项18项，取消4项。',
    '行政许可事项清单共43项。',
    '全县行政许可事项较上年减少9项。',
    '2019年行政许可事项减少3项。',
    '行政许可决定较上年减少50件。',
    '行政许可和其他对外管理服务事项较上年减少5项。',
    '行政许可事项办理时限较上年减少3个工作日。',
    '行政强制事项较上年增加1项。',
  ])('reads nothing, or skips, where the claim is not the column\'s: %s', (text) => {
    // the last: 本年增/减 of 行政强制 is 0 in the table, and 1 against it is a true error
    if (text.startsWith('行政强制')) expect(checked(text).flags).toEqual([['error', 0, 1]]);
    else expect(checked(text)).toEqual({ outcomes: [], flags: [] });
  });

  it('skips a change whose cell is blank', () => {
    expect(checked('其他对外管理服务事项较上年减少2项。')).toEqual({ outcomes: ['skip'], flags: [] });
  });

  it('reads none of it on a page whose table 二 is the 2021 form', () => {
    const t2021 = { 't2.license.decisions': 1362, 't2.penalty.decisions': 388, 't2.fees.feeAmount': 12.3 };
    expect(flagged(runProse(word('行政许可事项较上年减少6项。全年政府集中采购项目13项。'), t2021, 2022))).toEqual([]);
  });
});
