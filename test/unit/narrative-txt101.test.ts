/**
 * Session 65's txt101: what session 64's text readings left (docs/testing.md "session 65 (txt101"), each a paragraph as readers
 * write it (plain, Word-pasted with a span per figure and <o:p>, full-width digits, <br>), with table 三 and without:
 * 1. carried-answered.ts: "上年度结转4件，完成申请答复4件" (rt101's pin) read as those carried in answered — the flow was an error
 *    341:12 and, with table 三, the figure an error against 办理结果总计 (333:4); the year's closed said wrong still caught.
 * 2. qizhong-ends.ts joinedItem: a 并/还/同时 clause whose count is over what the list lacks is the list's item only where it names a
 *    kind or a result of its own; a channel's output in general, or another platform's, leaves (errors 510:500, 411:378 on main).
 * 3. withdrawn-results.ts, suspended-applications.ts: their skip reasons coded (an English panel said them in Chinese).
 * 4. extract-prose.ts midSentence: a short line broken mid-sentence by a <br> joins the next; between sentences, after a heading,
 *    between a list's lines, still a paragraph's end.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { skipNoteWords } from '../../components/text-finding-words.ts';
import { extractParagraphs } from '../../lib/narrative/extract-prose.ts';
import { renderTextNote } from '../../lib/narrative/note-words.ts';
import type { NotePart } from '../../lib/types.ts';
import { checksOf, findingKeys, paras, runProse, word, WORD_2021_TABLES } from './narrative-tables.ts';
import { en, zh } from './panel-helpers.ts';
import { codes, englishClean } from './text-note-helpers.ts';

const run = (html: string, year = 2024, figures: Record<string, number> = {}) => runProse(html, figures, year, '某区人民政府');
const p = (text: string, year = 2024, figures: Record<string, number> = {}) => run(paras(text), year, figures);
const fw = (t: string): string => t.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('txt101 1: "上年度结转4件，完成申请答复4件" — those carried in answered (carried-answered.ts)', () => {
  const lead = '2024年，全区共收到依申请公开政府信息337件，';
  const T3 = { 't3.new.total': 337, 't3.carried.total': 4, 't3.processed.total': 333, 't3.carriedForward.total': 8 };
  it('no flow read: a skip saying why (main: an error 341:12) — 完成申请答复, 完成答复, 办结, Word-pasted, full-width', () => {
    for (const html of [
      paras(`${lead}上年度结转4件，完成申请答复4件，结转下年度继续办理8件。`),
      paras(`${lead}上年度结转4件，完成答复4件，结转下年度继续办理8件。`),
      paras(`${lead}上年度结转4件，已办结4件，结转下年度继续办理8件。`),
      word(fw(`${lead}上年度结转4件，完成申请答复4件，结转下年度继续办理8件。`)),
    ]) {
      const r = run(html);
      expect(findingKeys(r), html).toEqual([]);
      expect(checksOf(r, 'text.parts-sum')[0], html).toMatch(/^skip .*紧随上年结转.*可能是上年结转的申请已答复/);
    }
  });
  it('with table 三: compared with 上年结转, a pass (main: an error against 办理结果总计, 333:4)', () => {
    const r = p(`${lead}上年度结转4件，完成申请答复4件，结转下年度继续办理8件。`, 2024, T3);
    expect(findingKeys(r)).toEqual([]);
    expect(checksOf(r, 'text.vs-table').filter((c) => c.startsWith('pass 4件'))).toEqual(['pass 4件 = 表三“上年结转” 4', 'pass 4件 = 表三“上年结转” 4']);
    // (and more answered than were carried in, against table 三: caught as those carried in)
    expect(findingKeys(p(`${lead}上年度结转4件，完成申请答复4件，结转下年度继续办理8件。`, 2024, { ...T3, 't3.carried.total': 3 }))).toContain('text.vs-table:error:3:4');
  });
  it('TWINS: the year\'s closed stays read — a flow that balances passes, the true 333 passes, the wrong ones are errors', () => {
    expect(checksOf(p('2024年，全区共收到依申请公开政府信息10件，上年度结转4件，完成申请答复4件，结转下年度继续办理10件。'), 'text.parts-sum'))
      .toEqual(['pass 10件+4件 = 4件+10件 = 14件（收支平衡）']);
    expect(findingKeys(p(`${lead}上年度结转4件，完成申请答复333件，结转下年度继续办理8件。`))).toEqual([]);
    expect(findingKeys(p(`${lead}上年度结转4件，完成申请答复332件，结转下年度继续办理8件。`))).toEqual(['text.parts-sum:error:341:340']);
    expect(findingKeys(run(word(fw('2024年，全区共受理依申请公开政府信息341件（含上年度结转4件），完成申请答复340件，结转下年度继续办理8件。')))))
      .toEqual(['text.parts-sum:error:341:348']);
    // (a count not the carried one's, or said before it: the year's closed, as on main)
    expect(findingKeys(p(`${lead}上年度结转4件，完成申请答复5件，结转下年度继续办理8件。`))).toEqual(['text.parts-sum:error:341:13']);
    expect(findingKeys(p(`${lead}完成申请答复4件，上年度结转4件，结转下年度继续办理8件。`))).toEqual(['text.parts-sum:error:341:12']);
    // (with table 三, the year's closed wrong: against 办理结果总计)
    expect(findingKeys(p(`${lead}上年度结转4件，完成申请答复332件，结转下年度继续办理8件。`, 2024, T3))).toContain('text.vs-table:error:333:332');
  });
});

describe('txt101 2: a 并/还/同时 clause over what the list lacks (qizhong-ends.ts joinedItem)', () => {
  const info = (tail: string) => `全年主动公开政府信息500条，其中工作动态300条，通知公告150条，${tail}。`;
  it('a channel\'s output in general, or another platform\'s: leaves the list, a skip (main: errors)', () => {
    for (const [text, main] of [
      [info('并通过政务微博发布信息80条'), '530:500'],
      [info('并通过政务微信公众号推送信息60条'), '510:500'],
      [info('同时在政务新媒体平台发布信息90条'), '540:500'],
      ['协助处理热线工单378条，其中投诉类328条，政策咨询类40条，并通过其他信访平台受理回复群众意见43条。', '411:378'],
    ] as const) {
      const r = p(text);
      expect(findingKeys(r), `${text} (main ${main})`).toEqual([]);
      expect(checksOf(r, 'text.parts-sum')[0], text).toMatch(/^skip 所列各项之和\d+条小于总数/);
    }
    expect(findingKeys(run(word(fw(info('并通过政务微博发布信息80条')))))).toEqual([]);
  });
  it('TWINS: exactly what is missing passes; a kind or a result of its own over it stays an error (rt101\'s)', () => {
    expect(checksOf(p(info('并通过政务微博发布信息50条')), 'text.parts-sum')).toEqual(['pass 300条+150条+50条 = 500条']);
    expect(findingKeys(p(info('并通过政务微信公众号推送政策解读60条')))).toEqual(['text.parts-sum:error:510:500']);
    expect(findingKeys(p(info('还通过政府网站专栏发布政策解读51条')))).toEqual(['text.parts-sum:error:501:500']);
    expect(findingKeys(p('全年共办结政府信息公开申请60件，其中予以公开30件，部分公开10件，不予公开5件，无法提供10件，同时通过依申请公开平台答复不予处理9件。')))
      .toEqual(['text.parts-sum:error:64:60']);
    expect(findingKeys(p('全年共收到政府信息公开申请60件，其中网上申请40件，信函申请15件，并通过政务服务平台提交申请9件。'))).toEqual(['text.parts-sum:error:64:60']);
    // (the plain list over its whole, no clause: as on main)
    expect(findingKeys(p('全年主动公开政府信息500条，其中工作动态300条，通知公告150条，政务微博信息80条。'))).toEqual(['text.parts-sum:error:530:500']);
  });
});

describe('txt101 3: withdrawnAside\'s and the 中止 skip\'s reasons coded — an English reader reads them in English', () => {
  const Q62 = '全年共办结政府信息公开申请62件，其中予以公开32件，部分公开7件，不予公开5件，无法提供15件，不予处理3件';
  const cases: [code: string, text: string][] = [
    ['withdrawnBesides', `${Q62}，另有4件申请人撤回。`],
    ['withdrawnRest', `${Q62}，申请人主动撤回1件。`],
    ['endedRest', `${Q62}，另有1件申请因申请人死亡终止办理。`],
    ['partsShortSuspended', `${Q62.replace('62件', '63件')}，中止审查1件。`],
  ];
  it.each(cases)('%s: "%s" — the Chinese locale says the core\'s detail, the English no Han outside the page\'s words (main: no note)', (code, text) => {
    for (const tables of [{}, WORD_2021_TABLES]) {
      const r = runProse(`<p>（二）依申请公开情况</p>${word(text)}`, tables, 2022, '东湖市云岭区卫生健康局');
      const skips = r.checks.filter((c) => c.rule === 'text.parts-sum' && c.outcome === 'skip');
      expect(skips, text).toHaveLength(1);
      const k = skips[0]!;
      const note = k.note as NotePart | undefined;
      expect(note && codes(note), k.detail).toContain(code);
      expect(renderTextNote(note!)).toBe(k.detail);
      expect(skipNoteWords(zh, note)).toBe(k.detail);
      const words = skipNoteWords(en, note)!;
      expect(words).toBeTruthy();
      expect(englishClean(words, note!), words).toBe(true);
      expect(words).not.toMatch(/\$[A-Z]+\$|undefined|\[object/);
    }
  });
  it('in English, as the reader sees them', () => {
    const say = (text: string) => {
      const r = runProse(`<p>（二）依申请公开情况</p>${word(text)}`, {}, 2022, '东湖市云岭区卫生健康局');
      return skipNoteWords(en, r.checks.find((c) => c.outcome === 'skip')!.note as NotePart);
    };
    expect(say(cases[0]![1])).toBe('The items listed add up to 66, more than the total "62件"; but the withdrawn ones ("4件"), said as besides the rest, may not be counted in the total: not judged');
    expect(say(cases[3]![1])).toBe('The items listed add up to 62, less than the total "63件" by exactly the suspended "1件": suspended applications may be counted apart, not judged');
  });
});

const paragraphs = (body: string): string[] => {
  const { document } = parseHTML(`<!doctype html><html><body><div>${body}</div></body></html>`);
  return extractParagraphs(document.querySelector('div') as unknown as Element, []).map((x) => x.shown ?? x.text);
};

describe('txt101 4: a <br> mid-sentence (Word\'s soft line break) joins; between sentences, after a heading, between list lines, it ends', () => {
  it('a short line opened with a comma, or a count the next line goes on from: one paragraph (main: two)', () => {
    expect(paragraphs('<p>2024年，本机关共受理政府信息<br>公开申请45件，其中予以公开30件。</p>')).toEqual(['2024年，本机关共受理政府信息公开申请45件，其中予以公开30件。']);
    expect(paragraphs('<p>本年度共受理申请45件<br>其中予以公开30件，部分公开15件。</p>')).toEqual(['本年度共受理申请45件其中予以公开30件，部分公开15件。']);
  });
  it('a list\'s whole before the break: the list read against it — wrong an error, right a pass (main: a skip, 其中 opening a paragraph)', () => {
    const t = (n: number) => `<p class="MsoNormal"><span>全年主动公开政府信息<span lang="EN-US">500</span>条</span><br>\n<span>其中工作动态<span lang="EN-US">300</span>条，通知公告<span lang="EN-US">150</span>条，政策解读<span lang="EN-US">${n}</span>条。</span><o:p></o:p></p>`;
    expect(findingKeys(run(t(51)))).toEqual(['text.parts-sum:error:501:500']);
    expect(checksOf(run(t(50)), 'text.parts-sum')).toEqual(['pass 300条+150条+50条 = 500条']);
    expect(findingKeys(run(fw(t(51))))).toEqual(['text.parts-sum:error:501:500']);
  });
  it('GUARDS: a full stop, a heading, a title, a lead-in with ：, the lines of a list, a blank line: paragraphs of their own, as on main', () => {
    expect(paragraphs('<p>全年主动公开政府信息500条。<br>其中工作动态300条，通知公告150条。</p>')).toEqual(['全年主动公开政府信息500条。', '其中工作动态300条，通知公告150条。']);
    expect(paragraphs('<p>（二）依申请公开情况<br>2024年共受理申请45件。</p>')).toEqual(['（二）依申请公开情况', '2024年共受理申请45件。']);
    expect(paragraphs('<p>某区2024年政府信息公开工作年度报告<br>全年共受理申请45件。</p>')).toEqual(['某区2024年政府信息公开工作年度报告', '全年共受理申请45件。']);
    expect(paragraphs('<p>全年共办结申请45件，具体为：<br>予以公开30件<br>部分公开10件<br>不予公开5件</p>')).toEqual(['全年共办结申请45件，具体为：', '予以公开30件', '部分公开10件', '不予公开5件']);
    expect(paragraphs('<p>全年共办结申请45件<br>予以公开30件<br>部分公开15件</p>')).toEqual(['全年共办结申请45件', '予以公开30件', '部分公开15件']);
    expect(paragraphs('<p>全年主动公开政府信息500条，工作正常<br><br>其中工作动态300条。</p>')).toEqual(['全年主动公开政府信息500条，工作正常', '其中工作动态300条。']);
    expect(paragraphs('<p>全年主动公开政府信息500条，运行平稳<br>（二）依申请公开情况</p>')).toEqual(['全年主动公开政府信息500条，运行平稳', '（二）依申请公开情况']);
    // (the reading after a full stop and a <br>: "其中" opens another paragraph, its whole unsure — a skip, as on main)
    expect(findingKeys(run('<p>全年主动公开政府信息500条。<br>其中工作动态300条，通知公告150条，政策解读51条。</p>'))).toEqual([]);
  });
});

describe('txt101 5: left, pinned — round items as a floor, a part after a year-led ；-clause', () => {
  it('PINNED: round items written as a floor (余, 多) whose floors with the exact items pass the whole: a skip, not "at least" (a miss)', () => {
    // (30余件 + 17 + 1 is at least 48 of 40; an error would say "at least", a coded note of its own, and a list whose items may
    // overlap — channels, 网站 1000余条 and 公众号 300余条 — must stay silent: not tried)
    expect(checksOf(p('全年共办结申请40件，其中予以公开30余件，部分公开17件，余下1件。'), 'text.parts-sum')).toEqual(['skip 所列各项含约数30余件，各项之和不能确定，不作判断']);
    expect(findingKeys(p('全年主动公开政府信息1250条，其中政策解读300多条，工作动态700条，通知公告300条。'))).toEqual([]);
    // (guards: the item that fits as written passes; the exact items alone over the whole an error, as on main)
    expect(checksOf(p('全年共办结申请40件，其中予以公开30余件，部分公开9件，余下1件。'), 'text.parts-sum')).toEqual(['pass 40件 − (9件+1件) = 30件，与“30余件”相符']);
    expect(findingKeys(p('全年主动公开政府信息1250条，其中政策解读120余条，工作动态900条，通知公告400条。'))).toEqual(['text.parts-sum:error:1300:1250']);
  });
  it('PINNED: a part after a year-led ；-clause ("其中自然人申请59件；全年收到…4件为法人或其他组织提出" of 62): a skip (rt91 28, a miss)', () => {
    expect(checksOf(p('全年新收政府信息公开申请62件，其中自然人申请59件；全年收到政府信息公开申请4件为法人或其他组织提出。'), 'text.parts-sum'))
      .toEqual(['skip 所列各项之和63件与62件不符，但“；”后的“全年收到政府信息公开申请”另起一事，“其中”所列可能止于“；”']);
    expect(checksOf(p('全年新收政府信息公开申请62件，其中自然人申请58件；全年收到政府信息公开申请4件为法人或其他组织提出。'), 'text.parts-sum')).toEqual(['pass 58件+4件 = 62件']);
  });
});
