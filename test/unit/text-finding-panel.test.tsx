/**
 * en61b: the panel on a page whose text is wrong (qizhong-nested-wrong-2023, topic-parts-bureau-wrong-2022): in English
 * each text finding's sentence is worded from its note, no Han character outside the page's words in quotes, and not
 * marked zh-CN; in Chinese it is the core's message. A report kept with such a note still parses (the collection's schema).
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '../../components/panel.tsx';
import { reportView } from '../../components/findings-view.ts';
import { keyFigures } from '../../components/key-figures.ts';
import { findingSchema } from '../../lib/report/schema.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import { analysed, en, zh } from './panel-helpers.ts';

const HAN = /\p{Script=Han}/u;
const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) {
    render(null, el);
    el.remove();
  }
});

function panel(report: ReportAnalysis, t: typeof en): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  mounted.push(el);
  render(
    <Panel t={t} lang={t === en ? 'en' : 'zh-CN'} report={report} view={reportView(report)} figures={keyFigures(report)} collect={null}
      dock="right" tooltip={null} located={() => true} onFinding={() => {}} onDock={() => {}} onClose={() => {}} />,
    el,
  );
  return el;
}

describe('the panel\'s text findings', () => {
  it.each(['qizhong-nested-wrong-2023.html', 'topic-parts-bureau-wrong-2022.html'])('%s: English from the notes, Chinese the core\'s', (name) => {
    const report = analysed(name);
    const text = report.findings.filter((f) => f.rule.startsWith('text.') && f.severity !== 'info');
    expect(text.length).toBeGreaterThan(2);
    expect(text.every((f) => f.note)).toBe(true);
    const said = [...panel(report, en).querySelectorAll('button.finding[data-rule^="text."] .msg > span:last-child')];
    expect(said.length).toBe(text.length);
    for (const s of said) {
      expect(s.getAttribute('lang')).toBeNull();
      expect(s.textContent!.replace(/"[^"]*"/g, '')).not.toMatch(HAN);
    }
    const zhSaid = [...panel(report, zh).querySelectorAll('button.finding[data-rule^="text."] .msg > span:last-child')].map((s) => s.textContent);
    for (const f of text) expect(zhSaid).toContain(f.message);
  });
  it('a finding with a note of parts round-trips through the stored schema; a part of another shape does not', () => {
    const f = analysed('qizhong-nested-wrong-2023.html').findings.find((x) => x.rule.startsWith('text.') && x.note)!;
    expect(findingSchema.parse(JSON.parse(JSON.stringify(f)))).toEqual(f);
    expect(findingSchema.safeParse({ ...f, note: { code: 'vsTable', args: [{ code: 'cell', args: [true] }] } }).success).toBe(false);
  });
});
