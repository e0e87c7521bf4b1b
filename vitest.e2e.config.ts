import { defineConfig } from 'vitest/config';

// End-to-end tests in real Chromium (Debian's /usr/bin/chromium) with the built extension:
// `npm run test:e2e` builds .output/chrome-mv3 first. One browser for the whole file, files in series.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
