/**
 * The dashboard page rendered into the test DOM with an in-memory collection (dashboard-fake.ts),
 * for the dashboard's page tests: a fresh root before every test of the file that calls
 * freshRootEachTest(), its queries, and the two real records of test/e2e/pages.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { render } from 'preact';
import { Dashboard } from '../../components/dashboard/dashboard.tsx';
import { translator } from '../../components/i18n.ts';
import { LOCALE_TABLES } from '../../components/locale-tables.ts';
import { FakeCollection, makeRecord, recordOf } from './dashboard-fake.ts';

export const t = translator(LOCALE_TABLES.zh_CN);
export const en = translator(LOCALE_TABLES.en);
export let root: HTMLDivElement;

export const y2020 = () => recordOf('test/e2e/pages/collect-2020.html', 'http://www.yunxi.gov.cn/2020.html', '2026-11-20T08:00:00.000Z');
export const y2021 = () => recordOf('test/e2e/pages/collect-2021.html', 'http://www.yunxi.gov.cn/2021.html', '2026-11-21T08:00:00.000Z');
export const broken = () =>
  makeRecord({ id: 'https://www.other.gov.cn/2023.html', url: 'https://www.other.gov.cn/2023.html', body: '东湖市云岭区市场监督管理局', region: '东湖市云岭区', year: 2023, verdict: 'problems', problems: 2,
    findings: [{ rule: 't3.row-total', severity: 'error', message: '自然人一列：一+二=45，三（七）+四=42', cells: [], suspect: null, quote: null }], lastSeen: '2026-11-19T08:00:00.000Z' });

export async function until<T>(f: () => T | null | undefined | false, what: string): Promise<T> {
  return vi.waitFor(() => {
    const v = f();
    if (!v) throw new Error(`waiting for ${what}`);
    return v;
  }, { timeout: 3000, interval: 10 });
}

export const $ = (sel: string) => root.querySelector<HTMLElement>(sel);
export const $input = (sel: string) => root.querySelector<HTMLInputElement>(sel);
export const $$ = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
export const rowIds = () => $$('tr.row').map((tr) => tr.dataset.id);

export function mount(api: FakeCollection, tr = t): void {
  render(<Dashboard t={tr} lang={tr === en ? 'en' : 'zh-CN'} api={api} />, root);
}

/**
 * A fresh root before every test of the calling file, gone after it. Called by each file, not run on
 * import: the dom project's files share their modules in one worker (vitest.config.ts), where this module
 * is imported once and hooks registered on import would serve the first file that imported it only.
 */
export function freshRootEachTest(): void {
  beforeEach(() => {
    location.hash = '';
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.restoreAllMocks();
  });
}
