/**
 * en61b: the text's findings (lib/narrative/note-words.ts) carry a code and figures, a tree of parts; the panel words
 * them through the locale files (components/text-finding-words.ts). The Chinese locale says each exactly as the core
 * does (the batch checker's words, the finding's message); the English one has no Han character but the page's
 * words, each inside quotes, as the page wrote them. Over the fixture pages: fixture-wording.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findingWords } from '../../components/finding-words.tsx';
import { translator } from '../../components/i18n.ts';
import { LOCALE_TABLES } from '../../components/locale-tables.ts';
import { textNoteWords } from '../../components/text-finding-words.ts';
import { labelPart, part, renderTextNote, said, saidPartsTotal, textNoteCodes } from '../../lib/narrative/note-words.ts';
import { APPLY_MEASURES, t4Measures } from '../../lib/narrative/measures.ts';
import type { NotePart } from '../../lib/types.ts';
import { codes, englishClean } from './text-note-helpers.ts';
import { EN62_SAMPLES } from './text-note-samples-en62.ts';
import { EN63_SAMPLES } from './text-note-samples-en63.ts';

const zh = translator(LOCALE_TABLES.zh_CN);
const en = translator(LOCALE_TABLES.en);

const label = (s: string) => labelPart(s) as NotePart;
/** Hand samples: every code at least once (the fixture pages reach most, not all). */
const SAMPLES: NotePart[] = [
  said('vsTable', '办结36件', label('表三“办理结果总计”'), 38, part('alsoNot', part('semis', part('reading', label('表三“办理结果总计”减“上年结转”'), 35), part('reading', label('表三“本年新收”与“上年结转”之和'), 40)))).note!,
  said('vsTable', '自然人申请20件', label('表三“本年新收”的“自然人”'), 19, '').note!,
  said('vsTable', '新收商业企业申请2件', label('表三“本年新收”与“上年结转”的“商业企业”'), 3, '').note!,
  said('vsTable', '法人申请5件', label('表三“本年新收”的法人或其他组织（五列之和）'), 4, part('alsoNot', part('semis', part('reading', label('表三“本年新收”的法人或其他组织（除已列各类）'), 1)))).note!,
  said('vsTable', '行政复议3件', label('表四行政复议“总计”'), 2, part('alsoNot', part('semis', part('reading', label('表四行政复议“总计”减“尚未审结”'), 1)))).note!,
  said('vsTable', '行政诉讼4件', label('表四两类行政诉讼“总计”之和'), 5, part('alsoNot', part('semis', part('reading', label('表四两类行政诉讼“总计”减“尚未审结”之和'), 3), part('reading', label('表四“复议后起诉”的“总计”减“尚未审结”'), 1)))).note!,
  said('vsTable', '审结9件', label('表四复议与诉讼“总计”减“尚未审结”之和'), 8, '').note!,
  said('vsTable', '复议诉讼共7件', label('表四复议与诉讼“总计”之和'), 6, '').note!,
  said('vsTable', '行政处罚9件', label('表二“行政处罚”的“本年处理决定数量”'), 8, '').note!,
  said('vsLoose', '行政诉讼2件', label('表四两类行政诉讼“总计”之和'), 3, label('表四“未经复议直接起诉”的“总计”')).note!,
  said('vsFixed', '收到申请60件', label('表三“本年新收”'), 61, 60).note!,
  said('vsBlankTotal', '予以公开258件', label('表三“予以公开”'), 272).note!,
  said('vsNoTotalColumn', '新收申请67件', label('表三“本年新收”'), 66).note!,
  said('vsTable2Money', '收费2.5万元', '', label('表二“行政事业性收费”的“本年收费金额”'), 3).note!,
  said('vsTable2Money', '收费25000元', part('wan', '2.5'), label('表二“行政事业性收费”的“本年收费金额”'), 3).note!,
  part('suspectCell', said('vsTable', '上年结转5件', label('表三“上年结转”'), 4, '').note!, 5),
  part('suspectTotal', said('vsTable', '行政复议3件', label('表四行政复议“总计”'), 4, '').note!, 3),
  part('sinceYearEnd', said('vsTable', '均已审结', label('表四复议与诉讼“尚未审结”之和'), 2, '').note!),
  part('levelTable', said('vsTable', '收到申请45件', label('表三“本年新收”'), 42, '').note!),
  part('yearTable', said('vsTable', '2021年收到政府信息公开申请58件', label('表三“本年新收”'), 57, '').note!, 2021),
  said('partsTotal', '100件', part('plus', '60件', '30件'), '90', '件').note!,
  said('partOver', '10件', '12件').note!,
  // ux88: a whole the text gives as two figures (a 复议's and a 诉讼's count), said as the text gives them
  saidPartsTotal('3件+2件', '5', '件', ['2件', '4件'], '6').note!,
  saidPartsTotal('3件+2件', '5', '件', ['6件'], '6').note!,
  saidPartsTotal('10件+3件+2件', '15', '件', ['9件', '8件'], '17').note!,
  part('partAlsoNot', said('vsTable', '区政府各级各部门共收到政府信息公开申请45件', label('表三“本年新收”'), 42, '').note!, '其中区政府本级17件'),
  said('remainder', '全市有一级预算单位222个', '认定涉密部门2个', '应公开部门', '220', '个', '219个').note!,
  said('share', '24件', '34.4%', '79件', '30.4').note!,
  said('shareWhy', '24件', '34.4%', '79件', '30.4', part('whySum', '79件')).note!,
  said('shareApprox', '62件', '14.9%', '近1300件', '4.8%–5.2%').note!,
  said('shareWhy', '24件', '34.4%', '79件', '30.4', part('whyDivides', '79件')).note!,
  said('shareWhy', '24件', '34.4%', '79件', '30.4', part('whyShares', '79件')).note!,
  said('yoyPct', '56件', '增幅', '20.6%', part('inYear', '2023', '47件'), part('rise'), '19.1').note!,
  said('yoyPct', '40件', '下降', '10%', part('lastYear', '47件'), part('fall'), '14.9').note!,
  said('yoyPctRounded', '1.2万条', '增长', '20%', part('lastYear', '1万条'), part('rise'), '20').note!,
  said('yoyAmount', '全年主动公开政府信息120条', '较上年100条，增加30条', part('more'), '20', '条').note!,
  said('yoyAmountRounded', '全年主动公开1.2万条', '较上年1万条，减少3000条', part('fewer'), '2000', '条', '3000条').note!,
  said('points', '公开率60%', part('lastYearWord'), '50%', '提高', '5个百分点', '10', part('up')).note!,
  said('points', '公开率40%', part('year', '2021'), '50%', '下降', '5个百分点', '10', part('down')).note!,
  said('pointsFrom', '网上申请占比60%', part('lastYearWord'), '提高', '5个百分点', '20件', '40件', '50.0', part('up'), '10.0').note!,
  said('product', '期', '500册', '12期', '5000册', '6000', '册').note!,
  said('completion', '办结率', '98.9%', part('t3DivSum', 91, 90, 4), '96.8').note!,
  said('completion', '办结率', '98.9%', part('t3Div', 91, 90), '101.1').note!,
  said('completion', '答复率', '98.9%', part('t3DivDone', 91, 3), '96.8').note!,
  said('completion', '办结率', '96.8%', part('div', '办结3,449件', '…受理群众诉求3,456件'), '99.8').note!,
  said('completion', '办结率', '98.6%', part('divSum', '办结91件', '…信息公开申请90件', '上年结转4件'), '96.8').note!,
  said('completion', '办结率', '96.7%', part('openDiv', '收到申请90件', '结转下年度3件'), '96.7').note!,
  said('completion', '办结率', '96.7%', part('openDivSum', '收到申请90件', '上年结转4件', '结转下年度3件'), '96.8').note!,
  said('correctionRate', '5件', '1件', '30%', '20').note!,
  said('verbRate', '339条', '采纳', '158条', '51.6%', '46.6').note!,
  said('disclosureJoined', '53件', '47.73%', '88件', '60.23').note!,
  said('disclosure', '42件', '57.7%', '88件', '47.7').note!,
  said('multiple', '86件', '是上年的3倍', '', part('lastYearWord'), '43件', '2').note!,
  said('multiple', '16件', '翻了一番', part('multipleIs', part('year', '2020'), '2'), part('year', '2020'), '5件', '3.2').note!,
  said('multipleGrowth', '90件', '增长2.8倍', part('lastYearWord'), '3.8', '40件', '2.25', '1.25').note!,
  // en62's codes (the shapes en61b left in Chinese)
  ...EN62_SAMPLES,
  // txt72's (tenths.ts)
  said('tenthsShare', '46件', '占九成', '62件', '74.2').note!,
  said('halfChange', '62件', '84件', '减少一半', part('changeDown', '减少'), '26.2').note!,
  said('halfChange', '62件', '51件', '增加了一半', part('changeUp', '增加了'), '21.6').note!,
  part('shareSlip', said('share', '32件', '50.8%', '62件', '51.6').note!, '50.8%', '32件', '办结63件'),
];

const worded = (note: NotePart) => ({ message: renderTextNote(note), note });

describe('the text\'s findings worded from their codes', () => {
  it('every code has its samples', () => {
    // (en63's, the reasons of the claims not judged, are worded as skips: skip-words.test.ts)
    expect(new Set([...SAMPLES, ...EN63_SAMPLES].flatMap(codes))).toEqual(new Set(textNoteCodes()));
  });
  it('every label the measures build has a code (none said raw)', () => {
    const labels = new Set([...APPLY_MEASURES, ...t4Measures('review'), ...t4Measures('suit'), ...t4Measures('both')].flatMap((m) => [...m.strict, ...(m.loose ?? [])].map((r) => r.label)));
    expect(labels.size).toBeGreaterThan(10);
    for (const l of labels) expect(labelPart(l), l).not.toHaveProperty('raw');
  });
  it.each(SAMPLES.map((n) => [`${codes(n).join('/')}`, n] as const))('%s: the Chinese locale says it as the core does', (_, n) => {
    expect(textNoteWords(zh, worded(n))).toBe(renderTextNote(n));
  });
  it.each(SAMPLES.map((n) => [`${codes(n).join('/')}`, n] as const))('%s: English, no Han but the page\'s words in quotes', (_, n) => {
    const text = textNoteWords(en, worded(n))!;
    expect(text).toBeTruthy();
    expect(text).not.toBe(renderTextNote(n));
    expect(englishClean(text, n), text).toBe(true);
    expect(text).not.toMatch(/\$[A-Z]+\$|undefined|\[object/);
  });
  it('a whole of two figures is said as the text gives them, with what they make (ux86\'s walk: "正文称总数为3件+2件")', () => {
    const n = saidPartsTotal('3件+2件', '5', '件', ['2件', '4件'], '6');
    expect(n.message).toBe('正文称3件与2件共5件，但其中所列各项2件+4件合计6件。');
    expect(textNoteWords(en, worded(n.note!))).toBe('The text gives "3件" and "2件", 5 in all, but the items it lists under them, "2件" + "4件", add up to 6.');
    expect(saidPartsTotal('10件+3件+2件', '15', '件', ['16件'], '16').message).toBe('正文称10件、3件与2件共15件，但其中一项就有16件，多于总数。');
    // a whole of one figure as before
    expect(saidPartsTotal('100件', '100', '件', ['60件', '30件'], '90').message).toBe('正文称总数为100件，但所列各项60件+30件合计90件。');
  });
  it('a label of a shape the core does not know leaves the note off: the Chinese said alone', () => {
    const s = said('vsTable', '收到申请5件', labelPart('表三某种新的说法'), 4, '');
    expect(s.message).toBe('正文称收到申请5件，表三某种新的说法为4件。');
    expect(s.note).toBeUndefined();
  });
  it('a note with a part of a code this build does not know, or none, is shown as the core wrote it', () => {
    const n = part('vsTable', '收到申请5件', part('cell' as never, { code: 'fromTheFuture', args: [] }, '本年新收'), 4, '');
    expect(findingWords(en, { message: '正文称…', note: n })).toEqual({ text: '正文称…', lang: 'zh-CN' });
    expect(findingWords(en, { message: '正文称…' })).toEqual({ text: '正文称…', lang: 'zh-CN' });
  });
  it('a page word that tries to be markup stays text (the words are strings: the panel renders them as text)', () => {
    const n = said('vsTable', '<b>办结</b>36件', label('表三“办理结果总计”'), 38, '').note!;
    expect(textNoteWords(en, worded(n))).toBe('The text says "<b>办结</b>36件"; table 3\'s "办理结果总计" is 38.');
  });
});
