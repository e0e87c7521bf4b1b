/**
 * txt101: withdrawnAside's and the 中止 skip's reasons, coded, as the English panel shows them (the claims not judged, opened):
 * on main they were the core's Chinese, marked "the checker's words, not yet in English". word-2021-consistent's page with a
 * Word-pasted paragraph put after its 依申请公开 paragraph.
 */
import { render } from 'preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '../../components/panel.tsx';
import { reportView } from '../../components/findings-view.ts';
import { keyFigures } from '../../components/key-figures.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import { en, zh } from './panel-helpers.ts';
import { word } from './narrative-tables.ts';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) {
    render(null, el);
    el.remove();
  }
});

const WITHDRAWN = '全年共办结政府信息公开申请63件，其中予以公开32件，部分公开7件，不予公开5件，无法提供15件，不予处理3件，其他处理1件，另有2件申请人撤回。';
const SUSPENDED = '全年共办结政府信息公开申请64件，其中予以公开32件，部分公开7件，不予公开5件，无法提供15件，不予处理3件，其他处理1件，中止审查1件。';

function analysed(text: string): ReportAnalysis {
  const html = decodeHtml(readFileSync(join(process.cwd(), 'test/fixtures/pages/word-2021-consistent.html'))).text;
  const at = html.indexOf('</p>', html.indexOf('（二）依申请公开。')) + 4;
  const page = html.slice(0, at) + word(text) + html.slice(at);
  return analyzeDocument(parsePage(page), { url: 'https://example.gov.cn/word-2021-consistent.html' });
}

function panel(report: ReportAnalysis, t = en): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  mounted.push(el);
  render(
    <Panel t={t} lang={t === en ? 'en' : 'zh-CN'} report={report} view={reportView(report)} figures={keyFigures(report)} collect={null}
      dock="right" tooltip={null} located={() => true} onFinding={() => {}} onDock={() => {}} onClose={() => {}}
      sentenceFound={() => true} onSentence={() => {}} />,
    el,
  );
  return el;
}

async function open(el: HTMLElement): Promise<Element[]> {
  const details = el.querySelector<HTMLDetailsElement>('.unread details[data-list="claims-skipped"]')!;
  details.open = true;
  details.dispatchEvent(new Event('toggle'));
  await new Promise((r) => setTimeout(r, 0));
  return [...el.querySelectorAll('.skips li')];
}

describe('txt101: the withdrawn and suspended skips\' reasons in the English panel', () => {
  it.each([
    [WITHDRAWN, 'partsOverBut', 'Why: The items listed add up to 65, more than the total "63件"; but the withdrawn ones ("2件"), said as besides the rest, may not be counted in the total: not judged'],
    [SUSPENDED, 'partsShortSuspended', 'Why: The items listed add up to 63, less than the total "64件" by exactly the suspended "1件": suspended applications may be counted apart, not judged'],
  ])('en: "%s" worded in English (%s), unmarked, no Han outside the page\'s words; zh: the core\'s detail', async (text, code, want) => {
    const report = analysed(text);
    const skips = report.narrative.skips!.filter((k) => k.quote.includes('全年共办结政府信息公开申请6'));
    expect(skips.map((k) => k.note?.code)).toEqual([code]);
    const items = (await open(panel(report))).filter((li) => li.querySelector('.quote')!.textContent!.includes('全年共办结政府信息公开申请6'));
    expect(items.map((li) => li.querySelector('.sub')!.textContent)).toEqual([want]);
    const why = items[0]!.querySelector('.why')!;
    expect(why.hasAttribute('lang')).toBe(false);
    expect(why.textContent!.replace(/"[^"]*"/g, '')).not.toMatch(/\p{Script=Han}/u);
    const zhItems = (await open(panel(report, zh))).filter((li) => li.querySelector('.quote')!.textContent!.includes('全年共办结政府信息公开申请6'));
    expect(zhItems.map((li) => li.querySelector('.sub')!.textContent)).toEqual([`原因：${skips[0]!.detail}`]);
  });
});
