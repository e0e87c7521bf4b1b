/**
 * How the loader (index.ts) and the lazily loaded lens (entrypoints/content-lens.ts) meet: the lens
 * file puts its factories on the isolated world's global object, whether it ran as a module (the
 * loader's import()) or as a script (injected before the loader on a manual run). Types only,
 * apart from two strings: the loader must not pull the lens in.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TabRequest, TabState } from '../../components/messages.ts';

/** The lens's file in the built extension (an unlisted script, web-accessible on *.gov.cn). */
export const LENS_FILE = '/content-lens.js';
export const LENS_GLOBAL = '__nianbaoLens';

/**
 * The lens's English texts, a script of their own (entrypoints/content-lens-en.ts): the lens carries the Chinese
 * ones, and imports these only for a reader who reads English (lens-translate.ts); the loader asks for them beside
 * the lens when it can tell already (index.ts). They leave their table on the isolated world's global object.
 */
export const LENS_EN_FILE = '/content-lens-en.js';
export const LENS_EN_GLOBAL = '__nianbaoLensEn';

export interface Lens {
  /** stored: the settings' storage read, when the loader started it already */
  auto(idle: number, stored?: Promise<Record<string, unknown>>): Promise<void>;
  handle(request: TabRequest): Promise<TabState>;
}

export interface LensModule {
  /**
   * The lens on WXT's context (the loader's stand-in in its build: components/build/lazy-context.ts),
   * answering the popup from now on; onRequest: the popup asked, or the context ended (the loader
   * stops watching the page)
   */
  attach(ctx: ContentScriptContext, onRequest: () => void): Lens;
}
