/**
 * A figure of a scope wider than the tables count (text-vs-table.ts notThisTable, body-part.ts
 * widerScopeBefore / ownPartAfter): compared first; when it fits no reading and the words say
 * it may be more than the body's tables count, a skip that says why, not an error. Each silent
 * case keeps its firing twin. Tables: 新收 86, 上年结转 5, 办结 88, 复议 3, 诉讼 2.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkNarrative } from '../../lib/narrative/check-narrative.ts';
import { BUREAU_TABLES, flagged, runProse } from './narrative-tables.ts';

const CITY = '东湖市人民政府';
const DISTRICT = '东湖市青溪区人民政府';
const BUREAU = '东湖市住房和城乡建设局';
const run = (text: string, agency?: string) => runProse(`<p>${text}</p>`, BUREAU_TABLES, 2024, agency);
const fired = (text: string, agency?: string) => flagged(run(text, agency)).map((f) => `${f.expected}:${f.actual}`);
const vsTable = (text: string, agency?: string) =>
  run(text, agency).checks.filter((c) => c.rule === 'text.vs-table').map((c) => c.outcome);

describe('words naming a scope wider than one body', () => {
  it.each([
    ['2024年，全市各级行政机关共收到政府信息公开申请2846件。', CITY],
    ['全市各级行政机关2024年共主动公开政府信息21.6万条，收到政府信息公开申请8765件。', CITY],
    ['2024年，全区各级行政机关共收到政府信息公开申请955件。', DISTRICT],
    ['此外，全区各街道、各部门共收到政府信息公开申请792件，均已依法答复。', DISTRICT],
    ['全区各镇（街道）、各部门共收到政府信息公开申请792件。', DISTRICT],
    ['2024年，全系统共收到政府信息公开申请308件，各县（区）分局的办理情况在各县（区）政府年度报告中公布。', BUREAU],
    ['本局及下属单位共收到申请154件。', BUREAU],
    // neighbours: the same kind of subject, other words
    ['2024年，我局（含下属事业单位）共收到政府信息公开申请154件。', BUREAU],
    // a region's whole with its townships named in an aside (red team 20, c25)
    ['2024年，全区（含各街道办事处）共收到政府信息公开申请955件。', DISTRICT],
    ['全县（包括所辖乡镇）共收到政府信息公开申请955件。', '东湖市青溪县人民政府'],
    ['2024年，全市行政机关共收到政府信息公开申请2846件。', CITY],
    ['2024年，全省各地各部门共收到政府信息公开申请2846件。', '某省人民政府'],
    ['2024年，市、县、乡三级政府共收到政府信息公开申请2846件。', CITY],
    ['2024年，全区政府系统共收到政府信息公开申请955件。', DISTRICT],
    ['2024年，本系统共受理政府信息公开申请308件。', BUREAU],
  ])('a mismatch is a skip that says why: %s', (text, agency) => {
    const r = run(text, agency);
    expect(flagged(r)).toEqual([]);
    const c = r.checks.filter((x) => x.rule === 'text.vs-table');
    expect(c.map((x) => x.outcome)).toEqual(['skip']);
    expect(c[0]!.detail).toContain('可能是多个机关的合计');
  });

  it.each([
    ['2024年，全市各级行政机关共收到政府信息公开申请86件。', CITY],
    ['全区各街道、各部门共收到政府信息公开申请86件。', DISTRICT],
    ['本局及下属单位共收到申请86件，办结88件。', BUREAU],
  ])('a figure that fits is still a pass: %s', (text, agency) => {
    expect(vsTable(text, agency).every((o) => o === 'pass')).toBe(true);
  });

  it.each([
    // a 区政府's 全区 is its own, and a wrong one stays flagged (red teams 10, 10b)
    ['2024年，全区共收到政府信息公开申请95件。', DISTRICT, ['86:95']],
    // seed 004 (丰泽区 2019): 各级各部门 of the 区政府 is the district's whole, its tables count it
    ['区政府各级各部门共收到政府信息公开申请45件。', DISTRICT, ['86:45']],
    ['本局共收到申请54件。', BUREAU, ['86:54']],
    ['本局（含局机关各处室）共收到申请54件。', BUREAU, ['86:54']],
    // the body's own figures after the wider one are still compared
    ['全系统共收到政府信息公开申请308件；本局共收到申请80件，办结88件。', BUREAU, ['86:80']],
  ])('the body\'s own scope is still compared: %s', (text, agency, flags) => {
    expect(fired(text, agency)).toEqual(flags);
  });
});

describe('a whole whose 其中 part is the body\'s own, and fits the tables', () => {
  it.each([
    ['2024年，全市共收到政府信息公开申请2846件，其中市政府本级（含市政府办公室）收到86件，占全市的3.0%。', CITY],
    ['2024年，全市因政府信息公开被申请行政复议23件，其中以市政府为被申请人的3件。', CITY],
    ['2024年，全区共收到政府信息公开申请955件，其中区政府本级收到86件。', DISTRICT],
  ])('the whole is a skip (the tables are the part\'s): %s', (text, agency) => {
    expect(fired(text, agency)).toEqual([]);
    expect(vsTable(text, agency)).toEqual(['skip']);
  });

  it.each([
    // neither the whole nor its 本级 fits: the tables are neither's, the error stands
    ['2024年，全市共收到政府信息公开申请2846件，其中市政府本级（含市政府办公室）收到68件。', CITY, ['86:2846']],
    ['2024年，全市因政府信息公开被申请行政复议23件，其中以市政府为被申请人的4件。', CITY, ['3:23']],
  ])('…and when the part does not fit either, the whole is flagged: %s', (text, agency, flags) => {
    expect(fired(text, agency)).toEqual(flags);
    // the message quotes the part, which does not fit either
    expect(run(text, agency).findings.find((f) => f.rule === 'text.vs-table')?.message).toMatch(/“其中[^”]+”与表格亦不相符。$/);
  });

  it.each([
    // a whole wider than the tables (各级行政机关, 本局及下属单位, or 全区 where the prose says the
    // tables are 本级's): a skip that says why, and its own part is compared in its stead
    ['2024年，全市各级行政机关共收到政府信息公开申请2846件，其中市政府本级收到68件。', CITY, '68'],
    ['2024年，全区各级行政机关共收到政府信息公开申请955件，其中区政府本级收到80件。', DISTRICT, '80'],
    ['2024年，全区各级行政机关共收到政府信息公开申请955件，其中区政府本级80件。', DISTRICT, '80'],
    ['本局及下属单位共收到申请54件，其中局机关80件。', BUREAU, '80'],
    ['2024年，全区共收到政府信息公开申请955件，其中区政府本级收到80件。以下表格数据为区政府本级情况。', DISTRICT, '80'],
    ['2024年，全区各级行政机关因政府信息公开被申请行政复议23件，其中以区政府为被申请人的4件。', DISTRICT, '4'],
  ])('…and a wider whole is a skip, its own part compared in its stead: %s', (text, agency, part) => {
    const r = run(text, agency);
    const expected = /复议/.test(text) ? 3 : 86;
    expect(fired(text, agency)).toEqual([`${expected}:${part}`]);
    expect(vsTable(text, agency)).toEqual(['skip', 'fail']);
    expect(r.checks.find((c) => c.rule === 'text.vs-table')?.detail).toMatch(/另与表格比较/);
    // the same part fitting the tables: the whole a skip, the part a pass
    const fits = text.replace(new RegExp(`${part}件(?=。)`), `${expected}件`);
    expect(fired(fits, agency)).toEqual([]);
    expect(vsTable(fits, agency)).toEqual(['skip', 'pass']);
  });

  it('a whole the tables may count, with a part after it that does not fit, is still the one flagged', () => {
    // 全区 in the 区政府's own report, no word that it is wider: which of the two is wrong is not
    // known, and the whole is named as before (the part is not compared: one error, not two)
    const text = '2024年，全区共收到政府信息公开申请955件，其中区政府本级收到80件。';
    expect(fired(text, DISTRICT)).toEqual(['86:955']);
    // when the whole fits, its part is a part, never compared
    expect(fired('2024年，全区各级行政机关共收到政府信息公开申请86件，其中区政府本级收到30件。', DISTRICT)).toEqual([]);
  });

  it('a 诉讼 after a 复议 whole and its 其中 part is another subject, not one more part (text.parts-sum)', () => {
    const text = '2024年，全区因政府信息公开被申请行政复议9件，其中以区政府为被申请人的3件；被提起行政诉讼14件，其中区政府作为被告的2件。';
    const r = run(text, DISTRICT);
    expect(flagged(r)).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.parts-sum').map((c) => c.outcome)).not.toContain('fail');
    // a 诉讼 whole still lists its 复议后起诉 part; and since red team 14 that part is table 四's
    // 复议后起诉 总计 (1), which its 3 does not fit either
    expect(fired('被提起行政诉讼2件，其中直接起诉1件，经复议后起诉3件。', DISTRICT)).toEqual(['4:2', '1:3']);
  });
});

describe('a figure that fits the page\'s other table 三', () => {
  const other = { 't3.new.total': 112, 't3.carried.total': 0, 't3.processed.total': 110, 't3.carriedForward.total': 2 };
  const runWith = (text: string, others = [other]) => {
    const { document } = parseHTML(`<!DOCTYPE html><html><body><div><p>${text}</p></div></body></html>`);
    return checkNarrative({ container: document.body, exclude: [], figures: BUREAU_TABLES, figureRefs: {}, year: 2024, agency: DISTRICT, otherT3Figures: others });
  };
  it('is a skip that names the other table', () => {
    const r = runWith('2024年，共新收政府信息公开申请112件，上年结转0件，办结110件，结转下年度继续办理2件。');
    expect(flagged(r)).toEqual([]);
    const c = r.checks.filter((x) => x.rule === 'text.vs-table');
    expect(c.map((x) => x.outcome)).toEqual(['skip', 'skip', 'skip', 'skip']);
    expect(c[0]!.detail).toContain('另一张表三');
  });
  it('a figure that fits neither table is flagged', () => {
    const r = runWith('2024年，共新收政府信息公开申请121件，办结110件。');
    expect(flagged(r).map((f) => `${f.expected}:${f.actual}`)).toEqual(['86:121']);
  });
  it('without another table the same figures are flagged', () => {
    const r = runWith('2024年，共新收政府信息公开申请112件，办结110件。', []);
    expect(flagged(r).map((f) => `${f.expected}:${f.actual}`)).toEqual(['86:112', '88:110']);
  });
});

describe('the prose says the tables are 本级\'s', () => {
  it.each([
    '2024年，全区共收到政府信息公开申请955件。以下表格数据为区政府本级情况。',
    '区政府本级情况如下。2024年，全区共收到政府信息公开申请955件，办结950件。',
    '本报告表格仅统计区政府本级。全年，全区共收到政府信息公开申请955件。',
  ])('a 全区 figure that fits no reading is a skip: %s', (text) => {
    const r = runProse(text.split('。').filter(Boolean).map((t) => `<p>${t}。</p>`).join(''), BUREAU_TABLES, 2024, DISTRICT);
    expect(flagged(r)).toEqual([]);
    const c = r.checks.filter((x) => x.rule === 'text.vs-table');
    expect(c.length).toBeGreaterThan(0);
    expect(c.every((x) => x.outcome === 'skip' && x.detail.includes('正文说明表格只统计本级'))).toBe(true);
  });
  it.each([
    // without the statement, the 区政府's 全区 is its own
    ['2024年，全区共收到政府信息公开申请955件。', ['86:955']],
    // the body's own figures, with no whole named, are still compared
    ['以下表格数据为区政府本级情况。2024年，共新收政府信息公开申请68件。', ['86:68']],
  ])('…and is compared otherwise: %s', (text, flags) => {
    const r = runProse(text.split('。').filter(Boolean).map((t) => `<p>${t}。</p>`).join(''), BUREAU_TABLES, 2024, DISTRICT);
    expect(flagged(r).map((f) => `${f.expected}:${f.actual}`)).toEqual(flags);
  });
});

describe('a 办结率 of another scope than the table\'s (text.share)', () => {
  // table 三: 办结 88 ÷ (新收 86 + 上年结转 5) = 96.7%
  const rates = (html: string, agency = DISTRICT, others?: Record<string, number>[]) => {
    const { document } = parseHTML(`<!DOCTYPE html><html><body><div>${html}</div></body></html>`);
    const r = checkNarrative({ container: document.body, exclude: [], figures: BUREAU_TABLES, figureRefs: {}, year: 2024, agency, ...(others ? { otherT3Figures: others } : {}) });
    return { flags: flagged(r).map((f) => `${f.rule}:${f.expected}:${f.actual}`), shares: r.checks.filter((c) => c.rule === 'text.share') };
  };
  it.each([
    ['<p>2024年，全区政府系统依申请公开办结率为98.9%。</p>'],
    ['<p>以下表格数据为区政府本级情况。</p><p>2024年，全区依申请公开办结率为98.9%。</p>'],
  ])('is a skip: %s', (html) => {
    const r = rates(html);
    expect(r.flags).toEqual([]);
    expect(r.shares.map((c) => c.outcome)).toEqual(['skip']);
  });
  it('one that fits the other table 三 is a skip', () => {
    const r = rates('<p>2024年，依申请公开办结率为98.2%。</p>', DISTRICT, [{ 't3.new.total': 112, 't3.carried.total': 0, 't3.processed.total': 110, 't3.carriedForward.total': 2 }]);
    expect(r.flags).toEqual([]);
    expect(r.shares.map((c) => c.outcome)).toEqual(['skip']);
  });
  it.each([
    ['<p>2024年，全区依申请公开办结率为98.9%。</p>', 'text.share:96.7:98.9'],
    ['<p>2024年，依申请公开办结率为98.2%。</p>', 'text.share:96.7:98.2'],
  ])('is still a warning otherwise: %s', (html, flag) => {
    expect(rates(html).flags).toEqual([flag]);
  });
});

describe('the same subjects in lists and in the 其中 that divides them', () => {
  it.each([
    // respectively.ts: names and figures paired
    ['2024年，全市各级行政机关被申请行政复议和提起行政诉讼分别为23件和15件。', CITY, 2],
    ['全系统收到、办结政府信息公开申请分别为308件、300件。', BUREAU, 2],
    // a 其中 after ；, or opening the next sentence, divides the wider figure: its results are the wider scope's
    ['2024年，全市各级行政机关共收到政府信息公开申请2846件；其中，予以公开1200件，部分公开300件。', CITY, 3],
    ['2024年，全市各级行政机关共收到政府信息公开申请2846件。其中，予以公开1200件，部分公开300件。', CITY, 3],
  ])('%s', (text, agency, skips) => {
    const r = runProse(text.split(/(?<=。)/).map((t) => `<p>${t}</p>`).join('').replace(/<\/p><p>(?=其中)/, ''), BUREAU_TABLES, 2024, agency);
    expect(flagged(r)).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.vs-table' && c.outcome === 'skip')).toHaveLength(skips);
  });
  it.each([
    ['2024年，被申请行政复议和提起行政诉讼分别为23件和15件。', CITY, ['3:23', '2:15']],
    ['2024年，全市共收到政府信息公开申请2846件；其中，予以公开1200件，部分公开300件。', CITY, ['86:2846', '42:1200', '11:300']],
    // the 其中 of the body's own ；-clause after a wider one is the body's
    ['全系统共收到政府信息公开申请308件；本局收到86件，办结88件，其中予以公开40件。', BUREAU, ['42:40']],
  ])('…and without such a subject they are compared: %s', (text, agency, flags) => {
    expect(fired(text, agency)).toEqual(flags);
  });
});
