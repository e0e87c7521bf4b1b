/**
 * A worker of the batch checker's pool (cli/pool.ts): checks the files it is sent, in the order
 * they arrive, and posts each CheckedFile back (plain data, structured-cloned). Built to
 * dist/cli-worker.mjs.
 */
import { parentPort } from 'node:worker_threads';
import { checkFile } from './load-page.ts';

export interface WorkerTask {
  index: number;
  file: string;
}

const port = parentPort;
if (port) {
  port.on('message', (task: WorkerTask) => {
    void checkFile(task.file).then((result) => port.postMessage({ index: task.index, result }));
  });
}
