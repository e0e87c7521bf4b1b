/**
 * The collection's lock: every read-modify-write of the collection holds it for its whole length.
 *
 * One lock for every extension context: the Web Locks API (navigator.locks, Chrome 69+, Firefox
 * 96+) grants a name to one holder at a time across all pages and workers of the extension's
 * origin — the background, where every content script saves, and the dashboard page, which imports.
 * A lock per store (a promise chain) would let the two interleave: each would read an index bucket,
 * add its own report and write it back without the other's. Where navigator.locks is missing (an
 * old browser, the unit tests' Node), the stores of one context share a promise chain.
 */

export type Lock = <T>(task: () => Promise<T>) => Promise<T>;

export const LOCK_NAME = 'nianbao-lens:collection';

/** A promise chain: each task starts when the one before has settled, whatever its outcome. */
export function createMutex(): Lock {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

interface WebLocks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

let shared: Lock | null = null;

/** The lock every store of the collection takes, in whatever context it runs. */
export function collectionLock(): Lock {
  const locks = (globalThis as { navigator?: { locks?: WebLocks } }).navigator?.locks;
  if (locks && typeof locks.request === 'function') return <T>(task: () => Promise<T>): Promise<T> => locks.request(LOCK_NAME, task);
  return (shared ??= createMutex());
}
