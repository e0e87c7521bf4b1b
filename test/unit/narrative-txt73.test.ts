/**
 * txt73 (session 57): the text readings txt69 and txt72 left.
 * 2. "较上年的3件减少2件，其中维持1件": the change's clause names last year's count as its base only; the 其中 after it is
 *    this year's (period.ts CHANGE_CLAUSE), as txt69's "较上年减少2件，其中…".
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse, WORD_2021_TABLES, word } from './narrative-tables.ts';

/** Paragraphs split at "|", each as Word pastes it, under the 依申请公开 heading. */
const page = (t: string, tables = true) =>
  runProse(`<p>（二）依申请公开情况</p>${t.split('|').map(word).join('')}`, tables ? WORD_2021_TABLES : {}, 2022, '东湖市云岭区卫生健康局');
const keys = (t: string, tables = true): string[] => findingKeys(page(t, tables));
const checks = (t: string, rule: string, tables = true): string[] =>
  page(t, tables).checks.filter((k) => k.rule === rule).map((k) => `${k.outcome} ${k.detail}`);

describe('txt73 2: "较上年的3件减少2件，其中…": the 其中 is this year\'s', () => {
  const PAIRS: readonly (readonly [string, string, string])[] = [
    ['全年被申请行政复议1件，较上年的3件减少2件，其中维持1件。', '全年被申请行政复议1件，较上年的3件减少2件，其中维持2件。', 'text.vs-table:error:1:2'],
    ['全年被申请行政复议1件，与上年的3件相比减少2件，其中维持1件。', '全年被申请行政复议1件，与上年的3件相比减少2件，其中纠正1件。', 'text.vs-table:error:0:1'],
    ['全年被申请行政复议1件，比上年的三件减少两件，其中结果维持1件。', '全年被申请行政复议1件，比上年的三件减少两件，其中结果纠正1件。', 'text.vs-table:error:0:1'],
    ['全年被提起行政诉讼1件，较上年的0件增加1件，其中尚未审结1件。', '全年被提起行政诉讼1件，较上年的0件增加1件，其中维持1件。', 'text.vs-table:error:0:1'],
  ];
  it.each(PAIRS)('true silent, twin caught: %s', (t, twin, key) => {
    expect(keys(t)).toEqual([]);
    expect(checks(t, 'text.change')).toEqual([expect.stringMatching(/^pass /)]);
    expect(keys(twin)).toEqual([key]);
  });
  it('last year\'s own figures stay last year\'s', () => {
    for (const t of [
      '全年被申请行政复议1件，较上年的3件减少2件，上年维持2件。',
      '全年被申请行政复议1件，较上年的3件减少2件，其中上年维持2件。',
      '全年被申请行政复议1件，较上年的3件减少2件（上年维持2件、纠正1件）。',
    ]) expect(keys(t), t).toEqual([]);
  });
});
