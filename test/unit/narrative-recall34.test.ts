/**
 * Session recall34: prose the narrative stage left unchecked on real reports, or read against the wrong
 * whole (session 33's list). Each sentence below is self-written: a real sentence's shape with another
 * body and other numbers. Text only, no tables. Each reading fires where the text is wrong and stays
 * silent where a careful reader could take it otherwise.
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse } from './narrative-tables.ts';

const run = (text: string, year: number | null = 2023) => runProse(`<p>${text}</p>`, {}, year, '澄江县自然资源局');
const keys = (text: string, year?: number | null) => findingKeys(run(text, year));
/** The checks of one rule, with their outcome: "pass|800件+67件 = 867件". */
const checks = (rule: string, text: string, year?: number | null) =>
  run(text, year).checks.filter((c) => c.rule === rule).map((c) => `${c.outcome}|${c.detail}`);
const sums = (text: string, year?: number | null) => checks('text.parts-sum', text, year);

describe('recall34 1: a 其中 after a 包括 list divides the list\'s whole, not its last item', () => {
  // Seen in a real report: "全年共收到申请…件，包括信函申请…件、网络申请…件。其中予以公开…" read against the
  // last item (and the two counts' sum): results over it were an error against the item
  const lead = '（二）依申请公开。全年共收到申请36件，包括信函申请5件、网络申请31件';
  it('a list adding up to the whole holds, after a sentence end or a comma', () => {
    expect(sums(`${lead}。其中予以公开20件，部分公开6件，不予公开3件，其他处理7件。`))
      .toEqual(['pass|5件+31件 = 36件', 'pass|20件+6件+3件+7件 = 36件']);
    expect(sums(`${lead}，其中自然人申请30件，法人或其他组织申请6件。`))
      .toEqual(['pass|5件+31件 = 36件', 'pass|30件+6件 = 36件']);
  });
  it('a closed list that fits neither the whole nor the item is flagged against the whole', () => {
    expect(keys(`${lead}。其中自然人申请30件，法人或其他组织申请5件。`)).toEqual(['text.parts-sum:error:35:36']);
    expect(keys(`${lead}，其中自然人申请30件，法人或其他组织申请40件。`)).toEqual(['text.parts-sum:error:70:36']);
  });
  it('silent: results over the whole received (they may count applications carried in)', () => {
    // (they were an error against the 31: "正文称总数为31件")
    for (const sep of ['。', '，']) {
      const text = `${lead}${sep}其中予以公开20件，部分公开6件，不予公开3件，其他处理9件。`;
      expect(keys(text)).toEqual([]);
      expect(sums(text)[1]).toMatch(/^skip\|所列为办理结果，合计38件，总数36件是收到的申请数/);
    }
  });
  it('silent: a closed list adding up to an item only may divide that item', () => {
    for (const sep of ['。', '，']) {
      const text = `${lead}${sep}其中自然人申请25件，法人或其他组织申请6件。`;
      expect(keys(text)).toEqual([]);
      expect(sums(text)[1]).toBe('skip|所列各项之和31件与36件不符，但所列各项之和等于“包括”所列的31件，“其中”也可能只指这一项');
    }
  });
  it('a single 包括 item is a subset, read as before (the 其中 divides the count or the subset)', () => {
    expect(sums('（二）依申请公开。全年共收到申请36件，包括上年结转5件。其中自然人申请30件，法人或其他组织申请6件。'))
      .toEqual(['pass|30件+6件 = 36件']);
  });
});

describe('recall34 2: a result\'s share in the sentence after its whole, where the text states 受理 and 办结', () => {
  const shares = (text: string) => checks('text.share', text);
  it('a share that fits a stated whole holds: 办结, 受理, 受理 + 上年结转, 办结 less 不予处理', () => {
    expect(shares('（二）依申请公开。全年受理申请160件，办结150件。其中予以公开120件，占80%。')).toEqual(['pass|120件 ÷ 办结150件 = 80%，正文 80%']);
    expect(shares('（二）依申请公开。全年受理申请160件，办结150件。其中予以公开120件，占75%。')).toEqual(['pass|120件 ÷ 160件 = 75%，正文 75%']);
    expect(shares('（二）依申请公开。全年受理申请160件，上年结转8件，办结160件。其中予以公开120件，占71.4%。')).toEqual(['pass|120件 ÷ 160件+8件 = 71.43%，正文 71.4%']);
    expect(shares('（二）依申请公开。全年受理申请160件，办结160件。其中予以公开120件，占80%，不予处理10件。')).toEqual(['pass|120件 ÷ 160件−10件 = 80%，正文 80%']);
  });
  it('a share that fits neither 受理 nor 办结 is a warning (its base may be one the text leaves out)', () => {
    expect(keys('（二）依申请公开。全年受理申请160件，办结150件。其中予以公开120件，占70%。')).toEqual(['text.share:warning:80:70']);
    // 办结 = 受理 as the text says it
    expect(keys('（二）依申请公开。全年共收到申请160件，均已依法办结。其中予以公开120件，占70%。')).toEqual(['text.share:warning:75:70']);
    expect(keys('（二）依申请公开。全年受理申请160件，办结160件。其中予以公开120件，占70%，部分公开16件，占10%。')).toEqual(['text.share:warning:75:70']);
  });
  it('silent: only one reading stated, a part of the applications, a sentence with a list of its own', () => {
    for (const text of [
      '（二）依申请公开。全年受理申请160件。其中予以公开120件，占70%。',
      '（二）依申请公开。全年办结申请160件。其中予以公开120件，占70%。',
      '（二）依申请公开。全年受理申请160件，办结150件。其中网上申请予以公开120件，占70%。',
      '（二）依申请公开。全年受理申请160件，其中网上申请140件，办结150件。其中予以公开120件，占70%。',
      '（二）依申请公开。全年受理申请160件，办结150件。区本级予以公开120件，占70%。',
    ]) {
      expect(keys(text)).toEqual([]);
      expect(shares(text).every((o) => o.startsWith('skip|'))).toBe(true);
    }
  });
});

describe('recall34 3: a list holding a round item (余/近/约/多) is no closed sum', () => {
  // Seen in real reports: "…1600余件", "近300条", "约2万人" in lists; the item was dropped and the list,
  // short of its whole by it, was an error
  it('silent: the list read without its round item is a skip, not an error', () => {
    for (const [text, why] of [
      ['（二）依申请公开。全年共收到申请1500件，其中网上申请1200余件，信函申请250件，其他90件。', '1200余件'],
      ['（二）依申请公开。全年共收到申请1500件。其中网上申请1200余件，信函申请250件，其他90件。', '1200余件'],
      ['（二）依申请公开。全年共收到申请1500件，其中网上申请1300件，信函申请约150件，其他90件。', '约150件'],
      ['（二）依申请公开。全年共收到申请1500件，其中网上申请1300件，信函申请近150件，其余90件。', '近150件'],
      ['（二）依申请公开。全年接待来访群众3万人，其中现场查阅1.6万余人，电话咨询9000人，其他2000人。', '1.6万余人'],
    ]) {
      expect(keys(text!)).toEqual([]);
      expect(sums(text!)).toEqual([`skip|所列各项含约数${why}，各项之和不能确定，不作判断`]);
    }
  });
  it('the one round item written as a lower bound is the whole less the others: a pass', () => {
    expect(sums('（二）依申请公开。全年共收到申请1500件，其中网上申请1200余件，信函申请200件，其他60件。'))
      .toEqual(['pass|1500件 − (200件+60件) = 1240件，与“1200余件”相符']);
    expect(sums('（二）依申请公开。全年共收到申请1500件，其中网上申请1200多件，信函申请210件，其他90件。'))
      .toEqual(['pass|1500件 − (210件+90件) = 1200件，与“1200多件”相符']);
  });
  it('a list of exact items still fails where it does not add up (as before)', () => {
    expect(keys('（二）依申请公开。全年共收到申请1500件，其中网上申请1200件，信函申请150件，其他90件。')).toEqual(['text.parts-sum:error:1440:1500']);
  });
});

describe('recall34 4: results adding up to 收到 + 上年结转, both named right before them', () => {
  // Seen in real reports: "全年共收到申请…件，上年结转…件。其中予以公开…" whose results add up to the two
  // together (as table 三's do), a skip
  it.each([
    ['（二）依申请公开。全年共收到申请74件，上年结转6件。其中予以公开40件，部分公开9件，不予公开5件，其他处理26件。', 'pass|40件+9件+5件+26件 = 74件+6件（收到与上年结转之和）'],
    ['（二）依申请公开。上年结转6件，全年新收申请74件。其中予以公开40件，部分公开9件，不予公开5件，其他处理26件。', 'pass|40件+9件+5件+26件 = 74件+6件（收到与上年结转之和）'],
    ['（二）依申请公开。全年新收申请74件，上年结转6件，其中予以公开40件，部分公开9件，不予公开5件，其他处理26件。', 'pass|40件+9件+5件+26件 = 74件+6件（收到与上年结转之和）'],
    ['（二）依申请公开。全年共收到申请74件，上年结转6件。从办理结果看，予以公开40件，部分公开9件，不予公开5件，其他处理26件。', 'pass|40件+9件+5件+26件 = 74件+6件（收到与上年结转之和）'],
    // with those carried forward, the year's whole flow
    ['（二）依申请公开。全年共收到申请74件，上年结转6件。其中予以公开40件，部分公开9件，不予公开5件，其他处理24件，结转下年度2件。', 'pass|40件+9件+5件+24件+2件 = 74件+6件（收到与上年结转之和）'],
  ])('%s', (text, detail) => {
    expect(sums(text)).toEqual([detail]);
  });
  it('silent: a list that adds up to neither, a list of applicants, a count answered instead of carried in', () => {
    for (const text of [
      '（二）依申请公开。全年共收到申请74件，上年结转6件。其中予以公开40件，部分公开9件，不予公开5件，其他处理24件。',
      '（二）依申请公开。全年共收到申请74件，上年结转6件。其中自然人申请50件，法人或其他组织申请30件。',
      '（二）依申请公开。全年共收到申请74件，办结78件。其中予以公开40件，部分公开9件，不予公开5件，其他处理26件。',
      '（二）依申请公开。全年共收到申请74件，其中予以公开40件，部分公开9件，不予公开5件，其他处理26件。',
    ]) {
      expect(keys(text)).toEqual([]);
      expect(sums(text).every((o) => o.startsWith('skip|'))).toBe(true);
    }
  });
});

describe('recall34 5: the flow of applications with its carried terms written as years', () => {
  // Seen in real reports: "2022年结转…件" in the 2023 report, and "结转至2024年…件"
  it('the year before and the year after read as 上年结转 and 结转下年度', () => {
    expect(sums('（二）依申请公开。本年度新收申请96件，2022年结转4件，办结93件，结转至2024年7件。'))
      .toEqual(['pass|96件+4件 = 93件+7件 = 100件（收支平衡）']);
    expect(sums('（二）依申请公开。本年度新收申请96件，由2022年度结转4件，办结93件，结转下年度7件。'))
      .toEqual(['pass|96件+4件 = 93件+7件 = 100件（收支平衡）']);
    expect(keys('（二）依申请公开。本年度新收申请96件，2022年结转4件，办结93件，结转至2024年继续办理6件。'))
      .toEqual(['text.parts-sum:error:100:99']);
  });
  it('silent: another year, or a report whose year is not known', () => {
    for (const [text, year] of [
      ['（二）依申请公开。本年度新收申请96件，2021年结转4件，办结93件，结转至2024年6件。', 2023],
      ['（二）依申请公开。本年度新收申请96件，2022年结转4件，办结93件，结转至2025年6件。', 2023],
      ['（二）依申请公开。本年度新收申请96件，2022年结转4件，办结93件，结转下年度6件。', null],
    ] as const) {
      expect(keys(text, year)).toEqual([]);
      expect(sums(text, year)).toEqual([]);
    }
  });
});

describe('recall34 6: shares of a closed list of channels or applicants, with no count, total 100%', () => {
  // Seen in real reports: "网络申请占…%，信函申请占…%" alone, never checked
  const shares = (text: string) => checks('text.share', text);
  it('shares that total 100% (within their rounding) hold', () => {
    expect(shares('（二）依申请公开。从申请渠道看，网上申请占78%，信函申请占22%。')).toEqual(['pass|78%+22% = 100%']);
    expect(shares('（二）依申请公开。按申请方式分，网上申请占比71.4%，当面申请占比19.0%，其他渠道占比9.5%。'))
      .toEqual(['pass|71.4%+19.0%+9.5% = 99.9%，按所印位数四舍五入可合计100%']);
  });
  it('a closed list (其他 last, or every applicant the law names) off 100% by more than rounding is an error', () => {
    expect(keys('（二）依申请公开。从申请渠道看，网上申请占78%，信函申请占15%，其他渠道占4%。')).toEqual(['text.share:error:100:97']);
    expect(keys('（二）依申请公开。从申请主体看，自然人申请占88%，法人或其他组织申请占9%。')).toEqual(['text.share:error:100:97']);
  });
  it('silent: a list that may leave a kind out, shares of counts, a 分别 list, kinds that are not channels', () => {
    for (const text of [
      '（二）依申请公开。从申请渠道看，网上申请占78%，信函申请占15%。',
      '（二）依申请公开。从申请主体看，自然人申请占88%，法人申请占9%。',
      '（二）依申请公开。网上申请156件，占78%，信函申请占15%，其他渠道占4%。',
      '（二）依申请公开。网上申请、信函申请分别占78%、15%，其他渠道占4%。',
      '（二）依申请公开。从申请内容看，涉及规划类占60%，涉及征收类占30%，其他占5%。',
      '（二）依申请公开。从申请渠道看，网上申请占全年申请总数的78%，信函申请占15%，其他渠道占4%。',
    ]) {
      expect(keys(text)).toEqual([]);
      expect(shares(text).filter((o) => !o.startsWith('skip|'))).toEqual([]);
    }
  });
});
