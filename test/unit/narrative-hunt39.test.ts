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
  it('the inner whole with no share of its own, or one that does not hold: read against the inner whole, as before', () => {
    const noOwn = `${head}业务动态类信息76条（其中工作信息60条，占总体的70%；通知公告12条，占总体的15%，年度报告4条，占总体的5%）。`;
    expect(keys(noOwn).filter((k) => k.startsWith('text.share:error'))).toEqual(['text.share:error:79:70']);
  });
});
