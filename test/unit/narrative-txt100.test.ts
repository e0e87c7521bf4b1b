/**
 * txt100 (session 64): the text readings rt98 left, each a paragraph as Word pastes it (digits in spans, <o:p>, "|" a new <p>, <br>,
 * full-width digits), with word-2021-consistent's tables 三 and 四 and without, in the 2024 report. On main (5fed654e):
 * 1. false flags (older than session 64): an application suspended ("中止审查1件", "另有1件因征求第三方意见中止办理", "因补正中止1件")
 *    after a list that makes its whole summed as one of its results, 63:62 — a suspended application is pending, no result of the year;
 *    "另有1件于2023年12月作其他处理" after a 其中 list in the 2024 report summed (rt98 read it so after a 分别为 list only);
 * 2. lost passes since txt97: a lone row of a result, less than it, that the list makes its whole with ("不予公开3件，…其他处理1件，涉及
 *    国家秘密2件" of 63), and "截至2024年底累计发布政策解读100条" in a list that makes its whole only with it — skips;
 * 3. a report whose year the page states only in its title: the narrative reads it (the wiring holds; a guard, with the 其中 fix of 1).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { checkNarrative } from '../../lib/narrative/check-narrative.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import { checksOf, findingKeys, WORD_2021_TABLES, word } from './narrative-tables.ts';

const APPLY = '（二）依申请公开情况';
const ACTIVE = '（一）主动公开情况';
function run(t: string, tables: Record<string, number>, head = APPLY, year: number | null = 2024) {
  const body = `<p>${head}</p>${t.split('|').map(word).join('')}`;
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div>${body}</div></body></html>`);
  return checkNarrative({ container: document.body, exclude: [], figures: tables, figureRefs: {}, year, agency: '东湖省自然资源厅' });
}
/** The text's own sum's outcome and its findings, without the tables and with them. */
const both = (t: string, head?: string): string[][] =>
  [{}, WORD_2021_TABLES].map((tb) => {
    const r = run(t, tb, head);
    return [...checksOf(r, 'text.parts-sum').map((c) => c.split(' ')[0]!), ...findingKeys(r).filter((k) => k.startsWith('text.parts-sum'))];
  });
const fw = (t: string): string => t.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const PASS = [['pass'], ['pass']];
const SKIP = [['skip'], ['skip']];
const err = (k: string) => [['fail', `text.parts-sum:error:${k}`], ['fail', `text.parts-sum:error:${k}`]];

const Q62 = '全年共办结政府信息公开申请62件，其中予以公开32件，部分公开7件，不予公开5件，无法提供15件，不予处理3件';
const L62 = '全年共办结申请62件，分别为予以公开32件、部分公开7件、不予公开5件、无法提供15件、不予处理3件';

describe('txt100 1: an application suspended after the results is none of them', () => {
  // main: each a 63:62 error (the 分别为 ones: the list short by the suspended, 62:63, an error where it is complete)
  const SUSPENDED = [
    `${Q62}，中止审查1件。`,
    `${Q62}，另有1件因征求第三方意见中止办理。`,
    fw(`${Q62}，中止处理1件。`),
    `${Q62}，另有1件因申请人未补正中止办理。<br>`,
    `${Q62}，因补正中止1件。`,
    `${Q62}，另有1件因诉讼中止处理。`,
    `${Q62}，中止办理1件（结转下年度继续办理）。`,
    `${Q62}，另有1件暂停办理。`,
    `${L62}，另有1件因申请人未补正中止办理。`,
  ];
  it.each(SUSPENDED.map((t, i) => [i, t] as const))('%i: a list making its whole passes; short by the suspended a skip; a wrong twin an error', (_i, t) => {
    expect(both(t), t).toEqual(PASS);
    // (short of 63 by exactly the suspended: the writer may count it among the results — a skip, not a pass)
    expect(both(t.replace(/62件|６２件/, '63件')), t).toEqual(SKIP);
    const w = t.replace(/予以公开(32|３２)件/, '予以公开33件');
    expect(both(w), w).toEqual(err('63:62'));
  });
  it('a complete list (分别为) short of its whole by exactly the suspended: a skip saying so (main: 62:63)', () => {
    for (const t of [`${L62.replace('62件', '63件')}，中止审查1件。`, `${L62.replace('62件', '63件')}，因补正中止1件。`]) {
      expect(both(t), t).toEqual(SKIP);
      const r = run(t, {});
      expect(r.checks.find((c) => c.rule === 'text.parts-sum')?.detail ?? '', t).toContain('中止');
      expect(both(t.replace('予以公开32件', '予以公开34件')), t).toEqual(err('64:63'));
    }
  });
  it('a list naming 其他处理 that makes its whole, the suspended after it: a pass (main: 64:63)', () => {
    const t = `${Q62.replace('62件', '63件')}，其他处理1件，另有1件中止审查。`;
    expect(both(t)).toEqual(PASS);
    expect(both(t.replace('予以公开32件', '予以公开33件'))).toEqual(err('64:63'));
  });
  it('guards: a suspended item said counted among the results is one; a whole received holds it; a case\'s 中止审理 stays its list\'s', () => {
    expect(both(`${Q62}，中止审查1件（计入其他处理）。`)).toEqual(err('63:62'));
    expect(both(`${Q62.replace('62件', '63件')}，中止审查1件（计入其他处理）。`)).toEqual(PASS);
    expect(both('全年共受理政府信息公开申请63件，其中予以公开32件，部分公开7件，不予公开5件，无法提供15件，不予处理3件，中止审查1件。')).toEqual(PASS);
    expect(both('全年共办结政府信息公开申请63件，其中中止办理1件，其余62件中予以公开32件、部分公开7件、不予公开5件、无法提供15件、不予处理3件。')[0]).toEqual(['pass', 'pass']);
    expect(both('行政复议案件3件，其中结果维持1件，中止审理1件，尚未审结1件。')).toEqual(PASS);
    expect(both(`${Q62}，另有1件行政复议中止审理。`)).toEqual(err('63:62'));
  });
  it('"另有1件于2023年12月作其他处理" after a 其中 list of the 2024 report is no item of it (main: 63:62), as after a 分别为 list (rt98)', () => {
    const t = `${Q62}，另有1件于2023年12月作其他处理。`;
    expect(both(t)).toEqual(PASS);
    expect(both(fw(t))).toEqual(PASS);
    expect(both(t.replace('予以公开32件', '予以公开33件'))).toEqual(err('63:62'));
    // (the report's own year is the year's: summed, an error)
    expect(both(t.replace('2023年', '2024年'))).toEqual(err('63:62'));
  });
});

describe('txt100 2: lost passes since txt97 — an item the list makes its whole only with', () => {
  const Q = '全年共办结政府信息公开申请63件，其中予以公开30件，部分公开7件，不予公开3件，无法提供15件，不予处理5件，其他处理1件';
  const ROWS = [
    `${Q}，涉及国家秘密2件。`,
    fw(`${Q}，涉及国家秘密2件。`),
    `${Q}。|其中，属于三类内部事务信息2件。`.replace('。|其中，', '，'),
    `${Q.replace('无法提供15件', '无法提供15件，本机关不掌握相关政府信息2件')}。<br>`,
  ];
  it.each(ROWS.map((t, i) => [i, t] as const))('%i: a lone row less than its result, the list making its whole with it: a pass (main: a skip)', (_i, t) => {
    expect(both(t), t).toEqual(PASS);
    // (wrong twins: over without the row an error; short without it and over with it a skip — neither reading adds up)
    const over = t.replace(/予以公开(30|３０)件/, '予以公开33件');
    expect(both(over)[0]![0], over).toBe('fail');
    const short = t.replace(/予以公开(30|３０)件/, '予以公开31件');
    expect(both(short), short).toEqual(SKIP);
  });
  it('guards: rows making up their result stay its breakdown (txt97); rows past it stay summed', () => {
    expect(both(`${Q.replace('予以公开30件', '予以公开32件')}，涉及国家秘密3件。`)).toEqual(PASS);
    expect(both(`${Q}，涉及国家秘密4件。`)).toEqual(err('65:63'));
  });
  const TOTALS = [
    '全年主动公开政府信息1250条，其中政策文件350条，工作动态800条，截至2024年底累计发布政策解读100条。',
    '全年主动公开政府信息１２５０条，其中政策文件３５０条，工作动态８００条，截至２０２４年底累计发布政策解读１００条。',
    '全年主动公开政府信息1250条，其中政策文件350条，截至2024年12月31日累计发布政策解读100条，工作动态800条。',
  ];
  it.each(TOTALS.map((t, i) => [i, t] as const))('%i: a running total to the year\'s end the list makes its whole with: a pass (main: a skip)', (_i, t) => {
    expect(both(t, ACTIVE), t).toEqual(PASS);
    const over = t.replace(/工作动态(800|８００)条/, '工作动态1000条');
    expect(both(over, ACTIVE), over).toEqual(err('1350:1250'));
    const off = t.replace(/工作动态(800|８００)条/, '工作动态810条');
    expect(both(off, ACTIVE), off).toEqual(SKIP);
  });
  it('guards: txt97\'s running total out of the list stays out (pass), all years\' 4000 never in; another year\'s stays out', () => {
    expect(both('全年主动公开政府信息1250条，其中政策文件350条，工作动态900条，截至2024年底累计公开4000条。', ACTIVE)).toEqual(PASS);
    expect(both('全年主动公开政府信息1250条，其中政策文件350条，工作动态800条，截至2024年底累计公开4000条。', ACTIVE)).toEqual(SKIP);
    expect(both('全年主动公开政府信息1250条，其中政策文件350条，工作动态800条，截至2023年底累计发布政策解读100条。', ACTIVE)).toEqual(SKIP);
  });
});

describe('txt100 3: a report whose year the page states only in its title', () => {
  const HTML = decodeHtml(readFileSync('test/fixtures/pages/word-2021-consistent.html')).text;
  const TITLE = '东湖市云岭区卫生健康局2022年政府信息公开工作年度报告';
  const BARE = '东湖市云岭区卫生健康局政府信息公开工作年度报告';
  /** The page with every year and date taken out but the title's (in <title>, the shown title, or neither), and `said` after its list. */
  function build(where: 'tag' | 'shown' | 'none', said: string): string {
    const h = HTML.replace(/<title>[^<]*<\/title>/, `<title>${where === 'tag' ? TITLE : BARE}_东湖市云岭区人民政府</title>`)
      .replace(/<meta name="(?:ArticleTitle|PubDate)" content="[^"]*">/g, '')
      .replace(/<div class="title">[^<]*<\/div>/, '<div class="title">@@</div>');
    const at = h.indexOf('<body');
    const body = h.slice(at).replace(/<tr><th>名　　称<\/th>.*?<\/tr>/, '').replace(/(?:19|20)\d\d(?:-\d\d-\d\d(?: \d\d:\d\d)?)?/g, '').replace(/>(?:年度|年)，我局/g, '>本年度，我局')
      .replace('@@', where === 'shown' ? TITLE : BARE)
      .replace(/(其他处理<\/span><span[^>]*>1<\/span><span[^>]*>件)；/, `$1，${said}；`);
    return h.slice(0, at) + body;
  }
  const keys = (html: string) => analyzeDocument(parsePage(html), {}).findings.filter((f) => f.rule.startsWith('text.parts-sum')).map((f) => `${f.severity}:${f.expected}:${f.actual}`);
  it.each(['tag', 'shown'] as const)('year in the %s title only: read (2022); a count of the year after the list summed, of the year before not', (where) => {
    const doc = analyzeDocument(parsePage(build(where, '另有1件于2022年12月作其他处理')), {});
    expect(doc.year).toBe(2022);
    expect(keys(build(where, '另有1件于2022年12月作其他处理'))).toEqual(['error:64:63']);
    expect(keys(build(where, '另有1件于2021年12月作其他处理'))).toEqual([]);
  });
  it('no year anywhere: unknown, a count of a named year unread (no finding)', () => {
    expect(analyzeDocument(parsePage(build('none', '另有1件于2022年12月作其他处理')), {}).year).toBeNull();
    expect(keys(build('none', '另有1件于2022年12月作其他处理'))).toEqual([]);
  });
});
