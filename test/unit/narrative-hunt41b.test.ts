/**
 * Session hunt41b's false-flag hunt on real report prose: excerpts of the prose-only reports of 2009–2018
 * (before the 2019 template's tables), of every province and level — 省/市 governments, 区/县, 乡镇/街道 and
 * 厅/局/委 — favouring 天津, 海南, 青海, 宁夏, 西藏, 辽宁, 吉林, 甘肃, 新疆, 上海, 贵州, 云南 and 山西, a handful in
 * traditional characters, each read as a page of its paragraphs with its year and body (excerpts of published
 * reports; the real text is not kept here). Each false flag's shape is FIXED and kept below as self-written
 * sentences of the same shape with another body and other numbers, with its TWIN (the same shape, really
 * wrong) still flagged. Text only.
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse } from './narrative-tables.ts';

const run = (text: string, year = 2013) => runProse(`<p>${text}</p>`, {}, year, '某某县人民政府');
const keys = (text: string, year = 2013) => findingKeys(run(text, year));
const checks = (text: string, rule: string, year = 2013) => run(text, year).checks.filter((k) => k.rule === rule).map((k) => `${k.outcome} ${k.detail ?? ''}`);

describe('hunt41b: a later ；-clause opening on a verb of publishing ends a 其中 list of columns', () => {
  // Seen in a 2011 街道 report: "共发布主动公开信息N条，其中“机构设置”栏目发布信息a条；“工作动态”栏目发布信息b条；
  // 发布依申请公开信息共c条" — the two columns add up, the 依申请 clause after them was summed in (qizhong-ends.ts)
  const text = '2012年，我镇政府信息公开网共发布主动公开信息45条，其中“领导信息”栏目发布信息5条；“镇务动态”栏目发布信息40条；发布依申请公开信息共12条，全文电子化率100%。';
  it('the two columns make the whole: a pass, never an error', () => {
    expect(keys(text)).toEqual([]);
    expect(checks(text, 'text.parts-sum')[0]).toMatch(/^pass /);
  });
  it('TWIN: the two columns over the whole: still an error', () => {
    expect(keys(text.replace('“镇务动态”栏目发布信息40条', '“镇务动态”栏目发布信息44条'))).toEqual(['text.parts-sum:error:49:45']);
  });
  it('TWIN: a third column with no verb of its own is still an item', () => {
    expect(keys(text.replace('发布依申请公开信息共12条', '“通知公告”栏目信息12条'))).toEqual(['text.parts-sum:error:57:45']);
  });
});

describe('hunt41b: a number with no counter among the kinds makes a short list a skip', () => {
  // Seen in a 2013 county's report: "累计公开政府信息N条，…其中，政务公告类信息a条，…会议活动类信息c条，部门动态d，其他
  // 信息e条" — d written without 条 was left out, and the list, closed by 其他, an error short of its whole (parts-judge.ts)
  const text = '2013年，我县累计公开政府信息900条，全文电子化率为100%。其中，政务公告类信息100条，政府文件类信息80条，会议活动类信息300条，部门动态250，其他信息170条。';
  it('short by the unitless number: a skip, never an error', () => {
    expect(keys(text)).toEqual([]);
    expect(checks(text, 'text.parts-sum')[0]).toMatch(/^skip .*部门动态250/);
  });
  it('TWIN: every kind with its counter, short of the whole and closed by 其他: still an error', () => {
    expect(keys(text.replace('部门动态250，', '部门动态200条，'))).toEqual(['text.parts-sum:error:850:900']);
  });
  it('TWIN: over the whole even without the unitless number: still an error', () => {
    expect(keys(text.replace('会议活动类信息300条', '会议活动类信息600条'))).toEqual(['text.parts-sum:error:950:900']);
  });
});
