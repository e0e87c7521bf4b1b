// @vitest-environment node
/**
 * Session detect41's hunt on detection (is it a report, its year, its body) on real pages of
 * 2024–2026: the 2024 and 2025 reports of 县/区, 街道/乡镇, 委/办/局, 开发区 and 管理区, and the pages
 * around them that are not reports (年报 notices, 解读, 法治政府建设 reports and their 解读, 政务公开
 * 工作总结 and 检查通报, 政府工作报告 and news of it, 统计公报, 部门决算, 高校 reports, a doc-share
 * template, an AI-written essay, hijacked mirrors). No page that is not a report was taken for one,
 * no year was wrong. The real text is not kept here: each page below is self-written, the real
 * page's shape with another body and other numbers.
 * - FIXED: an info box's label run into the title with no colon ("标 题 连云区教育局政府信息公开工作
 *   2025年度报告", its cells flattened into one element) gave "标题连云区教育局" as the body
 *   (title.ts cleanAgency: the label goes, as "标题:" went).
 * - FIXED: a title that names no body, over an opening that names it by the year's work
 *   ("现公布长春净月高新技术产业开发区教育局2025年度政府信息公开工作情况"), took the contact line's
 *   short name ("净月高新区教育局"); and "现将…局2024年…年度报告如下" (no 公布/发布) named nobody
 *   (body-in-text.ts NAMES_WORK, NAMES_REPORT).
 * - FIXED: a page's own heading naming no body ("2024年政府信息公开工作年度报告") over the document's
 *   heading Word broke in two ("科尔沁左翼中旗敖包苏木人民政府" / "2024年…年度报告") took the contact
 *   line's short name ("敖包苏木人民政府"): the line above the document's heading names the body
 *   (detect-report.ts, as for a lone broken heading since detect34).
 * - FIXED: a title typed as two paragraphs that split the phrase ("襄城区人社局2024年政府信息公开工作" /
 *   "年度报告") on a page whose <title> does not name the report was missed (detect-report.ts
 *   brokenHeading joins two blocks of one tag when the first ends in "公开"/"公开工作" and the whole
 *   names its year; a <br> break was joined since detect34).
 * - Each has its twin that must keep its answer.
 */
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../lib/detect/detect-report.ts';
import { firstLook } from '../../lib/detect/first-look.ts';
import { doc, P, PERIOD, SECTIONS } from './detect-pages.ts';

/** detectReport, and the content script's first look, which must let every report through. */
function both(d: Document) {
  const detection = detectReport(d);
  if (detection.isReport) expect(firstLook(d)).toEqual({ maybe: true, reason: '' });
  return detection;
}

describe('an info box run into the title line (seen: a 区教育局\'s 2025 report)', () => {
  const title = '青溪区文化和旅游局政府信息公开工作2023年度报告';
  // the info box's lines and the title all plain paragraphs, as the real page's
  const page = (box: string) => doc('首页', `${P([`索 引 号 0100000001/2024-00002 分 类 文化/报告`, box, '时 效 有效', title, PERIOD])}${SECTIONS}`);

  it('"标 题 …" with no colon: the body after the label', () => {
    const d = both(page(`标 题 ${title}`));
    expect(d).toMatchObject({ isReport: true, year: 2023, agency: '青溪区文化和旅游局' });
  });

  it('twins: "标题：…" with its colon, and the heading alone, give the same body', () => {
    expect(both(page(`标题：${title}`))).toMatchObject({ isReport: true, year: 2023, agency: '青溪区文化和旅游局' });
    expect(both(doc('首页', `${P([title, PERIOD])}${SECTIONS}`))).toMatchObject({ isReport: true, year: 2023, agency: '青溪区文化和旅游局' });
  });
});

describe('a title naming no body, the opening naming it by the year\'s work (seen: a 开发区 教育局, a 开发区 管委会, a 文广体旅局)', () => {
  const head = '<h1>2023年政府信息公开工作年度报告</h1>';
  const contact = '如对本报告有任何疑问，请与澄江高新区统计局联系（电话：0000-7654321）。';

  it('"现公布…局2023年度政府信息公开工作情况": that body, not the contact line\'s short name', () => {
    const d = both(doc('首页', `${head}${P([`依据《中华人民共和国政府信息公开条例》的规定，现公布澄江高新技术产业开发区统计局2023年度政府信息公开工作情况。${PERIOD}${contact}`])}${SECTIONS}`));
    expect(d).toMatchObject({ isReport: true, year: 2023, agency: '澄江高新技术产业开发区统计局' });
    // "现将…管理委员会2023年度政府信息公开工作情况报告如下"
    expect(both(doc('首页', `${head}${P([`现将澄江临湖商贸开发区管理委员会2023年度政府信息公开工作情况报告如下：${PERIOD}`])}${SECTIONS}`)).agency)
      .toBe('澄江临湖商贸开发区管理委员会');
  });

  it('"现将…局2023年政府信息公开工作年度报告如下": that body', () => {
    const d = both(doc('首页', `${head}${P([`本年度报告根据《中华人民共和国政府信息公开条例》编制。现将澄江县文化广播电视体育和旅游局2023年政府信息公开工作年度报告如下：${PERIOD}`])}${SECTIONS}`));
    expect(d).toMatchObject({ isReport: true, year: 2023, agency: '澄江县文化广播电视体育和旅游局' });
  });

  it('twins: "我局", another year\'s work, or no name keep the contact line\'s body or none', () => {
    const page = (opening: string) => doc('首页', `${head}${P([`${opening}${PERIOD}${contact}`])}${SECTIONS}`);
    expect(both(page('现将我局2023年度政府信息公开工作情况报告如下。')).agency).toBe('澄江高新区统计局');
    expect(both(page('2023年，我局对照现公布的澄江县林业局2022年度政府信息公开工作情况查找不足。')).agency).toBe('澄江高新区统计局');
    expect(both(doc('首页', `${head}${P([`现将2023年政府信息公开工作年度报告如下。${PERIOD}`])}${SECTIONS}`)).agency).toBeNull();
  });
});

describe('a page heading naming no body over the document\'s heading broken in two (seen: a 苏木\'s 2024 report)', () => {
  const contact = '如对本年度报告有疑问，请与云湖苏木人民政府联系（联系电话：0000-2780000）。';
  const page = (above: string) => doc('首页', `<h1>2023年政府信息公开工作年度报告</h1>${P(['发布日期 2024-02-25 11:41:41', above, '2023年政府信息公开工作年度报告', `根据《中华人民共和国政府信息公开条例》编制本报告。${PERIOD}${contact}`])}${SECTIONS}`);

  it('the body line above the document\'s heading, not the contact line\'s short name', () => {
    expect(both(page('澄江县云湖苏木人民政府'))).toMatchObject({ isReport: true, year: 2023, agency: '澄江县云湖苏木人民政府' });
  });

  it('twins: no name above keeps the contact line\'s body; a lone heading keeps the line above it', () => {
    expect(both(page('澄江县人民政府门户网站 2024-02-25')).agency).toBe('云湖苏木人民政府');
    expect(both(doc('首页', `${P(['澄江县云湖苏木人民政府', '2023年政府信息公开工作年度报告', `根据《中华人民共和国政府信息公开条例》编制本报告。${PERIOD}`])}${SECTIONS}`)).agency)
      .toBe('澄江县云湖苏木人民政府');
  });
});

describe('a title typed as two paragraphs that split the phrase (seen: a 区人社局\'s 2024 report)', () => {
  const text = `${P([`根据《中华人民共和国政府信息公开条例》编制本报告。${PERIOD}`])}${SECTIONS}`;

  it('"…2023年政府信息公开工作" over "年度报告", two <p> or two <h2>: the report, its year and body', () => {
    for (const [a, b] of [['<p>', '</p>'], ['<h2>', '</h2>']] as const) {
      const d = both(doc('首页', `${a}青溪区人社局2023年政府信息公开工作${b}${a}年度报告${b}${text}`));
      expect({ tag: a, isReport: d.isReport, year: d.year, agency: d.agency }).toEqual({ tag: a, isReport: true, year: 2023, agency: '青溪区人社局' });
    }
  });

  it('twins: a notice\'s title split so, two menu items, a line that goes on otherwise stay no report', () => {
    const notice = P(['各镇人民政府，区政府各部门：', '为做好2023年政府信息公开工作年度报告编制工作，现就有关事项通知如下：', '一、规范年报内容。篇幅原则上不超过一千字。', '二、确保数据准确。', '三、按时发布。']);
    expect(both(doc('首页', `${P(['青溪区人民政府办公室关于做好2023年政府信息公开', '工作年度报告编制工作的通知'])}${notice}`)).isReport).toBe(false);
    expect(both(doc('首页', `${P(['政务公开', '年度报告', '青溪区2023年工作动态', '主动公开政府信息12条。'])}`)).isReport).toBe(false);
    expect(both(doc('首页', `${P(['青溪区人社局2023年政府信息公开工作', '开展情况汇报', '2023年，我局主动公开政府信息84条，收到申请3件。'])}`)).isReport).toBe(false);
  });
});
