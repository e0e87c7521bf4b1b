// @vitest-environment node
/**
 * Session 23's probes of a consistent report: sentences a careful reader finds consistent with the
 * tables, each injected into a realistic page, and the mistakes beside them that must still be
 * flagged. Two were false errors before:
 * - a count heading its clause as a set ("上年结转的4件申请中，予以公开3件，无法提供1件"): its
 *   figures are of that set, not table 三's (part-of-applications.ts headSet), unless the set is the
 *   table's whole for them ("全年办结的63件申请中，予以公开35件" is still compared with 予以公开);
 * - "全年办结的63件申请中，…本年新收申请59件": the new applications among those answered, not
 *   本年新收.
 * The bureau's table 三 (narrative-tables.ts): 新收 86, 上年结转 5, 办结 88, 予以公开 42, 部分公开 11,
 * 结转下年度 3.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { parsePage } from '../../cli/load-page.ts';
import { word, BUREAU_TABLES, flagged, runProse, type ProseResult } from './narrative-tables.ts';

const run = (text: string): ProseResult => runProse(word(text), BUREAU_TABLES, 2023);
const fired = (r: ProseResult) => flagged(r).map((f) => `${f.rule}:${f.severity}:${f.expected}:${f.actual}`);
const vsTable = (r: ProseResult) => r.checks.filter((c) => c.rule === 'text.vs-table').map((c) => c.outcome);

describe('a count heading its clause names the set the figures after it divide', () => {
  it.each([
    // the carried applications' own results: a part of 予以公开 and 无法提供
    '上年结转的5件申请中，予以公开3件，无法提供2件。',
    '对上年结转的5件申请，予以公开3件，无法提供2件。',
    // the new ones among those answered (86 new, 3 of them carried on: 83 answered)
    '全年办结的88件申请中，上年结转申请5件，本年新收申请83件。',
    // one channel's applications
    '通过网上申请的50件中，予以公开30件，部分公开6件。',
    // the new applications' results: table 三's count last year's answered this year too
    '在本年新收的86件申请中，予以公开40件，部分公开10件。',
  ])('%s is no finding', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    // read, and left unjudged where the table cannot say: not silently dropped
    expect(vsTable(r).length).toBeGreaterThan(0);
  });

  it.each([
    // the set is the table's whole for the results: compared, and wrong
    ['全年办结的88件申请中，予以公开45件，部分公开11件。', 'text.vs-table:error:42:45'],
    // every application of the year: the whole of 新收 and 上年结转
    ['在全年办理的91件申请中，本年新收80件，上年结转11件。', 'text.vs-table:error:86:80'],
  ])('%s is still flagged', (text, want) => {
    expect(fired(run(text))).toContain(want);
  });

  it('a figure that fits the table under a head still passes', () => {
    expect(vsTable(run('上年结转的5件申请中，予以公开3件，无法提供2件。'))).toContain('pass'); // the head's 5 is 上年结转
    expect(vsTable(run('全年办结的88件申请中，予以公开42件，部分公开11件。'))).toEqual(['pass', 'pass']);
  });
});

describe('on a whole page (word-2021-consistent: 新收 62, 上年结转 4, 办结 63, 予以公开 32)', () => {
  const page = readFileSync(new URL('../fixtures/pages/word-2021-consistent.html', import.meta.url), 'utf8');
  const at = page.indexOf('</p>', page.indexOf('（二）依申请公开')) + 4;
  const withProse = (text: string) => {
    const doc = parsePage(page.slice(0, at) + word(text) + page.slice(at)) as unknown as Document;
    return analyzeDocument(doc, { url: 'https://www.yunling.gov.cn/art/2023/1/31/art_1_1.html' }).findings.filter((f) => f.severity !== 'info');
  };

  it('finds the anchor paragraph', () => {
    expect(at).toBeGreaterThan(3);
    expect(withProse('')).toEqual([]);
  });

  it.each(['上年结转的4件申请中，予以公开3件，无法提供1件。', '全年办结的63件申请中，上年结转申请4件，本年新收申请59件。'])('%s raises nothing', (text) => {
    expect(withProse(text)).toEqual([]);
  });

  it('a wrong result under the whole of those answered is flagged on the sentence', () => {
    const found = withProse('全年办结的63件申请中，予以公开35件，部分公开7件。');
    expect(found.map((f) => `${f.rule}:${f.expected}:${f.actual}`)).toEqual(['text.vs-table:32:35']);
    expect(found[0]!.quote).toContain('予以公开35件');
  });
});

describe('a 纠错率 is of the cases, never of one of their results', () => {
  const shares = (r: ProseResult) => r.checks.filter((c) => c.rule === 'text.share').map((c) => c.outcome);
  it('"行政复议结果维持2件、纠错1件，纠错率为33.3%": 1 of the 3 cases, not of the 2 upheld', () => {
    const r = run('行政复议结果维持2件、纠错1件，纠错率为33.3%。');
    expect(fired(r)).toEqual([]);
    expect(shares(r)).not.toContain('fail');
  });
  it('with the cases named first, the rate is read against them', () => {
    expect(shares(run('被申请行政复议3件，结果维持2件、纠错1件，纠错率为33.3%。'))).toContain('pass');
    expect(fired(run('被申请行政复议3件，结果维持2件、纠错1件，纠错率为50%。'))).toContain('text.share:error:33:50');
  });
});

describe('a part of the year said closer to a figure than the whole year is that part\'s', () => {
  it.each([
    '全年申请量最多的月份为6月，共收到申请9件。',
    '全年申请集中在第三季度，共收到申请30件。',
  ])('%s is no finding', (text) => {
    expect(fired(run(text))).toEqual([]);
  });
  it.each([
    // the year, to its end: compared, and wrong
    ['2023年1月至12月，共收到政府信息公开申请80件。', 'text.vs-table:error:86:80'],
    ['截至2023年12月31日，全年共收到政府信息公开申请80件。', 'text.vs-table:error:86:80'],
  ])('%s is still compared', (text, want) => {
    expect(fired(run(text))).toContain(want);
  });
});

describe('a whole of table 二\'s item whose 其中 part is the table\'s figure counts more than decisions', () => {
  // word-2021-consistent's table 二: 行政许可 1268, 行政处罚 86
  const page = readFileSync(new URL('../fixtures/pages/word-2021-consistent.html', import.meta.url), 'utf8');
  const at = page.indexOf('</p>', page.indexOf('（一）主动公开')) + 4;
  const flagsWith = (text: string) => {
    const doc = parsePage(page.slice(0, at) + word(text) + page.slice(at)) as unknown as Document;
    return analyzeDocument(doc, { url: 'https://www.yunling.gov.cn/art/2023/1/31/art_1_1.html' }).findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.expected}:${f.actual}`);
  };
  it('"全年共办理行政许可事项1453件，其中作出准予许可决定1268件" raises nothing', () => {
    expect(flagsWith('全年共办理行政许可事项1453件，其中作出准予许可决定1268件。')).toEqual([]);
  });
  it('a whole with no such part, or a part that is not the table\'s, is still compared', () => {
    expect(flagsWith('全年共办理行政许可事项1453件。')).toEqual(['text.vs-table:1268:1453']);
    expect(flagsWith('全年共办理行政许可事项1453件，其中作出准予许可决定1200件。')).toEqual(['text.vs-table:1268:1453']);
    // a whole worded as decisions is the text's own count of them, whatever its parts
    expect(flagsWith('全年作出行政处罚决定90件，其中简易程序86件。')).toEqual(['text.vs-table:86:90']);
  });
});

describe('a change said of a count between it and its share leaves the share of that count', () => {
  // 主动公开 412, of which 政策解读 48 (11.65%)
  const shares = (text: string) => runProse(word(text), {}, 2022).checks.filter((c) => c.rule === 'text.share').map((c) => c.outcome);
  it.each([
    '全年共主动公开政府信息412条，其中发布政策解读48条，同比增长20%，占11.65%。',
    '全年共主动公开政府信息412条，其中发布政策解读48条，同比增加8条，占11.65%。',
  ])('%s is read, and holds', (text) => {
    expect(shares(text)).toEqual(['pass']);
  });
  it('and a wrong one is flagged on its count', () => {
    const r = runProse(word('全年共主动公开政府信息412条，其中发布政策解读48条，同比增长20%，占12.65%。'), {}, 2022);
    expect(flagged(r).map((f) => `${f.rule}:${f.expected}:${f.actual}`)).toEqual(['text.share:11.65:12.65']);
  });
});

describe('a share\'s named whole the text does not give is read in table 三', () => {
  // the bureau: 新收 86, 上年结转 5, 办结 88, 予以公开 42
  const shares = (text: string) => run(text).checks.filter((c) => c.rule === 'text.share');
  it('"对申请人予以公开42件，占办结总数的47.73%" holds against 办理结果总计 88', () => {
    const s = shares('对申请人予以公开42件，占办结总数的47.73%。');
    expect(s.map((c) => c.outcome)).toEqual(['pass']);
    expect(s[0]!.detail).toContain('表三“办理结果总计”88件');
  });
  it('"…占申请总数的48.84%" holds against 本年新收 86; "…46.15%" against 新收 + 上年结转 91', () => {
    expect(shares('在收到的申请中，予以公开42件，占申请总数的48.84%。').map((c) => c.outcome)).toEqual(['pass']);
    expect(shares('在收到的申请中，予以公开42件，占申请总数的46.15%。').map((c) => c.outcome)).toEqual(['pass']);
  });
  it('one that fits no whole of the table is left unjudged, never flagged', () => {
    const r = run('对申请人予以公开42件，占办结总数的52.73%。');
    expect(r.checks.filter((c) => c.rule === 'text.share').map((c) => c.outcome)).toEqual(['skip']);
    expect(fired(r)).toEqual([]);
  });
});
