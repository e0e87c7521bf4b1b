/**
 * The locale files as the lens carries them (entrypoints/content/lens-translate.ts: its own copy, so that no
 * getMessage IPC blocks a tab's main thread). Whole, they were ~230 KB of a 520 KB lens (JSON.parse of two
 * strings at its top level, fetched, cached and parsed on every report page): each entry's {"message":…} and
 * placeholders, and ~250 keys of the dashboard and the popup the lens never asks for. In the lens's build (wxt.config.ts)
 * each file becomes { key: text }, the placeholders' contents put in place ($1…$9 left for the substitutions:
 * components/i18n.ts formatMessage reads both forms), without the keys LENS_LEAVES names. Elsewhere (the
 * popup, the dashboard, the background, the tests) the files stay whole. test/unit/lens-imports.test.ts checks that
 * each key the lens's code may ask for is kept and that each kept text formats as the whole file's does.
 */
import type { Plugin } from 'vite';
import { lensText, type MessageTable } from '../message-format.ts';

export { lensText };

/**
 * The keys the lens never asks for: the dashboard's (but the rules' names, dashRule_*, which the panel shows too, and
 * dashQuote), the popup's (but the two the panel says too), the settings', the browser's menu and shortcut, the
 * store's description. New keys of any other name are kept: a key left out by mistake must fail the test, not the panel.
 */
export const LENS_LEAVES = /^(?:dash(?!Rule_|Quote$)|popup(?!LocalFile$|CannotRun$)|setting|language|menu|command|extDescription$)/;

/** A locale file's table as the lens carries it. */
export function lensTable(table: MessageTable): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(table)) if (!LENS_LEAVES.test(key)) out[key] = lensText(entry);
  return out;
}

/** The locale files (public/_locales/<lang>/messages.json) a build imports. */
export const LOCALE_FILE = /[\\/]_locales[\\/][A-Za-z_]+[\\/]messages\.json$/;

/** Vite: each locale file imported in the lens's build as lensTable's JSON (before Vite's own JSON plugin reads it). */
export function lensMessages(): Plugin {
  return {
    name: 'nianbao-lens-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!LOCALE_FILE.test(id)) return null;
      return { code: JSON.stringify(lensTable(JSON.parse(code) as MessageTable)), map: null };
    },
  };
}
