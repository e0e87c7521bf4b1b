/**
 * What reads a blank-total finding said once for a whole 总计 column (lib/rules/blank-total-groups.ts):
 * the page marks every cell of it and scrolls to its first blank total, a hover finds the one
 * finding; the panel, the badge and the collection count it once; the panel shows its message as
 * it is in either language (findings' messages are the core's Chinese, as every finding's); the
 * batch checker's text lists its cells and its JSON keeps them (spec/check-json.md: every cell the
 * finding involves).
 */
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { parseGrid } from '../../lib/grid/parse-grid.ts';
import { problemsOf } from '../../lib/report/verdict.ts';
import { markPage, ATTR } from '../../components/page-marks.ts';
import { problemCount, reportView } from '../../components/findings-view.ts';
import { keyFigures } from '../../components/key-figures.ts';
import { Panel } from '../../components/panel.tsx';
import { formatFileText } from '../../cli/format-text.ts';
import { toFileJson } from '../../cli/to-json.ts';
import { en, zh } from './panel-helpers.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';

const HTML = readFileSync('test/fixtures/pages/word-2021-consistent.html', 'utf8');
const URL_ = { url: 'https://www.example.gov.cn/nb2021.html' };
const ROWS = ['granted', 'partial', 'denied.threeSecurity', 'denied.thirdParty', 'unable.noInfo'];

/** the consistent page with the 总计 of five result rows emptied, in a browser's DOM */
function blankColumn(): { doc: Document; report: ReportAnalysis } {
  const refs = analyzeDocument(new DOMParser().parseFromString(HTML, 'text/html'), URL_).figureRefs;
  const doc = new DOMParser().parseFromString(HTML, 'text/html');
  const tables = doc.querySelectorAll('table');
  for (const r of ROWS) {
    const ref = refs[`t3.${r}.total`]!;
    parseGrid(tables[ref.table]!, ref.table).slots[ref.row]![ref.col]!.el.textContent = '';
  }
  return { doc, report: analyzeDocument(doc, URL_) };
}

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) {
    render(null, el);
    el.remove();
  }
});

describe('a 总计 column left blank, said once: what reads the finding', () => {
  const { doc, report } = blankColumn();
  const blank = report.findings.filter((f) => f.rule === 'table.blank-total');

  it('is one finding with the five blank totals first among its cells', () => {
    expect(blank).toHaveLength(1);
    expect(blank[0]!.message).toMatch(/^表三「总计」一列有5处空白：/);
    expect(blank[0]!.cells).toHaveLength(5 + 5 * 6);
  });

  it('the page marks every cell of it, scrolls to the first blank total, and a hover finds it alone', () => {
    const { t2, t3, t4 } = report.tables;
    const marks = markPage(doc, report.findings, [...t2, ...t3, ...t4]);
    const targets = marks.targets(blank[0]!);
    expect(targets).toHaveLength(blank[0]!.cells.length);
    for (const el of targets) expect(el.getAttribute(ATTR)).toBe('flagged');
    expect(targets.slice(0, 5).map((el) => el.textContent!.trim())).toEqual(['', '', '', '', '']);
    expect(marks.scrollTo(blank[0]!)).toBe(targets[0]);
    for (const el of targets) expect(marks.findingsAt(el).filter((f) => f.rule === 'table.blank-total')).toEqual([blank[0]]);
    marks.clear();
    expect(doc.querySelector(`[${ATTR}]`)).toBeNull();
  });

  it('counts once for the badge, the panel\'s verdict and the collection', () => {
    const others = report.findings.filter((f) => f.rule !== 'table.blank-total');
    expect(problemCount(report)).toBe(problemsOf(others) + 1);
    const view = reportView(report);
    expect(view.verdict).toEqual({ kind: 'problems', count: problemsOf(others) + 1 });
    expect(view.groups.find((g) => g.key === 't3')!.findings.filter((f) => f.rule === 'table.blank-total')).toHaveLength(1);
  });

  it('the panel shows its message as the core says it in Chinese, and worded from its code in English', () => {
    for (const t of [zh, en]) {
      const el = document.createElement('div');
      document.body.append(el);
      mounted.push(el);
      render(
        <Panel t={t} lang="zh-CN" report={report} view={reportView(report)} figures={keyFigures(report)} collect={null}
          dock="right" tooltip={null} located={() => true} onFinding={() => {}} onDock={() => {}} onClose={() => {}} />,
        el,
      );
      const items = el.querySelectorAll('[data-rule="table.blank-total"]');
      expect(items).toHaveLength(1);
      if (t === zh) expect(items[0]!.textContent).toContain(blank[0]!.message);
      else {
        expect(items[0]!.textContent).toContain('Table 3, column "Total" has 5 totals blank');
        expect(items[0]!.textContent).not.toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it('the batch checker says it once, with its cells, and its JSON keeps every cell', () => {
    const checked = { file: 'nb2021.html', analysis: report, warnings: [] };
    const text = formatFileText(checked);
    expect(text.match(/表三「总计」一列有5处空白/g)).toHaveLength(1);
    // every one of the 35 cells, the table named once (cli69: the list wraps between cells, later lines under the first)
    const cells = /（table\.blank-total）\n {10}涉及：(第\d+个表格(?:第\d+行第\d+列、(?:\n {16})?){34}第\d+行第\d+列)\n/.exec(text);
    expect(cells).not.toBeNull();
    expect(cells![1]!.match(/第\d+行第\d+列/g)).toHaveLength(35);
    expect(cells![1]!.match(/个表格/g)).toHaveLength(1);
    const json = toFileJson(checked).findings.filter((f) => f.rule === 'table.blank-total');
    expect(json).toEqual([{ rule: 'table.blank-total', severity: 'warning', message: blank[0]!.message, cells: blank[0]!.cells, suspect: null, quote: null }]);
  });
});
