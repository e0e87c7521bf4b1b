/**
 * txt72 (session 57): what session 56's text readers left (lib/narrative/tenths.ts, …).
 * 1. tenths.ts's skip reasons and errors said through note codes (tenthsLoose, halfLoose, tenthsShare, halfChange): the
 *    English panel words them (they were the core's Chinese, no note), the Chinese to the character as before.
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
