/**
 * txt71 (session 56): shares in tenths and changes by half, two wordings txt70 left unread (lib/narrative/tenths.ts).
 * "其中自然人提出56件，占九成", "占比近九成", "超过八成", "八成以上", "不到两成"; "较上年的124件减少一半", "同比下降了一半
 * （2021年为125件）", "增加了一半". Read where the part and the whole are sure (a 其中's whole; the counts a 倍 is read
 * against); a word in tenths holds within its bounds (九成 85–95%, 近九成 85–90%, 超过八成 above 80%, 不到两成 below 20%,
 * 一半 45–55%), is a skip within 5 points past them, an error beyond. 11 pairs of word-2021-consistent's 2022 report (新收 62).
 */
import { describe, expect, it } from 'vitest';
import { checksOf, findingKeys, runProse, WORD_2021_TABLES, word } from './narrative-tables.ts';

const page = (t: string, tables = true) =>
  runProse(`<p>（二）依申请公开情况</p>${t.split('\n').map(word).join('')}`, tables ? WORD_2021_TABLES : {}, 2022, '东湖市云岭区卫生健康局');
const keys = (t: string, tables = true): string[] => findingKeys(page(t, tables));
const checks = (t: string): string[] => [...checksOf(page(t), 'text.share'), ...checksOf(page(t), 'text.change')];

/** True sentence, its wrong twin (one figure or word changed), and the twin's finding. */
const PAIRS: readonly (readonly [string, string, string])[] = [
  ['全年新收政府信息公开申请62件，其中自然人提出56件，占九成。', '全年新收政府信息公开申请62件，其中自然人提出46件，占九成。', 'text.share:error:74.2:90'],
  ['全年主动公开政府信息1200条，其中通过门户网站发布1050条，占比近九成。', '全年主动公开政府信息1200条，其中通过门户网站发布900条，占比近九成。', 'text.share:error:75:90'],
  ['全年新收政府信息公开申请62件，其中网上申请50件，占比超过八成。', '全年新收政府信息公开申请62件，其中网上申请50件，占比超过九成。', 'text.share:error:80.6:90'],
  ['全年新收政府信息公开申请６２件，其中网上申请５０件，占８成以上。', '全年新收政府信息公开申请６２件，其中网上申请５０件，占９成以上。', 'text.share:error:80.6:90'],
  ['全年召开新闻发布会6场，其中主要负责同志出席4场，约占七成。', '全年召开新闻发布会6场，其中主要负责同志出席2场，约占七成。', 'text.share:error:33.3:70'],
  ['全年新收政府信息公开申请62件，其中信函申请12件，占比不到两成。', '全年新收政府信息公开申请62件，其中信函申请12件，占比不到一成。', 'text.share:error:19.4:10'],
  ['本年度办结政府信息公开申请63件，其中予以公开32件，占五成。', '本年度办结政府信息公开申请63件，其中予以公开32件，占七成。', 'text.share:error:50.8:70'],
  ['全年新收政府信息公开申请62件，较上年的124件减少一半。', '全年新收政府信息公开申请62件，较上年的84件减少一半。', 'text.change:error:26.2:50'],
  ['全年新收政府信息公开申请62件，同比下降了一半（2021年为125件）。', '全年新收政府信息公开申请62件，同比下降了一半（2021年为95件）。', 'text.change:error:34.7:50'],
  ['全年新收政府信息公开申请62件，较上年的41件增加了一半。', '全年新收政府信息公开申请62件，较上年的51件增加了一半。', 'text.change:error:21.6:50'],
  ['全年主动公开政府信息1200条，上年同期为800条，同比增加一半。', '全年主动公开政府信息1200条，上年同期为1000条，同比增加一半。', 'text.change:error:20:50'],
];

describe('txt71 1: X成 and 一半 read (were unread: every twin passed silent)', () => {
  it.each(PAIRS)('true silent, twin caught: %s', (t, twin, key) => {
    expect(keys(t), 'with tables').toEqual([]);
    expect(keys(t, false), 'no table').toEqual([]);
    expect(keys(twin)).toEqual([key]);
  });
  it('the checks say their arithmetic', () => {
    expect(checks('全年新收政府信息公开申请62件，其中自然人提出56件，占九成。')).toEqual(['pass 56件 ÷ 62件 = 90.3%，正文“占九成”']);
    expect(checks('全年新收政府信息公开申请62件，同比下降了一半（2021年为125件）。')).toEqual(['pass (62件 − 125件) ÷ 125件 = −50.4%，正文“下降了一半”']);
  });
});

describe('txt71 2: a loose word is a skip, an unsure reading is none', () => {
  it('within 5 points past the word\'s bounds: a skip that says so', () => {
    // 57 ÷ 62 = 91.9%, "近九成"; 50 ÷ 62 = 80.6%, "近八成"; 62 against 110 is −43.6%, "减少一半"
    for (const t of ['全年新收政府信息公开申请62件，其中自然人提出57件，占比近九成。', '全年新收政府信息公开申请62件，其中网上申请50件，占比近八成。', '全年新收政府信息公开申请62件，较上年的110件减少一半。']) {
      expect(keys(t), t).toEqual([]);
      expect(checks(t).filter((c) => /成|一半/.test(c)).every((c) => c.startsWith('skip ') && /约数/.test(c)), t).toBe(true);
    }
  });
  // (a whole named in words and 近一半 are read since txt72: narrative-txt72.test.ts)
  it('not read: 一半以上, a carried count before it (七成半 and 分别 are read since txt73)', () => {
    expect(checks('全年新收政府信息公开申请62件，其中网上申请47件，占七成半。')).toEqual(['pass 47件 ÷ 62件 = 75.8%，正文“占七成半”']);
    // (80.6% and 19.4%: each within 5 points past its word, loose words' skips)
    expect(checks('全年新收政府信息公开申请62件，其中网上申请50件、信函申请12件，分别占九成和一成。')).toEqual([expect.stringMatching(/^skip 50件 .*约数/), expect.stringMatching(/^skip 12件 .*约数/)]);
    for (const t of [
      '全年新收政府信息公开申请62件，较上年的150件减少一半以上。', '全年新收政府信息公开申请62件，上年结转4件，较上年减少一半（2021年为20件）。',
    ]) {
      expect(keys(t), t).toEqual([]);
      expect(checks(t).filter((c) => /成|一半/.test(c)), t).toEqual([]);
    }
  });
});
