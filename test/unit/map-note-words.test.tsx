/**
 * tabs59: the map's notes (lib/map/note-words.ts: map.unmapped, map.unread-table, grid.truncated, page.script-veil,
 * map.part-scope) carry a code and figures; the panel words them through the locale files (components/map-note-words.ts).
 * The Chinese locale says each exactly as the core does (the batch checker's words); the English panel shows no Han
 * character in them but the labels quoted from the page, as the page wrote them and never as HTML. And a finding whose
 * cells are all in a part of the page it hides (the report's table 三 in a closed tab) offers no jump.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '../../components/panel.tsx';
import { reportView } from '../../components/findings-view.ts';
import { keyFigures } from '../../components/key-figures.ts';
import { mapNoteText } from '../../components/map-note-words.ts';
import { unreadItems } from '../../components/results-text.ts';
import { markPage } from '../../components/page-marks.ts';
import { MAP_NOTE_CODES, mapNote, type MapNoteArgs, type MapNoteCode } from '../../lib/map/note-words.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import { en, zh } from './panel-helpers.ts';

const HAN = /\p{Script=Han}/u;
/** a label from the page that tries to be markup: shown as text */
const LABEL = '<b>其他</b>情况';

const SAMPLES: { [C in MapNoteCode]: MapNoteArgs<C>[] } = {
  hiddenCopy: [[4, 't3', 1], [5, 't2', 0], [6, 't4', 0]],
  otherYear: [[3, 2021, 2022, 1], [4, 2021, 2022, 0]],
  otherYearTable: [[2, 't2', 2021, 2022, 1], [6, 't4', 2023, 2022, 0]],
  gridTruncated: [[2, 5000, 2000]],
  scriptVeil: [[]],
  partScope: [['三、收到和处理政府信息公开申请情况（区政府本级）']],
  t2RowSumUnknown: [[LABEL]],
  t2RowUnknown: [[LABEL]],
  t2HeaderUnknown: [[LABEL, 3, ''], [LABEL, 3, '本年增减']],
  t3RowRatio: [[LABEL]],
  t3PartRowCells: [[LABEL]],
  t3RowUnknown: [[LABEL]],
  t3RowAddedSum: [[LABEL]],
  t3RowRepeated: [[LABEL]],
  t3HeaderUnknown: [[9]],
  t3ColumnOfWhich: [[LABEL, '企业']],
  t3ColumnOfWhichToo: [[LABEL, '企业']],
  t3NoTotalColumn: [[]],
  t3NoNaturalColumn: [[]],
  t3ColumnsUnread: [[]],
  t3ColumnNoFigures: [[LABEL]],
  t3tRowUnknown: [[LABEL]],
  t3tRowsUnread: [[]],
  t3tPartRowsDiffer: [[]],
  t3ColUnknown: [[LABEL]],
  t3ColAddedSum: [[LABEL]],
  t3ColRepeated: [[LABEL]],
  t2NoFigures: [[]],
  t2RoundFigure: [[LABEL, '约1.3万']],
  t4NoDataRows: [[]],
  t4ColNotTemplate: [[7, '行政复议/其他']],
  t4ColumnsUnread: [[12]],
  t4RowSumUnknown: [[LABEL]],
  t4ColSumUnknown: [[7, LABEL]],
};

const notes = MAP_NOTE_CODES.flatMap((code) => (SAMPLES[code] as unknown[][]).map((args) => ({ code, args, n: (mapNote as (c: MapNoteCode, ...a: unknown[]) => ReturnType<typeof mapNote>)(code, ...args) })));
const finding = (n: ReturnType<typeof mapNote>) => ({ message: n.message, note: { code: n.code, args: n.args } });

describe('the map\'s notes worded from their codes', () => {
  it('every code has its samples', () => {
    expect(new Set(notes.map((n) => n.code))).toEqual(new Set(MAP_NOTE_CODES));
  });
  it.each(notes.map((n) => [`${n.code}(${n.args.join(',')})`, n] as const))('%s: the Chinese locale says it as the core does', (_, n) => {
    expect(mapNoteText(zh, finding(n.n))).toBe(n.n.message);
  });
  it.each(notes.map((n) => [`${n.code}(${n.args.join(',')})`, n] as const))('%s: English, no Han character but the page\'s labels', (_, n) => {
    let text = mapNoteText(en, finding(n.n));
    expect(text).not.toBe(n.n.message);
    for (const a of n.args) if (typeof a === 'string' && HAN.test(a)) {
      expect(text).toContain(a);
      text = text.split(a).join('');
    }
    expect(text).not.toMatch(HAN);
  });
  it('a note kept before the codes, or of a code this build does not know, is shown as the core wrote it', () => {
    expect(mapNoteText(en, { message: '表三未能识别的行「x」，未参与校验' })).toBe('表三未能识别的行「x」，未参与校验');
    expect(mapNoteText(en, { message: '某种新说明', note: { code: 'fromTheFuture', args: [1] } })).toBe('某种新说明');
  });
});

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) {
    render(null, el);
    el.remove();
  }
});

const page = (dir: string, name: string) => readFileSync(join(process.cwd(), 'test/fixtures', dir, name));
const analysedAt = (dir: string, name: string): ReportAnalysis => analyzeDocument(parsePage(decodeHtml(page(dir, name)).text), { url: `https://www.example.gov.cn/${name}` });

function panel(report: ReportAnalysis, t: typeof en, hiddenOnPage?: (f: ReportAnalysis['findings'][number]) => boolean): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  mounted.push(el);
  render(
    <Panel t={t} lang={t === en ? 'en' : 'zh-CN'} report={report} view={reportView(report)} figures={keyFigures(report)} collect={null}
      dock="right" tooltip={null} located={() => true} hiddenOnPage={hiddenOnPage} onFinding={() => {}} onDock={() => {}} onClose={() => {}} />,
    el,
  );
  return el;
}

describe('the panel on pages with notes', () => {
  it.each([
    ['tabs59', 'y08-report-year-shown-other-hidden.html'],
    ['tabs59', 'y09-no-year-anywhere.html'],
    ['redteam28-copies', 'h12-hidden-table2-copy-differs.html'],
  ])('%s/%s: the English list of what was not read has no Han character; the Chinese one the core\'s words', (dir, name) => {
    const report = analysedAt(dir, name);
    const said = report.findings.filter((f) => f.rule.startsWith('map.'));
    expect(said.length).toBeGreaterThan(0);
    const enItems = [...panel(report, en).querySelectorAll('.unread li')].map((li) => li.textContent!);
    expect(enItems.length).toBeGreaterThan(0);
    for (const s of enItems) expect(s).not.toMatch(HAN);
    const zhItems = [...panel(report, zh).querySelectorAll('.unread li')].map((li) => li.textContent!);
    for (const f of said) expect(zhItems).toContain(f.message);
    expect(unreadItems(zh, reportView(report))).toEqual(expect.arrayContaining(said.map((f) => f.message)));
  });
  it('a label quoted from the page is shown as text, never as markup', () => {
    const report = analysedAt('tabs59', 'y09-no-year-anywhere.html');
    const n = mapNote('t3RowUnknown', LABEL);
    report.findings.push({ rule: 'map.unmapped', severity: 'info', message: n.message, cells: [], suspect: null, quote: null, note: { code: n.code, args: n.args } });
    const el = panel(report, en);
    expect(el.querySelector('.unread b')).toBeNull();
    expect([...el.querySelectorAll('.unread li')].map((li) => li.textContent)).toContain(`Table 3: row "${LABEL}" not recognised; not checked`);
  });
});

describe('a finding on a cell the page hides offers no jump', () => {
  it('y10: the slip of the report\'s table 三 in the hidden 2022 tab: marked, out of sight, nothing scrolled to', () => {
    const html = decodeHtml(page('tabs59', 'y10-hidden-report-year-with-slip.html')).text;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const report = analyzeDocument(doc, { url: 'https://www.example.gov.cn/y10.html' });
    const slips = report.findings.filter((f) => f.rule.startsWith('t3.') && f.severity === 'error');
    expect(slips.length).toBe(2);
    const marks = markPage(doc, report.findings, [...report.tables.t2, ...report.tables.t3, ...report.tables.t4]);
    for (const f of slips) {
      expect(marks.targets(f).length).toBeGreaterThan(0);
      expect(marks.hidden(f)).toBe(true);
      expect(marks.scrollTo(f)).toBeNull();
    }
    const el = panel(report, en, (f) => marks.hidden(f));
    for (const b of el.querySelectorAll('button.finding[data-rule^="t3."]')) {
      expect(b.getAttribute('aria-disabled')).toBe('true');
      expect(b.textContent).toContain('nothing to jump to');
    }
    marks.clear();
  });
  it('h09: the same slip on the shown table: a jump offered', () => {
    const html = decodeHtml(page('redteam28-copies', 'h09-shown-slip-hidden-copy-right.html')).text;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const report = analyzeDocument(doc, { url: 'https://www.example.gov.cn/h09.html' });
    const slips = report.findings.filter((f) => f.rule.startsWith('t3.') && f.severity === 'error');
    expect(slips.length).toBe(2);
    const marks = markPage(doc, report.findings, [...report.tables.t2, ...report.tables.t3, ...report.tables.t4]);
    for (const f of slips) expect(marks.hidden(f)).toBe(false);
    const el = panel(report, en, (f) => marks.hidden(f));
    for (const b of el.querySelectorAll('button.finding[data-rule^="t3."]')) expect(b.getAttribute('aria-disabled')).toBeNull();
    marks.clear();
  });
});
