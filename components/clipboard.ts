/**
 * Text to the clipboard from the panel, on a click (a user activation). The asynchronous Clipboard
 * API exists only in a secure context, and many 政府网站 are still served over plain http, where
 * `navigator.clipboard` is undefined: there, and where a page's permissions policy refuses the
 * API, the text is copied the older way, selected in a hidden, read-only textarea inside the
 * panel's own shadow root and copied with execCommand('copy') (still supported by Chromium and
 * Firefox for a user-activated copy). The focus goes back to where it was (the copy button).
 */
export async function copyText(text: string, host: HTMLElement): Promise<boolean> {
  const nav = globalThis.navigator as Navigator | undefined;
  if (globalThis.isSecureContext && nav?.clipboard?.writeText) {
    try {
      await nav.clipboard.writeText(text);
      return true;
    } catch {
      // refused: try the older way below
    }
  }
  const doc = host.ownerDocument;
  const root = host.getRootNode() as Document | ShadowRoot;
  const before = root.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none';
  host.append(area);
  let ok = false;
  try {
    // the copy takes the focused field's selection: focus first (select() alone need not focus)
    area.focus({ preventScroll: true });
    area.select();
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    area.remove();
    before?.focus();
  }
  return ok;
}
