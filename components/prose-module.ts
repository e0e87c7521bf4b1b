/**
 * The narrative stage for the lens (entrypoints/content-prose.ts): here already (injected with the
 * lens on a page checked on request: components/run-on-tab.ts), or imported (web-accessible on *.gov.cn,
 * where the loader runs the lens on its own) once, as components/load-once.ts says.
 */
import { browser } from 'wxt/browser';
import { PROSE_FILE, PROSE_GLOBAL, type ProseModule } from './prose-global.ts';
import { loadOnce } from './load-once.ts';

type Scope = { [PROSE_GLOBAL]?: ProseModule };

/** The stage, when it is here already (no wait): the lens then completes an analysis in the same task. */
export function proseHere(): ProseModule | null {
  return (globalThis as Scope)[PROSE_GLOBAL] ?? null;
}

export const loadProse: () => Promise<ProseModule> = loadOnce(
  proseHere,
  () => import(/* @vite-ignore */ browser.runtime.getURL(PROSE_FILE as '/content-prose.js')),
  'the narrative stage',
);
