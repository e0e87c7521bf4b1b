/**
 * Session 51: the checks across years and the comparisons they could not make (lib/collect/cross-note-words.ts) carry
 * a code and figures; the panel and the dashboard word them through the locale files (components/cross-finding-words.ts).
 * The Chinese locale says each exactly as the core does; the English has no Han character but what the page wrote (a
 * cell's note, the text's sentence quoted). Built by the checks themselves (crossYearFindings, crossYearSkips) on
 * reports made for the purpose, and from samples for every code. A finding kept from a build before (no note) is
 * shown in its Chinese, marked zh-CN.
 */
import { describe, expect, it } from 'vitest';
import { crossFindingWords } from '../../components/cross-finding-words.ts';
import { findingWords } from '../../components/finding-words.tsx';
import { crossSkipItems } from '../../components/results-text.ts';
import { CROSS_NOTE_CODES, crossNote, type CrossNoteArgs, type CrossNoteCode, type CrossNoted } from '../../lib/collect/cross-note-words.ts';
import { crossYearFindings, crossYearSkips } from '../../lib/collect/cross-year.ts';
import { subject } from './cross-year-subject.ts';
import { en, zh } from './panel-helpers.ts';

const HAN = /\p{Script=Han}/u;
const NOTE = '含上年度未办结<b>复议</b>1件';
const QUOTE = '共收到政府信息公开申请60件，较上年增加5件';

const SAMPLES: { [C in CrossNoteCode]: CrossNoteArgs<C>[] } = {
  carryLast: [['natural', 2021, 3, 2020, 0], ['otherOrg', 2021, 1, 2020, 2]],
  carryNext: [['total', 2020, 3, 2021, 5]],
  orgCarryLast: [[2021, 2020, 1, 2, 1, 0, 0, 0, 2], [2021, 2020, 0, 3, 1, 0, 0, 0, 1]],
  orgCarryNext: [[2020, 2021, 1, 2, 1, 0, 0, 0, 2], [2020, 2021, 0, 3, 1, 0, 0, 0, 1]],
  identical: [[2021, 2020, 188, 12], [2021, 2020, 188, '']],
  inForceLast: [['regulations', 2020, 2021, 10, 2, 1, 11, 12]],
  inForceNext: [['normativeDocs', 2020, 2021, 10, 2, 1, 11, 12]],
  textChangeLast: [[2020, 2021, QUOTE, 60, 'new', 50, '', 10, 1, ''], [2020, 2021, QUOTE, 60, 'new', 50, 4, 10, 1, '20.0'], [2020, 2021, QUOTE, 60, 'suits', 3, 2, -5, 0, '8.3']],
  textChangeNext: [[2020, 2021, QUOTE, 60, 'review', 60, '', 0, 1, ''], [2020, 2021, QUOTE, 60, 'license', 70, '', -10, 1, '14.3'], [2020, 2021, QUOTE, 60, 'penalty', 5, '', 55, 1, '']],
  ambiguousOwn: [[2021, 2020]],
  ambiguous: [[2, 2020]],
  carryNoted: [[2020, 'last', '', 'carried', 'total', NOTE], [2022, 'next', 2022, 'carried', 'orgSubtotal', NOTE]],
  notesUnknown: [[2020, 'last', 'both'], [2022, 'next', ''], [2020, 'normativeDocs', 2020]],
  orgFiveBlank: [[2020, 'last', 2021, 'research'], [2022, 'next', 2022, 'legal', 'otherOrg']],
  orgOneBlank: [[2020, 'last', 2020]],
  inForceNoted: [[2020, 'regulations', 2020, 'inForce', NOTE], [2022, 'normativeDocs', '', 'abolished', NOTE]],
  columnsDiffer: [[2020, 'last', 'commercial', 'orgSubtotal'], [2022, 'next', 'natural']],
};

const notes = CROSS_NOTE_CODES.flatMap((code) => (SAMPLES[code] as unknown[][]).map((args) => ({ code, args, n: (crossNote as (c: CrossNoteCode, ...a: unknown[]) => CrossNoted)(code, ...args) })));

/** What is left of the English once the page's words (string arguments holding Han) are taken out. */
function outsidePage(text: string, args: readonly (string | number)[]): string {
  let rest = text;
  for (const a of args) if (typeof a === 'string' && HAN.test(a)) rest = rest.split(a).join('');
  return rest;
}

function expectWorded(f: { rule?: string; message: string; note?: { code: string; args: (string | number)[] } }) {
  expect(f.note).toBeDefined();
  expect(crossFindingWords(zh, f)).toBe(f.message);
  const said = crossFindingWords(en, f);
  expect(said).not.toBeNull();
  for (const a of f.note!.args) if (typeof a === 'string' && HAN.test(a)) expect(said).toContain(a);
  expect(outsidePage(said!, f.note!.args)).not.toMatch(HAN);
  expect(said).toMatch(/^[A-Z0-9$]/);
}

describe('the checks across years worded from their codes', () => {
  it('every code has its samples', () => {
    expect(new Set(notes.map((n) => n.code))).toEqual(new Set(CROSS_NOTE_CODES));
  });
  it.each(notes.map((n) => [`${n.code}(${n.args.join(',')})`, n] as const))('%s: Chinese as the core, English with no Han but the page\'s words', (_, n) => {
    expectWorded(n.n);
  });
  it('says the figures and whose they are', () => {
    expect(crossFindingWords(en, crossNote('carryLast', 'natural', 2021, 3, 2020, 0))).toBe(
      'Carried over (natural persons) does not match last year\'s report: "II. Carried over" in the 2021 report is 3, "IV. Carried forward" in the 2020 report is 0',
    );
    expect(crossFindingWords(en, crossNote('textChangeLast', 2020, 2021, QUOTE, 60, 'new', 50, 4, 10, 1, '20.0'))).toBe(
      `This report's text "${QUOTE}" does not match the 2020 report, with its table 3 "New applications" of 50, or 54 with "Carried over": from this year's 60 the change is up 10, up 20.0%`,
    );
  });
  it('a finding of another rule, or of a code this build does not know: not worded here', () => {
    const n = crossNote('ambiguous', 2, 2020);
    expect(crossFindingWords(en, { rule: 't3.balance', ...n })).toBeNull();
    expect(crossFindingWords(en, { message: '某句', note: { code: 'fromTheFuture', args: [] } })).toBeNull();
    expect(crossFindingWords(en, { message: '某句', note: { code: 'carryLast', args: ['aColumnOfTheFuture', 2021, 3, 2020, 0] } })).toBeNull();
  });
});

describe('as the checks build them', () => {
  it('a carry-over that does not follow, from both sides; identical tables; a stock that does not follow', () => {
    const last = subject(2020, { 't3.carriedForward.natural': 4, 't3.carriedForward.total': 4, 't2.regulations.inForce': 10 });
    const now = subject(2021, { 't3.carried.natural': 3, 't3.carried.total': 4, 't2.regulations.newMade': 2, 't2.regulations.abolished': 1, 't2.regulations.inForce': 12 });
    const found = [...crossYearFindings(now, [last]), ...crossYearFindings(last, [now])];
    expect(found.map((f) => f.rule)).toEqual(expect.arrayContaining(['cross.carry-over', 'cross.in-force']));
    for (const f of found) expectWorded(f);
  });
  it('what was not compared, and why: shown in English in the panel\'s list', () => {
    const figures = { 't3.new.total': 9, 't3.carried.natural': 3, 't3.carriedForward.natural': 4 };
    const gov = subject(2020, figures, { id: 'gov' });
    const office = subject(2020, { ...figures, 't3.carriedForward.natural': 5, 't3.new.natural': 1 }, { id: 'office' });
    const skips = crossYearSkips(subject(2021, figures), [gov, office]);
    expect(skips.length).toBe(1);
    for (const k of skips) expectWorded(k);
    expect(crossSkipItems(en, skips)[0]).not.toMatch(HAN);
    expect(crossSkipItems(zh, skips)[0]).toContain(skips[0]!.message);
  });
  it('a finding kept from a build before the codes: its Chinese, marked zh-CN', () => {
    const kept = { rule: 'cross.carry-over', message: '上年结转（自然人）与上年报告不符：2021年报告“二、上年结转”为3，2020年报告“四、结转下年度继续办理”为0' };
    expect(findingWords(en, kept)).toEqual({ text: kept.message, lang: 'zh-CN' });
    expect(findingWords(en, { rule: kept.rule, ...crossNote('carryLast', 'natural', 2021, 3, 2020, 0) }).lang).toBeUndefined();
  });
});
