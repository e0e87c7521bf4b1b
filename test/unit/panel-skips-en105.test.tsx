/**
 * en105: the flow's skips (flow-balance.ts, flow-words.ts) in the English panel's list of the claims not judged: each
 * reason worded in English, unmarked (on main's code each was the core's Chinese, marked "not yet in English"); the
 * Chinese panel says the core's detail. The report is a fixture page's, its skips those of flow sentences with no table.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '../../components/panel.tsx';
import { reportView } from '../../components/findings-view.ts';
import { keyFigures } from '../../components/key-figures.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import { analysed, en, zh } from './panel-helpers.ts';
import { onWord2021 } from './narrative-tables.ts';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) {
    render(null, el);
    el.remove();
  }
});

function panel(report: ReportAnalysis, t = zh): HTMLElement {
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

async function open(el: HTMLElement): Promise<void> {
  const details = el.querySelector<HTMLDetailsElement>('.unread details[data-list="claims-skipped"]')!;
  details.open = true;
  details.dispatchEvent(new Event('toggle'));
  await new Promise((r) => setTimeout(r, 0));
}

const FLOWS = ['全年新收申请30件，办结28件，结转下年度4件。', '新收申请45件，上年结转3件，办结3件，结转下年度2件。', '共收到依申请公开16项，办理16项，结转下年度1项。'];

function withFlowSkips(): ReportAnalysis {
  const report = analysed('base-year-points-multiples-2023.html');
  const skips = FLOWS.flatMap((t) => onWord2021(t, false).checks.filter((c) => c.outcome === 'skip'))
    .map(({ rule, quote, detail, note }) => (note ? { rule, quote, detail, note } : { rule, quote, detail }));
  return { ...report, narrative: { ...report.narrative, skips } };
}

describe('en105: the flow\'s skips in the panel\'s list', () => {
  it('en: each reason in English, unmarked, no Han outside the page\'s quoted words', async () => {
    const report = withFlowSkips();
    expect(report.narrative.skips!.map((k) => k.note?.code)).toEqual(['flowOverNoCarried', 'flowAnsweredCarried', 'inUnit']);
    const el = panel(report, en);
    await open(el);
    const subs = [...el.querySelectorAll('.skips li .sub')].map((s) => s.textContent!);
    expect(subs).toEqual([
      'Why: "28件" + "4件" = 32, more than "30件"; the text gives none carried over from last year, and the difference may be those carried over: not judged',
      'Why: "3件" comes right after the "3件" carried over from last year: it may be those carried over, answered, the year\'s closed count not given; the flow is not judged',
      'Why: "16项" + "1项" = 17; the "16项" handled equal those received, and may hold those carried on to next year: not judged',
    ]);
    for (const s of subs) expect(s.replace(/"[^"]*"/g, '')).not.toMatch(/\p{Script=Han}/u);
  });

  it('zh: the core\'s details, to the character', async () => {
    const report = withFlowSkips();
    const el = panel(report, zh);
    await open(el);
    expect([...el.querySelectorAll('.skips li .sub')].map((s) => s.textContent)).toEqual(report.narrative.skips!.map((k) => `原因：${k.detail}`));
  });
});
