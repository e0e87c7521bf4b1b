/**
 * Whose figure is it (body-part.ts): in a 部门's report, a figure said of the region ("全市共制发
 * 规范性文件120件") or of a government it is not ("市政府全年共收到申请1236件") is not compared with
 * the 部门's own tables; in the report of that region's government the same figure is its own and
 * is compared. Each silent case keeps its firing twin.
 */
import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../lib/narrative/body-part.ts';
import { BUREAU_T2_2021, flagged, runProse } from './narrative-tables.ts';

const DEPT = '东湖市发展和改革委员会';
const CITY = '东湖市人民政府';
const DISTRICT = '东湖市青溪区人民政府';
const COUNTY = '东湖市青川县人民政府';
const run = (text: string, agency?: string) => runProse(`<p>${text}</p>`, BUREAU_T2_2021, 2023, agency);
const fired = (text: string, agency?: string) => flagged(run(text, agency)).map((f) => `${f.expected}:${f.actual}`);

describe('bodyOf', () => {
  it.each([
    ['东湖市人民政府', ['市']],
    ['东湖市青溪区人民政府', ['区']],
    ['重庆市忠县人民政府', ['县']],
    ['江津区白沙镇人民政府', ['镇']],
    ['丰都县名山街道办事处', ['街道', '镇', '乡']],
    ['东湖市发展和改革委员会', []],
    ['东湖市青溪区人民政府办公室', []],
  ])('%s', (agency, levels) => {
    expect([...(bodyOf(agency)?.levels ?? [])].sort()).toEqual([...levels].sort());
  });

  it('knows no body without an agency', () => {
    expect(bodyOf(null)).toBeNull();
    expect(bodyOf('')).toBeNull();
  });
});

describe('a figure of the region or of another government', () => {
  // each disagrees with the bureau's tables (规范性文件 12/3, 新收 86, 办结 88, 复议 3, 诉讼 2)
  it.each([
    ['2023年，全市共制发行政规范性文件120件，废止30件。', [] as string[]],
    ['2023年，市政府共制发规范性文件120件。', ['12:120']],
    ['市政府全年印发行政规范性文件120件，废止30件。', ['12:120', '3:30']],
    ['市政府全年共收到政府信息公开申请1236件。', ['86:1236']],
    ['2023年市人民政府共受理政府信息公开申请1236件，办结1221件。', ['86:1236', '88:1221']],
    ['全市共收到申请1236件，办结1221件。', ['86:1236', '88:1221']],
    // 各级行政机关: more bodies than the city government, whose tables may count it alone (a skip)
    ['据统计，2023年全市各级行政机关共收到政府信息公开申请3512件。', []],
    ['2023年，全市共发生政府信息公开行政复议案件38件，行政诉讼案件15件。', ['3:38', '2:15']],
    ['市政府作出行政处罚决定560件。', ['56:560']],
    ['2023年，全市未发生政府信息公开行政复议、行政诉讼案件。', ['5:0']],
  ])('%s', (text, cityFlags) => {
    // the 部门's report: not its figures, not compared
    expect(run(text, DEPT).checks.filter((c) => c.detail.includes('表'))).toEqual([]);
    // a 区政府's: 全市 and 市政府 are the city, above it
    expect(fired(text, DISTRICT)).toEqual([]);
    // the city's own report: they are its own, and compared
    expect(fired(text, CITY)).toEqual(cityFlags);
  });

  it('a clause naming both the 部门 and the region is not read as the 部门\'s ("我委汇总全市…")', () => {
    const text = '我委汇总全市各级行政机关共收到政府信息公开申请1236件。';
    expect(run(text, DEPT).checks.filter((c) => c.detail.includes('表'))).toEqual([]);
    // the city's own report: 各级行政机关 are more than the city government (a skip, said why)
    expect(fired(text, CITY)).toEqual([]);
    expect(run(text, CITY).checks.filter((c) => c.rule === 'text.vs-table').map((c) => c.outcome)).toEqual(['skip']);
    expect(fired('我委汇总全市共收到政府信息公开申请1236件。', CITY)).toEqual(['86:1236']);
  });

  it.each([
    // the region's own parts named after it: theirs, not the region's whole (were flagged)
    ['全县各乡镇收到政府信息公开申请30件，均已按时答复。', COUNTY],
    ['2023年，全县各乡镇收到政府信息公开申请30件，办结28件。', COUNTY],
    ['全县各部门共收到政府信息公开申请30件。', COUNTY],
    ['全区各街道共收到政府信息公开申请30件，办结28件。', DISTRICT],
    ['全市各区县共收到政府信息公开申请1236件。', CITY],
  ])('%s: the region\'s parts, not compared', (text, agency) => {
    expect(fired(text, agency)).toEqual([]);
    expect(run(text, agency).checks.filter((c) => c.rule === 'text.vs-table')).toEqual([]);
    // without its parts the region is the government's whole, and compared
    expect(fired(text.replace(/各(?:乡镇|部门|街道|区县)/, ''), agency)[0]).toMatch(/^86:30$|^86:1236$/);
  });

  it.each([
    // 各级 is the whole (or wider: a skip); both kinds of unit joined are the region's others summed
    ['全县各级各部门共收到政府信息公开申请30件。', ['86:30']],
    ['全县各乡镇、各部门共收到政府信息公开申请30件。', []],
  ])('%s: not a part', (text, flags) => {
    expect(fired(text, COUNTY)).toEqual(flags);
    expect(run(text, COUNTY).checks.filter((c) => c.rule === 'text.vs-table').length).toBe(1);
  });

  it('全市 in the city\'s report was compared before, and still is without an agency', () => {
    expect(fired('全市共收到申请1236件，办结1221件。')).toEqual(['86:1236', '88:1221']);
  });
});

describe('the 部门\'s own figures beside them are still read', () => {
  it.each([
    ['全年全市共收到政府信息公开申请1236件，我委收到86件。', '全年全市共收到政府信息公开申请1236件，我委收到87件。', ['86:87']],
    ['按照市政府统一部署，全年制发规范性文件12件。', '按照市政府统一部署，全年制发规范性文件13件。', ['12:13']],
    ['全年通过市政府门户网站主动公开政府信息5236条，制发规范性文件12件。', '全年通过市政府门户网站主动公开政府信息5236条，制发规范性文件21件。', ['12:21']],
    ['我委报请市政府印发行政规范性文件12件。', '我委报请市政府印发行政规范性文件11件。', ['12:11']],
    ['本年度，我委共收到政府信息公开申请86件，办结88件。', '本年度，我委共收到政府信息公开申请86件，办结87件。', ['88:87']],
  ])('%s', (right, wrong, flags) => {
    const r = run(right, DEPT);
    expect(flagged(r)).toEqual([]);
    expect(r.checks.filter((c) => c.detail.includes('表')).map((c) => c.outcome)).not.toContain('skip');
    expect(r.checks.some((c) => c.outcome === 'pass')).toBe(true);
    expect(fired(wrong, DEPT)).toEqual(flags);
  });

  it('a 街道办事处 that calls itself 本镇 is itself; 全区 is the district', () => {
    const street = '丰都县名山街道办事处';
    expect(fired('本镇共收到政府信息公开申请87件。', street)).toEqual(['86:87']);
    expect(fired('全县共收到政府信息公开申请1236件。', street)).toEqual([]);
  });
});

describe('a zero claim after a clause whose subject is another body or a part', () => {
  it('is that subject\'s too, not compared', () => {
    const text = '全市共收到政府信息公开申请3512件，未发生因政府信息公开引起的行政诉讼。';
    expect(run(text, DEPT).checks.filter((c) => c.detail.includes('表'))).toEqual([]);
    // the city's own report: both are its own (新收 86, 诉讼 1 + 1)
    expect(fired(text, CITY)).toEqual(['86:3512', '2:0']);
    // 全市各级行政机关: may be more than the tables count (a skip); the zero claim is the city's
    expect(fired(`全市各级行政机关${text.slice(2)}`, CITY)).toEqual(['2:0']);
  });

  it('after a part of the body (本级), without knowing whose report it is', () => {
    expect(fired('区政府本级收到政府信息公开申请17件，未发生因政府信息公开引起的行政复议。')).toEqual([]);
    // standing on its own, the same claim is the body's, and fires (复议 3)
    expect(fired('本年度未发生因政府信息公开引起的行政复议。')).toEqual(['3:0']);
  });
});
