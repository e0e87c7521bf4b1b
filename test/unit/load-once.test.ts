import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../components/load-once.ts';

/** A script that leaves its module on a global, as content-prose.js and content-files.js do. */
function fakeScript() {
  const scope: { mod?: { name: string } } = {};
  let loads = 0;
  let failNext = 0;
  let release: (() => void) | null = null;
  const load = () => {
    loads++;
    return new Promise<void>((resolve, reject) => {
      release = () => {
        if (failNext > 0) {
          failNext--;
          reject(new Error('net::ERR_FAILED'));
        } else {
          scope.mod = { name: 'prose' };
          resolve();
        }
      };
    });
  };
  return {
    scope,
    get loads() { return loads; },
    failNextLoads(n: number) { failNext = n; },
    release: () => release?.(),
    get: loadOnce(() => scope.mod, load, 'the narrative stage'),
  };
}

describe('loadOnce: a script built apart from the lens, loaded once', () => {
  it('takes the module that is here already without loading it', async () => {
    const s = fakeScript();
    s.scope.mod = { name: 'injected' };
    await expect(s.get()).resolves.toEqual({ name: 'injected' });
    expect(s.loads).toBe(0);
  });

  it('callers that ask while the script travels share one load', async () => {
    const s = fakeScript();
    const a = s.get();
    const b = s.get();
    expect(s.loads).toBe(1);
    s.release();
    const [ma, mb] = await Promise.all([a, b]);
    expect(ma).toBe(mb);
    await s.get();
    expect(s.loads).toBe(1);
  });

  it('a failed load is tried again by the next caller, not remembered', async () => {
    const s = fakeScript();
    s.failNextLoads(1);
    const first = s.get();
    s.release();
    await expect(first).rejects.toThrow('net::ERR_FAILED');
    const second = s.get();
    expect(s.loads).toBe(2);
    s.release();
    await expect(second).resolves.toEqual({ name: 'prose' });
  });

  it('a script that loads but leaves nothing behind is a failure that names what did not load', async () => {
    let loads = 0;
    const get = loadOnce<{ name: string }>(() => undefined, async () => { loads++; }, 'the file reader');
    await expect(get()).rejects.toThrow('the file reader did not load');
    await expect(get()).rejects.toThrow('the file reader did not load');
    expect(loads).toBe(2);
  });
});
