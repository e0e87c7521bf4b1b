/**
 * Table 三's results read from the paragraph's topic (paragraph-topic.ts resultWordsAt): under
 * "（二）依申请公开情况", "全年办结88件，其中予以公开和部分公开的共50件" names no 申请 in its
 * sentence, yet 予以公开, 部分公开… are words of disclosure applications alone, and the 办结 they
 * divide is theirs. 办结 alone, or 办结 of other work (政务服务, 12345热线), stays unread.
 * Tables: 新收 86, 上年结转 5, 办结 88 (予以公开 42, 部分公开 11, 不予公开 6…), 结转 3.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, flagged, runProse } from './narrative-tables.ts';

const DEPT = '东湖市发展和改革委员会';
const run = (heading: string, text: string) => runProse(`<p>${heading}</p><p>${text}</p>`, BUREAU_TABLES, 2023, DEPT);
const fired = (heading: string, text: string) => flagged(run(heading, text)).map((f) => `${f.expected}:${f.actual}`);
const vsTable = (heading: string, text: string) =>
  run(heading, text).checks.filter((c) => c.rule === 'text.vs-table').map((c) => `${c.outcome} ${c.quote}`);

describe('results of the applications, in a paragraph about them', () => {
  it.each([
    ['（二）依申请公开情况', '全年办结88件，其中予以公开和部分公开的共50件。', ['53:50']],
    ['三、收到和处理政府信息公开申请情况', '全年办结88件，其中予以公开和部分公开的共50件。', ['53:50']],
    ['（二）依申请公开', '全年办结87件，其中予以公开42件，部分公开11件，不予公开7件。', ['88:87', '6:7']],
    ['（二）依申请公开情况', '全年共办结88件。其中予以公开42件，部分公开11件，不予处理4件。', ['5:4']],
  ])('%s %s: compared', (heading, text, flags) => {
    expect(fired(heading, text)).toEqual(flags);
    // the same with the table's figures: every claim passes
    const right = text.replace('共50件', '共53件').replace('办结87件', '办结88件').replace('不予公开7件', '不予公开6件').replace('不予处理4件', '不予处理5件');
    expect(fired(heading, right)).toEqual([]);
    expect(vsTable(heading, right).every((c) => c.startsWith('pass'))).toBe(true);
    expect(vsTable(heading, right).length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    // 办结 alone: a word of much other work, not read so far off
    ['（二）依申请公开情况', '全年办结80件。'],
    // other work's 办结, and the 其中 after it, whatever its words
    ['（三）政务服务', '全年办结88件，其中予以公开和部分公开的共50件。'],
    ['（三）政务服务情况', '全年办结政务服务事项12560件，按时办结率100%。'],
    ['（二）依申请公开情况', '12345热线全年办结88件，其中予以公开和部分公开的共50件。'],
    ['（二）依申请公开情况', '全年政务服务大厅办结880件，其中予以公开和部分公开的共50件。'],
    ['（四）12345热线', '全年办结热线工单1468件，其中予以公开12件。'],
  ])('%s %s: silent', (heading, text) => {
    expect(fired(heading, text)).toEqual([]);
    expect(vsTable(heading, text)).toEqual([]);
  });
});
