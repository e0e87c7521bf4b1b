/**
 * txt68 (session 55): what txt67 left — after a count of those answered (办结/答复), a "其中，" ("其中：") of its own, or a
 * 其中 opening the next sentence, before a bare 上年结转 count: "全年办结63件。其中，上年结转4件，本年新收59件". Those are the
 * answered that were carried in, maybe fewer than table 三's 上年结转 (one of last year's carried on again): was compared with
 * the row, a false error where the table's 上年结转 is 5 (4 ≠ 5). Now at most the row (carried-among.ts carriedOfClosed,
 * vs-table-outcome.ts): equal a pass, fewer a skip (carriedAnswered, as "办结88件，含上年结转5件"), more still an error.
 * After 受理/收到/办理 (the row's whole, holdsCarried) compared as before.
 */
import { describe, expect, it } from 'vitest';
import { skipNoteWords } from '../../components/text-finding-words.ts';
import { checksOf, findingKeys, onWord2021, runProse, word, WORD_2021_TABLES } from './narrative-tables.ts';
import { en } from './panel-helpers.ts';

/** word-2021-consistent's tables with one of the 5 carried in carried on again: 62 + 5 = 63 + 4. */
const CARRIED5: Record<string, number> = { ...WORD_2021_TABLES, 't3.carried.total': 5, 't3.carriedForward.total': 4 };
const on5 = (t: string) => runProse(`<p>（二）依申请公开情况</p>${word(t)}`, CARRIED5, 2022, '东湖市云岭区卫生健康局');
const keys = (t: string): string[] => findingKeys(on5(t));
const vs = (t: string): string[] => checksOf(on5(t), 'text.vs-table');

/** True sentences (4 of the 5 carried in answered), each silent with these tables, word-2021's (4) and none. */
export const TXT68_TRUE: readonly string[] = [
  '全年办结63件。其中，上年结转4件，本年新收59件。',
  '全年办结63件，其中，上年结转4件，本年新收59件。',
  '全年办结63件，其中，上年结转4件。',
  '全年办结６３件。其中：上年结转４件，本年新收５９件。',
  '全年办结63件，其中：本年新收59件，上年结转4件。',
  '全年共答复政府信息公开申请63件。其中，上年结转4件，本年新收59件。',
  '本年新收政府信息公开申请62件，办结63件。其中，上年结转的申请4件。',
  '全年共办结政府信息公开申请63件（含本级），其中，上年结转4件，本年新收59件。',
];
/** Wrong twins: more of last year's answered than were carried in — each still an error. */
export const TXT68_TWINS: readonly string[] = [
  '全年办结63件，其中，上年结转6件，本年新收57件。',
  '全年办结63件。其中，上年结转6件。',
  '全年办结63件，其中：本年新收57件，上年结转6件。',
  '全年共答复政府信息公开申请63件。其中，上年结转７件，本年新收５６件。',
];

describe('txt68: a carried count after 办结\'s "其中，"', () => {
  it('fewer than the row: a skip (was a false error, 4 ≠ 5)', () => {
    expect(vs('全年办结63件。其中，上年结转4件，本年新收59件。')).toEqual(['skip 已办结（答复）申请所含的上年结转申请不一定是上年结转的全部（4 ≠ 表三“上年结转” 5）']);
    expect(vs('全年办结63件，其中：本年新收59件，上年结转4件。')[0]).toMatch(/^skip 已办结（答复）申请所含的上年结转/);
  });
  it('equal: a pass', () => {
    expect(vs('全年办结63件，其中，上年结转5件，本年新收58件。')).toEqual(['pass 5件 = 表三“上年结转” 5']);
  });
  it('TWINS: more than the row, an error', () => {
    for (const t of TXT68_TWINS) expect(keys(t), t).toEqual([`text.vs-table:error:5:${t.includes('７') ? 7 : 6}`]);
  });
  it('after 受理/办理 (the row\'s whole) compared as before', () => {
    expect(keys('全年共受理政府信息公开申请67件。其中，上年结转4件，本年新收63件。')).toEqual(['text.vs-table:error:5:4', 'text.vs-table:error:62:63']);
    expect(keys('全年共办理政府信息公开申请67件，其中，上年结转4件。')).toEqual(['text.vs-table:error:5:4']);
  });
  it('the skip worded in English', () => {
    const skip = on5('全年办结63件，其中，上年结转4件。').checks.find((c) => c.rule === 'text.vs-table' && c.outcome === 'skip')!;
    expect(skipNoteWords(en, skip.note)).toMatch(/carried over/i);
  });
});

describe('txt68: the batch', () => {
  it.each(TXT68_TRUE.map((t) => [t]))('true: %s', (t) => {
    expect(keys(t), 'carried 5').toEqual([]);
    expect(findingKeys(onWord2021(t)), 'carried 4').toEqual([]);
    expect(findingKeys(onWord2021(t, false)), 'no table').toEqual([]);
  });
  it('twins: all caught', () => {
    expect(TXT68_TWINS.filter((t) => keys(t).length === 0)).toEqual([]);
  });
});
