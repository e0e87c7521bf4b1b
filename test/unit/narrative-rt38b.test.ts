/**
 * Session rt38b's red team of word order and phrasing on reports with no tables (the 2008–2018 reports
 * written in prose only, and newer ones whose tables are pictures): with no table 三, the narrative
 * reads the text on its own (flows, shares after their whole, parts of a whole, year on year), so a
 * phrasing it misreads is a false flag with nothing to check it against. Self-written sentences of a
 * consistent 2016 county office (受理48 + 上年结转2 = 办结46 + 结转下年度4; 同意公开28, 部分公开5,
 * 不予公开3, 信息不存在6, 非本机关4), rewritten the other ways reports write them (`npm run probe`
 * on a prose-only page), run here with no tables' figures at all.
 * - FIXED: phrasings of a true claim that were errors, now read right.
 * - TWINS: the same phrasings with a wrong number, which must still be errors.
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse } from './narrative-tables.ts';

const run = (text: string) => runProse(`<p>${text}</p>`, {}, 2016, '某某县人民政府办公室');
const keys = (text: string) => findingKeys(run(text));
const checksOf = (rule: string) => (text: string) => run(text).checks.filter((k) => k.rule === rule).map((k) => `${k.outcome} ${k.detail ?? ''}`);
const partsSum = checksOf('text.parts-sum');

describe('rt38b: a 含上年结转 bracket after the 办结 count, not after 受理', () => {
  // "共受理申请48件，已办结46件（含上年结转2件），结转下年度4件": the 办结 holds those carried in, so
  // 48 + 2 = 46 + 4; flow-balance.ts read the bracket as the 受理 holding them (48 ≠ 46 + 4, an error).
  // A bracket after another count than the 受理 is no longer read there: after the 办结, flow-words.ts
  // reads it (at least that many came in; more may have, and gone on to the next year)
  const cases = [
    '截至2016年12月31日，共受理申请48件，已办结46件（含上年结转2件），结转下年度4件。',
    '全年共受理政府信息公开申请61件，办结59件（含上年结转3件），结转下年度5件。',
    '全年新收申请61件，办结59件（包括上年结转3件），结转下年度5件。',
  ];
  it.each(cases)('no finding, the flow a pass: %s', (text) => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text).some((d) => d.startsWith('pass') && d.includes('收支平衡'))).toBe(true);
  });
  it('a bracket after the 受理 count still holds them in the 受理', () => {
    expect(keys('共受理申请61件（含上年结转3件），已办结56件，结转下年度5件。')).toEqual([]);
    expect(partsSum('共受理申请61件（含上年结转3件），已办结56件，结转下年度5件。')).toContain('pass 61件 = 56件+5件 = 61件（收支平衡）');
  });
  it('out of balance after a bare 受理 (which may or may not hold them): a skip, not the error it was', () => {
    const text = '截至2016年12月31日，共受理申请48件，已办结46件（含上年结转2件），结转下年度5件。';
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)[0]).toMatch(/^skip .*括注只说办结数中有上年结转2件/);
  });
  it('twins: out of balance after 新收, or with the bracket after the 受理, still errors', () => {
    expect(keys('全年新收申请61件，办结59件（包括上年结转3件），结转下年度4件。')).toContain('text.parts-sum:error:64:63');
    expect(keys('共受理申请61件（含上年结转3件），已办结57件，结转下年度5件。')).toContain('text.parts-sum:error:61:62');
  });
});

describe('rt38b: a subtotal that says how many items it sums ("二者合计33件")', () => {
  // "其中同意公开28件、部分公开5件，二者合计33件，占办结总数的71.7%": the subtotal was taken for a
  // third item of the 办结 (28 + 5 + 33 = 66 ≠ 46, an error)
  it('no finding, the subtotal checked on its own items', () => {
    expect(keys('办结申请46件，其中同意公开28件、部分公开5件，二者合计33件，占办结总数的71.7%。')).toEqual([]);
    expect(keys('办结申请70件，其中予以公开31件、部分公开9件，两项共40件，占比57.1%。')).toEqual([]);
    expect(partsSum('办结申请46件，其中同意公开28件、部分公开5件，二者合计33件，占办结总数的71.7%。')).toContain('pass 28件+5件 = 33件');
  });
  it('a subtotal inside a list: the list goes on after it', () => {
    const text = '办结申请46件，其中同意公开28件，部分公开5件，两者合计33件，不予公开3件，信息不存在6件，非本机关职责范围4件。';
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)).toContain('pass 28件+5件+3件+6件+4件 = 46件');
  });
  it('twins: a wrong subtotal, or a wrong item after it, are still errors', () => {
    expect(keys('办结申请46件，其中同意公开28件、部分公开5件，二者合计34件，占办结总数的71.7%。')).toContain('text.parts-sum:error:33:34');
    expect(keys('办结申请46件，其中同意公开28件，部分公开5件，两者合计33件，不予公开3件，信息不存在6件，非本机关职责范围5件。')).toContain('text.parts-sum:error:47:46');
  });
});

describe('rt38b (a miss): "办理结果总计" is the 办结 of a flow written in table 三\'s words', () => {
  // "本年新收…48件，上年结转2件，办理结果总计46件，结转下年度继续办理4件" (a 2021 report whose table
  // is a picture): the flow went unread, where the same with 办结 was checked
  it('read: a pass where it balances', () => {
    expect(keys('本年新收政府信息公开申请61件，上年结转3件，办理结果总计59件，结转下年度继续办理5件。')).toEqual([]);
    expect(partsSum('本年新收政府信息公开申请61件，上年结转3件，办理结果总计59件，结转下年度继续办理5件。')).toContain('pass 61件+3件 = 59件+5件 = 64件（收支平衡）');
    expect(keys('本年度收到申请61件，上年结转3件，办理结果合计59件，结转下年度5件。')).toEqual([]);
  });
  it('twin: out of balance, an error', () => {
    expect(keys('本年新收政府信息公开申请61件，上年结转3件，办理结果总计59件，结转下年度继续办理6件。')).toContain('text.parts-sum:error:64:65');
  });
});

describe('rt38b: a count of corrections beside the corrections it counts (撤销1件，复议纠错1件)', () => {
  // "全年行政复议3件，其中维持2件，撤销1件，复议纠错1件": 纠错 restates the 撤销 (2 + 1 + 1 = 4 was an error
  // against the 3 cases)
  it('a skip, no finding', () => {
    expect(keys('全年行政复议5件，其中维持3件，撤销2件，复议纠错2件。')).toEqual([]);
    expect(keys('全年行政复议5件，其中维持2件，撤销2件，变更1件，纠错3件。')).toEqual([]);
    expect(partsSum('全年行政复议5件，其中维持3件，撤销2件，复议纠错2件。')[0]).toMatch(/^skip .*纠错之数的合计/);
  });
  it('twins: a general count that is not the kinds\' sum, or a list off its whole, are still errors', () => {
    expect(keys('全年行政复议5件，其中维持3件，撤销2件，复议纠错1件。')).toContain('text.parts-sum:error:6:5');
    expect(keys('全年行政复议5件，其中维持2件，撤销2件，纠错2件。')).toContain('text.parts-sum:error:6:5');
  });
});
