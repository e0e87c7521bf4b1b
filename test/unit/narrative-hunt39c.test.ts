/**
 * Session hunt39c's false-flag hunt on real report prose: 147 excerpts of the 2022–2025 reports of
 * 开发区/高新区/经开区 管委会, 县级 departments (发展改革, 教育, 民政, 自然资源, 生态环境, 住建, 交通, 水利, 农业农村,
 * 商务, 卫健, 市场监管, 医保) and 街道/乡镇 (excerpts of published reports; the real text is not kept here),
 * each read as a page of its paragraphs with its year and body. None of the checker's errors on them
 * was its own mistake; the shapes it read right are kept below as guards, self-written: the real
 * sentence's shape with another body and other numbers. Text only.
 * - FIXED: one miss, a total written 合计共 after its items, now summed.
 * - GUARDS: shapes of the real prose that stay right (a pass or a skip), with their TWINS (the same
 *   shape, really wrong) still errors.
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse } from './narrative-tables.ts';

const run = (text: string, year = 2024) => runProse(`<p>${text}</p>`, {}, year, '某某县人民政府');
const keys = (text: string, year = 2024) => findingKeys(run(text, year));
const checks = (text: string, rule: string, year = 2024) => run(text, year).checks.filter((k) => k.rule === rule).map((k) => `${k.outcome} ${k.detail ?? ''}`);

describe('hunt39c: a total written 合计共/总计共 after its items sums them (was not read)', () => {
  // Seen in a 2025 county 水利局's report: "…发布基础信息a条，…重大建设项目领域信息b条，水利领域信息c条，合计共N条" —
  // 合计共 (合计 and 共 doubled) was no total's word, and the list was not read at all
  const text = '（一）主动公开情况。通过政务信息公开网主动公开发布基础信息120条，主动公开发布重大建设项目领域信息8条，农业领域信息60条，合计共188条。';
  it('the items make the total: a pass', () => {
    expect(keys(text, 2025)).toEqual([]);
    expect(checks(text, 'text.parts-sum', 2025)).toContain('pass 120条+8条+60条 = 188条');
  });
  it('TWIN: the items run over the total: an error', () => {
    expect(keys(text.replace('合计共188条', '合计共180条'), 2025)).toEqual(['text.parts-sum:error:188:180']);
  });
  it('the items short of the total: a skip (a list may leave an item out), never an error', () => {
    const short = text.replace('合计共188条', '合计共200条');
    expect(keys(short, 2025)).toEqual([]);
    expect(checks(short, 'text.parts-sum', 2025)[0]).toMatch(/^skip /);
  });
  it('总计共 after channels: the same; over it an error', () => {
    const channels = '（二）依申请公开情况。全年网上申请30件，信函申请9件，当面申请2件，总计共41件。';
    expect(keys(channels)).toEqual([]);
    expect(checks(channels, 'text.parts-sum')).toContain('pass 30件+9件+2件 = 41件');
    expect(keys(channels.replace('总计共41件', '总计共38件'))).toEqual(['text.parts-sum:error:41:38']);
  });
});

describe('hunt39c guards: a channels list and a second breakdown 按类别划分 of one channel', () => {
  // Seen in a 2025 镇's report: "全年主动公开各类政府信息N条，其中政府网站a条、…微信公众号b条、其他渠道c条；按类别
  // 划分，政务信息类…" — the kinds add up to the website's count, not to N
  const text = '（一）主动公开情况。全年主动公开各类政府信息500条，其中政府网站240条、“某某印象”微信公众号160条、其他渠道100条；按类别划分，政务信息类120条、法定主动公开内容40条、基层政务公开70条、其他信息公开10条。';
  it('both lists read against their own wholes: two passes', () => {
    expect(keys(text, 2025)).toEqual([]);
    expect(checks(text, 'text.parts-sum', 2025)).toEqual(['pass 240条+160条+100条 = 500条', 'pass 120条+40条+70条+10条 = 240条']);
  });
  it('TWIN: channels over the whole: an error', () => {
    expect(keys(text.replace('其他渠道100条', '其他渠道110条'), 2025)).toContain('text.parts-sum:error:510:500');
  });
});

describe('hunt39c guards: a result after the channels of a count received is no channel', () => {
  // Seen in a 2024 县人民政府's report: "全年共收到信息公开申请N件，其中：线上N件、线下0件，驳回a件，均已按时办结"
  const text = '（二）依申请公开情况。全年共收到信息公开申请15件，其中：线上15件、线下0件，驳回6件，均已按时办结。';
  it('the channels make the count; the 驳回 not summed in: a pass', () => {
    expect(keys(text)).toEqual([]);
    expect(checks(text, 'text.parts-sum')).toEqual(['pass 15件+0件 = 15件']);
  });
  it('TWIN: channels over the count: an error', () => {
    expect(keys(text.replace('线上15件、线下0件', '线上14件、线下3件'))).toEqual(['text.parts-sum:error:17:15']);
  });
});

describe('hunt39c guards: shares and rates as the 2022–2025 prose writes them', () => {
  it('a 办结率 cut at its last digit (95.23% for 20 of 21): a pass; a wrong rate still an error', () => {
    const text = '（二）依申请公开情况。2024年度收到依申请信息32件，均按规定在法定期限内予以答复，已办结29件，办结率90.62%，3件结转下年答复。';
    expect(keys(text)).toEqual([]);
    expect(keys(text.replace('办结率90.62%', '办结率93.62%'))).toEqual(['text.share:error:90.63:93.62']);
  });
  it('shares of the channels one a clause, all of one whole: passes; one wrong share an error', () => {
    const text = '2023年，累计公开政府信息660条。从公开渠道来看，政府网站公开信息110条，占比16.67%；政务新媒体公开信息150条，占比22.73%；通过报刊、电视、广播等传统公开载体公开信息400条，占比60.61%。';
    expect(keys(text, 2023)).toEqual([]);
    expect(keys(text.replace('占比60.61%', '占比62.61%'), 2023)).toEqual(['text.share:error:60.61:62.61']);
  });
  it('a last share moved by one in its last digit so the shares make 100%: a skip, never an error', () => {
    // (the real one: 55.18% for 320 of 580, 55.17% rounded, the three shares 100.00% together)
    const text = '2023年，累计公开政府信息580条。从公开渠道来看，政府网站公开信息118条，占比20.34%；政务新媒体公开信息142条，占比24.48%；通过报刊、电视、广播等传统公开载体公开信息320条，占比55.18%。';
    expect(keys(text, 2023)).toEqual([]);
    expect(checks(text, 'text.share', 2023).filter((c) => c.startsWith('skip'))).toHaveLength(1);
  });
});

describe('hunt39c guards: the report\'s own mistakes stay errors', () => {
  it('a 其中 list one over its whole (as a 2023 镇 and a 2022 镇 wrote): an error', () => {
    expect(keys('2023年，某镇人民政府门户网站累计主动公开政府信息215条。其中，工作动态180条，领导信息20条，法定主动公开16条。', 2023)).toEqual(['text.parts-sum:error:216:215']);
  });
  it('two kinds over the count they are of (as a 2023 县交通运输局 wrote): an error', () => {
    expect(keys('1、主动公开：2023年度我局主动向社会公开交通运输工程项目情况、工作总结等各类信息7条，其中决策信息公开5条，政策法规公开3条。', 2023)).toEqual(['text.parts-sum:error:8:7']);
  });
  it('a closed list with its 其他 item far short of its whole (as a 2023 市卫健委 wrote): an error', () => {
    expect(keys('2023年1—12月，我委在网站累计发布信息410条，其中政策文件20条、行政许可120条、行政执法40条、人事信息10条、年度财政预决算8条、其他重点信息6条、工作动态90条。', 2023)).toEqual(['text.parts-sum:error:294:410']);
  });
});
