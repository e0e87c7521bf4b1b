// Chromium (Debian's, /usr/bin/chromium) with a built extension loaded, as test/e2e/harness.ts launches it: Playwright's
// own --disable-extensions left off, the extension the only one allowed, *.gov.cn reaching 127.0.0.1 so that the loader
// runs on the served pages. Resolves once the extension's service worker is up. Shared by the browser benchmarks, with
// what else each of them did alike: the builds named on the command line, a trace's end, the lens's User Timing entries.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export async function launchWithExtension(profileDir, ext) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', `--load-extension=${ext}`, `--disable-extensions-except=${ext}`,
      '--host-resolver-rules=MAP *.gov.cn 127.0.0.1',
    ],
  });
  context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return context;
}

/**
 * The builds compared, from the command line's NAME=DIR (or DIR) arguments; exits with `script`'s usage when none is given
 * or a build lacks `file` (loader-bench.mjs and panel-bench.mjs: builds loaded alternately).
 */
export function buildsFromArgs(script, file) {
  const builds = process.argv.slice(2).map((a) => {
    const [name, dir] = a.includes('=') ? a.split('=') : [a, a];
    return { name, dir: resolve(dir) };
  });
  if (!builds.length || builds.some((b) => !existsSync(join(b.dir, file)))) {
    console.error(`usage: node scripts/${script} NAME=DIR/chrome-mv3 [NAME=DIR …]`);
    process.exit(2);
  }
  return builds;
}

/** Ends a CDP trace and waits until its events are all in (each arrives by Tracing.dataCollected). */
export async function endTrace(cdp) {
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
}

/** The lens's User Timing measures on `page`, by name without the "nianbao-lens:" prefix: { name: duration in ms }. */
export function lensMeasures(page) {
  return page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('measure').filter((m) => m.name.startsWith('nianbao-lens:')).map((m) => [m.name.slice(13), m.duration])),
  );
}
