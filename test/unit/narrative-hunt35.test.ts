/**
 * Session hunt35's false-flag hunt on real report prose: the 2023–2025 reports of 江苏, 浙江, 山东,
 * 广东, 福建, 上海, 北京, 天津, 河北, 河南, 湖北, 湖南, 安徽, 江西, 陕西, 四川 and 重庆, of 市/区/县
 * departments, 街道 and 乡镇 (excerpts of published reports; the real text is not kept here), read for
 * their paragraphs with arithmetic of their own. Each sentence below is self-written: the real
 * sentence's shape with another body and other numbers. Text only.
 * - FIXED: shapes where the checker reported a mistake the report does not make, now read right.
 * - TWINS: the same shapes where the report is really wrong, which must still be errors.
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse } from './narrative-tables.ts';

const run = (text: string) => runProse(`<p>${text}</p>`, {}, 2024, '澄江县人民政府');
const keys = (text: string) => findingKeys(run(text));
const partsSum = (text: string) => run(text).checks.filter((k) => k.rule === 'text.parts-sum').map((k) => `${k.outcome} ${k.detail ?? ''}`);

describe('hunt35: a 其中 list in two groups, each closed by its own "共发布N条"', () => {
  // Seen in a 2024 district bureau's report: the 目录's items then "共发布102条", the 专栏's items
  // then "共发布86条", together the whole; only the first subtotal was taken out, and the list was an
  // error against its first group
  const text = '（一）主动公开。2024年，主动公开政府信息公开目录和专题专栏信息共150条。其中政府信息公开目录中公开机构职能3条、部门文件18条、工作动态40条、其他5条，共发布66条；专题专栏包括价格收费50条、重点项目34条，共发布84条。';
  it('each group adds up to its subtotal and the groups to the whole: a pass, no finding', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)).toContain('pass 3条+18条+40条+5条+50条+34条 = 150条');
  });
  it('groups that do not add up to the whole: still an error', () => {
    expect(keys(text.replace('共150条', '共160条')).filter((k) => k.startsWith('text.parts-sum:error'))).toHaveLength(1);
  });
  it('one subtotal only, as before: its items add up and the list goes on', () => {
    expect(partsSum('（一）主动公开。全年公开信息共90条，其中工作动态40条、通知公告30条，共计70条，其他20条。')).toContain('pass 40条+30条+20条 = 90条');
  });
});

describe('hunt35: a list whose first items add up to the whole, the rest kinds across them', () => {
  // Seen in a 2023 county report: "共发布信息4034条，其中政务信息2657条，县直及各乡镇1377条，政策解读
  // 24条，人事和招聘信息92条，基层政务公开专栏745条": the first two add up to the whole, the others
  // are columns the same items fall in; the whole list summed was an error
  const text = '（一）主动公开情况。全年县政府网站共发布信息3210条，其中政务信息2100条，部门及乡镇信息1110条，政策解读31条，人事和招聘信息56条，基层政务公开专栏410条。';
  it('a skip that says so, never an error', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)[0]).toMatch(/^skip .*前2项之和恰为总数3210条/);
  });
  it('one item after the ones adding up is still an error (an item left out of the total)', () => {
    expect(keys('（一）主动公开情况。全年县政府网站共发布信息3210条，其中政务信息2100条，部门及乡镇信息1110条，政策解读31条。')).toEqual(['text.parts-sum:error:3241:3210']);
  });
  it('an 其他 item among those after is still an error', () => {
    expect(keys(text.replace('人事和招聘信息56条', '其他信息56条')).filter((k) => k.startsWith('text.parts-sum:error'))).toHaveLength(1);
  });
  it('results with a count still open after them are still an error', () => {
    expect(keys('（二）依申请公开。截至2024年12月31日，已办结40件，其中予以公开20件、部分公开5件、不予公开3件、无法提供10件、不予处理2件、其他处理1件，尚有0件正在办理。')).toEqual(['text.parts-sum:error:41:40']);
  });
  it('results of applications, one dimension, are still an error', () => {
    expect(keys('（二）依申请公开。全年共办结申请50件，其中予以公开30件，部分公开20件，不予公开5件，无法提供3件。')).toEqual(['text.parts-sum:error:58:50']);
  });
});

describe('hunt35: a note in brackets after an item, "（…转办N件）", is that item\'s, no item of the list', () => {
  // Seen in a 2024 district commission's report: "申请16件，包括自然人申请15件（市…转办1件），法人或
  // 其他组织申请1件": the bracket's 1 was summed in and the list was an error, 17 against 16
  const text = '（二）依申请公开。2024年，我局共收到政府信息公开申请23件，包括自然人申请21件（市住建委转交2件），法人或其他组织申请2件。';
  it('read without the note, the list adds up: a pass, no finding', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)).toContain('pass 21件+2件 = 23件');
  });
  it('a list wrong without the note is still an error', () => {
    expect(keys(text.replace('23件', '24件')).filter((k) => k.startsWith('text.parts-sum:error'))).toHaveLength(1);
  });
  it('a list adding up with the bracket\'s figure passes as before', () => {
    expect(partsSum(text.replace('23件', '25件'))).toContain('pass 21件+2件+2件 = 25件');
  });
});

describe('hunt35: "N条，（其中，A N条：包括…）": the colon opens A\'s own list', () => {
  // Seen in a 2024 township report: the bracket's 其中 names one kind equal to the whole, and its
  // colon list of ten kinds was summed in with it, 32 against 16
  const text = '（一）主动公开情况。2024年，镇政府网站公开信息数24条，（其中，法定主动公开内容24条：包括机构职能2条、工作部署3条、行政执法公示9条、部门预算4条、部门决算3条、政府信息公开年报1条、政府信息公开指南2条。）';
  it('no error: the kind is no sum with its own items', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text).some((d) => d.startsWith('fail'))).toBe(false);
  });
  it('the colon list against its kind: a pass', () => {
    expect(partsSum(text)).toContain('pass 2条+3条+9条+4条+3条+1条+2条 = 24条');
  });
  it('a colon list wrong against its kind is an error', () => {
    expect(keys(text.replace('部门决算3条', '部门决算4条'))).toEqual(['text.parts-sum:error:25:24']);
  });
});

describe('hunt35: channels after "收到N件，上年结转M件，其中：" add up to N + M', () => {
  // Seen in a 2024 Shanghai 街道 report: the channels of the 12 received and the 1 carried in add up
  // to 13; they were held to the 12 and were an error (a skip now: they may also be the 12's with one
  // too many, red team 23's m41)
  const text = '（二）依申请公开。2024年，本机关共收到政府信息公开申请20件，上年结转政府信息公开申请2件，其中：当面申请5件，邮寄申请3件，网络申请14件。';
  it('the channels of both: a skip that says so, no finding', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)).toEqual(['skip 所列各渠道之和22件等于收到与上年结转之和（20件+2件），可能是两者合计的渠道，不作判断']);
  });
  it('channels adding up to the count received pass as before', () => {
    expect(partsSum(text.replace('网络申请14件', '网络申请12件'))).toContain('pass 5件+3件+12件 = 20件');
  });
  it('channels adding up to neither are still an error', () => {
    expect(keys(text.replace('网络申请14件', '网络申请16件')).filter((k) => k.startsWith('text.parts-sum:error'))).toHaveLength(1);
  });
});

describe('hunt35: "N条，包括A N条，以及B M条": the 以及 clause names something else published', () => {
  // Seen in a 2025 街道 report: a one-item 包括 equal to its count, then "，以及…2条" beside it; the
  // list summed was an error, 3 against 1
  const text = '（一）主动公开情况。2025年度，发布法定主动公开内容3条，包括机构职能3条，以及部门预算和决算信息2条。';
  it('a skip that says so, never an error', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)[0]).toMatch(/^skip .*“以及”之前的3条恰为总数/);
  });
  it('items before 以及 that do not add up to the whole: still an error', () => {
    expect(keys('（一）主动公开情况。2025年度，发布法定主动公开内容3条，包括机构职能2条，领导信息2条，以及部门预算信息1条。')).toEqual(['text.parts-sum:error:5:3']);
  });
  it('以及 joining the last item of a run is no turn', () => {
    expect(keys('（一）主动公开情况。全年发布信息8条，其中机构职能5条、领导信息3条以及预算信息2条。')).toEqual(['text.parts-sum:error:10:8']);
  });
});

describe('hunt35: "到期办结率" is the rate of those fallen due, no 办结 ÷ 受理', () => {
  // Seen in a 2024 provincial commission's report: "受理…408件，办结391件，到期办结率100%" was an error
  // (391 ÷ 408 = 95.8%): the 17 not yet due are no base of it
  const shares = (t: string) => run(t).checks.filter((k) => k.rule === 'text.share').map((k) => `${k.outcome} ${k.detail ?? ''}`);
  it('not read as 办结 ÷ 受理: no finding', () => {
    const text = '（二）依申请公开。全年共受理政府信息公开申请126件，办结119件，到期办结率100%。';
    expect(keys(text)).toEqual([]);
    expect(shares(text)).toEqual([]);
  });
  it('a bare 办结率 in the same sentence is still read, and wrong an error', () => {
    expect(keys('（二）依申请公开。全年共受理政府信息公开申请126件，办结119件，办结率100%。')).toEqual(['text.share:error:94.4:100']);
  });
});
