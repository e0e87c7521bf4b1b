/**
 * rt98 (session 64): a red team of txt97's readings — a date within the report's year, "，其余为咨询" beside a 分别为 list, an
 * application's 终止 after table 三's results, 不予公开's rows after it, a running total to a named year's end — each a paragraph as
 * Word pastes it (digits in spans, <o:p>, "|" a new <p>, <br>, full-width digits), with word-2021-consistent's tables 三 and 四 (办结
 * 63: 32 + 7 + 5 + 15 + 3 + 1) and without, in the 2024 report. On main (c02c35e4):
 * 1. false flags, consistent text an error: "…（62），其余为咨询" (信访类, full-width, the very next block) though the writer says the
 *    rest are no results; "办结62件，其中…（62），另有1件…终止办理" (a 终止 beside the whole, as a withdrawal may be); "另有1件于2023年
 *    12月作其他处理" in the 2024 report summed as the year's (a year before the report's);
 * 2. false passes: the wrong list of 63 with that 2023 count (62 + 1); "截至2024年12月31日，累计收到申请62件，其中自然人50件，法人13件"
 *    silent — the running-total reading took the sentence's whole out, and its own list's sum with it;
 * 3. lost passes: the true twins of 2. silent;
 * 4. false flags older than txt97, the shape of its 不予公开 rows: 无法提供's and 不予处理's rows after their result summed (78:63, 66:63).
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { checkNarrative } from '../../lib/narrative/check-narrative.ts';
import { checksOf, findingKeys, WORD_2021_TABLES, word } from './narrative-tables.ts';

const APPLY = '（二）依申请公开情况';
const ACTIVE = '（一）主动公开情况';
function run(t: string, tables: Record<string, number>, head = APPLY, year: number | null = 2024) {
  const body = `<p>${head}</p>${t.split('|').map(word).join('')}`;
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div>${body}</div></body></html>`);
  return checkNarrative({ container: document.body, exclude: [], figures: tables, figureRefs: {}, year, agency: '东湖省自然资源厅' });
}
/** The text's own sum's outcome and its findings, without the tables and with them (the tables change nothing of it). */
const both = (t: string, head?: string): string[][] =>
  [{}, WORD_2021_TABLES].map((tb) => {
    const r = run(t, tb, head);
    return [...checksOf(r, 'text.parts-sum').map((c) => c.split(' ')[0]!), ...findingKeys(r).filter((k) => k.startsWith('text.parts-sum'))];
  });
const fw = (t: string): string => t.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const L5 = '全年共办结申请63件，分别为予以公开32件、部分公开7件、不予公开5件、无法提供15件、不予处理3件';
const Q62 = '全年共办结政府信息公开申请62件，其中予以公开32件，部分公开7件，不予公开5件，无法提供15件，不予处理3件';

describe('rt98 1: false flags on main — consistent text an error', () => {
  // [paragraph, what the writer says] — main: error 62:63 (63:64, 63:62) with the tables and without; now a skip
  const REST_OF_CONSULTATIONS = [
    `${L5}，其余为信访类。`,
    fw(`${L5}，其余为咨询。`),
    `${L5}、其他处理1件，其余为咨询。`.replace('63件', '64件'),
    `${L5}。|其余为咨询。`,
    `${L5}，其余均为咨询类。<br>`,
  ];
  it.each(REST_OF_CONSULTATIONS.map((t, i) => [i, t] as const))('%i: a rest of consultations is the whole\'s by a number unsaid: a skip (main: an error)', (_i, t) => {
    expect(both(t), t).toEqual([['skip'], ['skip']]);
    // (the list past its whole stays an error: no rest makes it smaller; the list that makes its whole passes)
    const over = t.replace(/予以公开(32|３２)件/, '予以公开40件');
    expect(both(over)[0]!.filter((k) => k.startsWith('text.')), over).toHaveLength(1);
    expect(both(over)[0]![0], over).toBe('fail');
  });
  it('a list that makes its whole with the rest of consultations after it passes, as on main', () => {
    expect(both(`${L5}、其他处理1件，其余为咨询。`)).toEqual([['pass'], ['pass']]);
  });

  const ENDED_BESIDE = [
    `${Q62}，另有1件申请因申请人死亡终止办理。`,
    `${Q62}，另有1件终止审查（已计入不予处理）。`,
    fw(`${Q62}，另有1件申请因申请人死亡终止办理。`),
  ];
  it.each(ENDED_BESIDE.map((t, i) => [i, t] as const))('%i: a 终止 beside a whole its list makes exactly: a skip, as a withdrawal (main: 63:62 an error)', (_i, t) => {
    expect(both(t), t).toEqual([['skip'], ['skip']]);
    // (a list past its whole without it stays an error)
    const w = t.replace(/予以公开(32|３２)件/, '予以公开34件');
    expect(both(w), w).toEqual([['fail', 'text.parts-sum:error:65:62'], ['fail', 'text.parts-sum:error:65:62']]);
  });

  it('a count answered in a year before the report\'s is no item of its list: the true list of 62 passes (main: 63:62)', () => {
    const t = `${L5.replace('63件', '62件')}，另有1件于2023年12月作其他处理。`;
    expect(both(t)).toEqual([['pass'], ['pass']]);
    expect(both(fw(t))).toEqual([['pass'], ['pass']]);
    expect(both(t.replace('予以公开32件', '予以公开33件'))).toEqual([['fail', 'text.parts-sum:error:63:62'], ['fail', 'text.parts-sum:error:63:62']]);
  });
});

describe('rt98 2: false passes on main — a wrong report silent or passed', () => {
  it('the wrong list of 63 with a count answered in 2023: a skip (main: 62 + 1 a pass)', () => {
    const t = `${L5}，另有1件于2023年12月作其他处理。`;
    expect(both(t)).toEqual([['skip'], ['skip']]);
    expect(both(`${L5}。|另有1件于2023年12月作其他处理。`)[0]).not.toContain('pass');
  });
  // [the true paragraph, the wrong twin's error]: a sentence opening with 截至 the year's end — the year's whole as often as not
  const OPENING = [
    ['截至2024年12月31日，累计收到政府信息公开申请62件，其中自然人申请50件，法人或其他组织申请12件。', 'text.parts-sum:error:63:62', APPLY],
    ['截至2024年底，累计主动公开政府信息1250条，其中政策文件350条，工作动态900条。', 'text.parts-sum:error:1350:1250', ACTIVE],
    ['截至２０２４年１２月３１日累计主动公开政府信息１２５０条，其中政策文件３５０条，工作动态９００条。', 'text.parts-sum:error:1350:1250', ACTIVE],
  ] as const;
  it.each(OPENING.map(([t, e, h], i) => [i, t, e, h] as const))('%i: its own list is summed: the true one passes, the twin an error (main: both silent)', (_i, t, e, h) => {
    expect(both(t, h), t).toEqual([['pass'], ['pass']]);
    const w = t.replace(/(12件|900条|９００条)。$/, (m) => (m === '12件。' ? '13件。' : '1000条。'));
    expect(both(w, h), w).toEqual([['fail', e], ['fail', e]]);
  });
  it('guards: txt97\'s running total after the list stays out of it (pass), its twin an error', () => {
    const t = '全年主动公开政府信息1250条，其中政策文件350条，工作动态900条，截至2024年底累计公开4000条。';
    expect(both(t, ACTIVE)).toEqual([['pass'], ['pass']]);
    expect(both(fw(t), ACTIVE)).toEqual([['pass'], ['pass']]);
    expect(both(t.replace('工作动态900条', '工作动态1000条'), ACTIVE)).toEqual([['fail', 'text.parts-sum:error:1350:1250'], ['fail', 'text.parts-sum:error:1350:1250']]);
  });
  it('guards: txt97\'s 终止 after a list of 63 passes, a list past its whole without it an error; a date in the report\'s year passes; 2025 a skip', () => {
    const q = `${Q62.replace('62件', '63件')}，另有1件终止审查。`;
    expect(both(q)).toEqual([['pass'], ['pass']]);
    expect(both(q.replace('予以公开32件', '予以公开34件'))).toEqual([['fail', 'text.parts-sum:error:65:63'], ['fail', 'text.parts-sum:error:65:63']]);
    expect(both(`${L5}，另有1件于2024年12月作其他处理。`)).toEqual([['pass'], ['pass']]);
    expect(both(`${L5}，另有1件于2025年1月作其他处理。`)).toEqual([['skip'], ['skip']]);
  });
});

describe('rt98 3: 无法提供\'s and 不予处理\'s rows after their result are its breakdown, as txt97 read 不予公开\'s', () => {
  const Q = '全年共办结政府信息公开申请63件，其中予以公开32件，部分公开7件，不予公开5件，无法提供15件';
  // main: each row summed as one more result, 78:63 and 66:63 errors on consistent paragraphs
  const TRUE = [
    `${Q}，本机关不掌握相关政府信息10件，没有现成信息需要另行制作5件，不予处理3件，其他处理1件。`,
    fw(`${Q}，本机关不掌握相关政府信息10件，没有现成信息需要另行制作5件，不予处理3件，其他处理1件。`) + '<br>',
    `${Q}，不予处理3件，信访举报投诉类申请2件，重复申请1件，其他处理1件。`,
    `${Q}，不予处理3件，其他处理1件，要求提供公开出版物1件，无正当理由大量反复申请2件。`,
  ];
  it.each(TRUE.map((t, i) => [i, t] as const))('%i: silent, the list of six passes (main: the rows summed, an error)', (_i, t) => {
    expect(both(t), t).toEqual([['pass'], ['pass']]);
    // (the wrong twin, 33 for 32, an error of the six)
    const w = t.replace(/予以公开(32|３２)件/, '予以公开33件');
    expect(both(w), w).toEqual([['fail', 'text.parts-sum:error:64:63'], ['fail', 'text.parts-sum:error:64:63']]);
  });
  it('guards: rows past their result stay summed (an error), a 信访 count of another kind stays an item (as on main)', () => {
    expect(both(`${Q}，本机关不掌握相关政府信息10件，没有现成信息需要另行制作8件，不予处理3件，其他处理1件。`)).toEqual([['fail', 'text.parts-sum:error:81:63'], ['fail', 'text.parts-sum:error:81:63']]);
    expect(both('全年共受理政府信息公开申请63件，其中予以公开32件，部分公开7件，不予公开5件，不予处理3件，转办信访件1件，其他处理1件，无法提供14件。')).toEqual([['pass'], ['pass']]);
  });
});
