// @vitest-environment node
/**
 * txt69 (session 56): the text against tables 三 and 四.
 * 1. What txt68 left: after 办结/答复, the plain "其中上年结转4件" (no "，" after 其中) was no claim (SUBSET), its twin with 6
 *    where table 三's 上年结转 is 5 unflagged: now read at most the row (carried-among.ts carriedOfClosed). And "受理…60件已办结",
 *    "收到的60件申请均已办结": those received that were closed, at most 新收 + 上年结转 (vs-table-outcome.ts; was a false error,
 *    60 ≠ 62, or no claim at all).
 * 2. A red team of the text against table 四 (test/fixtures/txt69/cases.ts): 30 true passages in report pages whose table 四
 *    agrees, each with a wrong twin. On main: 0 false flags, 28 twins of 30 caught; the two missed, now caught: a 其中 after
 *    a change's clause ("…4件，较上年增加1件，其中维持3件": the 较上年 made the 其中 last year's, period.ts withoutChangeClauses)
 *    and a sentence table 四 split ("…被申请行政复议2件，" over it, "其中维持1件、纠正1件；…" under it: the topic read on
 *    from the paragraph that broke off at a comma, text-vs-table.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { parsePage } from '../../cli/load-page.ts';
import { skipNoteWords } from '../../components/text-finding-words.ts';
import { TXT69_CASES, type Txt69Case } from '../fixtures/txt69/cases.ts';
import { txt69Page } from '../fixtures/txt69/page.ts';
import { checksOf, findingKeys, onWord2021, runProse, word, WORD_2021_TABLES } from './narrative-tables.ts';
import { en } from './panel-helpers.ts';

/** word-2021-consistent's tables with one of the 5 carried in carried on again: 62 + 5 = 63 + 4 (as txt68's). */
const CARRIED5: Record<string, number> = { ...WORD_2021_TABLES, 't3.carried.total': 5, 't3.carriedForward.total': 4 };
const on5 = (t: string) => runProse(`<p>（二）依申请公开情况</p>${word(t)}`, CARRIED5, 2022, '东湖市云岭区卫生健康局');
const keys = (t: string): string[] => findingKeys(on5(t));
const vs = (t: string): string[] => checksOf(on5(t), 'text.vs-table');

describe('txt69: 上年结转 after 办结\'s plain 其中', () => {
  it('fewer than the row: a skip; equal: a pass (was no claim)', () => {
    expect(vs('全年办结63件，其中上年结转4件。')).toEqual(['skip 已办结（答复）申请所含的上年结转申请不一定是上年结转的全部（4 ≠ 表三“上年结转” 5）']);
    expect(vs('全年办结63件，其中上年结转5件。')).toEqual(['pass 5件 = 表三“上年结转” 5']);
  });
  it('TWINS: more than the row, an error (was unflagged)', () => {
    expect(keys('全年办结63件，其中上年结转6件。')).toEqual(['text.vs-table:error:5:6']);
    expect(keys('全年办结63件。其中上年结转7件。')).toEqual(['text.vs-table:error:5:7']);
    expect(keys('全年共答复政府信息公开申请63件，其中上年结转的６件。')).toEqual(['text.vs-table:error:5:6']);
  });
  it('true sentences stay silent, with 上年结转 5, 4 and no table', () => {
    for (const t of ['全年办结63件，其中上年结转4件。', '全年办结６３件，其中上年结转４件，本年新收５９件。', '全年办结63件。其中上年结转4件。', '全年共答复政府信息公开申请63件，其中上年结转的4件。']) {
      expect(keys(t), t).toEqual([]);
      expect(findingKeys(onWord2021(t)), t).toEqual([]);
      expect(findingKeys(onWord2021(t, false)), t).toEqual([]);
    }
  });
  it('not with words after the count, nor another scope before it', () => {
    expect(vs('全年办结63件，其中上年结转6件已办结。')).toEqual([]);
    expect(vs('全年办结63件，其中区本级上年结转6件。')).toEqual([]);
  });
});

describe('txt69: those received that were closed', () => {
  it('fewer than 新收 + 上年结转: a skip (was a false error, 60 ≠ 62, or no claim)', () => {
    expect(vs('全年受理政府信息公开申请60件已办结。')).toEqual(['skip 60件说的是其中已办结（答复）的，可能只是一部分（60 ≠ 表三“本年新收” 62；表三“本年新收”与“上年结转”之和 67）']);
    expect(vs('收到的60件申请均已办结。')[0]).toMatch(/^skip 60件说的是其中已办结/);
    expect(vs('本年收到的60件政府信息公开申请均已办结。')).toEqual(['skip 60件说的是其中已办结（答复）的，可能只是一部分（60 ≠ 表三“本年新收” 62）']);
    for (const t of ['全年受理政府信息公开申请60件已办结。', '收到的60件申请均已办结。', '本年收到的60件政府信息公开申请均已办结。']) expect(keys(t), t).toEqual([]);
  });
  it('TWINS: more than the row, an error', () => {
    expect(keys('全年受理政府信息公开申请70件已办结。')).toEqual(['text.vs-table:error:62:70']);
    expect(keys('收到的70件申请均已办结。')).toEqual(['text.vs-table:error:62:70']);
    expect(keys('本年收到的63件政府信息公开申请均已办结。')).toEqual(['text.vs-table:error:62:63']);
  });
  it('the whole, with a comma or 全部 before 办结, compared as before', () => {
    expect(keys('全年受理政府信息公开申请60件，均已办结。')).toEqual(['text.vs-table:error:62:60']);
    expect(vs('全年受理政府信息公开申请67件已全部办结。')).toEqual(['pass 67件 = 表三“本年新收”与“上年结转”之和 67']);
  });
  it('the skip worded in English', () => {
    const skip = on5('收到的60件申请均已办结。').checks.find((c) => c.rule === 'text.vs-table' && c.outcome === 'skip')!;
    expect(skipNoteWords(en, skip.note)).toMatch(/closed|answered/i);
  });
});

/** Table 四 as the narrative reads it: 复议, 未经复议直接起诉, 复议后起诉, each 维持·纠正·其他·尚未审结·总计. */
const T4 = (c: readonly number[]): Record<string, number> =>
  Object.fromEntries(['review', 'suitDirect', 'suitAfterReview'].flatMap((k, i) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((m, j) => [`t4.${k}.${m}`, c[i * 5 + j]!])));
const t4Prose = (html: string, c: readonly number[]) => runProse(`<p>四、政府信息公开行政复议、行政诉讼情况</p>${html}`, T4(c), 2023);

describe('txt69: table 四\'s misses', () => {
  const SUITS = [0, 0, 0, 0, 0, 3, 0, 0, 1, 4, 0, 0, 0, 0, 0];
  it('a 其中 after a change\'s clause is this year\'s (was no claim: 较上年 read as its period)', () => {
    expect(findingKeys(t4Prose(word('全年被提起行政诉讼4件，较上年增加1件，其中维持2件，尚未审结1件。'), SUITS))).toEqual(['text.vs-table:error:3:2']);
    expect(findingKeys(t4Prose(word('全年被申请行政复议4件，与上年相比减少2件，其中维持2件。'), [3, 0, 0, 1, 4, ...Array(10).fill(0)]))).toEqual(['text.vs-table:error:3:2']);
    expect(checksOf(t4Prose(word('全年被提起行政诉讼4件，较上年增加1件，其中维持3件，尚未审结1件。'), SUITS), 'text.vs-table')).toContain('pass 3件 = 表四两类行政诉讼“结果维持”之和 3');
  });
  it('last year\'s own figures stay last year\'s', () => {
    expect(checksOf(t4Prose(word('上年被提起行政诉讼4件，较上年增加1件，其中维持2件。'), SUITS), 'text.vs-table')).toEqual([]);
    expect(checksOf(t4Prose(word('全年被提起行政诉讼4件，较上年增加1件，上年维持2件。'), SUITS), 'text.vs-table')).toEqual(['pass 4件 = 表四两类行政诉讼“总计”之和 4']);
  });
  it('a paragraph broken off at a comma gives the next its topic (was no claim)', () => {
    const review = [1, 1, 0, 0, 2, ...Array(10).fill(0)];
    expect(findingKeys(t4Prose(`${word('2023年，我局被申请行政复议2件，')}${word('其中维持1件、纠正2件。')}`, review))).toEqual(['text.vs-table:error:1:2']);
    expect(findingKeys(t4Prose(`${word('2023年，我局被申请行政复议2件，')}${word('其中维持1件、纠正1件。')}`, review))).toEqual([]);
    // (not after a paragraph that ends its sentence)
    expect(findingKeys(t4Prose(`${word('2023年，我局被申请行政复议2件。')}${word('其中维持1件、纠正2件。')}`, review))).toEqual([]);
  });
});

describe('txt69: a group of suits named in a 含… parenthesis', () => {
  // 未经复议直接起诉 2 (维持 1, 尚未审结 1), 复议后起诉 1 (维持)
  const SUITS = [0, 0, 0, 0, 0, 1, 0, 0, 1, 2, 1, 0, 0, 0, 1];
  it('is the parenthesis\'s part: the 其中 after it divides all the suits (was a false error, 1 ≠ 复议后起诉\'s 0)', () => {
    const t = '全年被提起行政诉讼3件（含复议后起诉1件），其中2件维持，1件尚未审结。';
    expect(findingKeys(t4Prose(word(t), SUITS))).toEqual([]);
    expect(checksOf(t4Prose(word(t), SUITS), 'text.vs-table')).toContain('pass 1件 = 表四两类行政诉讼“尚未审结”之和 1');
    expect(findingKeys(t4Prose(word(t.replace('1件尚未审结', '2件尚未审结')), SUITS))).toContain('text.vs-table:error:1:2');
  });
  it('a group named outside a 含… parenthesis still reads as that group\'s', () => {
    expect(checksOf(t4Prose(word('全年被提起行政诉讼3件，其中复议后起诉1件，结果维持1件。'), SUITS), 'text.vs-table')).toContain('pass 1件 = 表四“复议后起诉”的“结果维持” 1');
    expect(checksOf(t4Prose(word('复议后起诉1件（维持1件）。'), SUITS), 'text.vs-table')).toContain('pass 1件 = 表四“复议后起诉”的“结果维持” 1');
  });
});

const analyze = (c: Txt69Case) => analyzeDocument(parsePage(txt69Page(c)), { url: 'https://www.example.gov.cn/txt69.html' });
const flagged = (c: Txt69Case): string[] => analyze(c).findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}:${f.expected}:${f.actual}`);
const twinOf = (c: Txt69Case): Txt69Case => {
  const t = c.twin;
  if ('twinT4' in t) return { ...c, t4: t.twinT4 };
  const swap = (ps?: readonly string[]) => ps?.map((p) => p.replace(t.from, t.to));
  return { ...c, ...(c.above ? { above: swap(c.above) } : {}), ...(c.below ? { below: swap(c.below) } : {}) };
};
/** The passage's prose stage alone, against its table 四 (a blank cell none): cheap, for the batch. */
const proseOf = (c: Txt69Case): string[] =>
  findingKeys(t4Prose([...(c.above ?? []), ...(c.below ?? [])].map((t) => (c.plain ? `<p>${t}</p>` : word(t))).join(''), c.t4.map((v) => (v === '' ? 0 : Number(v)))));

describe('txt69: the red team of table 四 (30 passages and their twins)', () => {
  it('each twin changes one figure', () => {
    for (const c of TXT69_CASES) expect(JSON.stringify(twinOf(c)), c.id).not.toBe(JSON.stringify(c));
    expect(TXT69_CASES).toHaveLength(30);
  });
  it('true passages: nothing flagged', () => {
    expect(TXT69_CASES.filter((c) => proseOf(c).length > 0).map((c) => [c.id, proseOf(c)])).toEqual([]);
  });
  it('twins: all caught', () => {
    expect(TXT69_CASES.filter((c) => proseOf(twinOf(c)).length === 0).map((c) => c.id)).toEqual([]);
  });
  // the whole page where the page is the point: a sentence split by table 四, a table of blanks, a 无 against the table
  it.each(['split-by-table', 'blank-table', 'none-happened', 's-more-than-last-year'])('the page of %s: silent, its twin caught', (id) => {
    const c = TXT69_CASES.find((x) => x.id === id)!;
    expect(flagged(c)).toEqual([]);
    expect(flagged(twinOf(c)).length).toBeGreaterThan(0);
  });
  it('the split sentence\'s twin points at its own figure', () => {
    expect(flagged(twinOf(TXT69_CASES.find((c) => c.id === 'split-by-table')!))).toEqual(['text.vs-table:error:1:2']);
  });
});
