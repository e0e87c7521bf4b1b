/**
 * The narrative stage for the lens (entrypoints/content-prose.ts): here already (injected with the
 * lens on a page checked on request: components/run-on-tab.ts), or imported once (web-accessible on
 * *.gov.cn, where the loader runs the lens on its own). A failed load is tried again next time.
 */
import { browser } from 'wxt/browser';
import { PROSE_FILE, PROSE_GLOBAL, type ProseModule } from './prose-global.ts';

type Scope = { [PROSE_GLOBAL]?: ProseModule };

let loading: Promise<ProseModule> | null = null;

/** The stage, when it is here already (no wait): the lens then completes an analysis in the same task. */
export function proseHere(): ProseModule | null {
  return (globalThis as Scope)[PROSE_GLOBAL] ?? null;
}

export function loadProse(): Promise<ProseModule> {
  const here = proseHere();
  if (here) return Promise.resolve(here);
  return (loading ??= (async () => {
    try {
      await import(/* @vite-ignore */ browser.runtime.getURL(PROSE_FILE as '/content-prose.js'));
      const mod = proseHere();
      if (!mod) throw new Error('the narrative stage did not load');
      return mod;
    } catch (e) {
      loading = null;
      throw e;
    }
  })());
}
