/**
 * Session recall38b: misses the word-order red team rt38 left (docs/testing.md "Word order and phrasing,
 * session 38"). Each sentence is self-written, on BUREAU_TABLES (table 三: 新收86, 上年结转5, 予以公开42,
 * 部分公开11, 不予公开6, 无法提供20, 不予处理5, 其他处理4, 办理结果总计88, 结转下年度3). Each reading passes
 * where the text is right, fires where it is wrong, and stays silent where a careful reader could take it
 * otherwise.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse } from './narrative-tables.ts';

const withTables = (text: string) => runProse(`<p>${text}</p>`, BUREAU_TABLES, 2024, '澄江县自然资源局');
const tableKeys = (text: string) => findingKeys(withTables(text));
const checks = (rule: string, text: string) => withTables(text).checks.filter((c) => c.rule === rule).map((c) => `${c.outcome}|${c.detail}`);
const vsTable = (text: string) => checks('text.vs-table', text);
const lead = '（二）依申请公开。';

describe('recall38b 1: results written figure first, joined by 、', () => {
  // rt38 left: "其中32件予以公开、7件部分公开、5件不予公开" (only the first item was compared)
  it('every item against its row of table 三', () => {
    expect(vsTable(`${lead}全年共办结申请88件，其中42件予以公开、11件部分公开、6件不予公开。`)).toEqual([
      'pass|88件 = 表三“办理结果总计” 88',
      'pass|42件 = 表三“予以公开” 42',
      'pass|11件 = 表三“部分公开” 11',
      'pass|6件 = 表三“不予公开” 6',
    ]);
    expect(tableKeys(`${lead}全年共办结申请88件，其中42件予以公开、11件部分公开、6件不予公开、20件无法提供、5件不予处理、4件其他处理。`)).toEqual([]);
  });
  it('a wrong later item fires (it was not compared)', () => {
    expect(tableKeys(`${lead}全年共办结申请88件，其中42件予以公开、11件部分公开、7件不予公开。`)).toEqual(['text.vs-table:error:6:7']);
    expect(tableKeys(`${lead}全年共办结申请88件，其中42件予以公开、12件部分公开、6件不予公开。`)).toEqual(['text.vs-table:error:11:12']);
  });
  it('silent: one figure for two results, the results of 新收 or of a part, words after the last item', () => {
    expect(tableKeys(`${lead}全年共办结申请88件，其中42件予以公开、部分公开。`)).toEqual([]);
    expect(tableKeys(`${lead}全年共新收申请86件，其中40件予以公开、12件部分公开、7件不予公开。`)).toEqual([]);
    expect(tableKeys(`${lead}全年共办结申请88件，其中网上申请50件，其中30件予以公开、9件部分公开。`)).toEqual([]);
    expect(tableKeys(`${lead}全年共办结申请88件，其中区本级30件予以公开、9件部分公开。`)).toEqual([]);
    expect(tableKeys(`${lead}全年共办结申请88件，其中42件予以公开、12件部分公开的申请已送达。`)).toEqual([]);
  });
});

describe('recall38b 1b: results written figure first in Chinese numerals', () => {
  // rt38 left: "三件不予处理" (a numeral before a result was no count)
  it('every item against its row of table 三', () => {
    expect(vsTable(`${lead}全年共办结申请88件，其中五件不予处理，四件其他处理。`)).toEqual([
      'pass|88件 = 表三“办理结果总计” 88',
      'pass|五件 = 表三“不予处理” 5',
      'pass|四件 = 表三“其他处理” 4',
    ]);
    expect(tableKeys(`${lead}全年共办结申请88件，其中四十二件予以公开、十一件部分公开、六件不予公开。`)).toEqual([]);
  });
  it('a wrong item fires', () => {
    expect(tableKeys(`${lead}全年共办结申请88件，其中六件不予处理，四件其他处理。`)).toEqual(['text.vs-table:error:5:6']);
    expect(tableKeys(`${lead}全年共办结申请88件，其中四十二件予以公开，十二件部分公开，六件不予公开。`)).toEqual(['text.vs-table:error:11:12']);
    expect(tableKeys(`${lead}全年共办结申请88件，其中四十二件予以公开、十一件部分公开、七件不予公开。`)).toEqual(['text.vs-table:error:6:7']);
  });
  it('silent: the results of 新收, a numeral before other words', () => {
    expect(tableKeys(`${lead}全年共新收申请86件，其中四十件予以公开、十二件部分公开。`)).toEqual([]);
    expect(tableKeys(`${lead}行政复议三件维持，一件纠错。`)).toEqual([]);
    expect(tableKeys(`${lead}全年共办结申请88件，有六件不予处理的申请系重复申请。`)).toEqual([]);
  });
});

describe('recall38b 2: bare-number 分别为 lists (read already: pinned)', () => {
  // rt38 listed "予以公开、部分公开、不予公开分别为32、7、5件" as left; respectively.ts bareListAfter reads it
  it('each figure against its row; a wrong one fires', () => {
    expect(vsTable(`${lead}全年共办结申请88件，予以公开、部分公开、不予公开分别为42、11、6件。`).map((c) => c.split('|')[0])).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(tableKeys(`${lead}全年共办结申请88件，予以公开、部分公开和不予公开的分别是42、11和6件。`)).toEqual([]);
    expect(tableKeys(`${lead}全年共办结申请88件，予以公开、部分公开、不予公开分别为42、11、7件。`)).toEqual(['text.vs-table:error:6:7']);
    expect(tableKeys(`${lead}全年共办结申请88件，不予处理、其他处理分别为六件、四件。`)).toEqual(['text.vs-table:error:5:6']);
  });
  it('silent: of a part, of another year', () => {
    expect(tableKeys(`${lead}全年共办结申请88件，其中网上申请予以公开、部分公开分别为30、7件。`)).toEqual([]);
    expect(tableKeys(`${lead}2023年予以公开、部分公开分别为30、7件。`)).toEqual([]);
  });
});

describe('recall38b 3: 予以公开率 with no count', () => {
  // rt38 left: "予以公开率50.8%" (only 公开率 was read on its own)
  it('a reading that fits passes', () => {
    expect(checks('text.share', `${lead}全年予以公开率47.7%。`)).toEqual(['pass|予以公开42件 ÷ 办理结果总计88件 = 47.73%，正文 47.7%']);
    // a reader may count 部分公开 in: 53 ÷ 88
    expect(tableKeys(`${lead}全年予以公开率60.2%。`)).toEqual([]);
  });
  it('none fits: a warning, told by 予以公开 ÷ 办理结果总计', () => {
    expect(tableKeys(`${lead}全年予以公开率45.0%。`)).toEqual(['text.share:warning:47.7:45']);
    expect(withTables(`${lead}全年予以公开率45.0%。`).findings.map((f) => f.message)).toEqual([
      '正文称全年予以公开率45.0%，按表三予以公开42件 ÷ 办理结果总计88件计算应为47.7%（计入部分公开、以新收或其他基数计算亦不相符）。',
    ]);
  });
  it('said as a ratio naming no whole ("予以公开的比例为", "予以公开占比"): the same readings', () => {
    expect(tableKeys(`${lead}全年予以公开的比例为47.7%。`)).toEqual([]);
    expect(tableKeys(`${lead}予以公开占比60.2%。`)).toEqual([]);
    expect(tableKeys(`${lead}全年予以公开的比例为45.0%。`)).toEqual(['text.share:warning:47.7:45']);
    expect(tableKeys(`${lead}予以公开占比45.0%。`)).toEqual(['text.share:warning:47.7:45']);
    // a whole named, or 予以公开 and 部分公开 together: other readings' (share-wholes.ts), not this one's — but a count before
    // it that is table 三's own total (办结 88 = 办理结果总计) is read since txt78 (onlyTableTotals): 42 ÷ 88 = 47.7%, not 45.0%
    expect(tableKeys(`${lead}全年办结申请88件，予以公开的比例为45.0%。`)).toEqual(['text.share:warning:47.7:45']);
    expect(tableKeys(`${lead}全年办结申请88件，予以公开的比例为47.7%。`)).toEqual([]);
    expect(checks('text.share', `${lead}予以公开和部分公开的比例为45.0%。`)).toEqual([]);
  });
  it('silent: a count before it (its whole), a part of the body, another year, 100%', () => {
    expect(tableKeys(`${lead}区政府本级予以公开率为45.0%。`)).toEqual([]);
    expect(tableKeys(`${lead}2023年予以公开率为45.0%。`)).toEqual([]);
    expect(tableKeys(`${lead}全年予以公开率100%。`)).toEqual([]);
    expect(tableKeys(`${lead}全年网上申请30件，予以公开率45.0%。`)).toEqual([]);
  });
});

describe('recall38b 4: results in a 含 bracket after the applications answered', () => {
  // rt38 left: "办结63件（含予以公开32件，部分公开7件）" (inside a bracket only 上年结转 and 结转下年度 were read)
  it('every item against its row of table 三', () => {
    expect(vsTable(`${lead}全年办结申请88件（含予以公开42件，部分公开11件）。`)).toEqual([
      'pass|88件 = 表三“办理结果总计” 88',
      'pass|42件 = 表三“予以公开” 42',
      'pass|11件 = 表三“部分公开” 11',
    ]);
    expect(tableKeys(`${lead}全年办结申请88件（含予以公开42件、部分公开11件、不予公开6件）。`)).toEqual([]);
  });
  it('a wrong item fires, quoted from the bracket', () => {
    expect(tableKeys(`${lead}全年办结申请88件（含予以公开43件，部分公开11件）。`)).toEqual(['text.vs-table:error:42:43']);
    expect(tableKeys(`${lead}全年办结申请88件（含予以公开42件、部分公开11件、不予公开7件）。`)).toEqual(['text.vs-table:error:6:7']);
    expect(withTables(`${lead}全年办结申请88件（含予以公开42件，部分公开12件）。`).findings.map((f) => f.message)).toEqual([
      '正文称含予以公开42件，部分公开12件，表三“部分公开”为11件。',
    ]);
  });
  it('silent: after 受理 or 新收, after a part or another year, beside 上年结转', () => {
    expect(tableKeys(`${lead}全年受理申请91件（含予以公开40件，部分公开12件）。`)).toEqual([]);
    expect(tableKeys(`${lead}全年共新收申请86件（含予以公开40件，部分公开12件）。`)).toEqual([]);
    expect(tableKeys(`${lead}全年网上申请办结40件（含予以公开30件，部分公开7件）。`)).toEqual([]);
    expect(tableKeys(`${lead}区政府本级办结申请40件（含予以公开30件）。`)).toEqual([]);
    expect(tableKeys(`${lead}2023年办结申请50件（含予以公开30件）。`)).toEqual([]);
    expect(tableKeys(`${lead}全年办结申请88件，其中区本级办结30件（含予以公开20件）。`)).toEqual([]);
    expect(tableKeys(`${lead}全年办结申请88件（含上年结转5件，予以公开30件）。`)).toEqual([]);
  });
});
