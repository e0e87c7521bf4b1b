/**
 * Session 65's rt102: a red team of txt101's four readings (docs/testing.md "session 65 (rt102"), each attacked with consistent
 * paragraphs they could misread and wrong ones they could silence — plain, Word-pasted (a span per figure, <o:p>, full-width
 * digits), with <br>, with table 三 and without:
 * 1. carried-answered.ts: "上年结转3件，办结3件" read as those carried in answered even where more was carried on than came in
 *    besides them — a flow wrong whichever the 3 are was a skip (txt101's code).
 * 2. qizhong-ends.ts joinedItem: "并通过其他…" over the gap left the list even where it names a kind or a result of the list's
 *    own (其他平台答复不予处理, 其他栏目发布政策解读, 其他平台提交申请) — three true errors a skip.
 * 3. extract-prose.ts midSentence: a <br> after a count line joined two clauses said whole (two lists, one lost), and a 其中 line
 *    after a list's count lines joined the last only (复议 3, 诉讼 1, 其中维持2件，纠错1件: an error 3:1).
 * 4. The coded notes: never in the CLI's text or JSON (skips are counted there, not worded) — a guard.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractParagraphs } from '../../lib/narrative/extract-prose.ts';
import { checkBytes } from '../../cli/load-page.ts';
import { toFileJson } from '../../cli/to-json.ts';
import { formatFileText } from '../../cli/format-text.ts';
import { skipNoteWords } from '../../components/text-finding-words.ts';
import type { NotePart } from '../../lib/types.ts';
import { checksOf, findingKeys, paras, runProse, word } from './narrative-tables.ts';
import { en, zh } from './panel-helpers.ts';
import { englishClean } from './text-note-helpers.ts';

const run = (html: string, figures: Record<string, number> = {}) => runProse(html, figures, 2024, '某区人民政府');
const p = (text: string, figures: Record<string, number> = {}) => run(paras(text), figures);
const fw = (t: string): string => t.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('rt102 1: those carried in answered (carried-answered.ts) — only where what came in besides them can hold what was carried on', () => {
  it('WRONG either way: more carried on than came in besides the carried ones answered — an error (txt101: a skip)', () => {
    for (const [text, key] of [
      ['本年度新收政府信息公开申请12件，上年结转3件，办结3件，结转下年度13件。', 'text.parts-sum:error:15:16'],
      ['本年度新收政府信息公开申请12件，上年结转3件，办结3件，结转下年度14件。', 'text.parts-sum:error:15:17'],
      ['2024年共收到政府信息公开申请45件，上年结转2件，办结2件，结转下年度50件。', 'text.parts-sum:error:47:52'],
      ['本年新收12件，上年结转12件，答复12件，结转下年度13件。', 'text.parts-sum:error:24:25'],
    ] as const) {
      expect(findingKeys(p(text)), text).toEqual([key]);
      expect(findingKeys(run(word(fw(text)))), `Word ${text}`).toEqual([key]);
    }
    // (with table 三 the text's own flow gives way to the table: the carried-on count caught against it, as on both codes)
    const T3 = { 't3.new.total': 12, 't3.carried.total': 3, 't3.processed.total': 14, 't3.carriedForward.total': 1 };
    expect(findingKeys(p('本年度新收政府信息公开申请12件，上年结转3件，办结3件，结转下年度13件。', T3))).toEqual(['text.vs-table:error:1:13']);
  });
  it('TWINS: where the carried ones answered may be all the 3 are, a skip as txt101 read it; a flow that balances passes', () => {
    for (const text of [
      '2024年，全区共收到依申请公开政府信息337件，上年度结转4件，完成申请答复4件，结转下年度继续办理8件。',
      '本年度新收政府信息公开申请12件，上年结转3件，办结3件，结转下年度11件。',
      '全年收到申请10件，上年度结转4件，办结4件，结转下年度4件。',
      '2024年共收到政府信息公开申请45件，上年结转2件、办结2件，结转下年度5件。',
    ]) expect(checksOf(p(text), 'text.parts-sum'), text).toEqual([expect.stringMatching(/^skip .*紧随上年结转.*可能是上年结转的申请已答复/)]);
    expect(checksOf(p('本年度新收政府信息公开申请12件，上年结转3件，办结3件，结转下年度12件。'), 'text.parts-sum')).toEqual(['pass 12件+3件 = 3件+12件 = 15件（收支平衡）']);
  });
  it('GUARDS: not read past 。 or ；, nor across paragraphs — the year\'s closed there, as before txt101', () => {
    expect(findingKeys(p('2024年，全区共收到依申请公开政府信息12件，上年结转3件。办结3件，结转下年度4件。'))).toEqual(['text.parts-sum:error:15:7']);
    expect(findingKeys(p('2024年，全区共收到依申请公开政府信息12件，上年结转3件；办结3件，结转下年度4件。'))).toEqual(['text.parts-sum:error:15:7']);
    expect(findingKeys(run(paras('2024年，全区共收到依申请公开政府信息12件，上年结转3件。', '全年办结3件，结转下年度4件。')))).toEqual([]);
    // (the carried count said after 结转下年度, and the closed after that: not right after the carried, the year's closed)
    expect(findingKeys(p('2024年，全区共收到依申请公开政府信息12件，上年度结转3件，结转下年度3件，办结3件。'))).toEqual(['text.parts-sum:error:15:6']);
  });
  it('a <br> with no mark between the carried count and the closed: two paragraphs as before txt101 (txt101: joined, an error 341:12)', () => {
    expect(findingKeys(run('<p>全年收到申请337件，上年度结转4件<br>完成申请答复4件，结转下年度继续办理8件</p>'))).toEqual([]);
    // (after a comma the line goes on, and the carried ones answered are read as in one line)
    expect(checksOf(run('<p>全年收到申请337件，上年度结转4件，<br>完成申请答复4件，结转下年度继续办理8件</p>'), 'text.parts-sum'))
      .toEqual([expect.stringMatching(/^skip 4件紧随上年结转4件/)]);
  });
  it('with table 三 whose 办理结果总计 is the figure: the year\'s closed, a pass — not a second error against 上年结转 (txt101: 3:4 twice)', () => {
    const T3 = { 't3.new.total': 10, 't3.carried.total': 3, 't3.processed.total': 4, 't3.carriedForward.total': 9 };
    for (const html of [paras('全年收到申请10件，上年度结转4件，办结4件。'), word(fw('全年收到申请10件，上年度结转4件，办结4件。'))]) {
      const r = run(html, T3);
      expect(findingKeys(r), html).toEqual(['text.vs-table:error:3:4']);
      expect(checksOf(r, 'text.vs-table')).toContain('pass 4件 = 表三“办理结果总计” 4');
    }
  });
  it('PINNED: a wrong flow the carried ones answered could explain stays a skip; with table 三 the 3 is compared with 上年结转', () => {
    // (上年结转12件，答复12件 of a 12-application year, 11 carried on: 24 ≠ 23 if the 12 are the year's, possible if they are the
    // carried ones — the text alone cannot tell; table 三 tells by its own rows, each compared)
    expect(findingKeys(p('本年新收12件，上年结转12件，答复12件，结转下年度11件。'))).toEqual([]);
    const T3 = { 't3.new.total': 12, 't3.carried.total': 3, 't3.processed.total': 14, 't3.carriedForward.total': 1 };
    expect(checksOf(p('本年度新收政府信息公开申请12件，上年结转3件，办结3件，结转下年度1件。', T3), 'text.vs-table')).toContain('pass 3件 = 表三“上年结转” 3');
  });
});

describe('rt102 2: a 并/还/同时 clause over the gap naming another platform (qizhong-ends.ts joinedItem)', () => {
  const info = (tail: string) => `全年主动公开政府信息500条，其中工作动态300条，通知公告150条，${tail}。`;
  const results = (tail: string) => `全年共办结政府信息公开申请60件，其中予以公开30件，部分公开10件，不予公开5件，无法提供10件，${tail}。`;
  const apps = (tail: string) => `全年共收到政府信息公开申请60件，其中网上申请40件，信函申请5件，${tail}。`;
  it('another platform naming a kind or a result of the list\'s own stays its item — wrong, an error (txt101: a skip)', () => {
    for (const [text, key] of [
      [results('同时通过其他平台答复不予处理9件'), 'text.parts-sum:error:64:60'],
      [info('并通过其他栏目发布政策解读60条'), 'text.parts-sum:error:510:500'],
      [apps('并通过其他平台提交申请18件'), 'text.parts-sum:error:63:60'],
    ] as const) {
      expect(findingKeys(p(text)), text).toEqual([key]);
      expect(findingKeys(run(word(fw(text)))), `Word ${text}`).toEqual([key]);
    }
  });
  it('TWINS: exactly the gap passes; another platform\'s output in general, and another platform\'s other matters, leave (txt101\'s)', () => {
    expect(checksOf(p(results('同时通过其他平台答复不予处理5件')), 'text.parts-sum')).toEqual(['pass 30件+10件+5件+10件+5件 = 60件']);
    expect(checksOf(p(info('还在其他平台发布信息60条')), 'text.parts-sum')).toEqual(['skip 所列各项之和450条小于总数500条，列举可能不完整']);
    expect(findingKeys(p('协助处理热线工单378条，其中投诉类328条，政策咨询类40条，并通过其他信访平台受理回复群众意见43条。'))).toEqual([]);
    // (a list's own "其他渠道" item, no clause: summed, as before txt101)
    expect(findingKeys(p(apps('其他渠道12件')))).toEqual(['text.parts-sum:error:57:60']);
    expect(findingKeys(p(apps('其他渠道15件')))).toEqual([]);
    // (nor a 并-clause through 其他渠道: no platform named, the list's item — summed on every code)
    expect(findingKeys(p(apps('并通过其他渠道提交申请18件')))).toEqual(['text.parts-sum:error:63:60']);
    expect(checksOf(p(apps('并通过其他渠道提交申请15件')), 'text.parts-sum')).toEqual(['pass 40件+5件+15件 = 60件']);
  });
});

const paragraphs = (body: string): string[] => {
  const { document } = parseHTML(`<!doctype html><html><body><div>${body}</div></body></html>`);
  return extractParagraphs(document.querySelector('div') as unknown as Element, []).map((x) => x.shown ?? x.text);
};

describe('rt102 3: a <br> between clauses said whole, and between a list\'s lines (extract-prose.ts midSentence)', () => {
  it('a count line before another clause: two paragraphs, each list read (txt101: joined, the first list lost)', () => {
    expect(paragraphs('<p>受理45件，其中网上30件，信函16件<br>办结45件，其中公开30件，不公开15件</p>')).toEqual(['受理45件，其中网上30件，信函16件', '办结45件，其中公开30件，不公开15件']);
    expect(findingKeys(run('<p>受理45件，其中网上30件，信函16件<br>办结45件，其中公开30件，不公开15件</p>'))).toEqual(['text.parts-sum:error:46:45']);
    expect(findingKeys(run(fw('<p>全年收到并办结申请45件<br>其中网上申请30件，信函申请16件<br>予以公开40件，不予公开5件</p>')))).toEqual(['text.parts-sum:error:46:45']);
  });
  it('a 其中 line after a list\'s count lines: not joined to the last (txt101: an error 3:1, 42:3)', () => {
    expect(paragraphs('<p>行政复议3件<br>行政诉讼1件<br>其中维持2件，纠错1件</p>')).toEqual(['行政复议3件', '行政诉讼1件', '其中维持2件，纠错1件']);
    for (const html of [
      '<p>行政复议3件<br>行政诉讼1件<br>其中维持2件，纠错1件</p>',
      '<p>收到申请45件<br>办结42件<br>结转下年度3件<br>其中予以公开30件，部分公开12件</p>',
      word('收到申请45件<br>办结42件<br>结转下年度3件<br>其中予以公开30件，部分公开12件'),
    ]) expect(findingKeys(run(html)), html).toEqual([]);
  });
  it('TWINS: txt101\'s joins stay — a line ending mid-phrase after a comma, a first count line going on with 其中', () => {
    expect(paragraphs('<p>2024年，本机关共受理政府信息<br>公开申请45件，其中予以公开30件。</p>')).toEqual(['2024年，本机关共受理政府信息公开申请45件，其中予以公开30件。']);
    expect(findingKeys(run('<p>全年主动公开政府信息500条<br>其中工作动态300条，通知公告150条，政策解读51条。</p>'))).toEqual(['text.parts-sum:error:501:500']);
    expect(findingKeys(run('<p>全区政务公开工作稳步推进。<br>全年主动公开政府信息500条<br>其中工作动态300条，通知公告150条，政策解读51条。</p>'))).toEqual(['text.parts-sum:error:501:500']);
    expect(paragraphs('<p>新收申请：45件<br>办结：42件<br>结转下年度：3件</p>')).toEqual(['新收申请：45件', '办结：42件', '结转下年度：3件']);
  });
  // each sentence checks on its own (a pass, an error, a flow, a skip); a <br> after its 。 or ；must change nothing
  const POOL = [
    '受理45件，其中网上30件，信函16件',
    '办结45件，其中公开30件，不公开15件',
    '全年主动公开政府信息500条，其中工作动态300条，通知公告150条，政策解读51条',
    '收到申请12件，上年结转3件，办结3件，结转下年度13件',
    '新收申请45件，上年结转2件，办结40件，结转下年度7件',
    '行政复议3件，其中维持2件，纠错2件',
    '本年度共受理申请45件，均已按时办结',
    '全年共办结申请60件，其中予以公开30件，部分公开10件，不予公开5件，无法提供16件',
  ];
  it('PROPERTY: a <br> after a sentence\'s 。 or ；, between two sentences that each check, changes no finding (plain and Word-pasted)', () => {
    const keys = (html: string) => findingKeys(run(html)).sort();
    let n = 0;
    for (const a of POOL) for (const b of POOL) for (const end of ['。', '；']) {
      if (a === b) continue;
      n++;
      expect(keys(`<p>${a}${end}<br>${b}。</p>`), `${a}${end}<br>${b}`).toEqual(keys(`<p>${a}${end}</p><p>${b}。</p>`));
    }
    expect(n).toBe(112);
    expect(keys(word(`${POOL[0]}。<br>${POOL[1]}。`))).toEqual(keys(word(`${POOL[0]}。`) + word(`${POOL[1]}。`)));
  });
  it('PINNED: with no mark after the first, a long line (20 characters and more, a PDF\'s printed line) joins the next, as before txt101', () => {
    // (rt102's probe, 12 sentences in 1,584 pairs — plain and Word-pasted, with tables 三/四 and without: after 。 or ；none changes on
    // any code; with no mark, 96 change before txt101 (the long-line rule), 144 on txt101's code, 100 now — the 4 more are
    // "…，均已按时办结" before another statement, a comma and a word at the end: a statement without its full stop is not told
    // from a line wrapped mid-sentence)
    expect(paragraphs(`<p>${POOL[1]}<br>${POOL[0]}</p>`)).toHaveLength(1);
    expect(paragraphs(`<p>${POOL[6]}<br>${POOL[3]}</p>`)).toHaveLength(1);
  });
});

describe('rt102 4: the coded notes (withdrawnBesides, withdrawnRest, endedRest, partsShortSuspended) in the panel\'s words and the CLI', () => {
  const Q62 = '全年共办结政府信息公开申请62件，其中予以公开32件，部分公开7件，不予公开5件，无法提供15件，不予处理3件';
  const texts = [
    `${Q62}，另有4件申请人撤回，另有1件申请人主动撤回。`,
    `${Q62}，申请人主动撤回1件。`,
    `${Q62}，另有1件申请因申请人死亡终止办理。`,
    `${Q62.replace('62件', '63件')}，中止审查1件。`,
  ];
  it('both locales word each (two withdrawn items as a list too): no placeholder, no Han outside the page\'s words in English', () => {
    for (const text of texts) {
      const r = runProse(`<p>（二）依申请公开情况</p>${word(text)}`, {}, 2022, '东湖市云岭区卫生健康局');
      const k = r.checks.find((c) => c.rule === 'text.parts-sum' && c.outcome === 'skip');
      expect(k?.note, text).toBeTruthy();
      const note = k!.note as NotePart;
      expect(skipNoteWords(zh, note)).toBe(k!.detail);
      const words = skipNoteWords(en, note)!;
      expect(englishClean(words, note), words).toBe(true);
      expect(words).not.toMatch(/\$[A-Z]+\$|undefined|\[object|textNote_/);
    }
  });
  it('the CLI: a skip is counted in its text, never worded in text or JSON — neither the code nor the Chinese reaches a finding', () => {
    const html = readFileSync(join(process.cwd(), 'test/fixtures/pages/word-2021-consistent.html'), 'utf8');
    const at = html.indexOf('</p>', html.indexOf('（二）依申请公开。')) + 4;
    const page = html.slice(0, at) + texts.map(word).join('') + html.slice(at);
    const checked = checkBytes('word-2021-consistent.html', new TextEncoder().encode(page));
    const json = JSON.stringify(toFileJson(checked));
    const text = formatFileText(checked);
    for (const out of [json, text]) {
      expect(out).not.toMatch(/withdrawnBesides|withdrawnRest|endedRest|partsShortSuspended|partsOverBut|\$[A-Z]+\$/);
      expect(out).not.toMatch(/可能另计|可能不在总数之内/);
    }
    expect(text).toMatch(/无法检查 \d+ 项/);
  });
});
