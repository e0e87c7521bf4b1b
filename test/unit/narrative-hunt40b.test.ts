/**
 * Session hunt40b's false-flag hunt on real report prose: 135 excerpts of the reports the hunts had read
 * least, the 2019–2021 reports (the first years of the 2019 template) of 河北, 内蒙古, 黑龙江, 江西, 广西,
 * 四川, 贵州, 云南 and 陕西 (县/区/旗 governments, 街道/乡镇/苏木, city and county 委/办/局), and a few 2022–2025
 * 街道/乡镇 reports of 北京, 上海, 江苏 and 浙江, each read as a page of its paragraphs with its year and body
 * (excerpts of published reports; the real text is not kept here). Their prose gave three errors, all the
 * reports' own; one of them was told with the wrong sum, and its shape, with the list adding up, was the
 * checker's false error. That shape is FIXED and kept below as self-written sentences of the same shape with
 * another body and other numbers, with its TWIN (the same shape, really wrong) still an error. Text only.
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse } from './narrative-tables.ts';

const run = (text: string, year = 2020) => runProse(`<p>${text}</p>`, {}, year, '某某区人民政府');
const keys = (text: string, year = 2020) => findingKeys(run(text, year));
const checks = (text: string, rule: string, year = 2020) => run(text, year).checks.filter((k) => k.rule === rule).map((k) => `${k.outcome} ${k.detail ?? ''}`);

describe('hunt40b: the year again, a channel\'s name, then a verb of publishing, after a list of kinds', () => {
  // Seen in a 2020 district's report: "在区政府门户网站主动公开政务信息N条，其中公告a条，…街办动态i条，全年微X编发图文视频
  // 信息j版，k条等" — what the district's WeChat account sent was summed in as one more kind of the site's information
  const text = '（一）主动公开政府信息情况。我区在区政府门户网站主动公开政务信息900条，其中通知公告120条，政策文件300条，部门动态280条，街道动态200条，全年微某区编发图文视频信息150版，1200条等。';
  it('the four kinds make the site\'s whole: a pass, never an error', () => {
    expect(keys(text)).toEqual([]);
    expect(checks(text, 'text.parts-sum')[0]).toMatch(/^pass /);
  });
  it('TWIN: the four kinds over the whole: an error, told without the account\'s count', () => {
    const wrong = text.replace('街道动态200条', '街道动态260条');
    expect(keys(wrong)).toEqual(['text.parts-sum:error:960:900']);
    expect(checks(wrong, 'text.parts-sum')[0]).toMatch(/^fail /);
  });
  it('TWIN: a clause of the year with no name of a channel and no verb of publishing is still an item', () => {
    // "全年其他信息…" names a kind, not a place: the list runs on over it, as before
    expect(keys(text.replace('全年微某区编发图文视频信息150版，1200条等', '全年其他信息10条'))).toEqual(['text.parts-sum:error:910:900']);
  });
});

describe('hunt40b: a list over its whole even without the items past a turn is told without them', () => {
  // Seen in the same 2020 district's report: the nine kinds alone were over the site's whole (the report's own
  // mistake), but the error named the sum with the account's count summed in; and hunt40's twin of the messages
  // handled (parts-judge.ts: shortestPrefix)
  const text = '我区在区政府门户网站主动公开政务信息900条，其中通知公告120条，政策文件300条，部门动态280条，街道动态260条，全年发布解读信息40条。';
  it('the error names the four kinds\' sum, 960, not the widest reading\'s 1000', () => {
    expect(keys(text)).toEqual(['text.parts-sum:error:960:900']);
  });
  it('a list with no turn is told with all its items, as before', () => {
    expect(keys(text.replace('，全年发布解读信息40条', '，其他信息40条'))).toEqual(['text.parts-sum:error:1000:900']);
  });
});
