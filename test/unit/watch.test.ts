// @vitest-environment happy-dom
/**
 * entrypoints/content/watch.ts: the lens's bounded watch, with the page's frames stood in for (their shapes and
 * whether one is still arriving; the browser's own frames are checked in test/e2e/iframe.e2e.ts). A frame the
 * browser is still parsing changes shape with each part: the page is read again once it is whole, not at each
 * part (each a run of the watch's eight, and each a read of a cut table) — but the page's own changes still count.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const frames = vi.hoisted(() => ({ shape: '', arriving: false }));
vi.mock('../../components/report-frames.ts', () => ({
  framesShape: () => frames.shape,
  hasArrivingFrame: () => frames.arriving,
  hasHiddenFrame: () => false,
  frameDocuments: () => [],
}));
const { watchForLateTables } = await import('../../entrypoints/content/watch.ts');

/** A change the watch's observer sees, then its debounce's time. */
async function touch(): Promise<void> {
  document.body.append(document.createElement('p'));
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(300);
}

describe('the watch and a frame still arriving', () => {
  let changed: ReturnType<typeof vi.fn>;
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<h1>东湖市云岭区人民政府信息公开平台</h1>';
    frames.shape = '|nb|2|2021年政府信息公开工作年度报告|…';
    frames.arriving = true;
    changed = vi.fn();
    stop = watchForLateTables(document, changed, () => {})!.stop;
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('waits while its parts come, and reads the page once it is whole', async () => {
    frames.shape = '|nb|3|2021年政府信息公开工作年度报告|…';
    await touch();
    frames.shape = '|nb|4|2021年政府信息公开工作年度报告|…';
    await touch();
    expect(changed).not.toHaveBeenCalled();
    frames.shape = '|nb|4|2021年政府信息公开工作年度报告';
    frames.arriving = false;
    await touch();
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('reads the page again when its own tables change, however long a frame keeps arriving', async () => {
    frames.shape = '|nb|3|2021年政府信息公开工作年度报告|…';
    await touch();
    expect(changed).not.toHaveBeenCalled();
    document.body.append(document.createElement('table'));
    await touch();
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('reads the page at each change of a frame once none is arriving', async () => {
    frames.arriving = false;
    frames.shape = '|nb|3|2021年政府信息公开工作年度报告';
    await touch();
    frames.shape = '|nb|4|2021年政府信息公开工作年度报告';
    await touch();
    expect(changed).toHaveBeenCalledTimes(2);
  });
});
