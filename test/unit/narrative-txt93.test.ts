/**
 * txt93 (session 63): the text readings session 62's chain (txt90 → rt91 → rt92) left (narrative-txt93-sentences.ts), with
 * word-2021-consistent's tables and without. On main 2eb4d4bb:
 * 1. a list's rest in the very next block ("…不予处理3件。</p><p>其他处理1件。", or a <br> between) flagged 62:63 — the sentence
 *    after was read in the paragraph only; now read in the next block where it is short prose on no new subject with no table
 *    between (next-block.ts); headings, new subjects, long paragraphs, a block two away and a table between stay errors;
 * 2. two intakes across a <br> or a new <p> after a 。 were an error where the same in one paragraph is a warning that states the
 *    sum (rt92): now the warning, rt91's exclusions still errors;
 * 3. a list that goes on with a count ("…不予处理3件，另有1件作其他处理") was judged without it — a wrong item hidden where the rest
 *    made the whole (rt91's false pass, 63 = 63); the counts it goes on with are now its items (results-go-on.ts);
 * 4. "近三年累计公开…4000条" after a 其中 list was summed as an item of the year's (other-year.ts CUMULATIVE_CLAUSE).
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { checkNarrative } from '../../lib/narrative/check-narrative.ts';
import { checksOf, findingKeys, WORD_2021_TABLES, word } from './narrative-tables.ts';
import { HEAD, rt78Page as run, type Head } from './narrative-rt78-sentences.ts';
import { INTAKE_NEXT_BLOCK, INTAKE_NOT_BESIDE, REST_COUNTED, REST_NEXT_BLOCK, REST_NOT_COUNTED, REST_NOT_NEXT, SEVERAL_YEARS, WITHDRAWN_BESIDE } from './narrative-txt93-sentences.ts';

/** Each page read once. */
const seen = new Map<string, ReturnType<typeof run>>();
const page = (h: Head, t: string, tables = true): ReturnType<typeof run> => {
  const key = `${h}${tables ? 1 : 0}${t}`;
  if (!seen.has(key)) seen.set(key, run(h, t, tables));
  return seen.get(key)!;
};
const keys = (h: Head, t: string): string[][] => [findingKeys(page(h, t)), findingKeys(page(h, t, false))];
const both = (k: string): string[][] => [[k], [k]];

/** A page whose paragraphs a data table parts (the table passed as excluded, as the pipeline does) or a layout table's cells hold. */
function withTable(html: string, tables: boolean) {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div><p>${HEAD.b}</p>${html}</div></body></html>`);
  const exclude = [...document.querySelectorAll('table.data')];
  const r = checkNarrative({ container: document.body, exclude, figures: tables ? WORD_2021_TABLES : {}, figureRefs: {}, year: 2024, agency: '东湖省自然资源厅' });
  return findingKeys(r);
}
const DATA_TABLE = '<table class="data" border="1"><tr><td>项目</td><td>数量</td></tr><tr><td>其他处理</td><td>1</td></tr></table>';
const LIST = '全年共办结申请63件，分别为予以公开32件、部分公开7件、不予公开5件、无法提供15件、不予处理3件。';

describe('txt93 1: a list\'s rest in the very next block', () => {
  it.each(REST_NEXT_BLOCK.map(([h, t, w], i) => [i, h, t, w] as const))('%i: the true paragraph is silent, its twin (62 of 63) an error', (i, h, t, w) => {
    expect(keys(h, t), t).toEqual([[], []]);
    // (7: the list as written, 61 of 63, as withdrawn-next.ts says it in one paragraph — rt92's twin 4)
    expect(keys(h, w), w).toEqual(both(i === 7 ? 'text.parts-sum:error:61:63' : 'text.parts-sum:error:62:63'));
  });
  it.each(REST_NOT_NEXT.map((t, i) => [i, t] as const))('a block that is no rest of it: the list stays an error (%i)', (_i, t) => {
    expect(keys('b', t), t).toEqual(both('text.parts-sum:error:62:63'));
  });
  it('a table between the list and the block: no rest of it (a data table left out, a layout table\'s cells)', () => {
    for (const tables of [true, false]) {
      expect(withTable(`${word(LIST)}${DATA_TABLE}${word('其他处理1件。')}`, tables)).toEqual(['text.parts-sum:error:62:63']);
      expect(withTable(`<table><tr><td>${word(LIST)}</td></tr><tr><td>${word('其他处理1件。')}</td></tr></table>`, tables)).toEqual(['text.parts-sum:error:62:63']);
      // (and with no table, the same blocks: silent)
      expect(withTable(`${word(LIST)}${word('其他处理1件。')}`, tables)).toEqual([]);
      // (a layout table holding the whole article in one cell: its paragraphs run on)
      expect(withTable(`<table><tr><td>${word(LIST)}${word('其他处理1件。')}</td></tr></table>`, tables)).toEqual([]);
    }
  });
  it('the list with its rest is summed, and says so', () => {
    expect(checksOf(page('b', REST_NEXT_BLOCK[0]![1], false), 'text.parts-sum')).toEqual(['pass 32件+7件+5件+15件+3件+1件 = 63件']);
    expect(checksOf(page('b', REST_NEXT_BLOCK[0]![2], false), 'text.parts-sum')).toEqual(['fail 31件+7件+5件+15件+3件+1件 = 62件 ≠ 63件']);
  });
});

describe('txt93 2: an intake in the very block beside the 新收\'s, as in one paragraph', () => {
  it.each(INTAKE_NEXT_BLOCK.map(([h, t, w], i) => [i, h, t, w] as const))('%i: a warning stating the sum; the twin an error', (_i, h, t, w) => {
    expect(keys(h, t), t).toEqual([['text.vs-table:warning:62:52'], ['text.parts-sum:warning:56:66']]);
    const [withT, without] = keys(h, w);
    expect(withT, w).toHaveLength(1);
    expect(withT![0]).toMatch(/^text\.vs-table:error:62:5[0-5]$/);
    expect(without!.every((k) => /^text\.parts-sum:error:5\d:66$/.test(k))).toBe(true);
  });
  it('the warning says the other block\'s words and the sum', () => {
    const f = page('o', INTAKE_NEXT_BLOCK[0]![1]).findings.find((x) => x.severity === 'warning')!;
    expect(f.message).toBe('正文称新收政府信息公开申请52件，表三“本年新收”为62件；若加上前一句“全年经12345热线收到申请10件”，合计62件相符。');
    const g = page('o', INTAKE_NEXT_BLOCK[3]![1], false).findings.find((x) => x.severity === 'warning')!;
    expect(g.message).toBe('正文称本年新收52件、上年结转4件，共56件，但办结63件与结转下年度3件合计66件，两者应相等；若加上后一句“经12345热线转来申请10件”，52件+4件+10件 = 66件，收支平衡。');
  });
  it.each(INTAKE_NOT_BESIDE.map((t, i) => [i, t] as const))('rt91\'s exclusions, a heading, a block two away: still errors (%i)', (_i, t) => {
    expect(keys('o', t), t).toEqual([['text.vs-table:error:62:52'], ['text.parts-sum:error:56:66']]);
  });
  it('a table between the two: no sum', () => {
    const html = `${word('全年经12345热线收到申请10件。')}${DATA_TABLE}${word('新收政府信息公开申请52件，上年结转4件，办结63件，结转下年度3件。')}`;
    expect(withTable(html, true)).toEqual(['text.vs-table:error:62:52']);
    expect(withTable(html, false)).toEqual(['text.parts-sum:error:56:66']);
  });
});

describe('txt93 3: the counts a list goes on with are its items', () => {
  it.each(REST_COUNTED.map(([h, t, w], i) => [i, h, t, w] as const))('%i: the true paragraph is silent; the twin (64 of 63, a pass on main) an error', (_i, h, t, w) => {
    expect(keys(h, t), t).toEqual([[], []]);
    expect(keys(h, w)[1], w).toEqual(['text.parts-sum:error:64:63']);
    expect(keys(h, w)[0], w).toContain('text.parts-sum:error:64:63');
  });
  it.each(REST_NOT_COUNTED.map((t, i) => [i, t] as const))('no plain item (carried on, among, listed already, no count): not summed (%i)', (i, t) => {
    for (const tables of [true, false]) {
      // (the list as written, 61 of 63: a skip; 2 names its own 其他处理 and makes 63 alone)
      expect(checksOf(page('b', t, tables), 'text.parts-sum'), t).toEqual([i === 2 ? 'pass 32件+7件+5件+15件+3件+1件 = 63件' : 'skip 所列各项之和61件小于总数63件，列举可能不完整']);
    }
  });
  it('a withdrawal said beside (另有) summed past the whole: a skip that says why, no longer a pass', () => {
    expect(checksOf(page('b', WITHDRAWN_BESIDE, false), 'text.parts-sum')).toEqual(['skip 所列各项之和64件大于总数63件，但“另有”撤回的1件可能不在总数之内，不作判断']);
  });
});

describe('txt93 4: a count over several years is no item of the year\'s list', () => {
  it.each(SEVERAL_YEARS.map(([h, t, w], i) => [i, h, t, w] as const))('%i', (_i, h, t, w) => {
    expect(keys(h, t), t).toEqual([[], []]);
    const [withT, without] = keys(h, w);
    expect(withT, w).toEqual(without);
    expect(without, w).toHaveLength(1);
    expect(without![0], w).toMatch(/^text\.parts-sum:error:1(?:2[6-9]\d|3\d\d):1250$/);
  });
});
