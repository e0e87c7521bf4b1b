/**
 * en105 (session 65): the skips made since en66 with their reason in words alone, the Chinese panel's words shown in the
 * English panel as the core's Chinese (rt102: "the flow's skips … are the core's Chinese in an English panel"). Each coded
 * where it is made, and shown on a sentence (Word-pasted, with word-2021-consistent's tables or none; hunt48/49's bureau
 * for the results of one year's part) where it is the reason given: the Chinese locale says the core's detail to the
 * character, the English has no Han outside the page's quoted words. On main's code each had no note.
 */
import { describe, expect, it } from 'vitest';
import { skipNoteWords } from '../../components/text-finding-words.ts';
import { labelPart, renderTextNote } from '../../lib/narrative/note-words.ts';
import type { NotePart } from '../../lib/types.ts';
import { BUREAU_TABLES, onWord2021, paras, runProse } from './narrative-tables.ts';
import { en, zh } from './panel-helpers.ts';
import { codes, englishClean } from './text-note-helpers.ts';

const BUREAU = '某某区卫生健康局';

/** [code, sentence, with word-2021-consistent's tables]: the sentence where the reason shows. */
const SENTENCES: [code: string, text: string, tables: boolean][] = [
  // flow-balance.ts: the year's flow in words, with 上年结转 and without
  ['flowOverNoCarried', '全年新收申请30件，办结28件，结转下年度4件。', false],
  ['flowOtherTerms', '全年新收申请30件，其中网上申请20件，办结25件，结转下年度2件。', false],
  ['flowInTimeUnder', '全年新收申请30件，按时办结25件，结转下年度2件。', false],
  ['flowAnsweredCarried', '新收申请45件，上年结转3件，办结3件，结转下年度2件。', false],
  ['flowCarriedApart', '全年收到申请48件，上年结转2件已全部办结，本年办结45件，结转下年度3件。', false],
  ['flowInTimeShort', '受理452件，结转上年9件，按时办结450件，结转下年继续办理7件。', false],
  ['flowRestUncounted', '全年新收申请30件，上年结转2件，办结25件，结转下年度2件，其余转交其他部门。', false],
  ['flowHandledAll', '全年新收申请30件，上年结转2件，已办理32件，结转下年度3件。', false],
  // flow-words.ts: a flow in looser words (rt60's part, recall36's bracket, 办理 as all handled)
  ['flowCarriedApart', '其中，下属医院收到申请20件，办结18件，正在办理2件，另有上年结转1件已办结。', false],
  ['flowParenCarried', '全年共收到申请48件，办结51件（含上年结转3件），结转下年度2件。', false],
  ['flowHandledSame', '共收到依申请公开16项，办理16项，结转下年度1项。', false],
  // carried-part.ts: a carried-on count with another still open beside it, fewer than the table's
  ['carriedOpenBeside', '结转下年度2件，另有2件正在办理中。', true],
  // multiples.ts, year-on-year.ts
  ['multipleDoubled', '全年收到申请62件，是上年31件的1倍。', false],
  ['multipleGrowthTo', '全年收到申请62件，比上年31件增长2倍。', false],
  ['prevZeroMultiple', '全年收到申请62件，是上年0件的2倍。', false],
  ['multipleCalc', '网站访问量4.5万次，是上年1.2万次的2倍。', false],
  ['prevZeroGrowth', '收到申请62件，上年0件，增长50%。', false],
  ['yoyDiffCalc', '网站访问量1.2万次，比上年1.1万次减少500次。', false],
  ['yoyDiffCalc', '网站访问量1.2万次，比上年的1.2万次有所增长。', false],
  ['yoyPctCalc', '网站访问量1.2万次，比上年1.1万次增长15%。', false],
];

/** hunt48/49's paragraphs (result-after.ts, answered-among.ts): the results of one year's part against the bureau's table 三. */
const BUREAU_PARAS: [code: string, text: string][] = [
  ['resultOfCarried', '2022年共新收到和处理政府信息依申请公开申请86件,予以公开38件,部分公开11件,不予公开6件,无法提供20件,不予处理5件,其他处理3件,结转下年度3件;上年结转办理5件,予以公开4件,其他处理1件。'],
  ['answeredOwnYear', '2022年我局收到政府信息公开申请信件86件,其中本年度答复83件,结转下年度办理3件。在已答复的信件中,予以公开40件,部分公开11件,不予公开6件,无法提供18件,不予处理4件,其他处理4件。'],
];

const skipsOf = (text: string, tables: boolean) => onWord2021(text, tables).checks.filter((c) => c.outcome === 'skip');
const bureauSkips = (text: string) => runProse(paras(text), BUREAU_TABLES, 2022, BUREAU).checks.filter((c) => c.outcome === 'skip');

function bothLocales(k: { detail: string; note?: unknown }): string {
  const note = k.note as NotePart;
  expect(renderTextNote(note)).toBe(k.detail);
  expect(skipNoteWords(zh, note)).toBe(k.detail);
  const words = skipNoteWords(en, note)!;
  expect(words, k.detail).toBeTruthy();
  expect(englishClean(words, note), words).toBe(true);
  expect(words).not.toMatch(/\$[A-Z]+\$|undefined|\[object/);
  return words;
}

describe('en105: the skips said in words alone since en66, coded where they are made', () => {
  it.each(SENTENCES)('%s: "%s" — the Chinese locale says the core\'s detail; the English no Han outside the page\'s words', (code, text, tables) => {
    const all = skipsOf(text, tables);
    const coded = all.filter((k) => k.note && codes(k.note as NotePart).includes(code));
    expect(coded.length, all.map((k) => k.detail).join(' | ')).toBeGreaterThan(0);
    for (const k of coded) bothLocales(k);
  });

  it.each(BUREAU_PARAS)('%s: hunt48/49\'s paragraph, its comparison kept inside', (code, text) => {
    const coded = bureauSkips(text).filter((k) => k.note && codes(k.note as NotePart).includes(code));
    expect(coded.length).toBeGreaterThan(0);
    for (const k of coded) expect(codes(k.note as NotePart)).toContain('notEqual');
    for (const k of coded) bothLocales(k);
  });

  it('a cell named as the table checks name it (表三「…」) is a label of its own: noTable words it', () => {
    const label = '表三「（三）不予公开1.属于国家秘密」';
    const p = labelPart(label) as NotePart;
    expect(p.code).toBe('cellNamed');
    expect(renderTextNote({ code: 'noTable', args: [p] })).toBe(`表格中没有${label}`);
    expect(skipNoteWords(en, { code: 'noTable', args: [p] })).toBe('The tables hold no figure for table 3\'s "（三）不予公开1.属于国家秘密"');
  });

  it('in English, as the reader sees them', () => {
    const [over] = skipsOf('全年新收申请30件，办结28件，结转下年度4件。', false);
    expect(over!.detail).toBe('28件+4件 = 32件，多于30件；正文未写上年结转，差额可能是上年结转的申请，不作判断');
    expect(skipNoteWords(en, over!.note as NotePart)).toBe('"28件" + "4件" = 32, more than "30件"; the text gives none carried over from last year, and the difference may be those carried over: not judged');
    const [answered] = skipsOf('新收申请45件，上年结转3件，办结3件，结转下年度2件。', false);
    expect(skipNoteWords(en, answered!.note as NotePart)).toBe('"3件" comes right after the "3件" carried over from last year: it may be those carried over, answered, the year\'s closed count not given; the flow is not judged');
    const [open] = skipsOf('结转下年度2件，另有2件正在办理中。', true);
    expect(skipNoteWords(en, open!.note as NotePart)).toBe('The text also names applications still being handled or closed only the next year, which may be counted as carried on to next year too (the text\'s 2 against table 3\'s "结转下年度继续办理" = 3)');
    const [doubled] = skipsOf('全年收到申请62件，是上年31件的1倍。', false);
    expect(skipNoteWords(en, doubled!.note as NotePart)).toBe('"62件" ÷ "31件" = 2 times, the text says "是上年31件的1倍"; "是上年31件的1倍" is often used to say it doubled, and read so it fits: not judged');
  });
});
