/**
 * The lens, loaded only on pages that may be reports (see entrypoints/content/index.ts): the core,
 * the panel and the page marks, WXT's content-script context (which the loader leaves to this file)
 * and the listener that answers the popup. It hands them to the loader through the isolated
 * world's global object (content/lens-global.ts). Everything here was kept out of the loader, whose
 * code Chromium compiles on every *.gov.cn page.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createLens } from './content/lens.tsx';
import { isTabRequest } from '../components/messages.ts';
import { LENS_GLOBAL, type Lens, type LensModule } from './content/lens-global.ts';

/**
 * WXT's context: in the built loader, the one main() received is a stand-in that kept its arguments
 * (components/build/lazy-context.ts), and the real one is made here; elsewhere (dev builds, tests)
 * it is WXT's already.
 */
function realContext(given: ContentScriptContext): ContentScriptContext {
  const stub = given as unknown as { deferred?: true; contentScriptName: string; options?: unknown };
  return stub.deferred
    ? new ContentScriptContext(stub.contentScriptName, stub.options as ConstructorParameters<typeof ContentScriptContext>[1])
    : given;
}

/** The lens on its context, and the message listener that answers the popup for this tab. */
function attach(given: ContentScriptContext, onRequest: () => void): Lens {
  const ctx = realContext(given);
  const lens = createLens(ctx);
  // sendResponse and `return true`: the form Chrome and Firefox both take without a polyfill
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): true | undefined => {
    if (!ctx.isValid || !isTabRequest(message)) return undefined;
    onRequest();
    lens.handle(message).then(sendResponse, () => sendResponse(null));
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    onRequest();
  });
  return lens;
}

export default defineUnlistedScript(() => {
  const module: LensModule = { attach };
  (globalThis as { [LENS_GLOBAL]?: LensModule })[LENS_GLOBAL] = module;
});
