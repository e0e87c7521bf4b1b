/**
 * Stands in for @1natsu/wait-element in the content script's build only (wxt.config.ts). WXT's
 * shadow-root UI imports it for autoMount(), which the lens never calls (it mounts once, itself);
 * the real module and its two dependencies cost 1.3 KB gzipped on every page.
 */
export function waitElement(): Promise<never> {
  return Promise.reject(new Error('nianbao-lens: autoMount is not used'));
}
export const isExist = (): boolean => false;
export const isNotExist = (): boolean => false;
