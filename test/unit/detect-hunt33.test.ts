// @vitest-environment node
/**
 * Session detect33's hunt on real pages around the reports: 94 pages rebuilt from stored copies of
 * public pages (reports 2009–2024 of every level, 乡镇, 街道, departments, schools, a 高校's report,
 * copies on wiki mirrors, 繁體 pages; and 解读, 通知, 工作要点, 指南, 申请须知, 年度报告格式, news,
 * 法治政府建设 papers, 社会组织 and 国企 年报 notices), plus listing, attachment and frame pages made
 * from their titles. The real text is not kept here: each page below is self-written, the real
 * page's shape with another body and other numbers.
 * - FIXED: a pre-2019 report of a small body that states its zeros in words ("未收到", "未发生",
 *   "未收取") and hardly a number was taken for a 发布通知; a forum's "…年度工作报告范文" was taken
 *   for a report (of no year, no body); the body of a title with a red-header's 签发人 before it
 *   was read as the signer's name.
 * - Each has its twin that must keep its answer: the 通知 listing the headings, a 说明, a report
 *   with its body before the year.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectReport } from '../../lib/detect/detect-report.ts';
import { firstLook } from '../../lib/detect/first-look.ts';
import { matchReportTitle, matchZhengwuTitle } from '../../lib/detect/title.ts';

function doc(title: string, content: string): Document {
  return parseHTML(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head>
<body><div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a></div>
<div class="article">${content}</div><div class="footer"><p>主办：青禾县人民政府办公室</p></div></body></html>`).document as unknown as Document;
}

/** The six sections of a 2008–2018 report, as a small body writes them, each a line of its own. */
const OLD_SECTIONS = (parts: string[]) =>
  ['一、概述', '二、主动公开政府信息情况', '三、依申请公开政府信息情况', '四、政府信息公开的收费及减免情况', '五、因政府信息公开申请行政复议、提起行政诉讼的情况', '六、政府信息公开工作存在的主要问题和改进措施']
    .map((h, i) => `<p>${h}</p><p>${parts[i] ?? ''}</p>`).join('');

describe('a pre-2019 report that states its zeros in words (seen: a 2009 county water bureau)', () => {
  const title = '青禾县林业局2010年政府信息公开工作年度报告';
  const zeros = OLD_SECTIONS([
    '2010年，我局按照上级要求扎实推进政府信息公开工作。',
    '2010年我局通过县政府网站主动公开信息共37条，主要为机构职能、政策法规和工作动态。',
    '本年度我局未收到政府信息公开申请。',
    '我局公开政府信息未收取任何费用。',
    '2010年我局未发生因政府信息公开申请行政复议、提起行政诉讼的情况。',
    '公开范围还不够广，下一步将加强培训。',
  ]);

  it('is a report: one number and three zeros stated in words are its figures', () => {
    const d = detectReport(doc(title, `<h1>${title}</h1><p>发布时间：2011-01-10</p>${zeros}`));
    expect(d).toMatchObject({ isReport: true, year: 2010, agency: '青禾县林业局', template: 'pre2019' });
  });

  it('and the first look lets it through', () => {
    expect(firstLook(doc(title, `<h1>${title}</h1>${zeros}`)).maybe).toBe(true);
  });

  it('a 通知 that lists the same headings and states nothing is still not the report', () => {
    const notice = `<h1>青禾县人民政府办公室关于公布${title}的通知</h1><p>县直各单位：</p><p>现将《${title}》予以公布，内容包括：</p>${OLD_SECTIONS([])}<p>青禾县人民政府办公室</p><p>2011年3月1日</p>`;
    const d = detectReport(doc(`青禾县人民政府办公室关于公布${title}的通知`, notice));
    expect(d.isReport).toBe(false);
    expect(d.reason).toMatch(/发布通知|公告或通知/);
  });

  it('a 说明 naming what the report says of zeros once ("未收到") is still not the report', () => {
    const note = `<p align="center"><b>关于${title}的说明</b></p><p align="center"><b>${title}</b></p>${OLD_SECTIONS(['', '', '报告说明本年度未收到申请的原因。'])}`;
    expect(detectReport(doc('青禾县人民政府', note)).isReport).toBe(false);
  });
});

describe('a sample to copy from is no report (seen: a forum post "…年度工作报告范文")', () => {
  it('the title of a 范文, 范本 or 样本 is not a report title', () => {
    expect(matchReportTitle('政府信息公开年度工作报告范文')).toBeNull();
    expect(matchReportTitle('2022年政府信息公开工作年度报告范本')).toBeNull();
    expect(matchZhengwuTitle('政务公开工作年度报告样本')).toBeNull();
    // the report's own title is still one
    expect(matchReportTitle('青禾县2022年政府信息公开工作年度报告')).toMatchObject({ year: 2022 });
  });

  it('a page of one, with a sample body stating figures, is not a report', () => {
    const sample = `<h1>政府信息公开年度工作报告范文</h1><p>本年度报告是根据《中华人民共和国政府信息公开条例》要求，由区政府编制。</p>
      <p>一、概述</p><p>本区配备了86名专、兼职工作人员，设立了31个信息申请受理点。</p>
      <p>二、主动公开政府信息情况</p><p>本区累计主动公开政府信息4210条，本年度新增1730条。</p>`;
    expect(detectReport(doc('政府信息公开年度工作报告范文-论坛', sample)).isReport).toBe(false);
  });
});

describe('a title with a red-header\'s 文号 and 签发人 before it (seen: a 2014 report of a middle school)', () => {
  it('the body is the one after the year, not the signer', () => {
    expect(matchReportTitle('青禾一中〔2016〕2号 签发人：王某某 2015年青禾县第一中学政府信息公开工作年度报告'))
      .toMatchObject({ year: 2015, agencyRaw: '青禾县第一中学' });
  });

  it('a title labelled 标题： keeps its body', () => {
    expect(matchReportTitle('标题：青禾县水利局2015年政府信息公开工作年度报告')).toMatchObject({ agencyRaw: '青禾县水利局' });
  });

  it('on the page, as one line above the report', () => {
    const line = '青禾一中〔2016〕2号 签发人：王某某 2015年青禾县第一中学 政府信息公开工作年度报告';
    const body = OLD_SECTIONS([
      '2015年，学校进一步完善信息公开工作制度。',
      '2015年学校主动公开政府信息118条，2014年主动公开96条。',
      '本年度未收到政府信息公开申请。',
      '未收取任何费用。',
      '未发生行政复议和行政诉讼。',
      '信息更新还不够及时。',
    ]);
    const d = detectReport(doc('青禾县第一中学', `<p><b>${line}</b></p>${body}`));
    expect(d).toMatchObject({ isReport: true, year: 2015, agency: '青禾县第一中学' });
  });
});
