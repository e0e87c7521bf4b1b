#!/usr/bin/env node
/**
 * The dashboard with 5,000 reports, in Chromium with the built extension (issue #5, "npm run bench
 * includes saving and listing 5,000 reports: the dashboard opens in ≤ 500 ms with them"). Run
 * `npm run bench:dashboard` (builds first; NIANBAO_OUT picks the build folder); `npm run bench` runs
 * it after the core bench. Ends with a PASS or MISS line for the target. CHROMIUM names the browser
 * (default /usr/bin/chromium); without one the bench says SKIP and exits 0.
 *
 * 1. The extension saves two real reports (test/e2e/pages/collect-2020/2021.html on a *.gov.cn
 *    host) by itself; their records are the templates for 5,000 realistic variants: 700 bodies
 *    over 60 sites and six years, figures scaled per body, a quarter with findings.
 * 2. The real store (components/collection/store.ts, bundled here with esbuild and evaluated in
 *    dashboard.html, where it has the extension's storage) imports them, saves more one at a time
 *    into the full collection, lists them and reads their summaries.
 * 3. dashboard.html is loaded again and again; its own User Timing marks say when the store
 *    answered (nianbao-lens:dashboard-listed) and when the table's first rows were in the DOM
 *    (nianbao-lens:dashboard-rows), both from navigation start. Target: first rows ≤ 500 ms, cold
 *    (no cached first screen: the page reads the index itself) and warm, medians.
 */
import { createServer } from 'node:http';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const EXT = resolve(ROOT, process.env.NIANBAO_OUT ?? '.output', 'chrome-mv3');
const COUNT = Number(process.env.COUNT ?? 5000);
const LOADS = Number(process.env.RUNS ?? 15);
const SAVES = Number(process.env.SAVES ?? 7);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const TARGET_MS = 500;

try {
  accessSync(CHROMIUM, constants.X_OK);
} catch {
  console.log(`SKIP dashboard bench: no Chromium at ${CHROMIUM} (set CHROMIUM)`);
  process.exit(0);
}

if (!existsSync(join(EXT, 'dashboard.html'))) {
  console.error('build first: npx wxt build (with the same NIANBAO_OUT)');
  process.exit(2);
}

const median = (xs) => {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');

// The store as the extension has it, for the page: wxt/storage over chrome.storage.local. zod runs
// jitless, as it does in the extension, whose CSP (script-src 'self') forbids its new Function()
// fast path; a bundle evaluated through CDP would otherwise see eval allowed at first and then fail.
const storeBundle = (
  await build({
    stdin: {
      contents: "import { createCollectionStore } from './components/collection/store.ts'; globalThis.__benchStore = createCollectionStore();",
      resolveDir: ROOT,
      loader: 'ts',
    },
    // before any schema is built: zod reads the setting when a schema is made
    banner: { js: 'globalThis.__zod_globalConfig = { jitless: true };' },
    bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', write: false, logLevel: 'error',
  })
).outputFiles[0].text;

const server = createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1);
  const file = join(ROOT, 'test/e2e/pages', name);
  if (!/^[\w.-]+$/.test(name) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
// REUSE_PROFILE=<dir>: a profile a run with KEEP_PROFILE=1 left, to time the page loads only
const reuse = process.env.REUSE_PROFILE;
const profile = reuse ?? mkdtempSync(join(tmpdir(), 'nianbao-lens-dash-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: false,
  viewport: { width: 1280, height: 860 },
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', `--load-extension=${EXT}`, `--disable-extensions-except=${EXT}`,
    '--host-resolver-rules=MAP *.gov.cn 127.0.0.1',
  ],
});

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const dashboard = `chrome-extension://${id}/dashboard.html`;

  // 1. two real records, saved by the extension itself
  for (const year of reuse ? [] : [2020, 2021]) {
    const page = await context.newPage();
    await page.goto(`http://www.yunxi.gov.cn:${port}/collect-${year}.html`);
    const t0 = Date.now();
    // records are stored as JSON text (components/collection/stored-value.ts)
    const saved = (y) => worker.evaluate(async (y) => Object.entries(await chrome.storage.local.get(null)).some(([k, v]) => k.startsWith('report:') && JSON.parse(v).year === y), y);
    while (!(await saved(year))) {
      if (Date.now() - t0 > 15000) throw new Error(`the extension did not save collect-${year}.html (is auto-save on?)`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await page.close();
  }

  // 2. the real store in the dashboard page: import 5,000, save one at a time, list
  const page = await context.newPage();
  await page.goto(dashboard);
  await page.evaluate(storeBundle);
  const store = reuse ? null : await page.evaluate(
    async ({ count, saves }) => {
      const store = globalThis.__benchStore;
      const base = (await store.list()).sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
      const PLACES = ['广州市云溪区', '泉州市丰泽区', '泸州市泸县', '益阳市赫山区', '东湖市云岭区', '淮安市洪泽区', '杭州市西湖区', '成都市武侯区', '南京市鼓楼区', '长沙市岳麓区'];
      const DEPTS = ['人民政府', '人民政府办公室', '发展和改革局', '教育局', '公安局', '民政局', '司法局', '财政局', '人力资源和社会保障局', '自然资源局', '生态环境局', '住房和城乡建设局', '交通运输局', '水利局', '农业农村局', '商务局', '文化广电旅游体育局', '卫生健康委员会', '应急管理局', '审计局', '市场监督管理局', '统计局', '医疗保障局', '信访局', '城市管理局', '退役军人事务局', '林业局', '粮食和物资储备局', '气象局', '税务局', '档案馆', '地方志办公室', '机关事务管理局', '行政审批局', '数据资源管理局', '街道办事处', '镇人民政府', '乡人民政府', '开发区管委会', '残疾人联合会', '总工会', '科学技术局', '工业和信息化局', '体育中心', '图书馆', '人民医院', '疾病预防控制中心', '公共资源交易中心', '住房公积金管理中心', '投资促进局', '国有资产监督管理局', '乡村振兴局', '供销合作社', '红十字会', '妇女联合会', '共青团委员会', '科学技术协会', '文学艺术界联合会', '侨务办公室', '民族宗教事务局', '外事办公室', '人民防空办公室', '保密局', '机要局', '编制办公室', '政务服务管理局', '融媒体中心', '消防救援大队', '规划编研中心', '不动产登记中心'];
      const reports = [];
      for (let i = 0; i < count; i++) {
        const body = i % 700;
        const site = body % 60;
        const year = 2019 + ((i / 700) | 0) % 6;
        const src = base[year >= 2021 ? 1 : 0] ?? base[0];
        const name = `${PLACES[body % PLACES.length]}${DEPTS[body % DEPTS.length]}`;
        const scale = 0.3 + ((body * 7919 + year * 104729) % 1000) / 250; // 0.3 … 4.3, per body and year
        const figures = {};
        for (const [k, v] of Object.entries(src.figures)) figures[k] = v === null ? null : Math.round(v * scale);
        const bad = i % 4 === 0;
        const url = `http://www.site${site}.gov.cn/zwgk/xxgkndbg/${year}/t${year}0131_${i}.html`;
        const at = new Date(Date.UTC(2026, 0, 1) + i * 97_000).toISOString();
        reports.push({
          ...src,
          id: url, url, title: `${name}${year}年政府信息公开工作年度报告`, body: name,
          bodyKey: `${name}@site${site}.gov.cn`, bodyKeyOverride: null, region: PLACES[body % PLACES.length], site: `www.site${site}.gov.cn`,
          year, template: year >= 2021 ? '2021' : '2019', figures,
          findings: bad
            ? [{ rule: i % 8 === 0 ? 't3.balance' : 't3.row-total', severity: 'error', message: `自然人一列：一+二=${figures['t3.new.natural'] ?? 0}，三（七）+四=${(figures['t3.new.natural'] ?? 0) - 1}`, cells: [], suspect: null, quote: null }]
            : [],
          verdict: bad ? 'problems' : 'ok', problems: bad ? 1 : 0, fingerprint: `bench-${i}`, firstSeen: at, lastSeen: at, revisions: [],
        });
      }
      const data = { format: 'nianbao-lens/collection', version: 2, exportedAt: new Date().toISOString(), reports, quarantine: [] };
      const bytes = new TextEncoder().encode(JSON.stringify(reports)).length;
      let t = performance.now();
      const imported = await store.importJson(data);
      const importMs = performance.now() - t;
      // saving one report at a time into the full collection, as a tab does
      const saveMs = [];
      const src = base[1];
      for (let k = 0; k < saves; k++) {
        const report = {
          schemaVersion: 1, isReport: true, reason: '', title: src.title, year: src.year, agency: src.body, template: src.template,
          tables: { t2: [], t3: [], t4: [] }, figures: src.figures, figureRefs: {}, findings: src.findings, checks: src.checks,
          narrative: { checked: 0, passed: 0, failed: 0, skipped: 0, summary: '' },
          timings: { detectMs: 0, gridMs: 0, mapMs: 0, rulesMs: 0, narrativeMs: 0, totalMs: 0 },
        };
        t = performance.now();
        await store.save({ url: `http://www.yunxi.gov.cn/bench/${k}.html`, title: src.title, site: 'www.yunxi.gov.cn', report });
        saveMs.push(performance.now() - t);
      }
      const listMs = [];
      const summariesMs = [];
      let listed = 0;
      for (let k = 0; k < 3; k++) {
        t = performance.now();
        listed = (await store.list()).length;
        listMs.push(performance.now() - t);
      }
      for (let k = 0; k < 5; k++) {
        t = performance.now();
        await store.summaries();
        summariesMs.push(performance.now() - t);
      }
      return { imported, importMs, saveMs, listMs, summariesMs, listed, bytes, inUse: await store.bytesInUse() };
    },
    { count: COUNT, saves: SAVES },
  );
  await page.close();

  // 3. the page: navigation → first rows → the collection's rows. Cold: no cached first screen (the
  // dashboard's IndexedDB copy deleted first): the first rows are the index the page reads from
  // storage itself. Warm: the first screen the last open left is drawn first. Either way the
  // store's summaries() (checked against the report keys) confirm or replace them.
  const load = async (cold) => {
    if (cold) {
      const p = await context.newPage();
      await p.goto(`chrome-extension://${id}/popup.html`);
      await p.evaluate(() => new Promise((r) => { const q = indexedDB.deleteDatabase('nianbao-lens-dashboard'); q.onsuccess = q.onerror = q.onblocked = r; }));
      await p.close();
    }
    const p = await context.newPage();
    await p.goto(dashboard);
    await p.waitForFunction(() => performance.getEntriesByName('nianbao-lens:dashboard-fresh').length > 0, null, { timeout: 60000 });
    const m = await p.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
      return {
        rows: at('nianbao-lens:dashboard-rows'), listed: at('nianbao-lens:dashboard-listed'), fresh: at('nianbao-lens:dashboard-fresh'),
        dom: document.querySelectorAll('tr.row').length, count: document.querySelector('#stat-reports')?.textContent,
      };
    });
    await p.waitForTimeout(1500); // the cache write, and the page's deferred storage-use read, settle
    await p.close();
    return m;
  };
  await load(false); // warm-up: caches, and a cached list for the warm loads
  const cold = [];
  const warm = [];
  for (let i = 0; i < LOADS; i++) {
    cold.push(await load(true));
    warm.push(await load(false));
  }
  const loads = warm;

  if (store) {
  console.log(`Chromium ${context.browser()?.version() ?? ''}; ${COUNT} reports (${(store.bytes / 1048576).toFixed(1)} MB as JSON, ${(store.inUse / 1048576).toFixed(1)} MB in storage)\n`);
  console.log(`The store (components/collection/store.ts) in dashboard.html:`);
  console.log(`  import ${COUNT} (one importJson)            ${ms(store.importMs)}  → ${JSON.stringify(store.imported)}`);
  console.log(`  save one into ${store.listed} (×${SAVES})          median ${ms(median(store.saveMs))} (p90 ${ms(p90(store.saveMs))})`);
  console.log(`  list() all ${store.listed} full records (×3)   median ${ms(median(store.listMs))}`);
  console.log(`  summaries() of ${store.listed} (×5)           median ${ms(median(store.summariesMs))}`);
  }
  const col = (xs, k) => xs.map((l) => l[k]);
  console.log(`\ndashboard.html, ${LOADS} cold and ${LOADS} warm loads (alternating) after one warm-up; medians (p90) from navigation start:`);
  console.log(`  cold (no cached first screen): store answered ${ms(median(col(cold, 'listed')))} (${ms(p90(col(cold, 'listed')))}), first rows ${ms(median(col(cold, 'rows')))} (${ms(p90(col(cold, 'rows')))})`);
  console.log(`  warm (last first screen cached): first rows ${ms(median(col(warm, 'rows')))} (${ms(p90(col(warm, 'rows')))}), store answered ${ms(median(col(warm, 'listed')))}, its rows ${ms(median(col(warm, 'fresh')))} (${ms(p90(col(warm, 'fresh')))})`);
  console.log(`  rows in the DOM: ${loads[0]?.dom} of ${loads[0]?.count} (the table is windowed)`);
  const coldRows = median(col(cold, 'rows'));
  const warmRows = median(col(warm, 'rows'));
  const count = loads[0]?.count ?? COUNT;
  const verdict = coldRows <= TARGET_MS && warmRows <= TARGET_MS ? 'PASS' : 'MISS';
  console.log(`\n${verdict} dashboard first rows ≤ ${TARGET_MS} ms with ${count} reports: cold ${ms(coldRows)}, warm ${ms(warmRows)} (medians)`);
} finally {
  await context.close();
  server.close();
  if (process.env.KEEP_PROFILE || reuse) console.log(`profile kept in ${profile}`);
  else rmSync(profile, { recursive: true, force: true });
}
