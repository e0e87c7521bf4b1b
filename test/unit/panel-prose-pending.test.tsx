/**
 * The panel while the narrative stage is still to come (entrypoints/content/lens.tsx shows the
 * tables' findings first, components/prose-module.ts loads the text's): it never calls a page
 * consistent before its text is read, shows the tables' problems as found, offers no copy of half
 * the results, and says so when the text could not be checked at all.
 */
import { render } from 'preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '../../components/panel.tsx';
import { reportView } from '../../components/findings-view.ts';
import { keyFigures } from '../../components/key-figures.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import { analyzeTables } from '../../lib/analyze-tables.ts';
import { completeAnalysis } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import { en, zh } from './panel-helpers.ts';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) {
    render(null, el);
    el.remove();
  }
});

function stageOf(name: string) {
  const bytes = readFileSync(join(process.cwd(), 'test/fixtures/pages', name));
  return analyzeTables(parsePage(decodeHtml(bytes).text), { url: `https://example.gov.cn/${name}` });
}

function panel(report: ReportAnalysis, prose: 'checking' | 'failed' | null, t = zh): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  mounted.push(el);
  render(
    <Panel t={t} lang="zh-CN" report={report} view={reportView(report)} figures={keyFigures(report)} prose={prose} collect={null}
      dock="right" tooltip={null} located={() => true} onFinding={() => {}} onDock={() => {}} onClose={() => {}} onCopy={async () => true} />,
    el,
  );
  return el;
}

const status = (el: HTMLElement) => el.querySelector('[role=status]')!;

describe('panel: the tables read, the text still to come', () => {
  it('on a page whose tables agree (fengze-2019, its problems all in the text): busy, and no verdict of consistency', () => {
    const stage = stageOf('fengze-2019.html');
    expect(reportView(stage.analysis).verdict.kind).toBe('ok'); // the tables alone hold
    const el = panel(stage.analysis, 'checking');
    expect(status(el).textContent).toBe('表格已核对，正在核对正文…');
    expect(status(el).getAttribute('aria-busy')).toBe('true');
    expect(status(el).getAttribute('data-verdict')).toBe('checking');
    expect(status(el).className).not.toContain('ok');
    expect(el.querySelector('.checked')!.textContent).toBe(`${stage.analysis.checks.passed} 项表格校验通过，正文核对中…`);
    expect(el.querySelector('button.copy')).toBeNull();
    // once the text is read: its three findings, and the plain verdict
    const done = panel(completeAnalysis(stage), null);
    expect(status(done).textContent).toBe('发现 3 处不一致');
    expect(status(done).hasAttribute('aria-busy')).toBe(false);
    expect(done.querySelector('button.copy')).not.toBeNull();
  });

  it('on a page whose tables are wrong: their problems shown at once, still busy', () => {
    const stage = stageOf('wrong-cell-2021.html');
    const el = panel(stage.analysis, 'checking');
    expect(status(el).getAttribute('data-verdict')).toBe('problems');
    expect(status(el).textContent).toMatch(/^发现 \d+ 处不一致$/);
    expect(status(el).getAttribute('aria-busy')).toBe('true');
    expect(panel(stage.analysis, 'checking', en).querySelector('.checked')!.textContent).toContain('checking the text');
  });

  it('says the text was not checked when its stage could not load, and never "tables and text agree"', () => {
    const stage = stageOf('word-2021-consistent.html');
    const el = panel(stage.analysis, 'failed');
    expect(status(el).textContent).toBe('表格一致；正文未能核对');
    expect(status(el).getAttribute('data-verdict')).toBe('partial');
    expect(el.querySelector('.checked')!.textContent).toContain('正文未能核对');
    expect(status(panel(completeAnalysis(stage), null)).textContent).toBe('表格与正文一致');
  });
});

describe('analyzeTables and completeAnalysis', () => {
  it('give what analyzeDocument gives, the stage left as it was', () => {
    const stage = stageOf('fengze-2019.html');
    const before = JSON.stringify(stage.analysis);
    const full = completeAnalysis(stage);
    expect(JSON.stringify(stage.analysis)).toBe(before);
    expect(full.findings.filter((f) => f.rule.startsWith('text.')).length).toBe(3);
    expect(stage.analysis.findings.some((f) => f.rule.startsWith('text.'))).toBe(false);
    expect(stage.analysis.narrative.checked).toBe(0);
    expect(full.narrative.checked).toBeGreaterThan(0);
  });

  it('leave a page that is not a report as the tables stage found it', () => {
    const stage = stageOf('budget-2024.html');
    expect(stage.analysis.isReport).toBe(false);
    expect(stage.prose).toBeNull();
    expect(completeAnalysis(stage)).toBe(stage.analysis);
  });
});
