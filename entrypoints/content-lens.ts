/**
 * The lens, loaded only on pages that may be reports (see entrypoints/content/index.ts): the core,
 * the panel and the page marks, and WXT's content-script context, which the loader creates only
 * once it needs one. It hands them to the loader through the isolated world's global object
 * (content/lens-global.ts).
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createLens } from './content/lens.tsx';
import { LENS_GLOBAL, type LensModule } from './content/lens-global.ts';

export default defineUnlistedScript(() => {
  const module: LensModule = {
    createLens,
    createContext: (name, options) => new ContentScriptContext(name, options as ConstructorParameters<typeof ContentScriptContext>[1]),
  };
  (globalThis as { [LENS_GLOBAL]?: LensModule })[LENS_GLOBAL] = module;
});
