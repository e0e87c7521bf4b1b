/**
 * Red team 15 (test/fixtures/redteam15): the reports before 2019, prose only. Lists of parts: each
 * reading the red team needed fires on a list that overshoots its whole, passes one that adds up, and
 * the readings the text does not exclude (carried applications, open ones) stay a skip.
 */
import { describe, expect, it } from 'vitest';
import { flagged, runProse } from './narrative-tables.ts';

const run = (text: string, year: number | null = 2013) => runProse(`<p>${text}</p>`, {}, year);
const rules = (text: string) => flagged(run(text)).map((f) => `${f.rule}/${f.severity}~${f.quote}`);
const details = (text: string) => run(text).checks.map((c) => `${c.rule}:${c.outcome}:${c.detail}`);

describe('results under a head naming the applications they are of (text.parts-sum)', () => {
  const head = (g: number) => `全年共受理政府信息公开申请107件，已全部办结。在受理的107件申请中，同意公开${g}件，同意部分公开6件，不予公开8件，信息不存在16件，非本机关职责范围4件。`;
  it('over the count: an error; equal: a pass; short: a skip (some may be open)', () => {
    expect(rules(head(77))).toEqual(['text.parts-sum/error~在受理的107件申请中，同意公开77件，同意部分公开6件，不予公开8件，信息不存在16件，非本机关职责范围4件']);
    expect(details(head(73))).toContain('text.parts-sum:pass:73件+6件+8件+16件+4件 = 107件');
    expect(rules(head(70))).toEqual([]);
    expect(details(head(70)).join()).toContain('列举可能不完整');
  });

  it('the pre-2019 words of results (信息不存在, 非本机关职责范围, 申请内容不明确, 正在办理) are results', () => {
    const open = '在受理的86件申请中，同意公开50件，非本机关职责范围6件，申请内容不明确3件，正在办理27件。';
    expect(details(open)).toContain('text.parts-sum:pass:50件+6件+3件+27件 = 86件');
    expect(rules('在受理的86件申请中，同意公开50件，非本机关职责范围6件，申请内容不明确3件，正在办理30件。')).toHaveLength(1);
  });

  it('results after 其中 under the count received stay a skip: last year\'s applications may be among them', () => {
    const qz = '全年共受理政府信息公开申请107件，已全部办结。其中同意公开77件，同意部分公开6件，不予公开8件，信息不存在16件，非本机关职责范围4件。';
    expect(rules(qz)).toEqual([]);
    expect(details(qz).join()).toContain('办理结果可含上年结转的申请');
  });
});

describe('a 其中 in a bracket does not end the list around it (text.parts-sum)', () => {
  const list = (ne: number) => `全年共受理申请90件，正在办理4件，已办结86件，其中同意公开50件，同意部分公开10件，不予公开8件（其中涉及国家秘密2件、个人隐私6件），信息不存在${ne}件，非本机关职责范围6件。`;
  it('the outcomes after the bracket count: over the 办结, an error; equal, a pass', () => {
    expect(details(list(12))).toContain('text.parts-sum:pass:50件+10件+8件+12件+6件 = 86件');
    expect(details(list(12))).toContain('text.parts-sum:pass:2件+6件 = 8件');
    expect(rules(list(17))).toEqual([
      'text.parts-sum/error~已办结86件，其中同意公开50件，同意部分公开10件，不予公开8件（其中涉及国家秘密2件、个人隐私6件），信息不存在17件，非本机关职责范围6件',
    ]);
  });

  it('a 其中 outside any bracket still opens a sub-list', () => {
    const nested = '主动公开政府信息1256条，其中政策文件356条，工作动态900条，其中市级动态500条、区县动态400条。';
    expect(rules(nested)).toEqual([]);
    expect(details(nested)).toContain('text.parts-sum:pass:356条+900条 = 1256条');
  });
});

describe('publication channels overlap: 公报 and 发布会 as where information is published (text.parts-sum)', () => {
  it('over the whole: a skip with its reason; with an 其他 item closing the list, still an error', () => {
    const all = '全年主动公开政府信息12,345条，其中通过政府网站公开12,345条，通过政府公报公开234条，通过新闻发布会公开56条。';
    expect(rules(all)).toEqual([]);
    expect(details(all).join()).toContain('各发布渠道的信息可能重复计数');
    expect(rules('全年主动公开政府信息12,345条，其中通过政府网站公开12,345条，通过政府公报公开234条，通过其他方式公开56条。')).toHaveLength(1);
  });

  it('发布会 counted themselves are no channel: their parts over the whole are an error', () => {
    expect(rules('全年召开新闻发布会23场，其中市政府新闻发布会17场、部门新闻发布会9场。')).toEqual(['text.parts-sum/error~全年召开新闻发布会23场，其中市政府新闻发布会17场、部门新闻发布会9场']);
    expect(rules('全年召开新闻发布会26场，其中市政府新闻发布会17场、部门新闻发布会9场。')).toEqual([]);
  });
});

describe('a colon right after the whole opens its parts (text.parts-sum)', () => {
  it('over the whole: an error; equal: a pass; short: a skip', () => {
    expect(rules('全年共受理政府信息公开申请86件：当面申请12件，网上申请60件，信函申请20件。')).toEqual(['text.parts-sum/error~全年共受理政府信息公开申请86件：当面申请12件，网上申请60件，信函申请20件']);
    expect(details('全年共受理政府信息公开申请86件：当面申请12件，网上申请60件，信函申请14件。')).toContain('text.parts-sum:pass:12件+60件+14件 = 86件');
    expect(rules('全年共受理政府信息公开申请86件：当面申请12件，网上申请50件。')).toEqual([]);
  });

  it('results after the colon under a count received stay a skip; no colon list without one dimension', () => {
    expect(rules('全年共受理政府信息公开申请86件：同意公开50件，部分公开10件，不予公开30件。')).toEqual([]);
    expect(run('全年主动公开政府信息12,345条：政府网站9,876条，政府公报234条，新闻发布会56条。').checks).toEqual([]);
    expect(run('联系电话：0830-3115719，邮编：646000。').checks).toEqual([]);
  });
});
