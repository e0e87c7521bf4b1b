/**
 * Session hunt33's false-flag hunt on real report prose: the 主动公开 paragraphs of 省/市/县 reports and
 * their departments (政务新媒体, 新闻发布会, 公报, 建议提案), the 依申请 and 复议 paragraphs, and the prose-only
 * reports of 2010–2018 (excerpts of published reports; the real text is not kept here). Each sentence
 * below is self-written: the real sentence's shape with another body and other numbers. Text only.
 * - FIXED: shapes where the checker reported a mistake the report does not make, now read right.
 * - TWINS: the same shapes where the report is really wrong, which must still be errors.
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse } from './narrative-tables.ts';

const run = (text: string) => runProse(`<p>${text}</p>`, {}, 2020, '青禾县市场监督管理局');
const keys = (text: string) => findingKeys(run(text));
const partsSum = (text: string) => run(text).checks.filter((k) => k.rule === 'text.parts-sum').map((k) => `${k.outcome} ${k.detail ?? ''}`);

describe('hunt33: "按…区分，N件…，且M件…": the 且 clause counts the same whole by another measure', () => {
  // Seen in a 2020 city department's report: by channel every application came online, and (且)
  // some asked for what is no government information; the checker summed both against the whole
  const text = '（二）依申请公开。在受理的7件政府信息公开申请中，按申请方式区分，7件属于网络平台申请，且2件申请内容不属于政府信息，已告知申请人查询途径。';
  it('no finding, and no 7+2 read against 7', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text).filter((d) => d.startsWith('fail'))).toEqual([]);
  });
  it('the same with 并且', () => {
    expect(keys('（二）依申请公开。全年受理申请7件。按申请方式分，7件为网上申请，并且3件已在法定期限内答复。')).toEqual([]);
  });
});

describe('hunt33: "X、Y和其他Z" names one kind of information, not the rest of the whole', () => {
  // Seen in a 2020 city finance bureau's report: nine kinds of information after 其中：, one of them
  // "行政许可、行政处罚和其他权力…条"; read as the list's 其他 item, the list (short of its total, as
  // a 其中 list may be) was an error
  const text = '（一）主动公开情况。全年共主动公开政府信息360条。其中：部门文件41条，人事信息37条，行政许可、行政处罚和其他权力28条，惠农补贴信息22条，政府采购信息15条。';
  it('a list short of its total with such an item is a skip, not an error', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)).toEqual(['skip 所列各项之和143条小于总数360条，列举可能不完整']);
  });
  it('"…和其他…" adding up is still a pass', () => {
    expect(partsSum('（一）主动公开情况。全年共主动公开政府信息143条。其中：部门文件41条，人事信息37条，行政许可、行政处罚和其他权力28条，惠农补贴信息22条，政府采购信息15条。'))
      .toEqual(['pass 41条+37条+28条+22条+15条 = 143条']);
  });
});

describe('hunt33: a 其中 list of kinds ends where a clause turns to another place of publication', () => {
  // Seen in a 2020 town report: the site's items by kind add up; then a clause "在信息公开目录系统
  // 发布…" counts what the 目录系统 holds, and its last item was summed in
  const text = '（一）主动公开。全年通过镇政府网站共主动公开政府信息150条，其中更新工作动态120条，发布人事信息10条，发布公告20条，在信息公开目录系统发布政务动态120篇，更新组织机构信息12条。';
  it('the list up to the turn adds up: a pass, no finding', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)).toContain('pass 120条+10条+20条 = 150条');
  });
  it('"通过微信公众号推送…" turns the same way', () => {
    expect(keys('（一）主动公开。全年共主动公开政府信息150条，其中工作动态120条，通知公告30条，通过微信公众号推送信息40条。')).toEqual([]);
  });
});

describe('hunt33: "在…N件…中，X的a件，占总数的p%": 总数 may be the total before the frame', () => {
  // Seen in a 2017 bureau report: the applications received in one paragraph, then "在已经答复的…件
  // 申请中，同意公开的…件，占总数的…%": of all received, as its other shares of 总数 are
  it('a share of the total received, not of the frame\'s 9, passes', () => {
    const r = runProse('<p>三、依申请公开情况。本局全年共受理信息公开申请20件。</p><p>在已经答复的18件申请中，“同意公开”的14件，占总数的70%。</p>', {}, 2020, '青禾县文物局');
    expect(findingKeys(r)).toEqual([]);
    expect(r.checks.filter((k) => k.rule === 'text.share').map((k) => `${k.outcome} ${k.detail}`)).toEqual(['pass 14件 ÷ 20件 = 70%，正文 70%']);
  });
});

describe('hunt33: twins that must still fire', () => {
  it('a list really over its whole, with a clause turning to another place, is still an error', () => {
    // neither the site's items (120+10+20 = 150) nor all of them fit 140 (told against the site's items,
    // the shortest reading that stops at the turn: hunt40b, parts-judge.ts's shortestPrefix; it was 162)
    expect(keys('（一）主动公开。全年通过镇政府网站共主动公开政府信息140条，其中更新工作动态120条，发布人事信息10条，发布公告20条，在信息公开目录系统更新组织机构信息12条。'))
      .toEqual(['text.parts-sum:error:150:140']);
  });
  it('a list of channels over its whole is read as before (the turn is one more channel)', () => {
    expect(partsSum('（一）主动公开。全年共主动公开政府信息150条，其中通过政府网站发布120条，通过微信公众号发布40条。').some((d) => d.startsWith('pass'))).toBe(false);
  });
  it('a share of 总数 that fits neither the frame nor the total before is still an error', () => {
    const r = runProse('<p>三、依申请公开情况。本局全年共受理信息公开申请20件。</p><p>在已经答复的18件申请中，“同意公开”的11件，占总数的70%。</p>', {}, 2020, '青禾县文物局');
    expect(findingKeys(r).filter((k) => k.startsWith('text.share'))).toHaveLength(1);
  });
  it('a share of the frame, named so, is judged against the frame only', () => {
    const r = runProse('<p>三、依申请公开情况。本局全年共受理信息公开申请20件。</p><p>在已经答复的18件申请中，“同意公开”的14件，占已答复申请的70%。</p>', {}, 2020, '青禾县文物局');
    expect(findingKeys(r).filter((k) => k.startsWith('text.share'))).toHaveLength(1);
  });
  it('a list closed by its own 其他 item and short of its whole is an error', () => {
    expect(keys('（一）主动公开情况。全年共主动公开政府信息360条。其中：部门文件41条，人事信息37条，惠农补贴信息22条，其他信息15条。'))
      .toEqual(['text.parts-sum:error:115:360']);
  });
  it('"及其他信息" as the last item still closes the list', () => {
    expect(keys('（一）主动公开情况。全年共主动公开政府信息360条，其中部门文件41条、人事信息37条及其他信息15条。'))
      .toEqual(['text.parts-sum:error:93:360']);
  });
  it('a "按…分" list over its whole with no 且 is still an error', () => {
    expect(keys('（二）依申请公开。全年受理申请7件。按申请方式分，网上申请6件，信函申请3件。')).toEqual(['text.parts-sum:error:9:7']);
  });
  it('a 其中 list over its whole stays an error (as in a 2020 city office report seen)', () => {
    expect(keys('（一）主动公开情况。全年通过政府信息公开目录主动公开政府信息250条，其中规范性文件类信息10条，其他文件类信息170条，政务动态等信息80条。'))
      .toEqual(['text.parts-sum:error:260:250']);
  });
  it('a closed list two short of its whole stays an error (as in a 2017 county report seen)', () => {
    expect(keys('（一）主动公开。全县全年主动公开政府信息5210条。其中，概况类信息31条、规范性文件类信息150条、工作动态类信息820条、财政类信息119条，其它信息数量4088条。'))
      .toEqual(['text.parts-sum:error:5208:5210']);
  });
});
