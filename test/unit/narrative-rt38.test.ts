/**
 * Session rt38's red team of word order and phrasing: sentences the checker read right, rewritten the
 * other ways reports write the same claim (figure first or label first, 的-phrases, Chinese numerals
 * and 全角 digits, 共计/合计 before or after, 、/，/；/和/及, brackets, 分别为, shares, year on year,
 * flows, 复议/诉讼 outcomes), each kept true of the page's tables (450-odd variants, by `npm run probe`).
 * Self-written sentences, against a table 三 of 86 + 5 = 88 + 3 (公开42, 部分公开11, 不予公开6, 无法
 * 提供20, 不予处理5, 其他处理4) and a table 四 of 复议 3 (维持2, 纠正1) and 诉讼 1 + 1 (直接起诉维持1;
 * 复议后起诉尚未审结1): narrative-tables.ts BUREAU_TABLES.
 * - FIXED: phrasings of a true claim that were errors, now read right (or skipped).
 * - TWINS: the same phrasings with a wrong number, which must still be errors.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse } from './narrative-tables.ts';

const run = (text: string) => runProse(`<p>${text}</p>`, BUREAU_TABLES, 2024, '青溪县交通运输局');
const keys = (text: string) => findingKeys(run(text));
const checksOf = (rule: string) => (text: string) => run(text).checks.filter((k) => k.rule === rule).map((k) => `${k.outcome} ${k.detail ?? ''}`);
const partsSum = checksOf('text.parts-sum');
const vsTable = checksOf('text.vs-table');

describe('rt38: a total closing a list whose whole was said before it (…，合计88件)', () => {
  // "全年共办结申请63件，其中予以公开32件，…，其他处理1件，共计63件": the list's whole said twice, before
  // and after it; the walk back over the ，-clauses took the first whole for an item (63+32+…=126 ≠ 63)
  const cases = [
    '全年共办结申请88件，其中予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件，共计88件。',
    '全年办结申请88件，其中予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件，合计88件。',
    '全年共办结申请88件，予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件，总计88件。',
    '全年办结申请88件，予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件，合计88件。',
  ];
  it.each(cases)('no finding, the closing total a pass: %s', (text) => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)).toContain('pass 42件+11件+6件+20件+5件+4件 = 88件');
  });
  it('a closing total of some of the results, after 其中 or a whole with 共: no finding', () => {
    expect(keys('全年共办结申请88件，其中予以公开42件，部分公开11件，合计53件。')).toEqual([]);
    expect(keys('全年共办结申请88件，予以公开42件，部分公开11件，合计53件。')).toEqual([]);
    expect(partsSum('全年共办结申请88件，予以公开42件，部分公开11件，合计53件。')).toContain('pass 42件+11件 = 53件');
  });
  it('twins: a closing total under its items, or items over the whole, are still errors', () => {
    expect(keys('全年共办结申请88件，其中予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件，合计87件。')).toContain('text.parts-sum:error:88:87');
    expect(keys('全年办结申请88件，予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理5件，合计88件。')).toContain('text.parts-sum:error:89:88');
    expect(keys('全年共办结申请88件，予以公开42件，部分公开11件，合计52件。')).toContain('text.parts-sum:error:53:52');
  });
  it('a first item equal to the total beside items all 0 is still an item', () => {
    expect(partsSum('全年网上申请5件，信函申请0件，当面申请0件，合计5件。')).toContain('pass 5件+0件+0件 = 5件');
  });
});

describe('rt38: 复议 and 诉讼 counted in Chinese numerals, joined by 、', () => {
  // "全年行政复议一件、行政诉讼一件": "复议一件、行政诉讼" was read as 复议 and 诉讼 named together, the
  // second count their sum (a warning: 1 against 复议 + 诉讼 = 2); with 1件 it was read right
  it('each count is its own case, no finding', () => {
    expect(keys('全年行政复议三件、行政诉讼两件。')).toEqual([]);
    expect(keys('全年行政复议三件、行政诉讼2件。')).toEqual([]);
    expect(vsTable('全年行政复议三件、行政诉讼两件。').filter((d) => d.startsWith('pass'))).toHaveLength(2);
  });
  it('named together they are still their sum', () => {
    expect(vsTable('全年行政复议和行政诉讼案件五件。')).toEqual(['pass 五件 = 表四复议与诉讼“总计”之和 5']);
  });
  it('twin: a wrong count of suits is still an error', () => {
    expect(keys('全年行政复议三件、行政诉讼三件。').some((k) => k.startsWith('text.vs-table:error'))).toBe(true);
  });
});

describe('rt38: a case named after its figure (1件行政诉讼尚未审结)', () => {
  // "全年行政复议1件，1件行政诉讼尚未审结": the figure's case was taken from before it (复议), the
  // 尚未审结 after it compared with 复议's column (0): an error; the case it names is a 诉讼
  it('the outcome is read of the case the words after the figure name', () => {
    expect(keys('全年行政复议3件，1件行政诉讼尚未审结。')).toEqual([]);
    expect(vsTable('全年行政复议3件，1件行政诉讼尚未审结。')).toContain('pass 1件 = 表四两类行政诉讼“尚未审结”之和 1');
    expect(keys('全年行政诉讼2件，1件行政复议被纠正。')).toEqual([]);
  });
  it('twins: the outcome of the case named after is still compared', () => {
    expect(keys('全年行政复议3件，2件行政诉讼尚未审结。')).toEqual(['text.vs-table:error:1:2']);
    expect(keys('全年行政诉讼2件，2件行政复议被纠正。')).toEqual(['text.vs-table:error:1:2']);
  });
  it('words after naming both cases: no reading', () => {
    expect(vsTable('全年行政复议3件，1件行政复议和行政诉讼尚未审结。').filter((d) => d.includes('尚未审结'))).toEqual([]);
  });
});

describe('rt38: the outcomes in a parenthesis after one group of suits', () => {
  // "其中未经复议直接起诉26件（维持13件…），复议后起诉20件（维持12件…）": the second parenthesis's
  // outcomes were compared with both groups' sums (the ；-clause names both groups)
  const text = '全年被提起行政诉讼2件，其中未经复议直接起诉1件（结果维持1件，尚未审结0件），复议后起诉1件（结果维持0件，尚未审结1件）。';
  it('each parenthesis is its group\'s, no finding', () => {
    expect(keys(text)).toEqual([]);
    expect(vsTable(text)).toContain('pass 0件 = 表四“复议后起诉”的“结果维持” 0');
    expect(vsTable(text)).toContain('pass 1件 = 表四“复议后起诉”的“尚未审结” 1');
  });
  it('twin: a wrong outcome of the second group is still an error, against that group', () => {
    const wrong = text.replace('复议后起诉1件（结果维持0件', '复议后起诉1件（结果维持1件').replace('尚未审结1件）', '尚未审结0件）');
    expect(keys(wrong)).toContain('text.vs-table:error:0:1');
    expect(vsTable(wrong)).toContain('fail 1 ≠ 表四“复议后起诉”的“结果维持” 0');
  });
});

describe('rt38: a 共 after the results of 复议 and 诉讼 is their sum, not the cases\'', () => {
  // "全年行政复议被纠错64件，行政诉讼被纠错5件，共69件": the 69 was compared with 复议 + 诉讼's 总计
  const text = '全年行政复议被纠错1件，行政诉讼被纠错0件，共1件。';
  it('no finding', () => {
    expect(keys(text)).toEqual([]);
  });
  it('after the counts of cases, the 共 is still their total', () => {
    expect(vsTable('全年行政复议3件，行政诉讼2件，共5件。')).toContain('pass 5件 = 表四复议与诉讼“总计”之和 5');
    expect(keys('全年行政复议3件，行政诉讼2件，共6件。')).toEqual(['text.vs-table:error:5:6']);
  });
  it('twin: a wrong result is still an error', () => {
    expect(keys('全年行政复议被纠错2件，行政诉讼被纠错0件，共2件。')).toEqual(['text.vs-table:error:1:2']);
  });
});

describe('rt38 (a miss): results written figure first are compared with table 三 row by row', () => {
  // "全年办结63件，其中32件予以公开，7件部分公开，…": written label first ("其中予以公开32件") each item
  // was compared with its row; written figure first the list was only summed, and an item off by one
  // whose whole was off too went unseen
  const text = '全年共办结申请88件，其中42件予以公开，11件部分公开，6件不予公开，20件无法提供，5件不予处理，4件作其他处理。';
  it('each item is compared with its row', () => {
    expect(keys(text)).toEqual([]);
    expect(vsTable(text)).toEqual([
      'pass 88件 = 表三“办理结果总计” 88', 'pass 42件 = 表三“予以公开” 42', 'pass 11件 = 表三“部分公开” 11', 'pass 6件 = 表三“不予公开” 6',
      'pass 20件 = 表三“无法提供” 20', 'pass 5件 = 表三“不予处理” 5', 'pass 4件 = 表三“其他处理” 4',
    ]);
  });
  it('an item against its row: an error, the list summing right or not', () => {
    expect(keys(text.replace('11件部分公开，6件不予公开', '12件部分公开，5件不予公开'))).toEqual(['text.vs-table:error:11:12', 'text.vs-table:error:6:5']);
    expect(keys(text.replace('4件作其他处理', '5件作其他处理'))).toEqual(['text.parts-sum:error:89:88', 'text.vs-table:error:4:5']);
  });
  it('not two results said of one figure, nor words after the result', () => {
    expect(vsTable('全年共办结申请88件，其中53件予以公开、部分公开。')).toEqual(['pass 88件 = 表三“办理结果总计” 88']);
    expect(vsTable('全年共收到申请86件，其中42件予以公开的申请已全部送达。').some((d) => d.includes('予以公开'))).toBe(false);
  });
});

describe('rt38: 跨年度办理 after 上年结转 is carried on into next year', () => {
  // "全年共收到申请62件，上年结转4件，年内办结63件，跨年度办理3件": read as 办理 (those handled in the
  // year), the 3 was an error against 办理结果总计 63
  const text = '全年共收到申请86件，上年结转5件，年内办结88件，跨年度办理3件。';
  it('结转下年度, a pass', () => {
    expect(keys(text)).toEqual([]);
    expect(vsTable(text)).toContain('pass 3件 = 表三“结转下年度继续办理” 3');
  });
  it('before anything was carried in it may be either: no reading', () => {
    expect(vsTable('全年共收到申请86件，跨年度办理5件，办结88件。').some((d) => d.includes('5件') || d.includes(' 5 '))).toBe(false);
  });
  it('twin: a wrong count is still an error', () => {
    expect(keys(text.replace('跨年度办理3件', '跨年度办理4件'))).toEqual(['text.vs-table:error:3:4']);
  });
});
