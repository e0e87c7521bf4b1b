/**
 * The collection from the page's side, with WXT's fake browser: the content script's controller
 * talks to the background's handler through runtime messages (the single writer), and the panel
 * shows 已保存 / 保存 / 不再保存, what changed since last time, and the 跨年度 group with both
 * figures and a link to last year's page; the verdict counts the cross-year findings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCollectionStore, type CollectionStore } from '../../components/collection/store.ts';
import { handleCollectRequest } from '../../components/collection/background-handler.ts';
import { createLensCollect, type LensCollect } from '../../components/collection/lens-collect.ts';
import { CollectToggle, safeHref } from '../../components/collection/panel-section.tsx';
import { isCollectRequest, type CollectPageState } from '../../components/messages.ts';
import { Panel, type PanelProps } from '../../components/panel.tsx';
import { crossTargets } from '../../components/collection/cross-marks.ts';
import type { FindingOut } from '../../lib/report/schema.ts';
import { reportView } from '../../components/findings-view.ts';
import { keyFigures } from '../../components/key-figures.ts';
import { translator, type MessageTable } from '../../components/i18n.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import { PAGE_URL, analysed } from './collect-helpers.ts';
import { reportPageOf, type ReportPage } from '../../lib/collect/report-page.ts';

const zh = JSON.parse(readFileSync(join(process.cwd(), 'public/_locales/zh_CN/messages.json'), 'utf8')) as MessageTable;
const t = translator(zh);

let store: CollectionStore;
let clock = 0;
const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();

beforeEach(() => {
  fakeBrowser.reset();
  clock = 0;
  store = createCollectionStore({ now });
  fakeBrowser.runtime.onMessage.addListener((m: unknown) => (isCollectRequest(m) ? handleCollectRequest(store, m) : undefined));
});

/** The page a report at `url` is kept under, as the lens tells it (the report in the top document). */
const pageAt = (url: string, title = ''): ReportPage => reportPageOf({ url, title }, { url, title });

/** The page's controller, as the lens makes it, on a page at `url` (or the report's `page`, a frame's). */
async function visit(year: 2020 | 2021, opts: { autoSave?: boolean; report?: ReportAnalysis; page?: ReportPage } = {}): Promise<{ c: LensCollect; report: ReportAnalysis }> {
  const report = opts.report ?? analysed(year);
  let changed!: () => void;
  let settled = new Promise<void>((r) => (changed = r));
  const c = createLensCollect(() => {
    if (!c.view().busy) changed();
  });
  c.start(report, opts.page ?? pageAt(PAGE_URL[year]), opts.autoSave ?? true);
  await settled;
  settled = new Promise<void>((r) => (changed = r));
  return { c, report };
}

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(cond()).toBe(true);
}

function panel(report: ReportAnalysis, c: LensCollect | null, cross: Partial<Pick<PanelProps, 'crossTarget' | 'onFinding'>> = {}): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  render(
    <Panel t={t} lang="zh-CN" report={report} view={reportView(report)} figures={keyFigures(report)} collect={c?.view() ?? null}
      dock="right" tooltip={null} located={() => true} onFinding={cross.onFinding ?? (() => {})} crossTarget={cross.crossTarget} onDock={() => {}} onClose={() => {}} />,
    el,
  );
  return el;
}

describe('collect: the page, the background and the panel', () => {
  it('auto-save: 2020 then 2021 of one body — the 2021 panel shows the carry-over with both figures and a link to 2020', async () => {
    const first = await visit(2020);
    expect(first.c.view().state).toMatchObject({ saved: true, status: 'new', crossYear: [] });
    const { c, report } = await visit(2021);
    const s = c.view().state as CollectPageState;
    expect(s.saved).toBe(true);
    expect(s.crossYear.map((f) => [f.figure, f.actual, f.expected])).toEqual([['t3.carried.natural', 5, 3], ['t3.carried.total', 6, 4]]);
    // one break of 结转 in two columns is one problem (dash98), its columns both listed below
    expect(c.problems()).toBe(1);

    const el = panel(report, c);
    const group = el.querySelector('[data-group="cross"]')!;
    expect(group.querySelector('h3')!.textContent).toBe('跨年度');
    const items = [...group.querySelectorAll('[data-rule="cross.carry-over"]')];
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('2021年报告“二、上年结转”为5');
    expect(items[0]!.textContent).toContain('2020年报告“四、结转下年度继续办理”为3');
    const link = items[0]!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(PAGE_URL[2020]);
    expect(link.textContent).toBe('打开 2020 年报告');
    // the page itself is consistent; the verdict counts the one break of 结转 (two columns) once (dash98)
    expect(reportView(report).verdict.kind).toBe('ok');
    expect(el.querySelector('[data-verdict]')!.textContent).toBe('发现 1 处不一致');
    expect(group.querySelector('li[data-break="2"] .cross-break')!.textContent).toBe('与 2020 年度报告的结转不衔接，2 栏：');
    const toggle = el.querySelector('.bar button.save')!;
    expect(toggle.getAttribute('data-collect')).toBe('saved');
    expect(toggle.textContent).toBe('已保存');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.getAttribute('title')).toContain('不再保存');
    render(null, el);
  });

  it("one click on a cross-year finding scrolls to its cell on this page: the carry-over's 上年结转, flagged, never the suspect", async () => {
    await visit(2020);
    const { c, report } = await visit(2021);
    const s = c.view().state as CollectPageState;
    const found = crossTargets(s.crossYear, report.figureRefs);
    // both findings name a figure of this page's table 三, and each is marked at that figure's cell
    expect(s.crossYear.map((f) => found.get(f)?.cells)).toEqual([[report.figureRefs['t3.carried.natural']], [report.figureRefs['t3.carried.total']]]);
    expect(report.figureRefs['t3.carried.natural']).toBeDefined();
    expect([...found.values()].map((f) => [f.suspect, f.quote, f.severity])).toEqual([[null, null, 'error'], [null, null, 'error']]);

    const clicked: FindingOut[] = [];
    // the second finding's cell was not found on the page: it lists as before, with no button
    const el = panel(report, c, { crossTarget: (f) => (f === s.crossYear[0] ? found.get(f)! : null), onFinding: (f) => clicked.push(f) });
    const items = [...el.querySelectorAll('[data-group="cross"] [data-rule="cross.carry-over"]')];
    const go = items[0]!.querySelector('button.go') as HTMLButtonElement;
    expect(go.textContent).toContain('2021年报告“二、上年结转”为5');
    expect(go.getAttribute('title')).toBe('在本页定位');
    // the link to last year's report stands beside the button, not in it
    expect(go.querySelector('a')).toBeNull();
    expect(items[0]!.querySelector('a')!.getAttribute('href')).toBe(PAGE_URL[2020]);
    go.click();
    expect(clicked).toEqual([found.get(s.crossYear[0]!)]);
    expect(items[1]!.querySelector('button')).toBeNull();
    expect(items[1]!.textContent).toContain('上年结转（总计）');
    render(null, el);

    // without a way to scroll (a report read from its file), no finding is a button
    const plain = panel(report, c);
    expect(plain.querySelectorAll('[data-group="cross"] button')).toHaveLength(0);
    render(null, plain);
  });

  it('no 跨年度 group and a clean verdict when last year agrees or is not collected', async () => {
    const { c, report } = await visit(2021);
    expect(c.view().state!.crossYear).toEqual([]);
    const el = panel(report, c);
    expect(el.querySelector('[data-group="cross"]')).toBeNull();
    expect(el.querySelector('[data-verdict]')!.getAttribute('data-verdict')).toBe('ok');
    render(null, el);
  });

  it('a page seen again with other figures says what changed, labelled', async () => {
    await visit(2021);
    const edited = analysed(2021);
    edited.figures = { ...edited.figures, 't3.new.natural': 46 };
    const { c, report } = await visit(2021, { report: edited });
    expect(c.view().state).toMatchObject({ status: 'changed' });
    const el = panel(report, c);
    const changed = el.querySelector('[data-collect="changed"]')!;
    expect(changed.textContent).toContain('与上次查看相比有变化');
    expect(changed.textContent).toContain('表三 一、本年新收 · 自然人：45 → 46');
    render(null, el);
  });

  it('auto-save off: the page is only looked up; 保存 saves it, 不再保存 forgets it', async () => {
    const { c, report } = await visit(2021, { autoSave: false });
    expect(c.view().state).toMatchObject({ saved: false, status: null });
    expect(await store.list()).toEqual([]);
    const el = panel(report, c);
    const button = el.querySelector<HTMLButtonElement>('.bar button.save')!;
    expect(button.getAttribute('data-collect')).toBe('not-saved');
    expect(button.textContent).toBe('保存');
    c.view().onSave();
    await until(() => c.view().state?.saved === true && !c.view().busy);
    expect((await store.list()).map((r) => r.id)).toEqual([PAGE_URL[2021]]);
    c.view().onForget();
    await until(() => c.view().state?.saved === false && !c.view().busy);
    expect(await store.list()).toEqual([]);
    render(null, el);
  });

  it('a report in a portal\'s frame is kept under the frame\'s address and title, by auto-save and by 保存', async () => {
    const portal = { url: 'https://www.yunxi.gov.cn/xxgk/index.html?id=77', title: '云溪区人民政府信息公开平台' };
    const frame = { url: PAGE_URL[2021], title: '云溪区2021年政府信息公开工作年度报告' };
    const page = reportPageOf(frame, portal);
    const untitled = analysed(2021);
    untitled.title = null;
    await visit(2021, { page, report: untitled });
    expect((await store.list()).map((r) => [r.id, r.url, r.title, r.site])).toEqual([[PAGE_URL[2021], PAGE_URL[2021], frame.title, 'www.yunxi.gov.cn']]);
    await store.remove(PAGE_URL[2021]);
    const { c } = await visit(2021, { page, autoSave: false });
    expect(c.view().state).toMatchObject({ id: PAGE_URL[2021], saved: false });
    c.view().onSave();
    await until(() => c.view().state?.saved === true && !c.view().busy);
    expect((await store.list()).map((r) => r.id)).toEqual([PAGE_URL[2021]]);
  });

  it('不再保存 keeps auto-save from saving the page again on the next visit, until 保存', async () => {
    const first = await visit(2021);
    expect(first.c.view().state!.saved).toBe(true);
    first.c.view().onForget();
    await until(() => first.c.view().state?.saved === false && !first.c.view().busy);
    expect(await store.list()).toEqual([]);
    expect(await store.forgotten()).toEqual([PAGE_URL[2021]]);
    // the next visit, auto-save on: looked up, not saved
    const again = await visit(2021);
    expect(again.c.view().state).toMatchObject({ saved: false, status: null });
    expect(await store.list()).toEqual([]);
    // 保存 by hand saves it and takes it off the list; auto-save keeps it from then on
    again.c.view().onSave();
    await until(() => again.c.view().state?.saved === true && !again.c.view().busy);
    expect(await store.forgotten()).toEqual([]);
    const third = await visit(2021);
    expect(third.c.view().state).toMatchObject({ saved: true, status: 'same' });
  });

  it("last year's page finds next year's report once it is collected: the carry-over from the older side, with a link", async () => {
    await visit(2020);
    await visit(2021);
    // 2020's page visited again: its panel meets 2021's report
    const { c, report } = await visit(2020);
    const s = c.view().state as CollectPageState;
    expect(s.crossYear.map((f) => [f.figure, f.actual, f.expected, f.otherYear])).toEqual([
      ['t3.carriedForward.natural', 3, 5, 2021],
      ['t3.carriedForward.total', 4, 6, 2021],
    ]);
    const el = panel(report, c);
    const item = el.querySelector('[data-group="cross"] [data-rule="cross.carry-over"]')!;
    expect(item.textContent).toContain('2021年报告的上年结转（自然人）与本报告结转下年度不符');
    expect(item.querySelector('a')!.getAttribute('href')).toBe(PAGE_URL[2021]);
    expect(item.querySelector('a')!.textContent).toBe('打开 2021 年报告');
    render(null, el);
  });

  it('a page looked up with auto-save off still shows last year\'s carry-over when it was saved before', async () => {
    await visit(2020);
    await visit(2021);
    const { c } = await visit(2021, { autoSave: false });
    expect(c.view().state).toMatchObject({ saved: true, status: null });
    expect(c.view().state!.crossYear).toHaveLength(2);
  });

  it('a report whose tables may still come is looked up first and saved once the wait is over; a newer analysis cancels that save', async () => {
    const c = createLensCollect(() => {});
    const page = pageAt(PAGE_URL[2021]);
    c.start(analysed(2021), page, true, 40);
    await until(() => c.view().state !== null && !c.view().busy);
    expect(c.view().state).toMatchObject({ saved: false, status: null });
    await until(() => c.view().state?.saved === true);
    expect(c.view().state!.status).toBe('new');
    expect(await store.list()).toHaveLength(1);
    // started again before the wait is over: only the newer analysis is saved, once
    await store.remove(PAGE_URL[2021]);
    const edited = analysed(2021);
    edited.figures = { ...edited.figures, 't3.new.total': 1 };
    c.start(analysed(2021), page, true, 40);
    c.start(edited, page, true, 40);
    let listed = await store.list();
    for (let i = 0; i < 100 && listed.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 10));
      listed = await store.list();
    }
    await new Promise((r) => setTimeout(r, 80)); // past the first start's wait: it must not save too
    listed = await store.list();
    expect(listed).toHaveLength(1);
    const [kept] = listed;
    expect(kept!.figures['t3.new.total']).toBe(1);
    expect(kept!.revisions).toEqual([]);
    c.stop();
  });

  it('the background answers calls by name and refuses what is not a collection request', async () => {
    expect(isCollectRequest({ type: 'nianbao-lens/collect', op: 'call', method: 'list', args: [] })).toBe(true);
    expect(isCollectRequest({ type: 'nianbao-lens/collect', op: 'call', method: 'constructor', args: [] })).toBe(false);
    expect(isCollectRequest({ type: 'nianbao-lens/collect', op: 'page-lookup' })).toBe(false);
    const reply = await fakeBrowser.runtime.sendMessage({ type: 'nianbao-lens/collect', op: 'call', method: 'bytesInUse', args: [] });
    expect(reply).toMatchObject({ ok: true });
    const bad = await handleCollectRequest(store, { type: 'nianbao-lens/collect', op: 'call', method: 'importJson', args: [undefined] });
    expect(bad).toMatchObject({ ok: true, value: { quarantined: 1 } });
  });

  it('links only to web pages', () => {
    expect(safeHref('https://www.yunxi.gov.cn/a.html')).toBe('https://www.yunxi.gov.cn/a.html');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
  });

  it('the save toggle keeps the focus while the collection answers: aria-disabled, not disabled, and its click does nothing (ux62)', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const calls: string[] = [];
    const view = (busy: boolean, saved: boolean | null) => ({
      state: saved === null ? null : ({ saved, status: null } as unknown as CollectPageState), busy, onSave: () => calls.push('save'), onForget: () => calls.push('forget'),
    });
    render(<CollectToggle t={t} view={view(false, false)} />, host);
    const button = host.querySelector('button')!;
    // saving: the same button (the focus on it stays: a disabled one loses it, in Chromium, keyboard.e2e.ts), said to be
    // unavailable, its click ignored
    for (const [busy, saved] of [[true, false], [true, null]] as const) {
      render(<CollectToggle t={t} view={view(busy, saved)} />, host);
      expect(host.querySelector('button')).toBe(button);
      expect(button.hasAttribute('disabled')).toBe(false);
      expect(button.getAttribute('aria-disabled')).toBe('true');
      button.click();
    }
    expect(calls).toEqual([]);
    render(<CollectToggle t={t} view={view(false, true)} />, host);
    expect(button.hasAttribute('aria-disabled')).toBe(false);
    button.click();
    expect(calls).toEqual(['forget']);
    render(null, host);
    host.remove();
  });
});
