/**
 * Text to the clipboard from the panel, on a click (a user activation). The asynchronous Clipboard
 * API exists only in a secure context, and many 政府网站 are still served over plain http, where
 * `navigator.clipboard` is undefined: there, and where a page's permissions policy refuses the
 * API, the text is copied the older way, selected in a hidden, read-only textarea inside the
 * panel's own shadow root and copied with execCommand('copy') (still supported by Chromium and
 * Firefox for a user-activated copy). The focus goes back to where it was (the copy button).
 *
 * That copy fires a copy event, which the page sees (it is composed): 禁止复制 scripts, common on
 * 政府网站, cancel it (`document.oncopy = () => false`) or write the selection with a source line
 * ("本文来源：…") into it; the page's line was appended to the results (red team 17), and a script
 * that writes only its notice would have replaced them while the button said "已复制". So the
 * lens writes the text into the event itself, from a capturing listener on the window (the first
 * stop of the event's path) that stops it there; if the event never reached that listener, the
 * copy is said to have failed rather than claimed.
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
  // the copy event is ours, before any of the page's listeners (see the comment above)
  const view = doc.defaultView;
  let wrote = false;
  const onCopy = (e: Event): void => {
    const data = (e as ClipboardEvent).clipboardData;
    if (!data) return;
    data.setData('text/plain', text);
    e.preventDefault();
    e.stopImmediatePropagation();
    wrote = true;
  };
  view?.addEventListener('copy', onCopy, true);
  let ok = false;
  try {
    // the copy takes the focused field's selection: focus first (select() alone need not focus)
    area.focus({ preventScroll: true });
    area.select();
    ok = doc.execCommand('copy') && (wrote || !view);
  } catch {
    ok = false;
  } finally {
    view?.removeEventListener('copy', onCopy, true);
    area.remove();
    before?.focus();
  }
  return ok;
}
