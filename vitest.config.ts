import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    // fixture pages link their portals' stylesheets and scripts: a test never fetches them (no
    // test depends on the network, and a refused connection is only noise in the log)
    environmentOptions: {
      happyDOM: { settings: { disableCSSFileLoading: true, disableJavaScriptFileLoading: true, disableIframePageLoading: true, handleDisabledFileLoadingAsSuccess: true } },
    },
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    testTimeout: 20000,
    // every core (vitest leaves one free by default, which on a 2-core machine ran the files one
    // at a time: the whole-fixture property tests took 8 min of a CI run, ~4 on two workers)
    maxWorkers: availableParallelism(),
    // one turn of the event loop after each test (see the file)
    setupFiles: ['test/unit/yield-between-tests.ts'],
  },
});
