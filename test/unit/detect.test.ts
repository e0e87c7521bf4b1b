// @vitest-environment node
/**
 * The detector (lib/detect/): report or not, title, year, body, template, container. Documents are
 * built with linkedom, the batch checker's DOM; a few are also run through happy-dom to show that
 * both DOMs give the same answer. Runs in the node environment (happy-dom's global URL breaks
 * fileURLToPath(new URL(…, import.meta.url))); happy-dom documents come from a Window made here.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { parsePage } from '../../cli/load-page.ts';
import { detectReport, type Detection } from '../../lib/detect/detect-report.ts';
import { matchZhengwuTitle } from '../../lib/detect/title.ts';
import { collectLines } from '../../lib/detect/lines.ts';

const PAGES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const REAL = fileURLToPath(new URL('../../../shared/corpus/real/shuyang-fagaiju-2023.html', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

function linkedomDoc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function happyDoc(html: string): Document {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** A minimal portal page: chrome around the content, as the CMSes write it. */
function page(opts: { title: string; content: string; meta?: string; head?: string }): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${opts.title}</title>${opts.meta ?? ''}</head>
<body>
<div class="header"><a href="/">首页</a><img src="/logo.png" alt="某市人民政府"></div>
<div class="mainNav"><ul><li><a href="/zwgk/">政务公开</a></li><li><a href="/gknb/">政府信息公开年报</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
${opts.head ?? ''}
<div class="article">${opts.content}</div>
<div class="footer"><p>主办：某市人民政府办公室　网站标识码：0000000000</p></div>
</body></html>`;
}

/** The sections and table 三 labels every report since 2019 has. */
const REPORT_BODY = `
<p><span style="font-family:黑体">一、总体情况</span><o:p></o:p></p>
<p style="text-indent:2em">2019年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。</p>
<p><span style="font-family:黑体">二、主动公开政府信息情况</span></p>
<p><span style="font-family:黑体">三、收到和处理政府信息公开申请情况</span></p>
<table border="1"><tr><td>一、本年新收政府信息公开申请数量</td><td>3</td></tr><tr><td>四、结转下年度继续办理</td><td>0</td></tr></table>
<p><span style="font-family:黑体">四、政府信息公开行政复议、行政诉讼情况</span></p>
<p><span style="font-family:黑体">五、存在的主要问题及改进情况</span></p>
<p><span style="font-family:黑体">六、其他需要报告的事项</span></p>`;

describe('collectLines', () => {
  it('reads block lines, marks link lines, skips scripts and menus', () => {
    const doc = linkedomDoc(`<html><body><div class="mainNav"><a href="/">首页</a></div>
      <h1>沭阳县发展和改革局<span>2023年</span>政府信息公开年度报告</h1><script>var a = "不读";</script>
      <p>第一行<br>第二&nbsp;行</p><ul><li><a href="/x">某县2022年政府信息公开工作年度报告</a></li></ul></body></html>`);
    const lines = collectLines(doc.body);
    expect(lines.map((l) => [l.text, l.isLink])).toEqual([
      ['沭阳县发展和改革局2023年政府信息公开年度报告', false],
      ['第一行', false],
      ['第二 行', false],
      ['某县2022年政府信息公开工作年度报告', true],
    ]);
    expect(lines[0]?.el.tagName.toLowerCase()).toBe('h1');
    expect(lines[2]?.key).toBe('第二行');
  });
});

// --- whole pages ---------------------------------------------------------------------------------

interface Expected {
  description: string;
  charset?: string;
  isReport?: boolean;
  template?: string;
  year?: number;
  agency?: string;
}

function readPage(name: string, exp: Expected): string {
  const bytes = readFileSync(PAGES + name);
  return new TextDecoder(exp.charset ?? 'utf-8').decode(bytes);
}

describe('fixture pages (test/fixtures/pages): the detector part of each expected.json', () => {
  const names = existsSync(PAGES) ? readdirSync(PAGES).filter((n) => /\.html?$/.test(n)) : [];
  it.each(names)('%s', (name) => {
    const expPath = PAGES + name.replace(/\.html?$/, '.expected.json');
    if (!existsSync(expPath)) return;
    const exp = JSON.parse(readFileSync(expPath, 'utf8')) as Expected;
    // parsed as the batch checker parses (the html/head/body a browser would make included)
    const d = detectReport(parsePage(readPage(name, exp)));
    if (exp.isReport !== undefined) expect(d.isReport, d.reason).toBe(exp.isReport);
    if (exp.template !== undefined) expect(d.template).toBe(exp.template);
    if (exp.year !== undefined) expect(d.year).toBe(exp.year);
    if (exp.agency !== undefined) expect(d.agency).toBe(exp.agency);
    if (exp.isReport === false) expect(d.container).toBeNull();
    if (exp.isReport === true) expect(d.container).not.toBeNull();
  });

  it('says why, in Chinese', () => {
    const reason = (n: string) => detectReport(linkedomDoc(readFileSync(PAGES + n, 'utf8'))).reason;
    expect(reason('listing-page.html')).toMatch(/列表页/);
    expect(reason('fazhi-zhengfu-2023.html')).toMatch(/法治政府建设/);
    expect(reason('zhengfu-gongzuo-baogao-2024.html')).toMatch(/政府工作报告/);
    expect(reason('budget-2024.html')).toMatch(/预算/);
    expect(reason('jiedu-2023.html')).toMatch(/解读/);
    expect(reason('news-page.html')).toBe('未发现年度报告标题');
    expect(reason('yiyang-2018-mirror.html')).toMatch(/正文标题含“政府信息公开工作年度报告”/);
  });

  it('finds the mirror report by its heading despite the spam <title>, and keeps the chrome out', () => {
    const doc = linkedomDoc(readFileSync(PAGES + 'yiyang-2018-mirror.html', 'utf8'));
    const d = detectReport(doc);
    expect(d.title).toBe('益阳市人民政府2018年政府信息公开工作年度报告');
    expect(d.container?.getAttribute('class')).toBe('article');
    expect(d.container?.textContent).not.toMatch(/小9直播|索\s*引\s*号|网站标识码/);
  });
});

describe('pages built here', () => {
  it('a 解读 whose <title> is the site name is dismissed by its heading', () => {
    const html = page({
      title: '泉州市丰泽区人民政府',
      content: `<h2>一图读懂《泉州市丰泽区2023年政府信息公开工作年度报告》</h2>
        <p style="text-align:center"><strong>泉州市丰泽区2023年政府信息公开工作年度报告</strong></p>${REPORT_BODY}`,
    });
    const d = detectReport(linkedomDoc(html));
    expect(d.isReport).toBe(false);
    expect(d.reason).toMatch(/解读/);
  });

  it('a 法治政府 report with a generic <title> is dismissed by its heading, not by a sentence naming a 年报', () => {
    const html = page({
      title: '泸州市人民政府',
      content: `<h1 class="art-title">泸州市人民政府关于2023年法治政府建设情况的报告</h1>
        <p>一、2023年推进法治政府建设的主要举措和成效</p>
        <p>按时发布2022年政府信息公开工作年度报告，全年主动公开政府信息3.6万条。</p>`,
    });
    const d = detectReport(linkedomDoc(html));
    expect(d.isReport).toBe(false);
    expect(d.reason).toMatch(/法治政府建设/);
  });

  it('a report titled only in <title>, year from the statistics period', () => {
    const html = page({
      title: '政府信息公开工作年度报告-泸县统计局',
      content: `<p>发布时间：2020-01-10</p><p>本年报中所列数据的统计期限自2019年1月1日起至2019年12月31日止。</p>${REPORT_BODY}`,
    });
    const d = detectReport(linkedomDoc(html));
    expect(d.isReport).toBe(true);
    expect(d.year).toBe(2019);
    expect(d.title).toBe('政府信息公开工作年度报告');
    expect(d.container?.getAttribute('class')).toBe('article');
  });

  it('prefers the content heading to the site <title>, and 市政府 resolves through SiteName', () => {
    const html = page({
      title: '泸州市人民政府',
      meta: '<meta name="SiteName" content="泸州市人民政府">',
      content: `<div class="title">2019年市政府政府信息公开工作年度报告</div>${REPORT_BODY}`,
    });
    const d = detectReport(linkedomDoc(html));
    expect(d).toMatchObject({ isReport: true, year: 2019, agency: '泸州市人民政府', title: '2019年市政府政府信息公开工作年度报告' });
  });

  it('a report heading beyond the first look is found when the URL is a report column', () => {
    const filler = '<p>我县召开政务服务工作推进会，会议要求进一步优化营商环境，提升服务质量和效率。</p>'.repeat(60);
    const html = page({ title: '沭阳县人民政府', content: `${filler}<h1>沭阳县统计局2023年政府信息公开工作年度报告</h1>${REPORT_BODY}` });
    expect(detectReport(linkedomDoc(html)).isReport).toBe(false); // the first look stops at ~2,000 characters
    const d = detectReport(linkedomDoc(html), 'http://www.shuyang.gov.cn/sytjj/gknb/202401/a.shtml');
    expect(d).toMatchObject({ isReport: true, year: 2023, agency: '沭阳县统计局' });
  });

  it('a <title> that names another document never reads the body', () => {
    const doc = linkedomDoc(page({ title: '泸县教育和体育局2024年部门预算公开', content: '<p>正文</p>' }));
    Object.defineProperty(doc, 'body', { get: () => { throw new Error('body was read'); } });
    expect(detectReport(doc).isReport).toBe(false);
  });

  it('a report whose text mentions a 解读 of last year\'s report is still a report', () => {
    const html = page({
      title: '泸县统计局',
      content: `<p align="center"><b>泸县统计局2023年政府信息公开工作年度报告</b></p>
        <p>同步做好《泸县统计局2022年政府信息公开工作年度报告》解读工作</p>${REPORT_BODY}`,
    });
    expect(detectReport(linkedomDoc(html))).toMatchObject({ isReport: true, year: 2023, agency: '泸县统计局' });
  });

  it('a 政务公开 report is not this report', () => {
    const html = page({ title: '某市人民政府', content: `<h1>某市2023年政务公开工作年度报告</h1>${REPORT_BODY}` });
    expect(detectReport(linkedomDoc(html))).toMatchObject({ isReport: false, reason: '未发现年度报告标题' });
  });

  it('a 政务公开…年度报告 title is taken only when the page is the 条例 report itself', () => {
    expect(matchZhengwuTitle('雅安市雨城区人民政府2024年政务公开工作年度报告')).toMatchObject({ year: 2024, agencyRaw: '雅安市雨城区人民政府' });
    expect(matchZhengwuTitle('青川县2024年政务公开工作要点')).toBeNull();
    expect(matchZhengwuTitle('2024年政务公开工作年度报告编制工作方案')).toBeNull();
    const heading = '<h1>某市2023年政务公开工作年度报告</h1>';
    // tables 三 and 四 as tables: the report
    const t4 = '<table border="1"><tr><td>行政复议</td><td colspan="5">行政诉讼</td></tr><tr><td>结果维持</td><td colspan="5">未经复议直接起诉</td></tr><tr><td>0</td><td>0</td></tr></table>';
    expect(detectReport(linkedomDoc(page({ title: '某市人民政府', content: heading + REPORT_BODY + t4 }))))
      .toMatchObject({ isReport: true, year: 2023, agency: '某市人民政府' });
    // the 条例 and the 国办 format named in the opening: the report
    const opening = '<p>本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。</p>';
    expect(detectReport(linkedomDoc(page({ title: '某市人民政府', content: heading + opening + REPORT_BODY })))).toMatchObject({ isReport: true });
    // in the <title> only, with table 三's labels alone: a work summary, not the report
    expect(detectReport(linkedomDoc(page({ title: '某市2023年政务公开工作年度报告', content: REPORT_BODY })))).toMatchObject({ isReport: false });
    expect(detectReport(linkedomDoc(page({ title: '某市2023年政务公开工作年度报告', content: REPORT_BODY + t4 })))).toMatchObject({ isReport: true, year: 2023 });
  });

  it('a …信息公开工作年度报告 title without 政府 (hunt32: real reports of a 人社局 and a 乡) is taken as a 政务公开 one is: when the page is the report', () => {
    expect(matchZhengwuTitle('青禾市人力资源和社会保障局2022年信息公开工作年度报告')).toMatchObject({ year: 2022, agencyRaw: '青禾市人力资源和社会保障局' });
    expect(matchZhengwuTitle('青禾县小关乡人民政府2023年度信息公开工作年度报告')).toMatchObject({ year: 2023 });
    expect(matchZhengwuTitle('2023年信息公开工作年度报告编制工作方案')).toBeNull();
    const heading = '<h1>青禾市人力资源和社会保障局2022年信息公开工作年度报告</h1>';
    const t4 = '<table border="1"><tr><td>行政复议</td><td colspan="5">行政诉讼</td></tr><tr><td>结果维持</td><td colspan="5">未经复议直接起诉</td></tr><tr><td>0</td><td>0</td></tr></table>';
    expect(detectReport(linkedomDoc(page({ title: '青禾市人力资源和社会保障局', content: heading + REPORT_BODY + t4 }))))
      .toMatchObject({ isReport: true, year: 2022, agency: '青禾市人力资源和社会保障局' });
    // a university's 信息公开工作年度报告 (other rules, none of the 国办 format's tables): no report
    const university = '<h1>青禾大学2022-2023学年信息公开工作年度报告</h1><p>一、概述</p><p>学校主动公开信息1200条，其中招生考试信息300条。</p><p>二、主动公开情况</p><p>全年受理信息公开申请12件。</p>';
    expect(detectReport(linkedomDoc(page({ title: '青禾大学', content: university })))).toMatchObject({ isReport: false });
  });

  it('a notice that publishes the report and lists its sections is not the report; with the report\'s text below, it is', () => {
    const headings = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
    const notice = `<h1>关于公布某县2023年政府信息公开工作年度报告的通知</h1>
      <p>各乡镇人民政府，县政府各部门：</p><p>现将《某县2023年政府信息公开工作年度报告》予以公布。报告内容包括：</p>
      ${headings.map((h) => `<p>${h}</p>`).join('')}<p>某县人民政府办公室</p><p>2024年3月28日</p>`;
    const d = detectReport(linkedomDoc(page({ title: '某县人民政府', content: notice })));
    expect(d.isReport).toBe(false);
    expect(d.reason).toMatch(/发布通知|公告或通知/);
    // the notice followed by the report itself (a pre-2019 report in prose: figures, no tables)
    const report = `<p align="center"><b>某县2023年政府信息公开工作年度报告</b></p>
      <p>一、概述</p><p>2023年，全县主动公开政府信息3265条，其中规范性文件42件。</p>
      <p>二、主动公开政府信息情况</p><p>全年通过门户网站公开信息2980条，召开新闻发布会12场。</p>`;
    expect(detectReport(linkedomDoc(page({ title: '某县人民政府', content: notice + report })))).toMatchObject({ isReport: true, year: 2023 });
  });

  it('a report with only a title and no text is no report; one that offers its file is that file (attachment.ts)', () => {
    const bare = detectReport(linkedomDoc(page({ title: '泸县统计局2023年政府信息公开工作年度报告', content: '<p>　</p>' })));
    expect(bare.isReport).toBe(false);
    expect(bare.reason).toMatch(/没有报告正文/);
    const d = detectReport(linkedomDoc(page({ title: '泸县统计局2023年政府信息公开工作年度报告', content: '<p><a href="/a.pdf">附件：年度报告.pdf</a></p>' })));
    expect(d).toMatchObject({ isReport: true, year: 2023, agency: '泸县统计局', attachment: { kind: 'PDF', name: '年度报告.pdf' } });
  });
});

describe.skipIf(!existsSync(SEEDS))('the seeds (../shared/seeds) as plain pages', () => {
  const seedPage = (file: string, meta = '') => {
    const lines = readFileSync(SEEDS + file, 'utf8').split('\n').filter((l) => l.trim());
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    return `<html><head><title>${esc(lines[0] ?? '')}</title>${meta}</head><body><div class="content">${lines
      .map((l) => `<p>${esc(l)}</p>`)
      .join('\n')}</div></body></html>`;
  };
  const files = existsSync(SEEDS) ? readdirSync(SEEDS) : [];
  const find = (prefix: string) => files.find((f) => f.startsWith(prefix)) ?? prefix;
  const cases: Array<[string, string, Partial<Detection>]> = [
    // 000 is narrative only in this copy: "有其他对外管理服务事项1092项" is a sentence, not table 二's row
    ['000', '<meta name="SiteName" content="泸州市人民政府">', { isReport: true, year: 2019, agency: '泸州市人民政府', template: 'unknown' }],
    ['001', '', { isReport: true, year: 2018, agency: '益阳市人民政府', template: 'pre2019' }],
    ['002', '', { isReport: true, year: 2020, agency: '泸县嘉明镇人民政府', template: '2019' }],
    ['003', '', { isReport: true, year: 2014, agency: '泸州市人民政府', template: 'pre2019' }],
    ['004', '', { isReport: true, year: 2019, agency: '泉州市丰泽区人民政府', template: '2019' }],
  ];
  it.each(cases)('seed %s', (prefix, meta, expected) => {
    const d = detectReport(linkedomDoc(seedPage(find(prefix), meta)));
    expect(d).toMatchObject(expected);
  });
});

describe.skipIf(!existsSync(REAL))('the real page ../shared/corpus/real/shuyang-fagaiju-2023.html', () => {
  const html = existsSync(REAL) ? readFileSync(REAL, 'utf8') : '';

  it('is a 2023 report of 沭阳县发展和改革局 on the 2021 template', () => {
    const d = detectReport(linkedomDoc(html));
    expect(d).toMatchObject({
      isReport: true,
      year: 2023,
      agency: '沭阳县发展和改革局',
      template: '2021',
      title: '沭阳县发展和改革局2023年政府信息公开年度报告',
    });
  });

  it('its container holds the heading and the tables, not the metadata table nor the menus', () => {
    const doc = linkedomDoc(html);
    const c = detectReport(doc).container;
    expect(c).not.toBeNull();
    if (!c) return;
    expect(c).not.toBe(doc.body);
    const h1 = doc.querySelector('h1.article-title');
    expect(h1 && c.contains(h1)).toBe(true);
    const tables = Array.from(doc.querySelectorAll('table'));
    const data = tables.filter((t) => /本年新收|本年制发件数|复议后起诉/.test((t.textContent ?? '').replace(/\s/g, '')));
    expect(data.length).toBeGreaterThanOrEqual(3);
    for (const t of data) expect(c.contains(t)).toBe(true);
    const meta = tables.find((t) => /索引号/.test(t.textContent ?? ''));
    expect(meta && c.contains(meta)).toBe(false);
    const nav = doc.querySelector('.mainNav');
    expect(nav && c.contains(nav)).toBe(false);
  });

  it('is still found under a spam <title>', () => {
    const spam = html.replace(/<title>沭阳县发展和改革局[^<]*<\/title>/, '<title>小9直播体育官方网站</title>');
    expect(detectReport(linkedomDoc(spam))).toMatchObject({ isReport: true, year: 2023, template: '2021', agency: '沭阳县发展和改革局' });
  });
});

describe('linkedom and happy-dom agree', () => {
  const summary = (d: Detection) => ({
    ...d,
    container: d.container ? `${d.container.tagName.toLowerCase()}.${d.container.getAttribute('class') ?? ''}` : null,
  });
  const pages = ['yiyang-2018-mirror.html', 'listing-page.html', 'news-page.html', 'jiedu-2023.html'];
  it.each(pages)('%s', (name) => {
    const html = readFileSync(PAGES + name, 'utf8');
    expect(summary(detectReport(happyDoc(html)))).toEqual(summary(detectReport(linkedomDoc(html))));
  });
  it.skipIf(!existsSync(REAL))('the real page', () => {
    const html = readFileSync(REAL, 'utf8');
    const viaHappy = summary(detectReport(happyDoc(html)));
    expect(viaHappy).toEqual(summary(detectReport(linkedomDoc(html))));
    expect(viaHappy).toMatchObject({ isReport: true, template: '2021', container: 'div.xxfkl l' });
  });
});
