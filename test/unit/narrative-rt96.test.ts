/**
 * rt96 (session 63): a red team of rt94's readings (narrative-rt96-sentences.ts). On main f1e8d040 (rt94):
 * 1. 13 false passes: a wrong list made its whole with a count that is no result of the year's (a 终止 or withdrawal of another
 *    procedure, a rest answered the next year, last year's withdrawal in the next block) or went on with a rest of consultations;
 * 2. 5 misses: a count named by table 三's row under a result (本机关不掌握…, 大量反复申请) unread, true list and wrong twin both a skip;
 * 3. 4 false flags: a running total to date (截至目前累计, 至今累计) after a 其中 list summed as the year's item;
 * 4. guards that hold on main.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { checkNarrative } from '../../lib/narrative/check-narrative.ts';
import { checksOf, findingKeys, WORD_2021_TABLES, word } from './narrative-tables.ts';
import { FALSE_PASSES, GUARDS, ROW_NAMES, TO_DATE, YEAR_TO_DATE } from './narrative-rt96-sentences.ts';

function run(t: string, tables: Record<string, number>, head = '（二）依申请公开情况') {
  const body = `<p>${head}</p>${t.split('|').map(word).join('')}`;
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div>${body}</div></body></html>`);
  return checkNarrative({ container: document.body, exclude: [], figures: tables, figureRefs: {}, year: 2024, agency: '东湖省自然资源厅' });
}
const outcome = (t: string, head?: string): string[] => checksOf(run(t, {}, head), 'text.parts-sum').map((c) => c.split(' ')[0]!);

describe('rt96 1: a count that is no result of the year\'s makes no wrong list whole', () => {
  it.each(FALSE_PASSES.map(([t, m, a], i) => [i, m, a, t] as const))('%i: main a %s, now a %s', (_i, _m, after, t) => {
    expect(outcome(t), t).toEqual([after === 'error' ? 'fail' : after]);
    if (after === 'error') expect(findingKeys(run(t, {})), t).toContain(`text.parts-sum:error:${t.includes('31件') ? 61 : 62}:63`);
    // (the true twin, an item one more, is silent)
    const right = t.replace(/予以公开3[12]件/, '予以公开33件');
    expect(findingKeys(run(right, {})), right).toEqual([]);
    expect(findingKeys(run(right, WORD_2021_TABLES)).filter((k) => k.startsWith('text.parts-sum')), right).toEqual([]);
  });
});

describe('rt96 2: a count named by table 三\'s row is an item of the list', () => {
  it.each(ROW_NAMES.map(([t, w], i) => [i, t, w] as const))('%i: the true list passes, the twin 62 of 63 an error (main: both a skip)', (_i, t, w) => {
    expect(checksOf(run(t, {}), 'text.parts-sum'), t).toEqual(['pass 33件+7件+5件+17件+1件 = 63件']);
    expect(findingKeys(run(t, {})), t).toEqual([]);
    expect(findingKeys(run(w, {})), w).toEqual(['text.parts-sum:error:62:63']);
  });
  it('where the list names the row\'s result already, the count stays unread (a part of it or one more)', () => {
    const t = '全年共办结申请63件，分别为予以公开33件、部分公开7件、不予公开5件、无法提供14件、不予处理3件，另有1件属于“本机关不掌握相关政府信息”。';
    expect(outcome(t)).toEqual(['skip']);
    expect(outcome(t.replace('14件', '15件'))).toEqual(['pass']);
  });
});

describe('rt96 3: a running total to date is no item of the year\'s list', () => {
  it.each(TO_DATE.map((t, i) => [i, t] as const))('%i: silent (main: 5250 of 1250, an error)', (_i, t) => {
    expect(findingKeys(run(t, {}, '（一）主动公开情况')), t).toEqual([]);
    expect(checksOf(run(t, {}, '（一）主动公开情况'), 'text.parts-sum'), t).toEqual(['pass 350条+900条 = 1250条']);
    const w = t.replace(/工作动态(?:900|９００)条/, '工作动态1000条');
    expect(findingKeys(run(w, {}, '（一）主动公开情况')), w).toEqual(['text.parts-sum:error:1350:1250']);
  });
  it('"截至12月底累计" stays the year\'s own (recall38)', () => {
    expect(checksOf(run(YEAR_TO_DATE, {}, '（一）主动公开情况'), 'text.parts-sum')).toEqual(['pass 350条+800条+100条 = 1250条']);
  });
});

describe('rt96 4: guards (hold on main)', () => {
  it.each(GUARDS.map(([t, o], i) => [i, o, t] as const))('%i: a %s', (_i, o, t) => {
    expect(outcome(t), t).toEqual([o]);
  });
});
