/**
 * en66 (session 55): the skip reasons en65 left in words alone, coded where they are made — each shown on a sentence
 * (Word-pasted, word-2021-consistent's tables or none) where it is the reason given: the Chinese locale says the core's
 * detail to the character, the English has no Han outside the page's quoted words. On the old code each had no note
 * (the panel showed the core's Chinese in English mode).
 */
import { describe, expect, it } from 'vitest';
import { skipNoteWords } from '../../components/text-finding-words.ts';
import { renderTextNote } from '../../lib/narrative/note-words.ts';
import type { NotePart } from '../../lib/types.ts';
import { onWord2021, runProse, word, WORD_2021_TABLES } from './narrative-tables.ts';
import { en, zh } from './panel-helpers.ts';
import { codes, englishClean } from './text-note-helpers.ts';

/** [code, sentence, with word-2021-consistent's tables]: the sentence where the reason shows. */
const SENTENCES: [code: string, text: string, tables: boolean][] = [
  // vs-table-compare.ts: a kind that may be one item of its row
  ['subItemOf', '全年无法提供2件。', true],
  ['inBrackets', '全年办结申请63件（含结转下年度4件）。', true],
  // carried-pair.ts pairAlone: the same phrase twice, or extended and carried on, the larger maybe the whole; a loose second
  ['pairWholeSame', '结转下年度3件，结转下一年度1件。', true],
  ['pairWholeExtended', '延期答复至次年的1件，结转下年度3件。', true],
  ['pairLoose', '尚有3件结转下年度，另有1件正在征求第三方意见，延期至2023年答复。', true],
  // completion-rate.ts: an on-time rate, a lone 办结's rate no base of table 三 makes
  ['rateOnTime', '全年办结63件，按时办结率100%。', true],
  ['rateBaseUnsaid', '全年办结63件，办结率90%。', true],
  // shares.ts c.unsure: a whole no list confirms; share-nested.ts: an inner whole of a 总体 not given
  ['shareWholeUnlisted', '全年作出行政处罚决定150件，共计200件，其中行政处罚占80%。', false],
  ['shareOverallUnseen', '在主动公开的信息中，机构职能类信息1条，占总体的比例为2%；业务动态类信息49条，占总体的比例为98%，（其中批复文件36条，占总体的70%；业务信息11条，占总体的22%，工作总结2条，占总体的4%）。', false],
  // the lists' unsure (partsUnsure's why)
  ['ordinalShort', '全年主动公开政府信息120条：一是工作动态80条；二是通知公告30条；三是人事信息20条。', false],
  ['channelsRepeat', '全年主动公开政府信息120条：一是政府网站发布80条；二是微信公众号发布30条；三是其他方式发布20条。', false],
  ['trailingNotSum', '本年度新收申请62件，上年结转4件，共计70件已办结。', false],
  ['maybeClosed', '全年共办理申请70件，本年度新收申请62件，结转上年度4件。', false],
  ['equalsNew', '全年共受理申请62件，本年度新收申请62件，结转上年度4件。', false],
  ['underHalf', '办理网民留言320件，咨询类100件，投诉类30件，其他类20件。', false],
  ['channelsNoted', '全年共受理申请48件，网上申请30件，当面申请12件，信函申请10件，部分申请人通过多种渠道重复提交。', false],
  ['channelsNested', '全年共受理申请48件，网上申请30件，电子邮件申请12件，信函申请10件。', false],
  ['eachUncounted', '主动公开信息100条，其中市本级、县区各50条，其他信息30条。', false],
  ['resultsNested', '全年共办结申请63件，予以公开32件，部分公开7件，不予公开5件，信息不存在3件，无法提供15件，不予处理3件，其他处理1件。', false],
  ['resultsSeveral', '全年共办结申请63件，予以公开32件，部分公开7件，不予公开5件，无法提供15件，不予处理3件，其他处理2件，同一申请可能有多种处理结果。', false],
  ['resultsOthers', '全年收到申请70件，办结60件。予以公开32件，部分公开7件，不予公开5件，无法提供15件，其他处理10件。', false],
  ['includedRest', '受理申请41件，包括上年结转5件。其中自然人申请30件，法人或其他组织申请6件。', false],
  ['carriedOnPast', '全年办结42件，其中按期办结41件，其余3件结转下年度。', false],
  ['amongPublished', '主动公开信息70条，其中网站公开60条，在主动公开的信息中，工作动态信息32条，其他信息8条。', false],
  ['headedList', '全年主动公开信息100条，主要包括工作动态80条，通知公告30条。', false],
  // partsOverBut's why (parts-judge.ts overlappingParts, parts-nested.ts)
  ['suitsSameCases', '行政诉讼5件，其中一审维持3件，二审维持2件，纠正1件。', false],
  ['levelAndUnits', '主动公开信息100条，其中本级60条，所属部门50条。', false],
  ['partOfItem', '主动公开信息100条，其中人事信息60条，人事任免50条。', false],
  ['scopeIncludes', '主动公开信息100条，其中应公开的文件60条，已公开50条。', false],
];

const skipsOf = (text: string, tables: boolean) => onWord2021(text, tables).checks.filter((c) => c.outcome === 'skip');

describe('en66: the last skip reasons in words alone, coded where they are made', () => {
  it.each(SENTENCES)('%s: "%s" — the Chinese locale says the core\'s detail; the English no Han outside the page\'s words', (code, text, tables) => {
    const coded = skipsOf(text, tables).filter((k) => k.note && codes(k.note as NotePart).includes(code));
    expect(coded.length).toBeGreaterThan(0);
    for (const k of coded) {
      const note = k.note as NotePart;
      expect(renderTextNote(note)).toBe(k.detail);
      expect(skipNoteWords(zh, note)).toBe(k.detail);
      const words = skipNoteWords(en, note)!;
      expect(words, k.detail).toBeTruthy();
      expect(englishClean(words, note), words).toBe(true);
      expect(words).not.toMatch(/\$[A-Z]+\$|undefined|\[object/);
    }
  });

  it('rateUnbalanced: a 办结率 against a table 三 that does not balance (办结 60 + 3 against 62 + 4)', () => {
    const r = runProse(`<p>（二）依申请公开情况</p>${word('全年办结60件，办结率80%。')}`, { ...WORD_2021_TABLES, 't3.processed.total': 60 }, 2022, '东湖市云岭区卫生健康局');
    const [k] = r.checks.filter((c) => c.outcome === 'skip');
    expect(k!.detail).toBe('表三办结60件 ÷ (新收62件 + 上年结转4件) = 90.9%，正文办结率80%；表三本身新收与上年结转之和不等于办理结果总计与结转下年度之和，不作判断');
    expect(skipNoteWords(zh, k!.note as NotePart)).toBe(k!.detail);
    // (opening on a part, the sentence still starts with a capital)
    expect(skipNoteWords(en, k!.note as NotePart)).toBe('Table 3\'s 60 closed ÷ (62 new + 4 carried over from last year) = 90.9%, the text says "办结率80%"; table 3 itself does not add up (its new applications and those carried over from last year do not equal its results and those carried on to next year): not judged');
  });

  it('in English, as the reader sees them', () => {
    const [kind] = skipsOf('全年无法提供2件。', true);
    expect(kind!.detail).toBe('2件可能只是表三“无法提供”的一项（表三“无法提供” 15）');
    expect(skipNoteWords(en, kind!.note as NotePart)).toBe('"2件" may count only one of the kinds within table 3\'s "无法提供" (table 3\'s "无法提供" = 15)');
    const [list] = skipsOf('全年主动公开政府信息120条：一是工作动态80条；二是通知公告30条；三是人事信息20条。', false);
    expect(skipNoteWords(en, list!.note as NotePart)).toBe('The items listed add up to 130, which does not match "120条"; but a list by "firstly, secondly…" may not give every part of the total');
  });
});
