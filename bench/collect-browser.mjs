#!/usr/bin/env node
/**
 * The collection at 5,000 reports, in Chromium with the built extension (issue #5, "npm run bench
 * includes saving and listing 5,000 reports"). `npm run bench:collect` builds and runs it
 * (NIANBAO_OUT picks the build folder, CHROMIUM the browser):
 *
 *   NIANBAO_OUT=/tmp/out-x npm run bench:collect
 *
 * Everything goes through the background (the collection's one writer), from an extension page,
 * with the messages the content script and a dashboard client send (components/messages.ts):
 *   seed      5,000 reports of 1,000 bodies × 5 years, imported in chunks of 500 (importJson)
 *   save      one page saved into the full collection (page-save: validate, write, index, cross-year)
 *   summaries every report's summary (the index: what a list of reports needs)
 *   list      every full record (validated), as export/CSV need them
 *   crossYear one report's cross-year findings
 *   quarantine, bytesInUse  read by key (the quarantine's list, the index's report keys)
 * Medians over RUNS runs (default 9); the machine is shared, so single runs are noise. The
 * dashboard's own open time (store read directly in its page, rendering included) is measured by
 * the dashboard's bench.
 */
import * as esbuild from 'esbuild';
import { createServer } from 'node:http';
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const EXT = resolve(ROOT, process.env.NIANBAO_OUT ?? '.output', 'chrome-mv3');
const RUNS = Number(process.env.RUNS ?? 9);
const N = Number(process.env.REPORTS ?? 5000);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

if (!existsSync(join(EXT, 'manifest.json'))) {
  console.error('build first: npx wxt build');
  process.exit(2);
}
try {
  accessSync(CHROMIUM, constants.X_OK);
} catch {
  console.log(`SKIP collection bench: no Chromium at ${CHROMIUM} (set CHROMIUM)`);
  process.exit(0);
}

/** The core's analysis of the 2021 page, made in Node by the same code (bundled on the fly). */
async function analysisOf(page) {
  const entry = `
    import { readFileSync } from 'node:fs';
    import { analyzeDocument } from ${JSON.stringify(join(ROOT, 'lib/analyze.ts'))};
    import { decodeHtml, parsePage } from ${JSON.stringify(join(ROOT, 'cli/load-page.ts'))};
    export const analyse = (file, url) => analyzeDocument(parsePage(decodeHtml(readFileSync(file)).text), { url });`;
  const out = await esbuild.build({ stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  return mod.analyse(page, 'https://www.yunxi.gov.cn/x.html');
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const report = await analysisOf(join(ROOT, 'test/e2e/pages/collect-2021.html'));
const server = createServer((_, res) => res.writeHead(404).end());
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const profile = mkdtempSync(join(tmpdir(), 'nianbao-lens-collect-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: false,
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', `--load-extension=${EXT}`, `--disable-extensions-except=${EXT}`,
  ],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);

  const result = await page.evaluate(
    async ({ report, N, RUNS }) => {
      const send = async (m) => {
        const reply = await chrome.runtime.sendMessage({ type: 'nianbao-lens/collect', ...m });
        if (!reply?.ok) throw new Error(reply?.error ?? 'no answer');
        return reply.value;
      };
      const call = (method, ...args) => send({ op: 'call', method, args });
      const input = (i, year) => ({
        url: `https://www.body${i % 1000}.gov.cn/ndbg/${year}/report-${i}.html`,
        title: `某市第${i % 1000}区人民政府${year}年政府信息公开工作年度报告`,
        site: `www.body${i % 1000}.gov.cn`,
        report: { ...report, year, agency: `某市第${i % 1000}区人民政府`, figures: { ...report.figures, 't3.new.natural': i % 97 } },
      });
      // seed: one real save gives the record shape; the rest are imported in chunks
      const { record } = await call('save', input(0, 2021));
      const t0 = performance.now();
      for (let start = 0; start < N; start += 500) {
        const chunk = [];
        for (let i = start; i < Math.min(N, start + 500); i++) {
          const year = 2017 + (Math.floor(i / 1000) % 5);
          const fp = `${record.fingerprint.slice(0, 8)}${i.toString(16).padStart(8, '0')}`;
          chunk.push({ ...record, id: input(i, year).url, url: input(i, year).url, year, body: `某市第${i % 1000}区人民政府`, bodyKey: `第${i % 1000}区@body${i % 1000}.gov.cn`, fingerprint: fp, lastSeen: new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString() });
        }
        await call('importJson', { format: 'nianbao-lens/collection', version: 2, exportedAt: '', reports: chunk, quarantine: [] });
      }
      const seedMs = performance.now() - t0;
      const time = async (fn) => {
        const xs = [];
        for (let r = 0; r < RUNS; r++) {
          const t = performance.now();
          await fn(r);
          xs.push(performance.now() - t);
        }
        return xs;
      };
      const count = (await call('summaries')).length;
      const save = await time((r) => send({ op: 'page-save', input: input(5000 + r, 2022) }));
      const summaries = await time(() => call('summaries'));
      const list = await time(() => call('list'));
      const cross = await time(() => call('crossYear', input(1, 2018).url));
      const quarantine = await time(() => call('quarantine'));
      const inUse = await time(() => call('bytesInUse'));
      // what a store opened fresh in an extension page (the dashboard) reads, without the messaging:
      // the 64 index buckets (text, summary-index.ts) and the key list; and, for list(), every value
      const buckets = Array.from({ length: 64 }, (_, b) => `collection:index:${b.toString(16).padStart(2, '0')}`);
      const coldIndex = await time(async () => {
        const [got, keys] = await Promise.all([chrome.storage.local.get(buckets), chrome.storage.local.getKeys()]);
        if (Object.keys(got).length === 0 || keys.length < N) throw new Error('index not read');
      });
      const coldAll = await time(() => chrome.storage.local.get(null));
      const coldBuckets = await time(() => chrome.storage.local.get(buckets));
      const coldKeys = await time(() => chrome.storage.local.getKeys());
      const bytes = await call('bytesInUse');
      const indexBytes = Object.values(await chrome.storage.local.get(buckets)).reduce((n, b) => n + new TextEncoder().encode(b.data).length, 0);
      return { count, seedMs, save, summaries, list, cross, quarantine, inUse, bytes, coldIndex, coldAll, coldBuckets, coldKeys, indexBytes };
    },
    { report, N, RUNS },
  );

  const row = (name, xs, note = '') => console.log(`  ${name.padEnd(10)} median ${median(xs).toFixed(1).padStart(8)} ms  (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, ${xs.length} runs)${note}`);
  console.log(`collection in Chromium: ${result.count} reports, ${(result.bytes / 1e6).toFixed(1)} MB in storage.local`);
  console.log(`  seed       ${(result.seedMs / 1000).toFixed(1)} s for ${N} reports (importJson in chunks of 500)`);
  row('save', result.save);
  row('summaries', result.summaries, '  (the index, checked against the report keys; the dashboard reads it itself)');
  row('list', result.list);
  row('crossYear', result.cross);
  row('quarantine', result.quarantine);
  row('bytesInUse', result.inUse);
  console.log('  read directly by an extension page (no messaging): what a fresh store in the dashboard reads');
  row('index+keys', result.coldIndex, '  (summaries: 64 index buckets + getKeys)');
  row('get(null)', result.coldAll, '  (list: every value, before validation)');
  row('buckets', result.coldBuckets, `  (the 64 index buckets alone, ${(result.indexBytes / 1e6).toFixed(1)} MB of text)`);
  row('getKeys', result.coldKeys, '  (the key list alone)');
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
