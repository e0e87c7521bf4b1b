// The dashboard's first rows with 5,009 summaries, in Node on happy-dom (bundled and run by dashboard-first-rows.mjs):
// the page's own work from render() to the table's first rows (Dashboard's onFirstRows), without the browser's style,
// layout and storage, so that two trees' builds can be told apart on a loaded machine (CPU time, not only wall time).
// The summaries are shaped as scripts/dashboard-bench.mjs shapes its records: 700 bodies over 60 sites and six years
// (every report has a neighbouring year: all pending until the counts come), a quarter with a finding of their own,
// one carry-over pair in 50 whose totals disagree.
//   cold: no cached first screen, the index (`stored`) gives all 5,009 at once;
//   warm: the last list's first 60 rows (`cache`) first.
// The collection's summaries() and crossYearCounts() never answer here: the first rows are drawn before them.
import { render } from 'preact';
import { Dashboard } from '../components/dashboard/dashboard.tsx';
import { translator } from '../components/i18n.ts';
import { LOCALE_TABLES } from '../components/locale-tables.ts';
import type { CollectionApi, ReportSummary } from '../lib/collect/record.ts';

const COUNT = 5009;
const t = translator(LOCALE_TABLES.zh_CN);

function summaries(): ReportSummary[] {
  const out: ReportSummary[] = [];
  for (let i = 0; i < COUNT; i++) {
    const body = i % 700;
    const site = body % 60;
    const year = 2019 + (((i / 700) | 0) % 6);
    const scale = 0.3 + ((body * 7919 + year * 104729) % 1000) / 250;
    const n = (v: number) => Math.round(v * scale);
    // this year's 上年结转 is last year's 结转下年度 (same body, same scale rule), off by one in one pair in 50
    const lastScale = 0.3 + ((body * 7919 + (year - 1) * 104729) % 1000) / 250;
    const carried = Math.round(4 * lastScale) + (body % 50 === 0 ? 1 : 0);
    const bad = i % 4 === 0;
    const name = `某市某区单位${body}`;
    const url = `http://www.site${site}.gov.cn/zwgk/xxgkndbg/${year}/t${year}0131_${i}.html`;
    const at = new Date(Date.UTC(2026, 0, 1) + i * 97_000).toISOString();
    out.push({
      id: url, url, title: `${name}${year}年政府信息公开工作年度报告`, body: name, bodyKey: `${name}@site${site}.gov.cn`,
      region: '某市某区', site: `www.site${site}.gov.cn`, year, template: year >= 2021 ? '2021' : '2019',
      verdict: bad ? 'problems' : 'ok', problems: bad ? 1 : 0, fingerprint: `bench-${i}`, firstSeen: at, lastSeen: at, revisions: 0,
      figures: {
        't3.new.total': n(62), 't3.carried.total': carried, 't3.processed.total': n(60), 't3.granted.total': n(30), 't3.partial.total': n(5),
        't3.carriedForward.total': n(4), 't4.review.corrected': 0, 't4.review.total': n(3), 't4.suitDirect.corrected': 0,
        't4.suitDirect.total': n(2), 't4.suitAfterReview.corrected': 0, 't4.suitAfterReview.total': n(1),
      },
      rules: bad ? { [i % 8 === 0 ? 't3.balance' : 't3.row-total']: 1 } : {}, carryUnsure: [],
    });
  }
  return out;
}

const never = <T,>(): Promise<T> => new Promise<T>(() => undefined);
const api = new Proxy({}, { get: () => () => never() }) as CollectionApi;

/** One mount: ms from render() to the first rows, wall and CPU. */
async function mount(list: ReportSummary[], warm: boolean): Promise<{ wall: number; cpu: number }> {
  const root = document.createElement('div');
  document.body.append(root);
  let done!: () => void;
  const rows = new Promise<void>((r) => (done = r));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let wall = 0;
  let cpu = 0;
  const onFirstRows = (): void => {
    wall = performance.now() - t0;
    const c = process.cpuUsage(cpu0);
    cpu = (c.user + c.system) / 1000;
    done();
  };
  const head = list.slice(-60).reverse();
  const cache = warm ? { readHead: () => Promise.resolve(head), write: () => Promise.resolve() } : null;
  // warm: the whole index a task after the cached screen (in the page it waits for the settings' reads)
  const stored = (): Promise<ReportSummary[]> => (warm ? new Promise((r) => setTimeout(() => r(list), 0)) : Promise.resolve(list));
  render(<Dashboard t={t} lang="zh-CN" api={api} cache={cache} stored={stored} onFirstRows={onFirstRows} />, root);
  await rows;
  if (root.querySelectorAll('tr.row').length === 0) throw new Error('no rows');
  // the whole list drawn too (warm) before the next mount: mounts do not overlap
  await new Promise((r) => setTimeout(r, 50));
  render(null, root);
  root.remove();
  return { wall, cpu };
}

/** One measure: a mount of `kind` with the summaries made once per tree (the first call makes them). */
let made: ReportSummary[] | null = null;
export function measure(kind: 'cold' | 'warm'): Promise<{ wall: number; cpu: number }> {
  made ??= summaries();
  return mount(made, kind === 'warm');
}
