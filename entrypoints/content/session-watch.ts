/**
 * What a session (session.tsx) watches on the page besides its hover: the page's zoom of its root element, undone in
 * the panel, and the report going away (its frame's new document, its tables taken out), which closes the session and
 * has the lens read the page again. Each stops with the session's `signal`.
 */

/**
 * The page's zoom of its root element, undone inside the panel: 适老化 toolbars zoom <html> too
 * (document.documentElement.style.zoom = 1.5), which the host, a child of <html>, inherits.
 * The panel then grew past the window (its max-height is in the window's px), and its tooltip,
 * placed in the window's px, stood at 1.5× the cell's coordinates. Read after the first frame
 * (a computed style would force the page's style before it: `unzoom`, which the session calls then) and whenever the
 * root's style or class changes (a MutationObserver on that one element's two attributes).
 * inner: the panel's root in its shadow root, null once it is gone.
 */
export function watchRootZoom(inner: () => HTMLElement | null | undefined, signal: AbortSignal): () => void {
  const unzoom = (): void => {
    const el = inner();
    if (!el) return;
    const zoom = parseFloat(getComputedStyle(document.documentElement).zoom) || 1;
    el.style.zoom = zoom === 1 ? '' : String(1 / zoom);
  };
  const rootWatch = new MutationObserver(() => safely(unzoom));
  rootWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'class'] });
  signal.addEventListener('abort', () => rootWatch.disconnect());
  return unzoom;
}

/**
 * A report in a frame: when the frame loads another document, the marks went with the old one
 * and the panel speaks of a page no longer shown (`gone`).
 */
export function watchFrameLoad(frame: HTMLIFrameElement | HTMLFrameElement, doc: Document, signal: AbortSignal, gone: () => void): void {
  frame.addEventListener('load', () => safely(() => {
    if (frame.contentDocument === doc) return;
    gone();
  }), { passive: true, signal });
}

/**
 * The report's tables taken out of the page: a site that swaps its article in place (pjax, a
 * CMS's next/previous link) shows another page now, and a toolbar's 指读 wrote the article
 * anew. The panel, which stands outside <body> and so outlives such a swap, must not go on
 * speaking of tables no longer shown: the page is read again (`gone`: its marks cleared first; lens.tsx
 * MAX_REREADS). Observed as nodes added or removed only, looked at 250 ms after a change.
 * closed: the session closed meanwhile.
 */
export function watchTablesTaken(shown: readonly Element[], body: HTMLElement, signal: AbortSignal, closed: () => boolean, gone: () => void): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const look = (): void => {
    timer = null;
    if (closed() || shown.every((el) => el.isConnected)) return;
    gone();
  };
  const swaps = new MutationObserver(() => {
    timer ??= setTimeout(() => safely(look), 250);
  });
  swaps.observe(body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    swaps.disconnect();
    if (timer) clearTimeout(timer);
  });
}

/**
 * Where the panel's host goes: the page's root element (<html>), after its <body>, not in it.
 * - The 适老化/无障碍 toolbars most portals carry zoom the page by `body.style.zoom` or scale it by
 *   a transform on <body>: a host in <body> was zoomed with it (the panel 1.5× as wide, its tooltip
 *   placed at 1.5× the cell's coordinates, off the screen), and a transform makes <body> the
 *   containing block of anything fixed in it (the panel scrolled away with the page).
 * - A frameset page (old TRS 信息公开 platforms: `<frameset rows="100,*">`) has no <body>:
 *   querySelector('body') found nothing and the mount threw (no panel at all), and a host in the
 *   <frameset> (document.body) would never be drawn.
 * The host is position:fixed (panel-css.ts), so where it stands in the tree moves nothing.
 */
export function panelAnchor(): Element {
  return document.documentElement;
}

export function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // never reaches the page
  }
}
