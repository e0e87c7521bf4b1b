/**
 * The lens's English texts (entrypoints/content/lens-translate.ts), apart from the lens: a Chinese reader's lens
 * never asks for them, and they were ~53 KB of its ~400 (compiled, cached and JSON.parse'd on every report page).
 * Built in the lens's form (components/build/lens-messages.ts: only the keys the lens may ask for, each a text),
 * left on the isolated world's global object, whether it ran as a module (the lens's or the loader's import()) or
 * as a script (injected with the lens on a page checked on request: components/run-on-tab.ts).
 */
import en from '../public/_locales/en/messages.json';
import type { LooseTable } from '../components/message-format.ts';
import { LENS_EN_GLOBAL } from './content/lens-global.ts';

export default defineUnlistedScript(() => {
  (globalThis as { [LENS_EN_GLOBAL]?: LooseTable })[LENS_EN_GLOBAL] = en;
});
