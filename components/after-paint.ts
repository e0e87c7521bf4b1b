/**
 * "Once the next frame is painted": a requestAnimationFrame callback runs just before the frame's
 * style, layout and paint, and a message posted from it runs as the next task, after them. (The
 * compositor's raster and display of that frame come later, on other threads.) A hidden tab
 * paints no frame: `fallbackMs` then calls back anyway; without it nothing is called.
 */
export function afterNextPaint(fn: () => void, fallbackMs?: number): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    fn();
  };
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = once;
    channel.port2.postMessage(null);
  });
  if (fallbackMs !== undefined) setTimeout(once, fallbackMs);
}
