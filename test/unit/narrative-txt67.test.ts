/**
 * txt67 (session 55): what txt66 and en66 left, on word-2021-consistent's tables (新收 62, 上年结转 4, 办结 63, 结转下年度 3):
 * 1. "…其中上年结转4件，本年新收60件已办结": those of the new closed, at most 本年新收 (vs-table-outcome.ts CLOSED_OF_ROW) —
 *    was a false error, 62 ≠ 60; fewer a skip, more (or "已全部办结", "均已办结": the row's whole) compared as before;
 * 2. "结转下年度2件，另有1件因需第三方意见延期答复": the extended one may be the third carried on (vs-table-outcome.ts
 *    extendedBeside) — was a false error, 3 ≠ 2; their sum that fits a pass, between the one and the sum a skip, else as before;
 * 3. "…66件。其中，上年结转4件，本年新收61件": a 其中 opening the next sentence, "其中，" a clause of its own
 *    (carried-among.ts newBesideCarried with the sentence before) — the 新收 was unread, the twin missed.
 */
import { describe, expect, it } from 'vitest';
import { skipNoteWords } from '../../components/text-finding-words.ts';
import { renderTextNote } from '../../lib/narrative/note-words.ts';
import { checksOf, findingKeys, onWord2021 } from './narrative-tables.ts';
import { en } from './panel-helpers.ts';

const keys = (t: string, tables = true): string[] => findingKeys(onWord2021(t, tables));
const vs = (t: string): string[] => checksOf(onWord2021(t), 'text.vs-table');

/** True sentences (several wordings real reports use), each silent with the tables and without. */
export const TXT67_TRUE: readonly string[] = [
  '全年共受理政府信息公开申请66件，其中上年结转4件，本年新收60件已办结。',
  '本年度共受理政府信息公开申请６６件，其中：上年结转４件，本年新收６０件已办结。',
  '全年共办理政府信息公开申请66件，其中上年结转4件，本年新收60件已依法答复。',
  '2022年共受理申请66件，其中上年结转4件，本年新收59件已按时办结。',
  '本年新收政府信息公开申请62件，上年结转3件已办结。',
  '结转下年度2件，另有1件因需第三方意见延期答复。',
  '全年办结63件，结转下年度2件，另有1件申请因需征求第三方意见延期答复。',
  '结转下年度2件；另有1件因征求第三方意见依法延长答复期限。',
  '结转下年度2件。另有1件因需征求第三方意见，依法延期答复。',
  '结转下年度２件，另有１件因需第三方意见延期答复。',
  '结转下年度2件，另有2件因需第三方意见延期答复。',
  '本年度共受理政府信息公开申请66件。其中，上年结转4件，本年新收62件。',
  '本年度共受理政府信息公开申请66件。其中：本年新收62件，上年结转4件。',
  '全年共收到政府信息公开申请66件。其中，本年新收62件，上年结转4件。',
  '全年共受理政府信息公开申请66件，其中，上年结转4件，本年新收62件。',
  '全年办结63件。其中，上年结转4件，本年新收59件。',
];
/** Wrong twins: one figure changed, each must be flagged. */
export const TXT67_TWINS: readonly string[] = [
  '全年共受理政府信息公开申请66件，其中上年结转4件，本年新收65件已办结。',
  '全年共受理政府信息公开申请66件，其中上年结转4件，本年新收61件已全部办结。',
  '全年共受理政府信息公开申请66件，其中上年结转4件，本年新收61件，均已办结。',
  '本年新收政府信息公开申请62件，上年结转5件已办结。',
  '结转下年度4件，另有1件因需第三方意见延期答复。',
  '结转下年度1件，另有1件因需第三方意见延期答复。',
  '全年办结63件，结转下年度5件，另有1件申请因需征求第三方意见延期答复。',
  '本年度共受理政府信息公开申请66件。其中，上年结转4件，本年新收61件。',
  '本年度共受理政府信息公开申请６６件。其中：本年新收６１件，上年结转４件。',
  '全年共受理政府信息公开申请66件，其中，上年结转4件，本年新收61件。',
];

describe('txt67 1: a row\'s count with 已办结 after it', () => {
  it('fewer than the row: a skip (was a false error, 62 ≠ 60)', () => {
    expect(keys('全年共受理政府信息公开申请66件，其中上年结转4件，本年新收60件已办结。')).toEqual([]);
    expect(vs('全年共受理政府信息公开申请66件，其中上年结转4件，本年新收60件已办结。')).toContain('skip 60件说的是其中已办结（答复）的，可能只是一部分（60 ≠ 表三“本年新收” 62）');
  });
  it('TWINS: more than the row, or the whole ("已全部办结", "均已办结") that does not fit: an error', () => {
    expect(keys(TXT67_TWINS[0]!)).toEqual(['text.vs-table:error:62:65']);
    expect(keys(TXT67_TWINS[1]!)).toEqual(['text.vs-table:error:62:61']);
    expect(keys(TXT67_TWINS[3]!)).toEqual(['text.vs-table:error:4:5']);
  });
});

describe('txt67 2: another count beside those carried on, its reply time extended', () => {
  it('their sum fits: a pass (was a false error, 3 ≠ 2)', () => {
    expect(vs('结转下年度2件，另有1件因需第三方意见延期答复。')).toEqual(['pass 2件+1件 = 表三“结转下年度继续办理” 3']);
    expect(vs('结转下年度2件。另有1件因需征求第三方意见，依法延期答复。')).toEqual(['pass 2件+1件 = 表三“结转下年度继续办理” 3']);
  });
  it('the table between the one and the sum: a skip', () => {
    expect(vs('结转下年度2件，另有2件因需第三方意见延期答复。')[0]).toMatch(/^skip 正文另有延期答复的2件/);
  });
  it('TWINS: neither reading fits, or the one alone is more: an error', () => {
    expect(keys(TXT67_TWINS[4]!)).toEqual(['text.vs-table:error:3:4']);
    expect(keys(TXT67_TWINS[5]!)).toEqual(['text.vs-table:error:3:1']);
  });
  it('not another kind of count ("另有1件不予处理"), nor one into a year named (carried-after.ts reads it)', () => {
    expect(keys('结转下年度2件，另有1件不予处理。')).toEqual(['text.vs-table:error:3:2']);
    expect(keys('结转下年度2件，另有1件因需第三方意见延期至2023年答复。')).toEqual([]);
  });
});

describe('txt67 3: a 其中 opening the next sentence, "其中，" a clause of its own', () => {
  it('本年新收 compared (was unread)', () => {
    expect(vs('本年度共受理政府信息公开申请66件。其中，上年结转4件，本年新收62件。')).toContain('pass 62件 = 表三“本年新收” 62');
    expect(vs('全年共受理政府信息公开申请66件，其中，上年结转4件，本年新收62件。')).toContain('pass 62件 = 表三“本年新收” 62');
  });
  it('TWINS: an error', () => {
    // (and the list of the year's two sources short of its whole since hunt102: parts-sources.ts)
    for (const t of TXT67_TWINS.slice(7)) expect(keys(t), t).toEqual(['text.parts-sum:error:65:66', 'text.vs-table:error:62:61']);
  });
  it('silent after 办结', () => {
    expect(keys('全年办结63件。其中，上年结转4件，本年新收58件。')).toEqual([]);
  });
});

describe('txt67: the two skips worded in both languages (their reasons coded)', () => {
  it.each([
    ['全年共受理政府信息公开申请66件，其中上年结转4件，本年新收60件已办结。', '"60件" are those of them already closed (answered), which may be only some of them'],
    ['结转下年度2件，另有2件因需第三方意见延期答复。', 'The text also has "2件" whose reply time was extended: some of them may still have been open at the year\'s end and counted as carried over'],
  ])('%s', (t, english) => {
    const skip = onWord2021(t).checks.find((c) => c.rule === 'text.vs-table' && c.outcome === 'skip')!;
    expect(renderTextNote(skip.note!)).toBe(skip.detail);
    expect(skipNoteWords(en, skip.note)).toContain(english);
  });
});

describe('txt67: the batch', () => {
  it.each(TXT67_TRUE.map((t) => [t]))('true: %s', (t) => {
    expect(keys(t), 'with tables').toEqual([]);
    expect(keys(t, false), 'no table').toEqual([]);
  });
  it('twins: all caught (7 of 10 before)', () => {
    expect(TXT67_TWINS.filter((t) => keys(t).length === 0)).toEqual([]);
  });
});
