// The extension APIs, as seen inside the service worker where worker.evaluate callbacks run.
import type { Browser } from 'wxt/browser';

declare global {
  const chrome: typeof Browser;
}
