/**
 * Stands in for WXT's ContentScriptContext in the content script's build only (wxt.config.ts
 * aliases `wxt/utils/content-script-context` there). WXT's content-script wrapper constructs a
 * context before main() on every page, and that class reaches for the extension API (runtime.id,
 * even while its module is evaluated), an AbortController, a CustomEvent on the document and a
 * window.postMessage: milliseconds of main thread on a cold isolated world in Chromium, more than
 * the loader's whole first look, on *.gov.cn pages that are not reports and need none of it.
 * This one only keeps its arguments; the loader (entrypoints/content/index.ts) creates WXT's own
 * context with them, from the lens's file, once the lens is there.
 */
export class ContentScriptContext {
  /** marks the stand-in: the loader creates the real context from these arguments */
  readonly deferred = true;

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
