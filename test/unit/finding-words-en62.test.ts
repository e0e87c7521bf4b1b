/**
 * en62: what the English UI still showed in the core's Chinese. (1) Text findings of the shapes en61b left uncoded, each
 * reached by a sentence on word-2021-consistent's tables (or on none) — the Chinese locale says the core's sentence to
 * the character, the English is pinned; (2) a check that threw (core.internal, the narrative's guarded); (3) the
 * missing tables' notes and the unread list's lines (blanks counted as 0, a text finding told as the table's slip, a
 * page with no table); (4) a stock's name inside a sentence lower-cased ("differ in normative documents in force").
 */
import { describe, expect, it } from 'vitest';
import { findingWords } from '../../components/finding-words.tsx';
import { translator } from '../../components/i18n.ts';
import { LOCALE_TABLES } from '../../components/locale-tables.ts';
import { inSentence } from '../../components/locale-word.ts';
import { crossFindingWords } from '../../components/cross-finding-words.ts';
import { mapNoteWords } from '../../components/map-note-words.ts';
import { unreadItems } from '../../components/results-text.ts';
import type { ReportView } from '../../components/findings-view.ts';
import { guarded } from '../../lib/narrative/narrative-types.ts';
import { labelPart, renderTextNote, said } from '../../lib/narrative/note-words.ts';
import { missingTable, NO_TABLES_ON_PAGE, reportInAttachment, TABLES_ARE_PICTURES, tableIsPicture, tablesInAttachment } from '../../lib/map/notes.ts';
import { blanksAsZeroNote } from '../../lib/rules/note-words.ts';
import type { Finding } from '../../lib/types.ts';
import { paras, runProse, WORD_2021_TABLES } from './narrative-tables.ts';

const en = translator(LOCALE_TABLES.en);
const zh = translator(LOCALE_TABLES.zh_CN);
const HAN = /\p{Script=Han}/u;
const outsideQuotes = (s: string) => s.replace(/"[^"]*"/gu, '');

/** The text's findings of a sentence (on the consistent report's tables, or none) with their code. */
function found(text: string, tables = true) {
  return runProse(paras(...text.split('|')), tables ? WORD_2021_TABLES : {}, 2022, '东湖市云岭区卫生健康局').findings;
}

/** [sentence, on tables, the finding's code, its English] — each a wrong sentence a reader of the page would flag. */
const PINNED: [string, boolean, string, string][] = [
  ['全年共收到政府信息公开申请62件，办结63件。|其中予以公开32件，占40%。', true, 'shareOf',
    'The text says "32件" is "40%"; of table 3\'s "办理结果总计" (63) it is 51% (nor does it fit the new applications, the new ones with those carried over, or another total said before).'],
  ['本年收到政府信息公开申请62件，其中自然人申请50件（85%），法人或其他组织申请12件（19.4%）。', true, 'shareParen',
    'The text says "50件" ("85%"); of the total "62件" it is 81%.'],
  ['本年收到政府信息公开申请62件，网上申请占64.5%，信函申请占45.5%。', true, 'sharesOver',
    'The shares the text gives for the channels of application, "64.5%" + "45.5%", add up to 110%: parts of one whole, they cannot add up to more than 100%.'],
  ['本年共新收政府信息公开申请62件，办结55件，结转下年度3件。', false, 'flowShort',
    'The text says "62件" new, "55件" closed and "3件" carried on to next year: 58 in all, fewer than the "62件" new; even with nothing carried over from last year the two should be equal (check whether the text leaves another way they went unsaid).'],
  ['本年新收政府信息公开申请62件，上年结转4件，办结60件，结转下年度3件。', false, 'flowCarried',
    'The text says "62件" new this year and "4件" carried over from last year, 66 in all, but "60件" closed and "3件" carried on to next year make 63: the two should be equal.'],
  ['共受理政府信息公开申请62件（含上年结转4件），办结60件，结转下年度3件。', false, 'flowAccepted',
    'The text says "62件" accepted (with "4件" carried over from last year among them), but "60件" closed and "3件" carried on to next year make 63, which cannot equal it.'],
  ['本年收到政府信息公开申请62件，办结65件（含上年结转2件），结转下年度3件。', false, 'flowOwnClosed',
    'The text says "65件" closed, "2件" of them carried over from last year, so 63 of this year\'s applications were closed: more than the "62件" received.'],
  ['共收到依申请公开16项，办理14项，结转下年度1项。', false, 'inUnit',
    'The text says "16项" received, "14项" handled and "1项" carried on to next year: 15 in all, fewer than the "16项" received; even with nothing carried over from last year the two should be equal (check whether the text leaves another way they went unsaid).'],
  ['本年新增政务新媒体账号5个，注销2个，现有12个，较上年增加4个。', true, 'netChange',
    'The text says "5个" added and "注销2个", and the number now "增加4个" on last year; those added less those "注销" make an increase of 3 on last year (unless some were moved in or out without being said).'],
  ['本年共收到政府信息公开申请62件，较上年的70件有所增加。', true, 'yoyDirection',
    'The text says "62件", "较上年" ("70件") "有所增加"; it is in fact a decrease of 8.'],
  ['本年行政复议纠错率为50%。', true, 'caseRate',
    'The text says "本年行政复议纠错率为50%"; by table 4\'s administrative reviews, 0 corrected ÷ 1 in all, it is 0% (nor does it fit the cases closed).'],
  ['本年行政复议结果维持1件、纠错1件，纠错率为80%。', true, 'correctionAlone',
    'The text says "本年行政复议结果维持1件、纠错1件，纠错率为80%"; of the sum of the items listed (2) it is 50% (nor does it fit table 4\'s total of 1).'],
  ['全年共收到政府信息公开申请62件，办结63件。|全年予以公开率45.0%。', true, 'disclosureAlone',
    'The text says "全年予以公开率45.0%"; by table 3\'s granted 32 ÷ total of results 63 it is 50.8% (nor does it fit with those granted in part counted in, or of the new applications or another base).'],
];

describe('en62: text findings of the shapes en61b left in Chinese, reached by a sentence', () => {
  it.each(PINNED)('%s', (text, tables, code, english) => {
    const fs = found(text, tables).filter((f) => f.note && (f.note.code === code || f.note.args.some((a) => typeof a === 'object' && a.code === code)));
    expect(fs).toHaveLength(1);
    const f = fs[0]!;
    expect(renderTextNote(f.note!)).toBe(f.message);
    expect(findingWords(zh, f)).toEqual({ text: f.message, lang: undefined });
    expect(findingWords(en, f)).toEqual({ text: english, lang: undefined });
  });
  it('the twins that are true raise nothing of these (the same shapes, the figures put right)', () => {
    for (const [text, tables] of [
      ['全年共收到政府信息公开申请62件，办结63件。|其中予以公开32件，占50.8%。', true],
      ['本年共新收政府信息公开申请62件，办结59件，结转下年度3件。', false],
      ['本年新增政务新媒体账号5个，注销2个，现有12个，较上年增加3个。', true],
      ['本年共收到政府信息公开申请62件，较上年的70件有所减少。', true],
      ['全年共收到政府信息公开申请62件，办结63件。|全年予以公开率50.8%。', true],
    ] as const) {
      expect(found(text, tables).filter((f) => f.severity !== 'info'), text).toEqual([]);
    }
  });
});

describe('en62: a check that threw', () => {
  it('the narrative\'s caught exception: the rule and the error in English; in Chinese the core\'s sentence', () => {
    const findings: Finding[] = [];
    guarded('text.share', findings, () => {
      throw new Error('boom');
    });
    const f = findings[0]!;
    expect(f.message).toBe('正文核对（text.share）出现内部错误，已跳过：boom');
    expect(findingWords(zh, f)).toEqual({ text: f.message, lang: undefined });
    expect(findingWords(en, f)).toEqual({ text: 'The text check (text.share) failed with an internal error and was skipped: boom', lang: undefined });
  });
  it('core.internal (lib/rules/run-rules.ts internal): worded from its rule and error', () => {
    const f: Finding = { rule: 'core.internal', severity: 'info', message: '校验规则 t2.count 运行出错，已跳过：boom', cells: [], suspect: null, quote: null, note: { code: 'ruleThrew', args: ['t2.count', 'boom'] } };
    expect(findingWords(zh, f).text).toBe(f.message);
    expect(findingWords(en, f).text).toBe('Table check t2.count failed with an internal error and was skipped: boom');
  });
});

describe('en62: a missing table\'s note and the unread list', () => {
  const reasons = [undefined, TABLES_ARE_PICTURES, NO_TABLES_ON_PAGE, tableIsPicture('t3'), reportInAttachment({ kind: 'PDF', name: '云溪县交通运输局2023年报告.pdf' }), tablesInAttachment({ kind: 'Excel', name: '统计表.xlsx' })];
  it.each(reasons.flatMap((r) => (['t2', 't3', 't4'] as const).map((k) => [k, r ?? '(none)'] as const)))('%s, %s: coded; the Chinese locale says the core\'s note, the English no Han but the file\'s name', (k, r) => {
    const f = missingTable(k, r === '(none)' ? undefined : r);
    expect(f.note?.code).toBe('missingTable');
    expect(mapNoteWords(zh, f)).toBe(f.message);
    const text = mapNoteWords(en, f)!;
    expect(HAN.test(outsideQuotes(text)), text).toBe(false);
  });
  it('a reason of no known shape leaves the note off: the core\'s Chinese, marked', () => {
    const f = missingTable('t3', '某种新的原因');
    expect(f.note).toBeUndefined();
    expect(findingWords(en, f)).toEqual({ text: f.message, lang: 'zh-CN' });
  });
  it('the unread list: blanks counted as 0 and a text finding told as the table\'s slip in English (they were the core\'s Chinese), and the page with no table', () => {
    const blanks = blanksAsZeroNote(3);
    const fixed = said('suspectCell', said('vsTable', '上年结转5件', labelPart('表三“上年结转”'), 4, '').note!, 5);
    const notes = [
      { rule: 'table.blanks-as-zero', severity: 'info' as const, message: blanks.message, cells: [], suspect: null, quote: null, note: { code: blanks.code, args: blanks.args } },
      { rule: 'text.vs-table', severity: 'info' as const, message: fixed.message, cells: [], suspect: null, quote: '上年结转5件', note: fixed.note },
    ];
    const view = { unread: { skippedChecks: 0, skippedClaims: 0, missingTables: ['t2', 't3', 't4'], missingReason: NO_TABLES_ON_PAGE, notes } } as unknown as ReportView;
    const enItems = unreadItems(en, view);
    for (const s of enItems) expect(HAN.test(outsideQuotes(s)), s).toBe(false);
    expect(enItems).toContain('No table of the report was found on the page');
    const zhItems = unreadItems(zh, view);
    expect(zhItems).toContain(NO_TABLES_ON_PAGE);
    expect(zhItems).toContain(blanks.message);
    expect(zhItems).toContain(fixed.message);
  });
});

describe('en62: a name of table 二 inside a sentence', () => {
  it('notesUnknown says "normative documents in force" and "rules in force" in lower case; the Chinese as the core', () => {
    for (const [of, name] of [['normativeDocs', 'normative documents in force'], ['regulations', 'rules in force']] as const) {
      const said = crossFindingWords(en, { message: '…', note: { code: 'notesUnknown', args: ['2022', of, ''] } })!;
      expect(said).toContain(`differ in ${name},`);
    }
  });
  it('the one casing rule: a name standing alone as it reads inside a sentence; acronyms and numerals kept', () => {
    const keys = Object.keys(LOCALE_TABLES.en).filter((k) => /^(?:tableNote_t2(?:Item|Col)_|crossNote_stock_|crossNote_stockCol_|crossNote_decision_|dashT2(?:Row|Col)_)/.test(k));
    expect(keys.length).toBeGreaterThan(30);
    for (const k of keys) {
      const s = LOCALE_TABLES.en[k]!.message;
      expect(inSentence(s), k).toMatch(/^[a-z]/);
      expect(inSentence(s).slice(1)).toBe(s.slice(1));
    }
    expect(inSentence('II. Carried over')).toBe('II. Carried over');
    expect(inSentence('PDF')).toBe('PDF');
    expect(inSentence('表二')).toBe('表二');
  });
});
