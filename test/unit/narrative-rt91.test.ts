/**
 * rt91 (session 62): red team of txt90's text readings (narrative-rt91-sentences.ts), with word-2021-consistent's tables and
 * without. On main 3772152c: 21 false passes of A (a wrong 新收 52 summed with another sentence's 10 into the table's 62, where
 * the 10 is another year's, another body's, other work's — 咨询, 信访, 留言, a hall's —, the same applications again — 补正, 重复
 * —, a part of the year, sent out, among the 新收, or said not counted or counted already: twins 0–20 silent); 9 true paragraphs
 * flagged (27: a sentence wrapped over two <p>s, its intake not summed; 28, 29: a year-led ；-clause's count said to be a part
 * after it — "4件为法人或其他组织提出" — compared as the 新收, 62:4; 31–36: a 分别为 list going on past what was read — a count
 * past the ；, "另有1件", "剩余1件", "其余为…", the next sentence "其他处理1件。"/"其余3件为…" — made complete, 62:63). Fixed:
 * intakes-beside.ts intakeAcross (NOT_BESIDE, HALL, OTHER_BODY, COUNTED_OR_NOT, the report's year, the paragraph before when it
 * ends on a ，), appsStatedAnew (PART_AFTER), results-after-whole.ts moreAfter. Pinned: twins missed with their reasons below.
 */
import { describe, expect, it } from 'vitest';
import { checksOf, findingKeys } from './narrative-tables.ts';
import { rt78Page as run, type Head } from './narrative-rt78-sentences.ts';
import { RT91 } from './narrative-rt91-sentences.ts';

/** Each page read once. */
const seen = new Map<string, ReturnType<typeof run>>();
const rt78Page = (h: Head, t: string, tables = true): ReturnType<typeof run> => {
  const key = `${h}${tables ? 1 : 0}${t}`;
  if (!seen.has(key)) seen.set(key, run(h, t, tables));
  return seen.get(key)!;
};

/** rt92 changed these ON PURPOSE: a sum with the sentence beside's intake (21–27) was a pass; now a warning that states it (the lead's issue #3). */
const ACROSS = new Set([21, 22, 23, 24, 25, 26, 27]);

describe('rt91: true paragraphs raise nothing, with the tables and without (a sum across sentences: a warning, rt92)', () => {
  it.each(RT91.map(([h, t], i) => [i, h, t] as const))('%i', (i, h, t) => {
    expect(findingKeys(rt78Page(h, t)), t).toEqual(ACROSS.has(i) ? ['text.vs-table:warning:62:52'] : []);
    expect(findingKeys(rt78Page(h, t, false)), t).toEqual(ACROSS.has(i) ? ['text.parts-sum:warning:56:66'] : []);
  });
});

const A_CAUGHT = [['text.vs-table:error:62:52'], ['text.parts-sum:error:56:66']] as const;
const A_READ = [['text.vs-table:error:62:50'], ['text.parts-sum:error:54:66']] as const;
/** [index into RT91, the twin's findings with the tables, without] or [index, why it is missed]. */
const TWINS: readonly (readonly [number, readonly string[], readonly string[]] | readonly [number, string])[] = [
  ...Array.from({ length: 18 }, (_, i) => [i, A_CAUGHT[0], A_CAUGHT[1]] as const),
  [18, ['text.vs-table:error:62:52'], []],
  [19, ['text.vs-table:error:62:52'], []],
  [20, ['text.vs-table:error:62:52'], []],
  ...Array.from({ length: 7 }, (_, i) => [21 + i, A_READ[0], A_READ[1]] as const),
  [28, '"其中自然人申请59件；全年收到政府信息公开申请4件为法人…" (63 of 62): the year-led clause still ends the 其中 list at its ； (qizhong-ends YEAR_ANEW), so 59 + 4 is not summed; main "caught" it by comparing the part 4 with the 新收 62 — its true paragraph too (a false flag, fixed)'],
  [29, '"其中通过网络48件；全年收到政府信息公开申请15件系信函" (63 of 62): as 28'],
  [30, ['text.vs-table:error:62:64'], []],
  // (31, 32, 34–36 changed ON PURPOSE by txt93: the counts the list goes on with are its items — 42+7+5+15+3+1 = 73, was 69
  // without the ；'s two; 35's 部分公开8 summed with the next sentence's 其他处理1 makes 64 of 63, was silent without the tables)
  [31, ['text.parts-sum:error:73:63'], ['text.parts-sum:error:73:63']],
  [32, ['text.parts-sum:error:73:63'], ['text.parts-sum:error:73:63']],
  [33, ['text.parts-sum:error:72:63'], ['text.parts-sum:error:72:63']],
  [34, ['text.parts-sum:error:73:63'], ['text.parts-sum:error:73:63']],
  [35, ['text.parts-sum:error:64:63', 'text.vs-table:error:7:8'], ['text.parts-sum:error:64:63']],
  [36, ['text.parts-sum:error:24:20'], ['text.parts-sum:error:24:20']],
  [37, '"办结63件，分别为网上申请47件、当面申请6件、信函申请9件": channels after a whole of those answered are not read as its list (as on main)'],
  [38, '"分别为上年结转4件、本年新收58件" of 办结63: the year\'s origin is not read as a list of the 办结 (as on main)'],
  [39, '"答复63件，分别为按时答复60件、延期答复2件": timing is not read as a list (as on main)'],
  [40, '"办结63件，分别为自然人申请59件、法人或其他组织申请3件": applicants after 办结 are not read as its list (as on main)'],
  [41, '"办结63件，涉及…两类，分别为68件、16件": a lead with other words is no list of the whole (as on main)'],
  [42, '"近1250条，其中…900条，通知公告400条": a round whole is not summed against (txt90 left it)'],
  [43, '"1250多条，其中…900条，通知公告1400条": as 42'],
  [44, '"1250条左右": as 42'],
  [45, '"1.2万条，其中…9000条，通知公告5000条": a whole in 万 stands for a range; the exact items past it are not judged (parts-judge: the whole\'s ulp)'],
  [46, '"其中通过门户网站发布1300条" of 1250: a list of channels may count one item twice (a skip, as on main), though one channel past the whole is wrong whatever the overlap'],
];

describe('rt91: wrong twins caught, or kept with their reasons', () => {
  it('every paragraph has its twin\'s line', () => expect(TWINS.map((x) => x[0])).toEqual(RT91.map((_, i) => i)));
  it.each(TWINS.map((x) => [x[0], x] as const))('%i', (i, x) => {
    const [h, , w] = RT91[i]!;
    const got = [findingKeys(rt78Page(h, w)), findingKeys(rt78Page(h, w, false))];
    if (x.length === 2) expect(got, x[1]).toEqual([[], []]);
    else expect(got, w).toEqual([x[1], x[2]]);
  });
});

describe('rt91: what the readings say', () => {
  it('no sum with an intake that is not beside the 新收: the twin\'s 52 fails alone', () => {
    for (let i = 0; i <= 20; i++) {
      const [h, , w] = RT91[i]!;
      expect(checksOf(rt78Page(h, w), 'text.vs-table').filter((c) => c.includes('+')), w).toEqual([]);
    }
  });
  it('still summed (a warning since rt92): the year\'s own dates, its portal, 申请人 before the applications, a hall naming them, a body forwarding, a sentence wrapped over two <p>s', () => {
    for (let i = 21; i <= 27; i++) {
      const [h, t] = RT91[i]!;
      expect(checksOf(rt78Page(h, t), 'text.vs-table'), t).toContain('fail 52 ≠ 表三“本年新收” 62；10件+52件 = 表三“本年新收” 62（10件是前一句另写的申请，跨句相加，只作提示）');
      expect(checksOf(rt78Page(h, t, false), 'text.parts-sum'), t).toEqual(['fail 52件+4件 = 56件，63件+3件 = 66件，收支不平衡；10件+52件+4件 = 63件+3件 = 66件（10件是前一句另写的申请，跨句相加，只作提示）']);
    }
  });
  it('a 分别为 list that goes on past what was read is no complete list: short of its whole, a skip (with its rest\'s count, summed: txt93)', () => {
    expect(checksOf(rt78Page('b', RT91[33]![1], false), 'text.parts-sum')).toEqual(['skip 所列各项之和62件小于总数63件，列举可能不完整']);
    expect(checksOf(rt78Page('s', RT91[36]![1], false), 'text.parts-sum')).toEqual(['pass 12件+5件+3件 = 20件']);
  });
});
