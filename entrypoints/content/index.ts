/**
 * The content script. On government portals (*.gov.cn) it runs by itself at document idle, unless
 * the user turned automatic runs off; anywhere else it is injected when the user asks (popup or
 * context menu, components/run-on-tab.ts) and waits for that request. Never breaks the page: every
 * entry point catches its errors, so none reaches the page's console.
 */
import { browser } from 'wxt/browser';
import { createLens } from './lens.tsx';
import { isTabRequest } from '../../components/messages.ts';

/** *.gov.cn and gov.cn itself: the sites where the lens may run unasked */
export function isGovPortal(hostname: string): boolean {
  return hostname === 'gov.cn' || hostname.endsWith('.gov.cn');
}

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main(ctx) {
    const idle = performance.now();
    try {
      const lens = createLens(ctx);
      // sendResponse and `return true`: the form Chrome and Firefox both take without a polyfill
      const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): true | undefined => {
        if (!ctx.isValid || !isTabRequest(message)) return undefined;
        lens.handle(message).then(sendResponse, () => sendResponse(null));
        return true;
      };
      browser.runtime.onMessage.addListener(onMessage);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
      if (isGovPortal(location.hostname)) void lens.auto(idle);
      // the benchmark (scripts/browser-bench.mjs) reads these User Timing entries
      performance.measure('nianbao-lens:start', { start: idle, end: performance.now() });
    } catch {
      // the page must never see our exceptions
    }
  },
});
