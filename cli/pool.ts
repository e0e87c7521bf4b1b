/**
 * Checks a list of files, in process or on a pool of worker threads, and hands the results back
 * in input order whatever order they finish in. Decoding, parsing and analysing make the cost of a
 * file, and it is CPU-bound, so on a machine with more than one core a pool of workers gets more
 * pages through (bench/bench.ts measures both).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CheckedFile } from './load-page.ts';
import { checkFile } from './load-page.ts';
import type { WorkerTask } from './worker.ts';

/**
 * Each worker's young generation (V8's two semi-spaces and their large-object space). Parsing a
 * page allocates a whole DOM that dies with the page (linkedom, measured here; the light DOM
 * allocates less), and with V8's default
 * semi-spaces a fifth of a worker's time went to scavenges. Interleaved runs of npm run bench's
 * pool (2 workers, the 78-page fixture mix): 165–181 pages/s with the default, 181–185 with this.
 * A ceiling, committed only as the worker allocates.
 */
const YOUNG_GENERATION_MB = 192;

export interface PoolOptions {
  /** number of workers; 1 = check in this thread */
  jobs: number;
  /** the built worker script; null or missing = check in this thread */
  workerUrl: URL | null;
  /** where anything the core prints to stdout goes (never to our stdout: --json owns it) */
  onWorkerOutput?: (text: string) => void;
}

/** dist/cli-worker.mjs beside the built cli.mjs; null when running from the TypeScript sources. */
export function defaultWorkerUrl(): URL | null {
  const url = new URL('./cli-worker.mjs', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

/**
 * Checks every file (an entry with `preset` is not read: its result is given, e.g. a missing PATH),
 * calling onResult(index, result) in index order.
 */
export async function checkFiles(
  items: readonly { file: string; preset?: CheckedFile }[],
  options: PoolOptions,
  onResult: (index: number, result: CheckedFile) => void,
): Promise<void> {
  const done = new Map<number, CheckedFile>();
  let next = 0;
  const deliver = (index: number, result: CheckedFile): void => {
    done.set(index, result);
    while (done.has(next)) {
      const r = done.get(next)!;
      done.delete(next);
      onResult(next, r);
      next++;
    }
  };

  const todo: number[] = [];
  items.forEach((it, i) => {
    if (it.preset) deliver(i, it.preset);
    else todo.push(i);
  });
  const workers = Math.min(options.jobs, todo.length);
  if (workers <= 1 || !options.workerUrl) {
    for (const i of todo) deliver(i, await checkFile(items[i]!.file));
    return;
  }
  await runPool(items, todo, workers, options.workerUrl, options.onWorkerOutput, deliver);
}

/**
 * Files a worker holds at once. With one, a worker that finishes a file waits for the main thread
 * (which shares the cores with the workers) to hand it the next; with two, the next is already
 * there.
 */
const IN_FLIGHT = 2;

function runPool(
  items: readonly { file: string }[],
  todo: number[],
  size: number,
  url: URL,
  onOutput: ((text: string) => void) | undefined,
  deliver: (index: number, result: CheckedFile) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let cursor = 0;
    // files a dead worker held but had not begun: they go to the next worker first
    const retry: number[] = [];
    let pending = todo.length;
    let alive = 0;
    const workers = new Set<Worker>();
    // set when deliver threw (the command line's stdout closed, cli/main.ts OutputClosed): the run stops
    let stopped = false;

    const finish = (index: number, result: CheckedFile): void => {
      if (stopped) return;
      try {
        deliver(index, result);
      } catch (e) {
        stopped = true;
        for (const w of workers) void w.terminate();
        reject(e);
        return;
      }
      pending--;
      if (pending === 0) resolve();
    };
    const nextIndex = (): number | undefined => retry.shift() ?? (cursor < todo.length ? todo[cursor++] : undefined);
    const workLeft = (): boolean => retry.length > 0 || cursor < todo.length;

    const start = (): void => {
      const worker = new Worker(url, { stdout: true, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      alive++;
      workers.add(worker);
      // the files this worker holds, oldest first: it checks them in that order
      const held: number[] = [];
      let failure: string | null = null;
      worker.stdout.on('data', (chunk: Buffer) => onOutput?.(chunk.toString('utf8')));
      const feed = (): void => {
        while (held.length < IN_FLIGHT) {
          const index = nextIndex();
          if (index === undefined) break;
          held.push(index);
          const task: WorkerTask = { index, file: items[index]!.file };
          worker.postMessage(task);
        }
        if (held.length === 0) void worker.terminate();
      };
      worker.on('message', (msg: { index: number; result: CheckedFile }) => {
        const at = held.indexOf(msg.index);
        if (at >= 0) held.splice(at, 1);
        finish(msg.index, msg.result);
        if (!stopped) feed();
      });
      // A worker that dies takes only the file it was checking (its oldest) with it; the others
      // it held go to a fresh one.
      worker.on('error', (e: Error) => {
        failure ??= `工作线程出错：${e.message}`;
      });
      worker.on('exit', (code) => {
        alive--;
        workers.delete(worker);
        const index = held.shift();
        if (index !== undefined) {
          finish(index, { file: items[index]!.file, analysis: null, error: failure ?? `工作线程意外退出（${code}）`, warnings: [] });
        }
        retry.push(...held.splice(0));
        if (!stopped && workLeft() && alive < size) start();
      });
      feed();
    };
    for (let i = 0; i < size; i++) start();
  });
}
