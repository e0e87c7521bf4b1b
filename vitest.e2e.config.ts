import { defineConfig } from 'vitest/config';

// End-to-end tests in real Chromium (Debian's /usr/bin/chromium) with the built extension:
// `npm run test:e2e` builds .output/chrome-mv3 first. One browser for the whole file, two files at a time: a file
// waits on its browser most of the time (run in series, the stage used 63% of one core: 396 s, 253 s of CPU), and
// two at a time took 307 s. Each file has its own server (an ephemeral port) and profile (a temporary directory).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    maxWorkers: 2,
    // expect.poll's own default (1 s) is shorter than a page load plus the lens on a loaded machine:
    // collect-panel's first visit timed out in a clean-clone run beside three helpers (34 min, load ~9).
    // A poll ends as soon as its matcher holds, so a longer limit only slows a failing test.
    expect: { poll: { timeout: 10_000 } },
  },
});
