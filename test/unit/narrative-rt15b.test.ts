/**
 * Four prose readings red team 15 left (test/fixtures/redteam15): a list's quote that closes its
 * bracket, parts in 万 after a colon, "按…分：" lists, year on year across 万 and plain figures.
 */
import { describe, expect, it } from 'vitest';
import { flagged, runProse } from './narrative-tables.ts';
import { sumCanFit } from '../../lib/narrative/rounded-change.ts';
import { toDec } from '../../lib/narrative/decimal.ts';

const run = (text: string, year: number | null = 2012) => runProse(`<p>${text}</p>`, {}, year);
const rules = (text: string) => flagged(run(text)).map((f) => `${f.rule}/${f.severity}~${f.quote}`);
const details = (text: string) => run(text).checks.map((c) => `${c.rule}:${c.outcome}:${c.detail}`);
const quotes = (text: string) => run(text).checks.map((c) => c.quote);

describe('a list inside a bracket is quoted with its closing bracket', () => {
  it('the finding quotes the claim as the page writes it', () => {
    expect(rules('对不予公开的5件申请（其中涉及国家秘密2件、商业秘密0件、个人隐私5件），均依据规定说明了理由。')).toEqual([
      'text.parts-sum/error~对不予公开的5件申请（其中涉及国家秘密2件、商业秘密0件、个人隐私5件）',
    ]);
    expect(rules('全年共受理申请86件（当面申请12件、网络申请65件、信函申请14件），办结80件。')).toEqual([
      'text.parts-sum/error~全年共受理申请86件（当面申请12件、网络申请65件、信函申请14件）',
    ]);
    // true: the pass quotes it so too
    expect(quotes('对不予公开的5件申请（其中涉及国家秘密2件、商业秘密0件、个人隐私3件），均依据规定说明了理由。')).toEqual([
      '对不予公开的5件申请（其中涉及国家秘密2件、商业秘密0件、个人隐私3件）',
    ]);
  });

  it('a bracket the quote does not open is not closed, nor one the list does not end', () => {
    // the outer list goes on after the bracket: its quote ends at its last part, no bracket open
    expect(quotes('已办结63件，其中同意公开43件，不予公开4件（其中涉及国家秘密0件、商业秘密3件、个人隐私1件），信息不存在16件。')).toContain(
      '已办结63件，其中同意公开43件，不予公开4件（其中涉及国家秘密0件、商业秘密3件、个人隐私1件），信息不存在16件',
    );
    // words after the last part inside the bracket: the quote stops at the part (no guessing where the bracket ends)
    expect(quotes('全年共受理申请86件（当面申请12件、网络申请60件、信函申请14件，均已办结）。')).toEqual(['全年共受理申请86件（当面申请12件、网络申请60件、信函申请14件']);
  });
});

describe('"按…分：" lists sum to the count before them (text.parts-sum)', () => {
  it('the parts after "按申请方式分：" are the count of the sentence before, or of the clause before', () => {
    expect(details('全年共受理申请86件。按申请方式分：当面申请12件，网络申请60件，信函申请14件。')).toEqual([
      'text.parts-sum:pass:12件+60件+14件 = 86件',
    ]);
    expect(rules('全年共受理申请86件。按申请方式分：当面申请12件，网络申请65件，信函申请14件。')).toEqual([
      'text.parts-sum/error~全年共受理申请86件。按申请方式分：当面申请12件，网络申请65件，信函申请14件',
    ]);
    expect(rules('全年共受理申请86件，按申请方式分：当面申请12件，网络申请65件，信函申请14件。')).toEqual([
      'text.parts-sum/error~全年共受理申请86件，按申请方式分：当面申请12件，网络申请65件，信函申请14件',
    ]);
    // short of its whole, it may have left a channel out: a skip; closed by 其他, an error
    expect(details('全年共受理申请86件。按申请方式分：当面申请12件，网络申请50件，信函申请14件。')).toEqual([
      'text.parts-sum:skip:所列各项之和76件小于总数86件，列举可能不完整',
    ]);
    expect(rules('全年共受理申请86件。按申请方式分：当面申请12件，网络申请50件，其他方式14件。').map((r) => r.split('~')[0])).toEqual(['text.parts-sum/error']);
    // opened by 其中
    expect(rules('全年共受理申请86件。其中，按申请方式分：当面申请12件，网络申请65件，信函申请14件。').map((r) => r.split('~')[0])).toEqual(['text.parts-sum/error']);
  });

  it('several lists of one whole, by ；or by sentence, each against it', () => {
    expect(details('全年共受理申请86件。按申请人分：自然人80件，法人或其他组织6件；按申请方式分：当面申请12件，网络申请60件，信函申请14件。')).toEqual([
      'text.parts-sum:pass:80件+6件 = 86件',
      'text.parts-sum:pass:12件+60件+14件 = 86件',
    ]);
    expect(rules('全年共受理申请86件。按申请人分：自然人80件，法人或其他组织6件。按申请方式分：当面申请12件，网络申请65件，信函申请14件。').map((r) => r.split('~')[0])).toEqual([
      'text.parts-sum/error',
    ]);
  });

  it('traps: a list that says it is not all, a whole that is not sure, results under a count received, kinds that may overlap', () => {
    expect(details('全年共受理申请86件。按申请方式分，主要有当面申请12件，网络申请65件，信函申请14件。')).toEqual([]);
    expect(details('全年共受理申请86件。按申请方式分：当面申请12件，网络申请65件，信函申请14件等。')).toEqual([]);
    expect(details('全年共受理申请86件，办结84件。按申请方式分：当面申请12件，网络申请65件，信函申请14件。')).toEqual([
      'text.parts-sum:skip:所列各项之和91件与84件不符，但前文有86件、84件，“按…分”所分的总数不能确定',
    ]);
    expect(rules('全年共受理申请86件。按办理结果分：同意公开60件，部分公开10件，不予公开20件。')).toEqual([]);
    expect(rules('全年共受理申请86件。按内容分：涉及城建类30件，涉及社保类20件。')).toEqual([]);
    expect(rules('全年共受理申请86件。按内容分：涉及城建类50件，涉及社保类40件。')).toEqual([]);
    // 按时 is no "按…分"
    expect(details('全年共受理申请86件，均按时办结，按时办结率100%。')).toEqual([]);
    // another unit before it: no whole
    expect(details('全年主动公开政府信息2300条。按申请方式分：当面申请12件，网络申请65件。')).toEqual([]);
  });
});

describe('parts after a colon in 万, summed with the rounding their digits allow (text.parts-sum)', () => {
  it('publication channels after a colon are read, plain or in 万', () => {
    expect(details('全年主动公开政府信息4.52万条：通过政府网站公开1.2万条，通过其他方式公开3.32万条。')).toEqual(['text.parts-sum:pass:1.2万条+3.32万条 = 4.52万条']);
    expect(rules('全年主动公开政府信息4.52万条：通过政府网站公开1.5万条，通过其他方式公开3.32万条。')).toEqual([
      'text.parts-sum/error~全年主动公开政府信息4.52万条：通过政府网站公开1.5万条，通过其他方式公开3.32万条',
    ]);
    expect(rules('全年主动公开政府信息45200条：通过政府网站公开15000条，通过其他方式公开33200条。').map((r) => r.split('~')[0])).toEqual(['text.parts-sum/error']);
    expect(details('全年主动公开政府信息45200条：通过政府网站公开12000条，通过政府公报公开200条，通过其他方式公开33000条。')).toEqual([
      'text.parts-sum:pass:12000条+200条+33000条 = 45200条',
    ]);
  });

  it('a 万 sum that rounding or cutting allows is no finding', () => {
    // within half a unit of each last digit: adds up as rounded figures do
    expect(details('全年主动公开政府信息4.52万条：通过政府网站公开1.19万条，通过政府公报公开0.02万条，通过其他方式公开3.33万条。')).toEqual([
      'text.parts-sum:pass:1.19万条+0.02万条+3.33万条 = 45400条 ≈ 4.52万条（约数）',
    ]);
    // each part cut, not rounded (4.49万 printed, up to 4.53万 true): a skip that says why
    const cut = '全年主动公开政府信息4.52万条：通过政府网站公开1.19万条，通过政府公报公开0.02万条，通过新闻发布会公开0.01万条，通过其他方式公开3.27万条。';
    expect(rules(cut)).toEqual([]);
    expect(details(cut).join()).toContain('万、亿数是约数，各数按末位前后各差1计算可以相符');
    // beyond: an error (4.55万 printed is 4.535万 at least, the whole 4.53万 at most)
    expect(rules('全年主动公开政府信息4.52万条：通过政府网站公开1.20万条，通过政府公报公开0.02万条，通过其他方式公开3.33万条。').map((r) => r.split('~')[0])).toEqual(['text.parts-sum/error']);
    expect(rules('全年主动公开政府信息4.52万条：通过政府网站公开1.22万条，通过政府公报公开0.03万条，通过其他方式公开3.32万条。').map((r) => r.split('~')[0])).toEqual(['text.parts-sum/error']);
  });

  it('traps: channels that overlap, items of no dimension, a list short of its whole', () => {
    expect(rules('全年主动公开政府信息45200条：通过政府网站公开15000条，通过政务微博公开33200条。')).toEqual([]);
    expect(details('全年主动公开政府信息4.52万条：规范性文件1.2万条，人事信息3.5万条。')).toEqual([]);
    expect(rules('全年主动公开政府信息4.52万条：通过政府网站公开1.2万条，通过政务微博公开0.32万条。')).toEqual([]);
  });
});

describe('year on year with one figure in 万 and the other plain (text.change)', () => {
  it('recomputed with the rounding the 万 figure allows', () => {
    expect(details('全年主动公开政府信息15200条，较上年1.2万条增加3200条。')).toEqual(['text.change:pass:15200条 − 1.2万条 = 3200条，正文 增加3200条']);
    // 1.2万 may be 1.1万 to 1.3万: an increase of 3000 fits, of 5000 does not
    expect(rules('全年主动公开政府信息15200条，较上年1.2万条增加3000条。')).toEqual([]);
    expect(rules('全年主动公开政府信息15200条，较上年1.2万条增加5000条。')).toEqual(['text.change/error~全年主动公开政府信息15200条，较上年1.2万条增加5000条']);
    expect(details('全年主动公开政府信息1.2万条，比上年的9800条增长22.4%。')).toEqual(['text.change:pass:(1.2万条 − 9800条) ÷ 9800条 = 22.45%，正文 增长22.4%']);
    // 1.1万 to 1.3万 over 9800: 12.2% to 32.7%
    expect(rules('全年主动公开政府信息1.2万条，比上年的9800条增长30%。')).toEqual([]);
    expect(rules('全年主动公开政府信息1.2万条，比上年的9800条增长52.4%。')).toEqual(['text.change/error~全年主动公开政府信息1.2万条，比上年的9800条增长52.4%']);
    // "1万条" may be anything from 0 to 2万: no growth can be judged against it
    expect(rules('全年主动公开政府信息1万条，比上年的9800条增长12.04%。')).toEqual([]);
  });
});

describe('sumCanFit: parts against a whole, each rounded or cut', () => {
  const d = (v: number, k: number, sc = 0) => toDec(v, k, sc);
  // a figure in 万 (with its ulp) or printed in full (ulp null)
  const fig = (v: number, k: number, ulp: number | null) => ({ value: d(v, k, ulp === null ? 0 : 4), ulp: ulp === null ? null : d(ulp, k, 4) });
  it('the upper ends are open, the lower closed', () => {
    // 8000 + 5000 against 1.2万 (11500 to 12999): 13000 is outside
    expect(sumCanFit([fig(8000, 0, null), fig(5000, 0, null)], fig(1.2, 1, 0.1))).toBe(false);
    expect(sumCanFit([fig(8000, 0, null), fig(4999, 0, null)], fig(1.2, 1, 0.1))).toBe(true);
    // 1.15万 rounds to 1.2万: 11500 is inside, 11499 not
    expect(sumCanFit([fig(6500, 0, null), fig(5000, 0, null)], fig(1.2, 1, 0.1))).toBe(true);
    expect(sumCanFit([fig(6499, 0, null), fig(5000, 0, null)], fig(1.2, 1, 0.1))).toBe(false);
    // parts in 万 too: 4.49万 (to 4.53万 true) against 4.52万 (4.515万 to 4.53万)
    expect(sumCanFit([fig(1.19, 2, 0.01), fig(0.02, 2, 0.01), fig(0.01, 2, 0.01), fig(3.27, 2, 0.01)], fig(4.52, 2, 0.01))).toBe(true);
    expect(sumCanFit([fig(1.2, 2, 0.01), fig(0.02, 2, 0.01), fig(3.33, 2, 0.01)], fig(4.52, 2, 0.01))).toBe(false);
  });
});

describe('a colon list of channels needs each item said to publish', () => {
  it('bare names of channels are no list read', () => {
    expect(details('全年主动公开政府信息4.52万条：政府网站1.5万条，其他方式3.32万条。')).toEqual([]);
  });
});
