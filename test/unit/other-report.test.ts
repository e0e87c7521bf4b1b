/**
 * Two reports on one page (redteam8): a 区's report, then a 部门's under its own title line. The
 * 部门's prose is not compared with the 区's tables; its own arithmetic is still checked.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { otherReportStart as startIn, ownReportStart } from '../../lib/dom/other-report-title.ts';
import { collectLines } from '../../lib/detect/lines.ts';
import { checkNarrative } from '../../lib/narrative/check-narrative.ts';

/** as analyze.ts calls it, with the detector's lines of the page */
const otherReportStart = (scope: Element, after: Element, agency: string | null, year?: number | null) =>
  startIn(collectLines(scope), scope, after, agency, year);

const AGENCY = '重庆市大渡口区人民政府';

function body(html: string): Element {
  return parseHTML(`<!DOCTYPE html><html><head><title>t</title></head><body>${html}</body></html>`).document.body;
}

const PAGE = `
<p><strong>重庆市大渡口区人民政府2020年政府信息公开工作年度报告</strong></p>
<p>2020年，全区共新收政府信息公开申请43件。</p>
<table class="data"><tr><td>一、本年新收政府信息公开申请数量</td><td>43</td></tr></table>
<p>图文解读：重庆市大渡口区人民政府2020年政府信息公开工作年度报告</p>
<p style="text-align:center"><strong>重庆市大渡口区教育委员会2020年政府信息公开工作年度报告</strong></p>
<p>2020年，区教委共收到政府信息公开申请10件，其中自然人申请6件、法人申请3件。</p>`;

describe('another body\'s report on the page', () => {
  it('is found at its title line after the report\'s table 三, not at the report\'s own title or a 解读', () => {
    const b = body(PAGE);
    const t3 = b.querySelector('table')!;
    expect(otherReportStart(b, t3, AGENCY)?.textContent?.trim()).toBe('重庆市大渡口区教育委员会2020年政府信息公开工作年度报告');
    expect(otherReportStart(b, t3, '重庆市大渡口区教育委员会')).toBeNull();
    expect(otherReportStart(b, t3, null)).toBeNull();
    // the report's own body named another way is not another report
    const own = body(PAGE.replace('重庆市大渡口区教育委员会2020', '重庆市大渡口区2020'));
    expect(otherReportStart(own, own.querySelector('table')!, '大渡口区人民政府')).toBeNull();
    expect(otherReportStart(own, own.querySelector('table')!, '大渡口区人民政府', 2020)).toBeNull();
    // the same body's report for another year, put under this one's
    const older = body(PAGE.replace('重庆市大渡口区教育委员会2020', '重庆市大渡口区人民政府2019'));
    const t = older.querySelector('table')!;
    expect(otherReportStart(older, t, AGENCY)).toBeNull();
    expect(otherReportStart(older, t, AGENCY, 2020)?.textContent?.trim()).toBe('重庆市大渡口区人民政府2019年政府信息公开工作年度报告');
    expect(otherReportStart(older, t, null, 2020)?.textContent?.trim()).toBe('重庆市大渡口区人民政府2019年政府信息公开工作年度报告');
    const before = body(PAGE.replace('<table', '<p>重庆市大渡口区教育委员会2020年政府信息公开工作年度报告</p><table').split('<p style')[0]!);
    expect(otherReportStart(before, before.querySelector('table')!, AGENCY)).toBeNull();
  });

  it('is found when its title stands over two lines, the body on the first', () => {
    const two = (bodyLine: string): Element =>
      body(PAGE.replace('<p style="text-align:center"><strong>重庆市大渡口区教育委员会2020年政府信息公开工作年度报告</strong></p>',
        `<p>${bodyLine}</p><p>2020年政府信息公开工作年度报告</p>`));
    const dept = two('重庆市大渡口区教育委员会');
    expect(otherReportStart(dept, dept.querySelector('table')!, AGENCY, 2020)?.textContent?.trim()).toBe('2020年政府信息公开工作年度报告');
    const own = two('重庆市大渡口区人民政府');
    expect(otherReportStart(own, own.querySelector('table')!, AGENCY, 2020)).toBeNull();
    // a bare year line inside a wrapper: the wrapper is not the line before it
    const bare = body(PAGE.split('<p style')[0] + '<div><p>2020年政府信息公开工作年度报告</p></div>');
    expect(otherReportStart(bare, bare.querySelector('table')!, AGENCY, 2020)).toBeNull();
  });

  it('its prose keeps its own sums checked but is not compared with the report\'s tables', () => {
    const b = body(PAGE);
    const input = {
      container: b, exclude: [...b.querySelectorAll('table.data')],
      figures: { 't3.new.total': 43 }, figureRefs: { 't3.new.total': { table: 0, row: 0, col: 1 } },
    };
    const flagged = checkNarrative(input).findings.filter((f) => f.severity !== 'info');
    expect(flagged).toMatchObject([{ rule: 'text.vs-table', quote: expect.stringContaining('10件') }]);
    const r = checkNarrative({ ...input, otherReportFrom: otherReportStart(b, b.querySelector('table')!, AGENCY) });
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.checks).toMatchObject([{ rule: 'text.parts-sum' }, { rule: 'text.vs-table', outcome: 'pass' }]);
  });
});

describe('another body\'s report before the report\'s own', () => {
  const FIRST = `
<p>重庆市北碚区2020年政府信息公开工作年度报告（含区级部门）</p>
<p><strong>重庆市北碚区教育委员会2020年政府信息公开工作年度报告</strong></p>
<p>2020年，区教委共收到政府信息公开申请10件。</p>
<table id="dept"><tr><td>一、本年新收政府信息公开申请数量</td><td>10</td></tr></table>
<p><strong>重庆市北碚区人民政府2020年政府信息公开工作年度报告</strong></p>
<p>2020年，全区共新收政府信息公开申请90件。</p>
<table id="own"><tr><td>一、本年新收政府信息公开申请数量</td><td>90</td></tr></table>`;

  it('is cut off at the report\'s own title line before its table 三', () => {
    const b = body(FIRST);
    const start = ownReportStart(collectLines(b), b, b.querySelector('#own')!, '重庆市北碚区人民政府', 2020);
    expect(start?.textContent).toBe('重庆市北碚区人民政府2020年政府信息公开工作年度报告');
    // another year's title of the body is not its start; nor is there one without another body's first
    expect(ownReportStart(collectLines(b), b, b.querySelector('#own')!, '重庆市北碚区人民政府', 2021)).toBeNull();
    const alone = body(FIRST.replace('重庆市北碚区教育委员会2020', '重庆市北碚区2019'));
    expect(ownReportStart(collectLines(alone), alone, alone.querySelector('#own')!, '重庆市北碚区人民政府', 2020)).toBeNull();
  });
});
