// @vitest-environment node
/**
 * The content script's first look (lib/detect/first-look.ts) must never turn a report away: on
 * every fixture page (and the shared real pages), on variants of them that take each of its paths
 * (a spam or empty <title>, the report pushed far down the page, a report column's URL, a tiny
 * prefix that forces the whole text to be read, the page in traditional characters as a portal's
 * 繁體 switch shows it), it says "maybe" wherever the whole detector says
 * "report"; and it turns away the pages that are plainly not reports, each by the test it failed.
 * Chromium's side of the same promise is in test/e2e/parity.e2e.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DROPPED_CHARS, firstLook, hasOpening, hasReportPhrase, hasTableLabel, hasInfoReportPhrase, hasYear, mentionsGovInfo } from '../../lib/detect/first-look.ts';
import { isReportOpening } from '../../lib/detect/container.ts';
import { matchReportTitle, matchZhengwuTitle } from '../../lib/detect/title.ts';
import { labelKey } from '../../lib/text/normalize.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import { detectReport } from '../../lib/detect/detect-report.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import * as OpenCC from 'opencc-js';
import { parseHTML } from 'linkedom';

const dir = new URL('../fixtures/pages/', import.meta.url);
const real = new URL('../../../shared/corpus/real/', import.meta.url);
const pages = [
  ...readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => new URL(f, dir)),
  ...(existsSync(real) ? readdirSync(real).filter((f) => f.endsWith('.html')).map((f) => new URL(f, real)) : []),
];
const html = (u: URL) => decodeHtml(readFileSync(u)).text;
const nameOf = (u: URL) => u.pathname.split('/').pop()!;

const doc = (text: string) => parsePage(text);
const page = (title: string, body: string) => doc(`<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`);

/** A report's body in the smallest form the detector accepts: two section headings. */
/** Two section headings and a sentence of figures: a report states some (a 发布通知 lists the headings only). */
const SECTIONS = '<p>一、总体情况</p><p>本年度主动公开政府信息126条，受理申请15件，办结15件。</p><p>二、主动公开政府信息情况</p>';

/** A plain article URL, and a report column's, which makes the detector read the whole page. */
const urls = (name: string) => [`https://www.example.gov.cn/art/${name}`, `https://www.example.gov.cn/zfxxgk/ndbg/${name}`];

/** Portal text that is neither a report title nor a report body: fills a page's opening. */
const FILLER = `<div class="news">${'<p>我县召开政务公开工作推进会，会议要求各单位认真落实各项工作任务，切实提升服务水平。</p>'.repeat(250)}</div>`;

/**
 * Variants of a page for each path of the first look: its own; a spam <title> (the detector then
 * reads only the opening); no <title>; ~10,000 characters of prose before its body (past the
 * prefix); the same prose after it.
 */
function variants(text: string): [string, string][] {
  const title = /<title[^>]*>[^]*?<\/title>/i;
  const spam = title.test(text) ? text.replace(title, '<title>小9直播体育官方网站_NBA在线观看</title>') : text;
  const untitled = text.replace(title, '');
  const atBody = (s: string, add: string, end: boolean) =>
    end ? s.replace(/<\/body>/i, `${add}</body>`) : s.replace(/<body([^>]*)>/i, `<body$1>${add}`);
  return [
    ['as is', text],
    ['spam title', spam],
    ['no title', untitled],
    ['prose before', atBody(text, FILLER, false)],
    ['prose after', atBody(text, FILLER, true)],
    // a portal's 繁體 switch: every text node and the title in traditional characters
    ['in traditional characters', text.split(/(<script[^]*?<\/script>|<style[^]*?<\/style>|<[^>]*>)/i).map((p) => (p.startsWith('<') ? p : toTraditional(p))).join('')],
  ];
}
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

describe('firstLook never turns a report away', () => {
  it.each(pages.map((u) => [nameOf(u), u] as const))('%s and its variants', (name, u) => {
    for (const [variant, text] of variants(html(u))) {
      for (const url of urls(name)) {
        const d = doc(text);
        // the detector's verdict alone, as analyzeDocument takes it (analyze-tables.ts: isReport is detection's), without
        // the tables and the text read twelve times a page (this file 65 s of a CI run, most of it here)
        if (!detectReport(d, url).isReport) continue;
        for (const prefixChars of [undefined, 200, 0]) {
          expect({ variant, url, prefixChars, look: firstLook(d, { prefixChars }) }).toEqual({
            variant, url, prefixChars, look: { maybe: true, reason: '' },
          });
        }
      }
    }
  });
});

describe('firstLook', () => {
  it('turns away the fixture pages that are plainly not reports, each by the first test it fails', () => {
    const no = (name: string) => firstLook(doc(html(new URL(name, dir))));
    // the news page quotes the report's name ("按时编制发布2023年政府信息公开工作年度报告") but has no report body;
    // neither its title nor the listing's is a report's, and the first look reads no title: it says the page
    // names the report (det62; it said "标题是年度报告")
    expect(no('news-page.html')).toEqual({ maybe: false, reason: '页面提到年度报告，但没有报告正文' });
    expect(no('listing-page.html')).toEqual({ maybe: false, reason: '页面提到年度报告，但没有报告正文' });
    expect(no('budget-2024.html')).toEqual({ maybe: false, reason: '未发现年度报告标题' });
  });

  it('reads a 繁體 page whose script names the report in simplified characters (a 公众号 article, red team 25 c24)', () => {
    const body = toTraditional('<h1>某区2024年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>本年度主动公开政府信息126条，受理申请15件，办结15件。</p><p>二、主动公开政府信息情况</p>');
    const script = "<script>var msg_title = '某区2024年政府信息公开工作年度报告';</script>";
    const d = page('香洲發佈', `${script}${body}`);
    expect(analyzeDocument(d, { url: 'https://mp.weixin.qq.com/s/x' }).isReport).toBe(true);
    expect(firstLook(d)).toEqual({ maybe: true, reason: '' });
    // the same without the report's body is still turned away
    const bare = page('香洲發佈', `${script}${toTraditional('<p>欢迎关注香洲发布。</p>')}`);
    expect(firstLook(bare).maybe).toBe(false);
  });

  it('reads a title Word split over spans, spaces and zero-width characters', () => {
    const split = page('首页', `<h1><span>2021年政府</span> <span>信息\u200b公 开</span>工作年度 报告</h1>${SECTIONS}`);
    expect(firstLook(split).maybe).toBe(true);
    // a <br> ends a line, so the detector sees no report title ("…工作年度" and "报告"); the first
    // look reads the text as one, and may say yes
    const broken = page('首页', `<h1><span>2021年政府</span> <span>信息\u200b公 开</span>工作年度<br>报告</h1>${SECTIONS}`);
    expect(analyzeDocument(broken, { url: 'https://www.example.gov.cn/a.html' }).isReport).toBe(false);
    expect(firstLook(broken).maybe).toBe(true);
  });

  it('takes a report body from table labels with full-width parentheses, or from its opening', () => {
    const title = '<h1>某县2021年政府信息公开工作年度报告</h1>';
    expect(firstLook(page('x', `${title}<table><tr><td>第二十条第（一）项</td></tr></table>`)).maybe).toBe(true);
    expect(firstLook(page('x', `${title}<p>本报告根据《中华人民共和国政府信息公开条例》编制。</p>`)).maybe).toBe(true);
    expect(firstLook(page('x', `${title}<p>统计期限自２０２１年1月1日起。</p>`)).maybe).toBe(true);
  });

  it('reads text as the detector does after NFKC: a compatibility ideograph in a table label or a title', () => {
    // U+F98E is a compatibility form of 年, U+2F2F (Kangxi radical) of 工
    const label = '<table><tr><td>本\uf98e新收政府信息公开申请数量</td></tr></table>';
    const d = page('某县2021年政府信息公开工作年度报告', label);
    expect(analyzeDocument(d, { url: 'https://www.example.gov.cn/a.html' }).reason).not.toBe('标题是年度报告，但页面上没有报告正文');
    expect(firstLook(d).maybe).toBe(true);
    const kangxi = page('小9直播', `<h1>某县2021年政府信息公开\u2f2f作年度报告</h1>${SECTIONS}`);
    expect(analyzeDocument(kangxi, { url: 'https://www.example.gov.cn/a.html' }).isReport).toBe(true);
    expect(firstLook(kangxi).maybe).toBe(true);
  });

  it('says no to a page without the report title, and to a report title without a report body', () => {
    expect(firstLook(page('政务公开', `<p>政府信息公开指南</p>${SECTIONS}`))).toEqual({ maybe: false, reason: '未发现年度报告标题' });
    expect(firstLook(page('政府信息公开工作年度报告', '<p>一、总体情况</p>')).maybe).toBe(false);
    // a report's own title, with its year, over no report text: the report may be the page's
    // attached file, which the detector looks for (detect/attachment.ts)
    expect(firstLook(page('2021年政府信息公开工作年度报告', '<p>一、总体情况</p>')).maybe).toBe(true);
    expect(firstLook(page('2021年政府信息公开工作年度报告', SECTIONS)).maybe).toBe(true);
  });

  it('leaves to the detector where on the page the report title is', () => {
    // the detector reads only the opening of a page neither its <title> nor its URL calls a report
    const far = page('信息公开', `${FILLER}<h1>某县2021年政府信息公开工作年度报告</h1>${SECTIONS}`);
    expect(analyzeDocument(far, { url: 'https://www.example.gov.cn/art/1.html' }).isReport).toBe(false);
    expect(analyzeDocument(far, { url: 'https://www.example.gov.cn/xxgk/gknb/1.html' }).isReport).toBe(true);
    expect(firstLook(far).maybe).toBe(true);
    expect(firstLook(page('信息公开', SECTIONS))).toEqual({ maybe: false, reason: '未发现年度报告标题' });
  });

  it('reads the whole text when the report body is past the prefix', () => {
    const late = page('某县2021年政府信息公开工作年度报告', `${FILLER}${SECTIONS}`);
    expect(firstLook(late).maybe).toBe(true);
    expect(firstLook(page('某县政府信息公开工作年度报告', FILLER))).toEqual({ maybe: false, reason: '页面提到年度报告，但没有报告正文' });
  });

  it('leaves a <title> that names another document to the detector', () => {
    const d = page('2023年法治政府建设年度报告', `<h1>2023年政府信息公开工作年度报告</h1>${SECTIONS}`);
    expect(analyzeDocument(d, { url: 'https://www.example.gov.cn/a.html' }).isReport).toBe(false);
    expect(firstLook(d).maybe).toBe(true);
  });
});

describe('DROPPED_CHARS', () => {
  it('is every character labelKey drops, for the XPath test of the loader', () => {
    const listed = new Set(DROPPED_CHARS);
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      // dropped: labelKey("a" + ch + "b") is "ab" (NFKC's own mappings to spaces included)
      if ((labelKey(`a${ch}b`) === 'ab') !== listed.has(ch)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });
});

describe('the string searches of the first look', () => {
  /** container.ts's TABLE_MARKERS, as it writes them */
  const TABLE_MARKERS =
    /本年新收政府信息公开申请数量|结转下年度继续办理|本年度办理结果|第二十条第\([一五六八九]\)项|本年新制作数量|本年制发件数|上一年项目数量|对外公开总数量|未经复议直接起诉|复议后起诉/;
  const FRAGMENTS = [
    '本', '年度', '年报', '报告', '是', '根据《中华人民共和国政府信息公开条例》', '根据《条例》', '统计期', '限', '为', '自', '从', '至',
    '2021', '２０２１', '202', '年', '第二十条第', '(', '（', '一', '二', '五', '九', ')', '）', '项', '政府信息公开', '工作', '情况',
    '本年新收政府信息公开申请数量', '结转下年度继续办理', '复议后起诉', '未经复议', '上一年', '项目数量', '，', ' ', 'x',
    // detect34: the statistics period's other words, and titles without 政府
    '统计', '时限', '时间', '时段', '数据', '的', '期间', '起止时间', '范围', '是从', '信息公开', '政务公开', '开展', '年度报告', '2016年',
  ];
  /** Strings made of those fragments, from a fixed seed: the same cases every run. */
  function* strings(count: number): Generator<string> {
    let seed = 20240601;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < count; i++) {
      let s = '';
      const n = 1 + Math.floor(next() * 8);
      for (let k = 0; k < n; k++) s += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
      yield s;
    }
  }
  const texts = [...strings(20_000), ...pages.map((u) => labelKey(doc(html(u)).documentElement.textContent ?? ''))];

  it('find what the patterns find, in labelKey text', () => {
    const differ: string[] = [];
    for (const raw of texts) {
      const key = labelKey(raw);
      if (hasOpening(key) !== isReportOpening(key)) differ.push(`opening: ${key.slice(0, 80)}`);
      if (hasTableLabel(key) !== TABLE_MARKERS.test(key)) differ.push(`table label: ${key.slice(0, 80)}`);
      // the phrase is a necessary condition of a report title
      if (matchReportTitle(key) && !hasReportPhrase(key)) differ.push(`phrase: ${key.slice(0, 80)}`);
      if (matchZhengwuTitle(key) && !hasInfoReportPhrase(key)) differ.push(`phrase without 政府: ${key.slice(0, 80)}`);
    }
    expect(differ).toEqual([]);
  });

  it('find no less in text dropped before NFKC than labelKey finds (dropped after)', () => {
    const DROPPED = /[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff\u00ad]+/g;
    // compatibility forms that NFKC turns into what the tests read: ㈠ → (一), ⼯ → 工, ４ → 4, ︽ → 《
    const quirks = ['第二十条第㈠项', '政府信息公开\u2f2f作年度报告', '统计期限自２０２１年', '本报告根据︽中华人民共和国政府信息公开条例︾', '\u00a8', ' \u3000', '\u200b'];
    const differ: string[] = [];
    for (const raw of [...texts, ...quirks.flatMap((q) => [q, `${q}${quirks[1]}`, `x${q} 一、总体情况 二、主动公开`])]) {
      const theirs = labelKey(raw);
      const ours = raw.replace(DROPPED, '').normalize('NFKC').replace(DROPPED, '');
      for (const [name, has] of [['phrase', hasReportPhrase], ['table label', hasTableLabel], ['opening', hasOpening]] as const) {
        if (has(theirs) && !has(ours)) differ.push(`${name}: ${raw.slice(0, 60)}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('find "政府信息公开" split by any dropped character, as labelKey joins it', () => {
    const D = '[\\s\\u00a0\\u3000\\u200b-\\u200d\\u2060\\ufeff\\u00ad]*';
    const split = new RegExp([...'政府信息公开'].join(D));
    const parts = [...'政府信息公开', '政府', '信息', '公开', ' ', '\n', '\u3000', '\u200b', '\u00ad', '\u2028', 'x', '息', '，'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const cases = [...texts.slice(-pages.length)];
    for (let i = 0; i < 30_000; i++) {
      let s = '';
      for (let k = 0, n = 2 + Math.floor(next() * 12); k < n; k++) s += parts[Math.floor(next() * parts.length)];
      cases.push(s);
    }
    const differ = cases.filter((s) => mentionsGovInfo(s) !== split.test(s)).map((s) => JSON.stringify(s.slice(0, 40)));
    expect(differ).toEqual([]);
    expect(mentionsGovInfo('政府 信息\u200b公\n开')).toBe(true);
    expect(mentionsGovInfo('政府信 x 息公开')).toBe(false);
  });

  it('find the phrase in its every form', () => {
    for (const mid of ['', '工作', '情况', '工作情况']) {
      for (const end of ['年度', '年报', '报告']) expect(hasReportPhrase(`某县政府信息公开${mid}${end}`)).toBe(true);
    }
    expect(hasReportPhrase('政府信息公开指南')).toBe(false);
    expect(hasReportPhrase('政府信息公开情况工作年度报告')).toBe(false);
  });
});

describe('hasYear (the first look asks a report-titled page without text for a year before it searches for a file)', () => {
  it('reads a year before 年 in any digits, as title.ts does', () => {
    for (const t of ['某局2023年政府信息公开工作年度报告', '某局二〇二三年政府信息公开工作年度报告', '某局２０２３年年报', '政府信息公开工作年度报告（2023年）']) expect(hasYear(t), t).toBe(true);
    for (const t of ['政府信息公开年报-泉州市丰泽区人民政府', '年度报告', '第123年', '电话12345', '2019政府信息公开年报']) expect(hasYear(t), t).toBe(false);
  });

  it('says yes to every title the detector reads a year from', () => {
    const titles = pages.flatMap((u) => {
      const m = /<title>([^<]*)/i.exec(html(u));
      return m ? [m[1]!] : [];
    });
    const withYear = titles.filter((t) => matchReportTitle(t)?.year != null);
    expect(withYear.length).toBeGreaterThan(100);
    for (const t of withYear) expect(hasYear(t.replace(/[\s\u3000]/g, '')), t).toBe(true);
  });
});

describe("headedReport's two queries (perf62: the selector engine's, where the DOM reads it, or the loop's)", () => {
  const linked = (text: string) => parseHTML(text).document as unknown as Document;
  /** the same document as a DOM without substring selectors sees it (the light DOM, happy-dom): the query throws */
  const plain = (d: Document): Document => {
    const own = d.querySelectorAll.bind(d);
    return Object.assign(d, { querySelectorAll: (s: string) => (s.includes('*=') ? (() => { throw new SyntaxError(s); })() : own(s)) });
  };
  const headed = (cls: string) => `<!doctype html><html><head><title>政府信息公开年报-某区人民政府</title></head><body><div ${cls}>某区2023年政府信息公开工作年度报告</div><p>见附件。</p></body></html>`;

  it('finds a title class or id in any case, and only those', () => {
    for (const cls of ['class="ArticleTITLE"', 'id="mainBT"', 'class="x BiaoTi"', 'class="btn"', 'id="Tit2"']) {
      expect(firstLook(linked(headed(cls))).maybe, cls).toBe(true);
      expect(firstLook(plain(linked(headed(cls)))).maybe, cls).toBe(true);
    }
    for (const cls of ['class="content"', 'id="main"', 'class="b t"']) {
      expect(firstLook(linked(headed(cls))).maybe, cls).toBe(false);
      expect(firstLook(plain(linked(headed(cls)))).maybe, cls).toBe(false);
    }
  });

  // 300 pages parsed: ~3 s alone, past the project's 20 s beside four engineers' runs (a clean-clone CI at load 30); the
  // limit guards against a hang, not for speed
  it('answers alike on every fixture page', () => {
    for (const u of pages.slice(0, 150)) {
      const text = html(u);
      expect(firstLook(linked(text)), nameOf(u)).toEqual(firstLook(plain(linked(text))));
    }
  }, 120_000);
});
