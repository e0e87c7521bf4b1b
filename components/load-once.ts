/**
 * A script of the extension built apart from the lens (the narrative stage, the file readers) leaves
 * its module on the isolated world's global object. The lens takes it from there when it is here
 * already (injected with the lens on a page checked on request), or loads it once: callers that ask
 * while it travels share the one load, and a load that fails (a network hiccup, an extension reload)
 * is tried again by the next caller rather than failing every later check of the page.
 */
export function loadOnce<T>(here: () => T | null | undefined, load: () => Promise<unknown>, what: string): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    const mod = here();
    if (mod) return Promise.resolve(mod);
    return (loading ??= (async () => {
      try {
        await load();
        const loaded = here();
        if (!loaded) throw new Error(`${what} did not load`);
        return loaded;
      } catch (e) {
        loading = null;
        throw e;
      }
    })());
  };
}
