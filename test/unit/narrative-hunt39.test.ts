/**
 * Session hunt39's false-flag hunt on real report prose: the old-style reports of 2010–2018
 * (县/区 and 地级市 governments, their 局, 乡镇 and 街道; most with no tables, so the prose is all the
 * checker reads) and the first years of the 2019 and 2021 templates (2019–2021 reports of 县/区,
 * 街道 and 乡镇 and of 省级 departments). Excerpts of published reports; the real text is not kept
 * here. Each sentence below is self-written: the real sentence's shape with another body and other
 * numbers. Text only.
 * - FIXED: shapes where the checker reported a mistake the report does not make, now read right.
 * - TWINS: the same shapes where the report is really wrong, which must still be errors.
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse } from './narrative-tables.ts';

const run = (text: string, year = 2012) => runProse(`<p>${text}</p>`, {}, year, '某区体育局');
const keys = (text: string, year?: number) => findingKeys(run(text, year));
const checksOf = (rule: string) => (text: string, year?: number) => run(text, year).checks.filter((k) => k.rule === rule).map((k) => `${k.outcome} ${k.detail ?? ''}`);
const share = checksOf('text.share');

describe('hunt39: a share of 总体 inside a list nested in an item that has its own share of 总体', () => {
  // Seen in a 2010 区文委 report: "…业务动态类信息49条，占总体的比例为98%，（其中批复文件36条，占总体的72%；
  // 业务信息11条，占总体的22%，工作总结2条，占总体的4%）" — 36/50 is 72%, the nested shares are of the
  // 50 in all, as the outer ones are; 36 was read against 49 (73%), an error
  const head = '（一）公开情况。区体育局2012年共主动公开政府信息80条，其中全文电子化率达100%。在主动公开的信息中，机构职能类信息4条，占总体的比例为5%；规划计划类信息0条，占总体的比例为0%；';
  const text = `${head}业务动态类信息76条，占总体的比例为95%，（其中工作信息60条，占总体的75%；通知公告12条，占总体的15%，年度报告4条，占总体的5%）。`;
  it('the nested shares are read against the outer whole: all pass, no finding', () => {
    expect(keys(text)).toEqual([]);
    expect(share(text)).toContain('pass 60条 ÷ 80条 = 75%，正文 75%');
    expect(share(text)).toContain('pass 12条 ÷ 80条 = 15%，正文 15%');
    expect(share(text).filter((d) => d.startsWith('pass'))).toHaveLength(6);
  });
  it('shares written against the inner whole still pass (a reading that holds)', () => {
    const inner = text.replace('占总体的75%', '占总体的79%').replace('占总体的15%', '占总体的16%');
    expect(keys(inner)).toEqual([]);
  });
  it('a nested share that fits neither whole: still an error, against the outer whole', () => {
    expect(keys(text.replace('占总体的75%', '占总体的70%'))).toEqual(['text.share:error:75:70']);
  });
  it('the inner whole with no share of its own: read against the inner whole, as before', () => {
    const noOwn = `${head}业务动态类信息76条（其中工作信息60条，占总体的70%；通知公告12条，占总体的15%，年度报告4条，占总体的5%）。`;
    expect(keys(noOwn).filter((k) => k.startsWith('text.share:error'))).toEqual(['text.share:error:79:70']);
  });
  it('its own share of 总体 holding against no whole the text gives: the 总体 is unknown, a skip, never an error', () => {
    const unknown = '在主动公开的信息中，机构职能类信息4条，占总体的比例为5%；规划计划类信息0条，占总体的比例为0%；业务动态类信息76条，占总体的比例为95%，（其中工作信息60条，占总体的75%；通知公告12条，占总体的15%，年度报告4条，占总体的5%）。';
    expect(keys(unknown)).toEqual([]);
    expect(share(unknown).find((d) => d.includes('60条 ÷ 76条'))).toMatch(/^skip .*其数未见/);
    expect(keys(text.replace('占总体的比例为95%', '占总体的比例为90%'))).toEqual([]);
  });
});

const partsSum = checksOf('text.parts-sum');

describe('hunt39 (miss): "同比增量N条" is a change, never the whole of the 其中 after it', () => {
  // Seen in a 2017 镇 report: "…主动公开信息共137条，同比增量29条。其中通过政府公报公开政府信息1条；…106条，
  // …30条" — 29 was taken for the whole (the list "over" it a skip); 137 is the whole, and the list adds up
  const text = '2017年，某街道主动公开信息共88条，同比增量15条。其中工作动态60条，通知公告20条，其他信息8条。';
  it('the list is read against the count before the change: a pass', () => {
    expect(keys(text, 2017)).toEqual([]);
    expect(partsSum(text, 2017)).toEqual(['pass 60条+20条+8条 = 88条']);
  });
  it('the same list short of that whole, closed by 其他: an error', () => {
    expect(keys(text.replace('其他信息8条', '其他信息5条'), 2017)).toEqual(['text.parts-sum:error:85:88']);
  });
  it('"同比减量" is a change too', () => {
    expect(partsSum('2017年，某街道主动公开信息共88条，同比减量15条。其中工作动态60条，通知公告20条，其他信息8条。', 2017)).toEqual(['pass 60条+20条+8条 = 88条']);
  });
});

describe('hunt39 (miss): a running total in a bracket after the year\'s count is no whole of the 其中 after it', () => {
  // Seen in a 2020 省厅 report: "新增主动公开的政府信息51件（历年累计4142件），全文电子化率100%。其中，省厅文件类
  // 14件，约占27.5%；…" — the 其中 was of 51 or of 51 + 4142 (a skip), its shares tried against 4142 (skips)
  const text = '2020年，某厅新增主动公开的政府信息64件（历年累计3518件），全文电子化率100%。其中，厅文件类16件，约占25%；部门文件类8件，约占12.5%；其他应主动公开的政府信息40件，约占62.5%。';
  it('the list and its shares are of the year\'s count: passes', () => {
    expect(keys(text, 2020)).toEqual([]);
    expect(partsSum(text, 2020)).toEqual(['pass 16件+8件+40件 = 64件']);
    expect(share(text, 2020).filter((d) => d.startsWith('pass'))).toHaveLength(3);
  });
  it('a share off, or the list short: errors, as they would be without the bracket', () => {
    expect(keys(text.replace('约占25%', '约占20%'), 2020)).toEqual(['text.share:error:25:20']);
    expect(keys(text.replace('其他应主动公开的政府信息40件，约占62.5%', '其他应主动公开的政府信息38件'), 2020)).toEqual(['text.parts-sum:error:62:64']);
  });
  it('a bracket of this year\'s total ("累计本年…") is not set aside', () => {
    const thisYear = '2020年，某厅主动公开的政府信息64件（累计本年新增64件）。其中，厅文件类16件，部门文件类8件，其他应主动公开的政府信息40件。';
    expect(partsSum(thisYear, 2020)).toEqual(['pass 16件+8件+40件 = 64件']);
  });
});
