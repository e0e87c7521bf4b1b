/**
 * Every unit test file runs with this (vitest.config.ts setupFiles): after each test, one turn of
 * the event loop. Vitest's worker reports each test to the main process over an RPC that times out
 * after 60 s, and the reply is read only when the worker's event loop is free. A file of many
 * synchronous tests (first-look.test.ts reads every fixture page and its variants: 16 s alone, over
 * 60 s beside the other files on a 2-core machine) kept it busy past the timeout, and vitest failed
 * the run with "Timeout calling onTaskUpdate" although every test had passed.
 */
import { afterEach } from 'vitest';

afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
