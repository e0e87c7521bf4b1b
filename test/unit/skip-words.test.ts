/**
 * en63: the text's claims not judged (narrative.skips) keep their reason as a code with its figures where its shape is
 * one of the most frequent (lib/narrative/note-words-skips.ts), and the panel words it in the UI's language
 * (components/text-finding-words.ts skipNoteWords). The Chinese locale says it as the core does (the check's detail, to the
 * character); the English one has no Han but the page's words, each inside quotes. On a real fixture page per shape.
 */
import { describe, expect, it } from 'vitest';
import { skipNoteWords } from '../../components/text-finding-words.ts';
import { renderTextNote, part, said } from '../../lib/narrative/note-words.ts';
import { passOrSkip } from '../../lib/narrative/part-of-applications.ts';
import { saidCheck } from '../../lib/narrative/narrative-types.ts';
import type { NotePart } from '../../lib/types.ts';
import { analysedIn, en, zh } from './panel-helpers.ts';
import { onWord2021 } from './narrative-tables.ts';
import { codes, englishClean } from './text-note-helpers.ts';
import { EN63_SAMPLES } from './text-note-samples-en63.ts';

/** A fixture page per coded shape. */
const PAGES: [code: string, page: string][] = [
  ['partsShort', 'claims12-shares-elsewhere-2022.html'],
  ['noTable', 'benji-only-table-2023.html'],
  ['partsPeers', 'footnote-marks-2023.html'],
  ['rateCarriedOn', 'claims-rates-2022.html'],
  ['partOfApps', 'qizhong-results-2022.html'],
  ['otherTable3', 'two-t3-benji-prose-2024.html'],
  // a reason coded where it is made (en64: other-scope.ts, text-vs-table.ts, respectively.ts), with the comparison's
  ['scopeWider', 'benji-part-of-quanqu-2024.html'],
  ['scopeAndPart', 'benji-part-of-quanqu-2024.html'],
  ['scopeWhole', 'benji-said-in-prose-2024.html'],
  ['qualifiedApps', 'qualified-parts-2022.html'],
  ['qualifiedCases', 'qualified-parts-2022.html'],
  ['stillTrying', 'qualified-parts-2022.html'],
  ['partOfBefore', 'qualified-parts-2022.html'],
  ['carriedAnswered', 'qizhong-nested-2023.html'],
  ['closedCarried', 'qizhong-nested-2023.html'],
  ['scopeWiderAll', 'dept-xiashu-whole-2024.html'],
  // skips of their own, coded where they are made (en64)
  ['baseYearLast', 'yoy-base-year-2023.html'],
  ['fixedFits', 'typo-carried-vs-text-2022.html'],
  ['shareNoWhole', 'report-then-jiedu-2020.html'],
  ['shareElsewhere', 'claims12-shares-elsewhere-2022.html'],
  ['shareNearby', 'qualified-parts-2022.html'],
  ['rateStillOpen', 'claims12-rates-shares-2022.html'],
  ['rateScope', 'benji-said-in-prose-2024.html'],
  ['partsUnsure', 'qualified-parts-wrong-2022.html'],
  ['partsOverBut', 'donghu-zrzy-2023.html'],
  ['pointsOtherBase', 'claims12-more-2022.html'],
];

/** …and on the red-team pages (en65: the largest groups still in Chinese there). */
const RED_TEAM: [code: string, dir: string, page: string][] = [
  ['t3NoTotalFor', 'redteam28', 'm08-hn-cs-yl-2024-no-total-column.html'],
  ['rateBesideDone', 'redteam15', 'c04-sc-yb-2009-msocm-gbk-zd-pct.html'],
  ['resultsOfReceived', 'redteam15', 'c06-ha-kf-2017-word-split-zd-wan-list.html'],
  ['semicolonTurn', 'redteam27', 'c40-fj-street-2025-activities.html'],
  ['earlyOnTime', 'redteam27', 'c42-sc-city-justice-2025-timeliness.html'],
  ['shareNotThatWhole', 'redteam31', 'm07-js-nt-2024-jd-share-in-words.html'],
  ['shareRounded', 'rt78', 'c29-wan-share-rounded.html'], // (rt78: c29's 万 share is shareNearby's now, no rounding of 23.1万 giving 95.0%)
  ['shareNotNamed', 'redteam23', 'c12-zj-district-gov-2021.html'],
  // en66's: the last three there in words alone (completion-rate.ts, parts-judge.ts, vs-table-compare.ts)
  ['rateOnTime', 'redteam23', 'c22-gd-city-hrss-2021.html'],
  ['channelsOfBoth', 'redteam23', 'm41-sc-county-gov-2023-carried-qizhong.html'],
  ['looseOnly', 'redteam28', 'm19-hn-cd-2024-kindeditor-unit-row-t4-note.html'],
];

const skipsOf = (page: string, dir = 'pages') => analysedIn(dir, page).narrative.skips ?? [];

describe('the reasons of the claims not judged, coded (en63)', () => {
  it.each([...PAGES.map(([c, p]) => [c, 'pages', p] as const), ...RED_TEAM])('%s on %s/%s: the Chinese locale says the core\'s detail; the English no Han outside the page\'s words', (code, dir, page) => {
    const coded = skipsOf(page, dir).filter((k) => k.note && codes(k.note).includes(code));
    expect(coded.length).toBeGreaterThan(0);
    for (const k of coded) {
      const note = k.note as NotePart;
      expect(renderTextNote(note)).toBe(k.detail);
      expect(skipNoteWords(zh, note)).toBe(k.detail);
      const text = skipNoteWords(en, note)!;
      expect(text, k.detail).toBeTruthy();
      expect(englishClean(text, note), text).toBe(true);
      expect(text).not.toMatch(/\$[A-Z]+\$|undefined|\[object/);
    }
  });

  it.each(EN63_SAMPLES.map((n) => [n.code, n] as const))('%s (hand sample): both locales', (_, n) => {
    expect(skipNoteWords(zh, n)).toBe(renderTextNote(n));
    const text = skipNoteWords(en, n)!;
    expect(text).toBeTruthy();
    expect(englishClean(text, n), text).toBe(true);
  });

  it('a sample in English, as the reader sees it', () => {
    const n = EN63_SAMPLES.find((s) => s.code === 'partsShort')!;
    expect(skipNoteWords(en, n)).toBe('The items listed add up to 50, less than the total "62件": the list may be incomplete');
    expect(renderTextNote(n)).toBe('所列各项之和50件小于总数62件，列举可能不完整');
    // (a figure of a scope named: "…for "全区"", not ""全区"'s "980件"", en64)
    const scope = EN63_SAMPLES.find((s) => s.code === 'whyCmp' && (s.args[0] as NotePart).code === 'scopeAndPart')!;
    expect(skipNoteWords(en, scope)).toMatch(/^The text says the tables count only this level; "45件" for "全区" is the total of all; the part it names/);
    const all = EN63_SAMPLES.find((s) => s.code === 'whyCmp' && (s.args[0] as NotePart).code === 'scopeWiderAll')!;
    expect(skipNoteWords(en, all)).toMatch(/^The figures for "全系统" may be totals of several bodies/);
    // en65: a 答复率 beside a 办结率 (redteam15), and a figure of the sentence before as an English reader says it
    const reply = EN63_SAMPLES.find((s) => s.code === 'rateBesideDone')!;
    expect(skipNoteWords(en, reply)).toBe('The sentence also gives a completion rate, so its reply rate "100%" is likely another rate (such as the share answered in time): not judged');
    expect(renderTextNote(reply)).toBe('同句另有办结率，答复率100%所指不同（如按期答复的比例），不作判断');
    expect(en('textNote_prevSentence', '行政复议2件')).toBe('"行政复议2件" in the sentence before');
  });

  it('a skip of a shape not coded has no note: the panel shows the core\'s Chinese as before', () => {
    // (en64: test/fixtures/pages has none left; en66: nor the red-team pages — a list the text says counts some twice, still in words)
    const all = onWord2021('主动公开信息共计100条，其中政策文件60条、工作动态50条（部分信息多渠道重复发布）。', false).checks.filter((c) => c.outcome === 'skip');
    expect(all.map((k) => k.detail)).toEqual(['所列各项之和110条大于总数100条，但正文说明各项有重复计数']);
    const bare = all.filter((k) => !k.note);
    expect(bare.length).toBeGreaterThan(0);
    for (const k of bare) expect(skipNoteWords(en, k.note)).toBeNull();
  });

  it('a reason given in words not coded drops the comparison\'s note (never a note saying other than the detail)', () => {
    const failed = { check: saidCheck('text.vs-table', 'fail', '收到申请70件', said('notEqual', '70', part('semis', part('reading', part('cell', part('t3'), '本年新收'), 62)))) };
    expect(failed.check.detail).toBe('70 ≠ 表三“本年新收” 62');
    expect(failed.check.note).toBeDefined();
    const coded = passOrSkip(failed).check;
    expect(coded.detail).toBe('可能只是其中所列部分申请的数（70 ≠ 表三“本年新收” 62）');
    expect(renderTextNote(coded.note!)).toBe(coded.detail);
    // a reason said with its code where it is made (en64): the skip's note is it with the comparison's
    const known = passOrSkip(failed, said('partOfBefore')).check;
    expect(known.detail).toBe('前文所计的只是部分申请，此数可能是那部分的（70 ≠ 表三“本年新收” 62）');
    expect(known.note).toEqual(part('whyCmp', part('partOfBefore'), failed.check.note!));
    // …a reason in words alone keeps no note (its Chinese shown, as before), even of a shape coded: nothing is read back
    const other = passOrSkip(failed, '句中另有一种说法，此数可能是别的').check;
    expect(other.detail).toBe('句中另有一种说法，此数可能是别的（70 ≠ 表三“本年新收” 62）');
    expect(other.note).toBeUndefined();
    expect(passOrSkip(failed, '前文所计的只是部分申请，此数可能是那部分的').check.note).toBeUndefined();
  });
});
