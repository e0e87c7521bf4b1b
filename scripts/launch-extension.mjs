// Chromium (Debian's, /usr/bin/chromium) with a built extension loaded, as test/e2e/harness.ts launches it: Playwright's
// own --disable-extensions left off, the extension the only one allowed, *.gov.cn reaching 127.0.0.1 so that the loader
// runs on the served pages. Resolves once the extension's service worker is up. Shared by the browser benchmarks.
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
