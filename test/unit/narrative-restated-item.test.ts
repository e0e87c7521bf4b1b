/**
 * An item said again as the whole of its own breakdown inside a list (lib/narrative/parts-restated.ts
 * restatedItem): "…不予公开5件，不予公开的5件中2件属于国家秘密，无法提供15件…" counts the 5 and the 2 twice
 * if read as items, and was an error over its whole (session 38's note of a contrived false error).
 */
import { describe, expect, it } from 'vitest';
import { flagged, runProse, word } from './narrative-tables.ts';

const run = (text: string) => runProse(word(text), {}, 2022, '东湖市青溪区民政局');
const sums = (text: string) => run(text).checks.filter((c) => c.rule === 'text.parts-sum').map((c) => [c.outcome, c.detail]);

describe('a list item restated as the whole of its breakdown', () => {
  it('is a skip, not a sum over the whole, on a true list', () => {
    const text = '全年共办结申请63件，其中予以公开32件，部分公开7件，不予公开5件，不予公开的5件中2件属于国家秘密，无法提供15件，不予处理3件，其他处理1件。';
    expect(sums(text)).toEqual([['skip', expect.stringContaining('“不予公开的5件中”复述了前列的不予公开5件')]]);
    expect(flagged(run(text))).toEqual([]);
    // the same with a ，after 中, and with another item restated
    expect(sums('全年共办结申请63件，其中予以公开32件，部分公开7件，不予公开5件，无法提供15件，无法提供的15件中9件为本机关不掌握，不予处理3件，其他处理1件。')[0]![0]).toBe('skip');
  });

  it('leaves lists alone that restate nothing', () => {
    // a wrong list with no restatement: still an error
    expect(flagged(run('全年共办结申请63件，其中予以公开32件，部分公开7件，不予公开6件，无法提供15件，不予处理3件，其他处理1件。'))).toEqual([
      expect.objectContaining({ rule: 'text.parts-sum', severity: 'error', expected: 64, actual: 63 }),
    ]);
    // a figure followed by 中 that restates no item before it (another value): not taken for one
    expect(sums('全年共办结申请63件，其中予以公开32件，部分公开7件，不予公开5件，不予公开的6件中2件属于国家秘密，无法提供15件，不予处理3件，其他处理1件。')[0]![0]).toBe('fail');
  });
});
