import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

/**
 * Two kinds of unit test file, run as two projects in one run:
 * - core: files of the pure core (lib/ on linkedom or happy-dom documents they build themselves: the
 *   narrative's sentences, the red teams) share a worker's modules, in Node's environment, on worker
 *   threads; the five whole-fixture property tests are core files too, in a project of their own (below).
 * - dom: files that need the page's globals (document, DOMParser, Preact's render) or WXT's fake
 *   browser, in happy-dom, sharing their modules on the threads pool too; dom-isolated: those that also
 *   mock, stub or spy, each in a fresh child process (forks). (Until session 54 all were dom-isolated's.)
 * Sharing takes two settings, not one: vitest builds one pool of each kind per run from the *root*
 * config's poolOptions, so a project's `isolate: false` alone left its files in fresh processes (each
 * file imported the core again: ~1 s of collect a file, 155 s summed over core's 186 files). Core now
 * runs on the threads pool, whose root options say `isolate: false` (dom too, since session 54); dom-isolated
 * and property keep the forks pool's default isolation. (Property on one shared thread ran 264 s alone, against 221 s in a process
 * per file: each file's cached module keeps its parsed fixture pages, and the largest file's own process
 * already peaks at 2.8 GB.) Core went from 190 s to 65 s wall alone (4m36s of CPU to 1m45s), CI's unit
 * stage (core and dom) from 241 s to 115 s.
 * A file is a dom project's when it says so (`@vitest-environment happy-dom`), renders (.tsx), or
 * mocks; a new file is core's unless it does: one that needs the page's globals fails at once there
 * ("document is not defined") and takes the comment.
 */
const DIR = 'test/unit/';
const NEEDS_ISOLATION = /@vitest-environment happy-dom|vi\.(?:mock|spyOn|stubGlobal|stubEnv|useFakeTimers|fn)\b|fakeBrowser|wxt\/testing|globalThis\.\w+ *=[^=]|process\.env\.\w+ *=[^=]/;
const files = readdirSync(DIR).filter((f) => /\.test\.tsx?$/.test(f));
const isolated = files.filter((f) => f.endsWith('.tsx') || NEEDS_ISOLATION.test(readFileSync(DIR + f, 'utf8')));
/**
 * The whole-fixture property tests, each over every fixture page (~220 s of CPU): core files, each in a process
 * of its own (the forks pool), in a project of their own so that CI (.ci/run) can run them beside the end-to-end tests, which leave much of the
 * machine's two cores idle while they wait on their browsers. `npm test` runs them with the rest.
 */
// (en61b's text-finding-words-fixtures, every fixture page's text findings worded in English, is core's fixture-wording
// since session 53: one analysis of every fixture page for the tables' findings' words and the text's)
const PROPERTY = ['perturb.test.ts', 'page-text.test.ts', 'invariance.test.ts', 'light-dom.test.ts', 'first-look.test.ts'];
const property = files.filter((f) => PROPERTY.includes(f) && !isolated.includes(f));
/**
 * Of the page-globals files, those that change what outlives a file (a module mocked, a global or an env stubbed, a
 * spy or fake timers set on a shared object) keep a process each: project dom-isolated. The others (happy-dom, Preact's
 * render, WXT's fake browser, which each resets before its tests) share their modules on the threads pool like core's,
 * each file still in a fresh happy-dom window: project dom. In a process each they spent most of their time importing
 * the same modules again (session 54, two cores beside four helpers: 41 files 320 s wall and 134 s of CPU; shared, 73 s
 * and 38 s). A helper module's hooks are registered by a call in each file (dashboard-dom.tsx freshRootEachTest), not
 * on import: a shared module is imported once.
 */
const OUTLIVES_FILE = /vi\.(?:mock|spyOn|stubGlobal|stubEnv|useFakeTimers)\b|globalThis\.\w+ *=[^=]|process\.env\.\w+ *=[^=]/;
const ownProcess = isolated.filter((f) => OUTLIVES_FILE.test(readFileSync(DIR + f, 'utf8')));
const domShared = isolated.filter((f) => !ownProcess.includes(f));
const shared = files.filter((f) => !isolated.includes(f) && !property.includes(f));

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    // fixture pages link their portals' stylesheets and scripts: a test never fetches them (no
    // test depends on the network, and a refused connection is only noise in the log)
    environmentOptions: {
      happyDOM: { settings: { disableCSSFileLoading: true, disableJavaScriptFileLoading: true, disableIframePageLoading: true, handleDisabledFileLoadingAsSuccess: true } },
    },
    testTimeout: 20000,
    // a file's beforeAll that checks a folder of pages (redteam16-across: every page through the batch checker) ran
    // past vitest's 10 s beside three helpers' runs; it has the time a test has, and more
    hookTimeout: 60_000,
    // every core (vitest leaves one free by default, which on a 2-core machine ran the files one
    // at a time: the whole-fixture property tests took 8 min of a CI run, ~4 on two workers)
    maxWorkers: availableParallelism(),
    // one turn of the event loop after each test (see the file)
    setupFiles: ['test/unit/yield-between-tests.ts'],
    poolOptions: { threads: { isolate: false } },
    projects: [
      { extends: true, test: { name: 'core', environment: 'node', pool: 'threads', isolate: false, include: shared.map((f) => DIR + f) } },
      { extends: true, test: { name: 'property', environment: 'node', include: property.map((f) => DIR + f) } },
      { extends: true, test: { name: 'dom', environment: 'happy-dom', pool: 'threads', isolate: false, include: domShared.map((f) => DIR + f) } },
      { extends: true, test: { name: 'dom-isolated', environment: 'happy-dom', include: ownProcess.map((f) => DIR + f) } },
    ],
  },
});
