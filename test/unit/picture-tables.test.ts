// @vitest-environment node
/**
 * A report whose tables are pictures (lib/detect/picture-tables.ts): a report, said unread, when
 * pictures stand under its own section headings 二, 三 and 四; never when the pictures stand
 * anywhere else, or the page's heading is not the report's title.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { detectReport } from '../../lib/detect/detect-report.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import { reportView } from '../../components/findings-view.ts';
import { TABLES_ARE_PICTURES } from '../../lib/map/notes.ts';

const TITLE = '东湖市某区民政局2022年政府信息公开工作年度报告';
const IMG = '<p align="center"><img src="/upload/2023/01/a.png" width="640" height="480"></p>';
const H = (t: string) => `<p><strong>${t}</strong></p>`;
const P = (t: string) => `<p style="text-indent:2em">${t}</p>`;

type Where = '1' | '2' | '3' | '4' | '5' | '6';

/** A report page: its title as <title> and <h1> (unless said), the six headings, pictures under the ones listed. */
function reportPage(pictures: Where[], opts: { h1?: boolean; title?: string; five?: boolean; order?: string[] } = {}): string {
  const headings: [Where, string][] = [
    ['1', '一、总体情况'], ['2', '二、主动公开政府信息情况'], ['3', '三、收到和处理政府信息公开申请情况'],
    ['4', '四、政府信息公开行政复议、行政诉讼情况'], ['5', '五、存在的主要问题及改进情况'], ['6', '六、其他需要报告的事项'],
  ];
  const order = opts.order ?? ['1', '2', '3', '4', '5', '6'];
  const body = order
    .map((k) => headings.find(([w]) => w === k)!)
    .filter(([k]) => opts.five !== false || (k !== '5' && k !== '6'))
    .map(([k, t]) => H(t) + (k === '1' ? P('2022年，本局全年主动公开政府信息86条。') : '') + (pictures.includes(k) ? IMG : ''))
    .join('\n');
  const heading = opts.h1 === false ? `<p style="text-align:center"><b>${TITLE}</b></p>` : `<h1>${TITLE}</h1>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${opts.title ?? TITLE}</title></head><body>
<div class="header"><a href="/"><img src="/logo.png" alt="某区人民政府"></a></div>
<div class="article">${heading}${P('本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。')}
${body}</div>
<div class="footer"><p>主办：某区人民政府办公室 <img src="/gongan.png"> 鄂公网安备00000000号</p></div></body></html>`;
}

const linkedom = (html: string) => parseHTML(html).document as unknown as Document;
function happy(html: string): Document {
  const w = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

describe('a report whose tables are pictures', () => {
  it.each([
    ['under 二, 三 and 四', ['2', '3', '4'] as Where[], {}],
    ['under 三 and 四', ['3', '4'] as Where[], {}],
    ['under 二 and 三, the page ending after 四 (no 五)', ['2', '3'] as Where[], { five: false }],
    ['with its title only in <title> (no heading of its own)', ['2', '3', '4'] as Where[], { h1: false }],
  ])('is a report, its tables said unread: pictures %s', (_, pictures, opts) => {
    for (const doc of [linkedom(reportPage(pictures, opts)), happy(reportPage(pictures, opts))]) {
      const d = detectReport(doc);
      expect([d.isReport, d.tablesArePictures, d.year]).toEqual([true, true, 2022]);
    }
    const a = analyzeDocument(linkedom(reportPage(pictures, opts)));
    const missing = a.findings.filter((f) => f.rule === 'map.missing-table');
    expect(missing.map((f) => [f.severity, f.message.endsWith(`（${TABLES_ARE_PICTURES}）`)])).toEqual([['info', true], ['info', true], ['info', true]]);
    expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // the panel lists the three tables as unread, and why; never "consistent"
    const v = reportView(a);
    expect([v.unread.missingTables, v.unread.missingReason, v.verdict.kind === 'ok']).toEqual([['t2', 't3', 't4'], TABLES_ARE_PICTURES, false]);
  });

  it('says its tables are pictures also when its prose states its figures (a report either way)', () => {
    const html = reportPage(['2', '3', '4']).replace('全年主动公开政府信息86条。', '全年主动公开政府信息86条，收到申请12件，办结11件，结转1件。');
    const d = detectReport(linkedom(html));
    expect([d.isReport, d.tablesArePictures]).toEqual([true, true]);
    expect(analyzeDocument(linkedom(html)).findings.filter((f) => f.rule === 'map.missing-table')).toHaveLength(3);
  });

  it.each([
    ['one picture only, under 三', ['3'] as Where[], {}],
    ['pictures before the headings and after the last (a notice: the report\'s cover, a photo)', ['1', '6'] as Where[], {}],
    ['a picture under 四 with no heading after it (the footer\'s icons are no table)', ['4'] as Where[], { five: false }],
    ['the headings out of order', ['2', '3', '4'] as Where[], { order: ['1', '3', '2', '4', '5', '6'] }],
    ['the report\'s title in a paragraph of a page titled otherwise', ['2', '3', '4'] as Where[], { h1: false, title: '某区人民政府' }],
  ])('is no report: %s', (_, pictures, opts) => {
    const d = detectReport(linkedom(reportPage(pictures, opts)));
    expect([d.isReport, d.tablesArePictures]).toEqual([false, undefined]);
  });
});

describe('a report whose tables are read in part, the others pictures (red team 25)', () => {
  const T2 = '<table border="1"><tr><td colspan="4">第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr><tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>2</td><td>0</td><td>9</td></tr><tr><td colspan="4">第二十条第（五）项</td></tr><tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr><tr><td>行政许可</td><td colspan="3">120</td></tr></table>';
  const page = (pictures: Where[]) => reportPage(pictures).replace(H('二、主动公开政府信息情况'), H('二、主动公开政府信息情况') + T2);
  const notes = (html: string) => analyzeDocument(linkedom(html)).findings.filter((f) => f.rule === 'map.missing-table').map((f) => f.message);
  it('says of each missing table whose section holds a picture that it is one', () => {
    const m = notes(page(['3', '4']));
    expect(m).toHaveLength(2);
    expect(m.map((x) => x.slice(x.lastIndexOf('（')))).toEqual(['（表三在页面上是图片，无法读取其中的数字）', '（表四在页面上是图片，无法读取其中的数字）']);
  });
  it('says it of the pictured one only', () => {
    const m = notes(page(['4']));
    expect(m.find((x) => x.includes('表三'))).not.toContain('图片');
    expect(m.find((x) => x.includes('表四'))).toContain('（表四在页面上是图片');
  });
  it('says nothing of pictures where none stands in the section, or with no section headings', () => {
    expect(notes(page([])).some((x) => x.includes('图片'))).toBe(false);
    // a picture under 四 with no heading after it: the page's end, not 四's section
    expect(notes(page(['4']).replace(H('五、存在的主要问题及改进情况'), '').replace(H('六、其他需要报告的事项'), '')).some((x) => x.includes('图片'))).toBe(false);
  });
});
