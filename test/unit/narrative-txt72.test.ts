/**
 * txt72 (session 57): what session 56's text readers left (lib/narrative/tenths.ts, …).
 * 1. tenths.ts's skip reasons and errors said through note codes (tenthsLoose, halfLoose, tenthsShare, halfChange): the
 *    English panel words them (they were the core's Chinese, no note), the Chinese to the character as before.
 * 2. A share found wrong whose printed % is what its part makes of another count of its sentence says so after the error
 *    (share-slip.ts): "新收62件，办结63件，其中予以公开32件，占新收申请的50.8%" — 50.8% is 32 ÷ 63.
 * 3. 近一半 (45–50%, as 近五成) in a change, 一半 as a share (五成), and a share's whole named in words ("占新收申请的九成",
 *    "占全部申请的近一半"): read where the words name the 其中's whole (or all of it), else a skip that says so.
 * 4. Last year's count in Chinese numerals right before a change's verb ("较上年的九场增加三场"): a count
 *    (chinese-numerals.ts), so the change is read as its digits are ("较上年的9场增加3场").
 * 5. A growth in % before its verb ("较上年的49.9万人次实现17.43%增长", "实现了20%的增长", "出现20%的下降"): a change claim
 *    (percent-before-verb.ts), as "增长17.43%" is.
 */
import { describe, expect, it } from 'vitest';
import { findingWords } from '../../components/finding-words.tsx';
import { skipNoteWords } from '../../components/text-finding-words.ts';
import { renderTextNote } from '../../lib/narrative/note-words.ts';
import type { NotePart } from '../../lib/types.ts';
import { findingKeys, runProse, WORD_2021_TABLES, word } from './narrative-tables.ts';
import { en, zh } from './panel-helpers.ts';
import { englishClean } from './text-note-helpers.ts';

const page = (t: string, tables = true) =>
  runProse(`<p>（二）依申请公开情况</p>${t.split('\n').map(word).join('')}`, tables ? WORD_2021_TABLES : {}, 2022, '东湖市云岭区卫生健康局');
const keys = (t: string, tables = true): string[] => findingKeys(page(t, tables));
const checks = (t: string, tables = true): string[] =>
  page(t, tables).checks.filter((k) => k.rule === 'text.share' || k.rule === 'text.change').map((k) => `${k.outcome} ${k.detail}`);

describe('txt72 1: tenths.ts speaks through codes', () => {
  it.each([
    ['全年新收政府信息公开申请62件，其中自然人提出57件，占比近九成。', '57件 ÷ 62件 = 91.9%，正文“占比近九成”；“成”是约数，差距在五个百分点内，不作判断',
      '"57件" ÷ "62件" = 91.9%, the text says "占比近九成"; a share said in tenths is approximate, and the gap is within five percentage points: not judged'],
    ['全年新收政府信息公开申请62件，较上年的110件减少一半。', '(62件 − 110件) ÷ 110件 = −43.6%，正文“减少一半”；“一半”是约数，差距在五个百分点内，不作判断',
      '("62件" − "110件") ÷ "110件" = −43.6%, the text says "减少一半"; "a half" is approximate, and the gap is within five percentage points: not judged'],
  ])('a loose word\'s skip: %s', (t, detail, english) => {
    const k = page(t).checks.find((c) => c.outcome === 'skip' && /约数/.test(c.detail))!;
    expect(k.detail).toBe(detail);
    expect(renderTextNote(k.note as NotePart)).toBe(detail);
    expect(skipNoteWords(zh, k.note as NotePart)).toBe(detail);
    expect(skipNoteWords(en, k.note as NotePart)).toBe(english);
  });
  it.each([
    ['全年新收政府信息公开申请62件，其中自然人提出46件，占九成。', '正文称46件“占九成”，按62件计算为74.2%，与“占九成”不符。',
      'The text says "46件" is "占九成"; of "62件" it is 74.2%, which "占九成" does not fit.'],
    ['全年新收政府信息公开申请62件，较上年的84件减少一半。', '正文称62件较84件“减少一半”，实际减少26.2%。',
      'The text says "62件" against "84件" is "减少一半"; it actually fell by 26.2%.'],
    ['全年新收政府信息公开申请62件，较上年的51件增加了一半。', '正文称62件较51件“增加了一半”，实际增加21.6%。',
      'The text says "62件" against "51件" is "增加了一半"; it actually rose by 21.6%.'],
  ])('an error: %s', (t, message, english) => {
    const [f] = page(t).findings.filter((x) => x.severity === 'error');
    expect(f!.message).toBe(message);
    expect(f!.note).toBeDefined();
    expect(findingWords(zh, f!).text).toBe(message);
    const w = findingWords(en, f!);
    expect(w.text).toBe(english);
    expect(englishClean(w.text, f!.note as NotePart)).toBe(true);
  });
  it('the checks\' details as before', () => {
    expect(checks('全年新收政府信息公开申请62件，其中自然人提出56件，占九成。')).toEqual(['pass 56件 ÷ 62件 = 90.3%，正文“占九成”']);
    expect(checks('全年新收政府信息公开申请62件，同比下降了一半（2021年为125件）。')).toEqual(['pass (62件 − 125件) ÷ 125件 = −50.4%，正文“下降了一半”']);
    expect(keys('全年新收政府信息公开申请62件，其中自然人提出46件，占九成。')).toEqual(['text.share:error:74.2:90']);
  });
});

describe('txt72 2: a share\'s printed % that is its part\'s of another count of the sentence says so', () => {
  const SLIP = [
    // [true, its twin, the twin's message]
    ['本年度新收政府信息公开申请62件，办结63件，其中予以公开32件，占新收申请的51.6%。', '本年度新收政府信息公开申请62件，办结63件，其中予以公开32件，占新收申请的50.8%。',
      '正文称32件占50.8%，按总数62件计算应为51.6%；正文的50.8%恰是32件按“办结63件”计算所得，可能误用了该数作基数。'],
    ['全年新收政府信息公开申请６２件，全年办结申请６３件，其中予以公开３２件，占本年新收总数的51.61%。', '全年新收政府信息公开申请６２件，全年办结申请６３件，其中予以公开３２件，占本年新收总数的50.79%。',
      '正文称32件占50.79%，按总数62件计算应为51.61%；正文的50.79%恰是32件按“全年办结申请６３件”计算所得，可能误用了该数作基数。'],
  ] as const;
  it.each(SLIP)('true silent, the twin\'s error names the count its %% is of: %s', (t, twin, message) => {
    expect(keys(t), 'with tables').toEqual([]);
    expect(keys(t, false), 'no table').toEqual([]);
    for (const tables of [true, false]) {
      const fs = page(twin, tables).findings.filter((f) => f.severity === 'error');
      expect(fs.map((f) => f.message)).toEqual([message]);
      expect(findingWords(zh, fs[0]!).text).toBe(message);
      const english = findingWords(en, fs[0]!).text;
      expect(englishClean(english, fs[0]!.note as NotePart), english).toBe(true);
      expect(english).toMatch(/: the text may have divided by that count\.$/);
    }
  });
  it('in English', () => {
    const [f] = page(SLIP[0][1]).findings.filter((x) => x.severity === 'error');
    expect(findingWords(en, f!).text).toBe('The text says "32件" is "50.8%"; of the total "62件" it is 51.6%; the text\'s "50.8%" is just what "32件" makes of "办结63件": the text may have divided by that count.');
  });
  it('said only where one other count fits: a % neither count makes, a count of another year, two that fit', () => {
    for (const t of [
      '本年度新收政府信息公开申请62件，办结63件，其中予以公开32件，占新收申请的55%。',
      '本年度新收政府信息公开申请62件，上年办结63件，其中予以公开32件，占新收申请的50.8%。',
    ]) {
      const fs = page(t).findings.filter((f) => f.severity === 'error');
      expect(fs.length, t).toBe(1);
      expect(fs[0]!.message, t).not.toMatch(/恰是/);
    }
  });
});

describe('txt72 3: 近一半, a share of 一半, and a whole named in words', () => {
  /** True sentence, its wrong twin (one figure changed), and the twin's finding. */
  const PAIRS: readonly (readonly [string, string, string])[] = [
    ['全年新收政府信息公开申请62件，其中网上申请56件，占新收申请的九成。', '全年新收政府信息公开申请62件，其中网上申请46件，占新收申请的九成。', 'text.share:error:74.2:90'],
    ['全年新收政府信息公开申请62件，其中自然人提出30件，占全部申请的近一半。', '全年新收政府信息公开申请62件，其中自然人提出20件，占全部申请的近一半。', 'text.share:error:32.3:50'],
    ['全年新收政府信息公开申请６２件，其中予以公开３１件，占一半。', '全年新收政府信息公开申请６２件，其中予以公开２１件，占一半。', 'text.share:error:33.9:50'],
    ['全年新收政府信息公开申请62件，其中网上申请40件，占比超过一半。', '全年新收政府信息公开申请62件，其中网上申请25件，占比超过一半。', 'text.share:error:40.3:50'],
    ['全年办理人大代表建议40件，其中主办20件，占办理总数的五成。', '全年办理人大代表建议40件，其中主办12件，占办理总数的五成。', 'text.share:error:30:50'],
    ['全年新收政府信息公开申请62件，较上年的118件减少近一半。', '全年新收政府信息公开申请62件，较上年的90件减少近一半。', 'text.change:error:31.1:50'],
    ['全年新收政府信息公开申请62件，同比下降近一半（2021年为120件）。', '全年新收政府信息公开申请62件，同比下降近一半（2021年为100件）。', 'text.change:error:38:50'],
    ['全年主动公开政府信息1200条，较上年的2300条减少了近一半。', '全年主动公开政府信息1200条，较上年的1900条减少了近一半。', 'text.change:error:36.8:50'],
  ];
  it.each(PAIRS)('true silent, twin caught: %s', (t, twin, key) => {
    expect(keys(t), 'with tables').toEqual([]);
    expect(keys(t, false), 'no table').toEqual([]);
    expect(checks(t).filter((c) => /成|一半/.test(c) && c.startsWith('pass ')).length, t).toBe(1);
    expect(keys(twin)).toEqual([key]);
    expect(keys(twin, false)).toEqual([key]);
  });
  it('近一半 is 45–50%: past it by 5 points a skip that says the word is approximate', () => {
    // 62 against 108: −42.6%; against 130: −52.3%
    for (const t of ['全年新收政府信息公开申请62件，较上年的108件减少近一半。', '全年新收政府信息公开申请62件，较上年的130件减少近一半。']) {
      expect(keys(t), t).toEqual([]);
      expect(checks(t).filter((c) => /一半/.test(c)), t).toEqual([expect.stringMatching(/^skip .*“一半”是约数/)]);
    }
  });
  it('txt71\'s two "not read" sentences are read now: 50 of 62 "占新收申请的九成" a loose word\'s skip, 62 against 84 "减少近一半" an error', () => {
    expect(checks('全年新收政府信息公开申请62件，其中网上申请50件，占新收申请的九成。')).toEqual([expect.stringMatching(/^skip 50件 ÷ 62件 = 80.6%.*约数/)]);
    expect(keys('全年新收政府信息公开申请62件，较上年的84件减少近一半。')).toEqual(['text.change:error:26.2:50']);
  });
  it('a whole named in words that is not the 其中\'s whole: a skip that says so, whatever the figures', () => {
    // (where the sentence gives 新收 apart, "新收…62件，办结63件，其中…占新收申请的五成", it is read against it: rt74)
    for (const n of ['32', '20']) {
      const t = `全年受理政府信息公开申请66件，办结63件，其中予以公开${n}件，占新收申请的五成。`;
      expect(keys(t).filter((k) => k.startsWith('text.share')), t).toEqual([]);
      expect(checks(t).filter((c) => /五成/.test(c)), t).toEqual([`skip ${n}件 ÷ 63件 = ${Math.round((Number(n) / 63) * 1000) / 10}%，正文“占新收申请的五成”；正文所称“新收申请”未必是63件，不作判断`]);
    }
  });
});

describe('txt72 4: Chinese numerals as the counts of a change ("较上年的九场增加三场")', () => {
  const PAIRS: readonly (readonly [string, string, string])[] = [
    ['全年举办政务公开培训十二场，较上年的九场增加三场。', '全年举办政务公开培训十二场，较上年的九场增加五场。', 'text.change:error:3:5'],
    ['本年度新收政府信息公开申请六十二件，较上年的五十四件增加八件。', '本年度新收政府信息公开申请六十二件，较上年的五十四件增加六件。', 'text.change:error:8:6'],
    ['全年办理行政复议案件一件，比2021年的三件减少两件，行政诉讼一件。', '全年办理行政复议案件一件，比2021年的三件减少一件，行政诉讼一件。', 'text.change:error:2:1'],
    ['全年召开新闻发布会十二场，较上年同期的十场增长20%。', '全年召开新闻发布会十二场，较上年同期的十场增长30%。', 'text.change:error:20:30'],
  ];
  it.each(PAIRS)('true silent, twin caught: %s', (t, twin, key) => {
    expect(keys(t), 'with tables').toEqual([]);
    expect(keys(t, false), 'no table').toEqual([]);
    expect(checks(t).filter((c) => c.startsWith('pass ')).length, t).toBeGreaterThan(0);
    expect(keys(twin)).toEqual([key]);
  });
  it('last year\'s count is read only before a change\'s verb, after 较/比 and last year', () => {
    // (the counts read: this year's and the change; "九场" before 培训 is no count of a claim)
    expect(checks('全年举办政务公开培训十二场，较上年增加三场。')).toEqual([]);
    expect(checks('全年举办政务公开培训十二场，较上年的九场培训增加三场。')).toEqual([]);
  });
});

describe('txt72 5: a growth in % before its verb ("实现17.43%增长")', () => {
  const para = (t: string) => runProse(`<p>（一）主动公开情况</p>${word(t)}`, {}, 2022, '东湖市云岭区卫生健康局');
  const changeKeys = (t: string) => findingKeys(para(t));
  const PAIRS: readonly (readonly [string, string, string])[] = [
    ['全年主动公开政府信息1200条，较上年的1000条实现20%增长。', '全年主动公开政府信息1200条，较上年的1000条实现30%增长。', 'text.change:error:20:30'],
    ['全年主动公开政府信息1,200条，较上年的1,000条实现了20%的增长。', '全年主动公开政府信息1,250条，较上年的1,000条实现了20%的增长。', 'text.change:error:25:20'],
    ['全年主动公开政府信息８００条，较上年的１０００条出现20%的下降。', '全年主动公开政府信息８００条，较上年的１０００条出现25%的下降。', 'text.change:error:20:25'],
  ];
  it.each(PAIRS)('true silent, twin caught: %s', (t, twin, key) => {
    expect(changeKeys(t)).toEqual([]);
    expect(para(t).checks.filter((k) => k.rule === 'text.change').map((k) => k.outcome)).toEqual(['pass']);
    expect(changeKeys(twin)).toEqual([key]);
  });
  it('seed 003\'s sentence passes (万 rounded: its twin 17.34% stays within the rounding, no error); no verb of achieving or a noun after, no change', () => {
    expect(para('全年政府网站访问量达到58.6万人次，较上年的49.9万人次实现17.43%增长。').checks.filter((k) => k.rule === 'text.change').map((k) => k.outcome)).toEqual(['pass']);
    expect(changeKeys('全年政府网站访问量达到58.6万人次，较上年的49.9万人次实现17.34%增长。')).toEqual([]);
    for (const t of ['全年主动公开政府信息1200条，其中网上公开600条，实现50%增长目标。', '全年主动公开政府信息1200条，较上年的1000条有30%增长。']) {
      expect(para(t).checks.filter((k) => k.rule === 'text.change'), t).toEqual([]);
    }
  });
});
