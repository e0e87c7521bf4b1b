/**
 * rt94 (session 63): a red team of txt93's readings (narrative-rt94-sentences.ts), with the tables and without, pasted from Word,
 * from WPS and as a CMS's <div>s, with a layout table holding the article and a data table after. On main 3450d812 (txt93):
 * 1. 13 false flags: a count a list goes on with (另有咨询12件, 另有3件处理中, a next block "此外，处理群众来信3件。") summed as its item
 *    into a list that made its whole — now only a count of how an application ended is an item (results-go-on.ts ENDED);
 * 2. 6 false passes: a wrong list whose next block is on another subject read as going on (a skip) or as summed (a 复议's
 *    withdrawal: a pass) — now the next block goes on a list only with such a count;
 * 3. 2 false passes: a rest in a block wholly in brackets, "（另有1件作其他处理）", went on by an amount unread — now summed.
 * 4–6: guards that hold on main (a rest said as how it ended or counted already, 全年累计 / 年初以来累计 as this year's, another kind of
 *    intake beside the 新收); 5b: 5 false flags of other-year.ts's running totals over several years (网站开通以来累计, 近年来累计,
 *    2022—2024年累计), before txt93 too.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { checkNarrative } from '../../lib/narrative/check-narrative.ts';
import { checksOf, findingKeys, WORD_2021_TABLES, word } from './narrative-tables.ts';
import { COUNTED_ALREADY, INTAKE_OTHER, NOT_ITEMS, NOTE_REST, OTHER_NEXT, SEVERAL_YEARS_MORE, STILL_ITEMS, THIS_YEARS } from './narrative-rt94-sentences.ts';

/** Table 三 of a list of five: word-2021-consistent's with no 其他处理 (予以公开33). */
const TABLES_NO_OTHER: Record<string, number> = { ...WORD_2021_TABLES, 't3.granted.total': 33, 't3.other.total': 0 };

type Shape = 'word' | 'wps' | 'cms' | 'layout';
const wps = (t: string): string => `<p style="text-indent:2em;line-height:1.75"><span style="font-family:仿宋;font-size:16pt">${t}</span></p>`;
const cms = (t: string): string => `<div style="text-indent:2em">${t.replace(/[0-9０-９]+/g, (d) => `<span>${d}</span>`)}</div>`;
/** The paragraphs ("|" between blocks) under their heading, as a page pastes them, with `tables`' figures (none: {}). */
function run(t: string, tables: Record<string, number>, shape: Shape = 'word', head = '（二）依申请公开情况') {
  const block = shape === 'wps' ? wps : shape === 'cms' ? cms : word;
  const body = `<p>${head}</p>${t.split('|').map(block).join('')}`;
  const html = shape === 'layout'
    ? `<table width="100%"><tr><td>${body}</td></tr></table><table class="data" border="1"><tr><td>其他处理</td><td>1</td></tr></table>`
    : shape === 'cms' ? `<div class="TRS_Editor">${body}</div>` : body;
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div>${html}</div></body></html>`);
  return checkNarrative({ container: document.body, exclude: [...document.querySelectorAll('table.data')], figures: tables, figureRefs: {}, year: 2024, agency: '东湖省自然资源厅' });
}
const keys = (t: string, tables: Record<string, number>, shape?: Shape): string[] => findingKeys(run(t, tables, shape));
const SHAPES: readonly Shape[] = ['word', 'wps', 'cms', 'layout'];

describe('rt94 1: a count a list goes on with that is no result is no item of it', () => {
  it.each(NOT_ITEMS.map(([t, n], i) => [i, n, t] as const))('%i: silent (main: %i of 63, an error)', (_i, _n, t) => {
    for (const shape of SHAPES) {
      expect(keys(t, TABLES_NO_OTHER, shape), `${shape} ${t}`).toEqual([]);
      expect(keys(t, {}, shape), `${shape} ${t}`).toEqual([]);
    }
    expect(checksOf(run(t, {}), 'text.parts-sum')).toEqual(['pass 33件+7件+5件+15件+3件 = 63件']);
    // (the twin, an item one over: 64 of 63, an error with and without the tables)
    const w = t.replace('予以公开33件', '予以公开34件').replace('予以公开３３件', '予以公开３４件');
    expect(keys(w, {}), w).toEqual(['text.parts-sum:error:64:63']);
    expect(keys(w, TABLES_NO_OTHER), w).toContain('text.parts-sum:error:64:63');
  });
});

describe('rt94 2: a next block on another subject is no rest of the list', () => {
  it.each(OTHER_NEXT.map(([t, m], i) => [i, m, t] as const))('%i: the wrong list an error again (main: a %s)', (_i, _m, t) => {
    for (const shape of SHAPES) {
      expect(keys(t, WORD_2021_TABLES, shape), `${shape} ${t}`).toContain('text.parts-sum:error:62:63');
      expect(keys(t, {}, shape), `${shape} ${t}`).toEqual(['text.parts-sum:error:62:63']);
    }
    const right = t.replace('予以公开31件', '予以公开32件').replace(/不予处理3件。/, (x) => (t.includes('其他处理1件') ? x : '不予处理3件、其他处理1件。'));
    // (with the tables, the suit withdrawn meets table 四's: only the list's sum is asked here)
    expect(keys(right, WORD_2021_TABLES).filter((k) => k.startsWith('text.parts-sum')), right).toEqual([]);
    expect(keys(right, {}), right).toEqual([]);
  });
});

describe('rt94 3: a rest in a block wholly in brackets is summed', () => {
  it.each(NOTE_REST.map(([t, w], i) => [i, t, w] as const))('%i: silent; the twin 62 of 63 an error (main: both a skip)', (_i, t, w) => {
    for (const shape of SHAPES) {
      expect(keys(t, WORD_2021_TABLES, shape), t).toEqual([]);
      expect(keys(t, {}, shape), t).toEqual([]);
      expect(keys(w, {}, shape), w).toEqual(['text.parts-sum:error:62:63']);
    }
    expect(checksOf(run(t, {}), 'text.parts-sum')).toEqual(['pass 32件+7件+5件+15件+3件+1件 = 63件']);
  });
});

describe('rt94 4–6: guards (hold on main), and 5b', () => {
  it.each(STILL_ITEMS.map(([t, w], i) => [i, t, w] as const))('4.%i: a rest said as how it ended is still summed', (_i, t, w) => {
    expect(keys(t, WORD_2021_TABLES), t).toEqual([]);
    expect(keys(t, {}), t).toEqual([]);
    expect(keys(w, {}), w).toEqual(['text.parts-sum:error:64:63']);
  });
  it.each(COUNTED_ALREADY.map((t, i) => [i, t] as const))('4.c%i: a rest said counted already is no flag', (_i, t) => {
    expect(keys(t, WORD_2021_TABLES), t).toEqual([]);
    expect(keys(t, {}), t).toEqual([]);
  });
  it.each(THIS_YEARS.map((t, i) => [i, t] as const))('5.%i: this year\'s 累计 is an item of the year\'s list', (_i, t) => {
    expect(keys(t, {}, 'word'), t).toEqual([]);
    expect(checksOf(run(t, {}, 'word', '（一）主动公开情况'), 'text.parts-sum'), t).toEqual(['pass 350条+800条+100条 = 1250条']);
  });
  it.each(SEVERAL_YEARS_MORE.map((t, i) => [i, t] as const))('5b.%i: a running total over several years is no item (main: an error)', (_i, t) => {
    for (const tables of [WORD_2021_TABLES, {}]) expect(findingKeys(run(t, tables, 'word', '（一）主动公开情况')), t).toEqual([]);
    expect(checksOf(run(t, {}, 'word', '（一）主动公开情况'), 'text.parts-sum'), t).toEqual(['pass 350条+900条 = 1250条']);
    const w = t.replace(/工作动态(?:900|９００)条/, '工作动态1000条');
    expect(findingKeys(run(w, {}, 'word', '（一）主动公开情况')), w).toEqual(['text.parts-sum:error:1350:1250']);
  });
  it.each(INTAKE_OTHER.map((t, i) => [i, t] as const))('6.%i: another kind of intake beside the 新收 stays apart', (_i, t) => {
    expect(findingKeys(run(t, WORD_2021_TABLES, 'word', '一、总体情况')), t).toEqual(['text.vs-table:error:62:52']);
    expect(findingKeys(run(t, {}, 'word', '一、总体情况')), t).toEqual(['text.parts-sum:error:56:66']);
  });
});
