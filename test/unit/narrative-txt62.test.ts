/**
 * txt62 (session 52): what txt61 left of the text's readings, on word-2021-consistent's tables (新收 62, 上年结转 4,
 * 予以公开 32, 部分公开 7, 不予公开 5, 无法提供 15, 不予处理 3, 其他处理 1, 办结 63, 结转下年度 3) and with none:
 * 1. a result named in 「」/『』 read as one in “…” (measures.ts FILLER, qualified-count.ts, the result-word patterns);
 * 2. a bare 共计 after 新收/收到 and 上年结转/去年结转 is their total (new-and-carried.ts);
 * 3. 转至我局 as 转办 to the body; a flow's finding says its in-count in the sentence's word (forwarded-in.ts inWordSaid);
 * 4. a figure of another year beside the page's table 三 of that year (other-year-table.ts; other-scope.ts's skip);
 * 5. a fresh batch of true sentences with their wrong twins (narrative-txt62-sentences.ts).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkNarrative } from '../../lib/narrative/check-narrative.ts';
import { checksOf, findingKeys, onWord2021, WORD_2021_TABLES, word } from './narrative-tables.ts';
import { TXT62_PAIRS } from './narrative-txt62-sentences.ts';

const keys = (t: string, tables = true): string[] => findingKeys(onWord2021(t, tables));
const sums = (t: string, tables = true): string[] => checksOf(onWord2021(t, tables), 'text.parts-sum');
const vs = (t: string, tables = true): string[] => checksOf(onWord2021(t, tables), 'text.vs-table');

describe('txt62 1: result names in 「」 and 『』', () => {
  it('compared with table 三\'s row as “…” are (were no claim)', () => {
    expect(vs('从办理结果看，「予以公开」32件，「部分公开」7件，「不予公开」5件。')).toEqual(['pass 32件 = 表三“予以公开” 32', 'pass 7件 = 表三“部分公开” 7', 'pass 5件 = 表三“不予公开” 5']);
    expect(vs('从办理结果看，『不予公开』5件。')).toEqual(['pass 5件 = 表三“不予公开” 5']);
    expect(vs('全年办结申请63件，其中「予以公开」的32件，「部分公开」的7件。')).toContain('pass 32件 = 表三“予以公开” 32');
  });
  it('TWINS: flagged (passed unflagged before)', () => {
    expect(keys('从办理结果看，「予以公开」33件，「部分公开」7件，「不予公开」5件。')).toEqual(['text.vs-table:error:32:33']);
    expect(keys('从办理结果看，『不予公开』6件。')).toEqual(['text.vs-table:error:5:6']);
    expect(keys('从办理结果来看，「予以公开」的31件；「部分公开」的7件；「不予公开」的5件。')).toEqual(['text.vs-table:error:32:31']);
    expect(keys('全年办结申请63件，其中「予以公开」的31件，「部分公开」的7件。')).toEqual(['text.vs-table:error:32:31']);
  });
  it('silent: a qualified count in 「」 stays a qualified count', () => {
    expect(keys('涉及「房屋征收」的申请12件。')).toEqual([]);
  });
});

describe('txt62 2: 共计 after 新收/收到 and 去年结转/上年结转', () => {
  it('their total: a pass (was a skip, or unread after 收到)', () => {
    for (const t of ['全年收到政府信息公开申请62件，去年结转4件，共计66件。', '新收申请62件，上年结转的4件，合计66件。', '今年共收到政府信息公开申请62件，去年转结4件，共计66件。']) {
      for (const tables of [true, false]) expect(sums(t, tables), t).toEqual(['pass 62件+4件 = 66件']);
    }
  });
  it('TWINS: an error', () => {
    expect(keys('全年收到政府信息公开申请62件，去年结转4件，共计67件。', false)).toEqual(['text.parts-sum:error:66:67']);
    expect(keys('本年度新收政府信息公开申请62件，上年结转4件，共计67件。')).toEqual(['text.parts-sum:error:66:67']);
    expect(keys('今年共收到政府信息公开申请62件，去年转结4件，共计65件。')).toEqual(['text.parts-sum:error:66:65']);
  });
  it('look-alikes stay a skip or unread: words after the total, a 累计 before, a third count before the two, 办结 for 收到', () => {
    expect(sums('新收申请62件，上年结转4件，共计63件已办结。', false)).toEqual([expect.stringMatching(/^skip 所列各项之和66件与63件不符，但“共计”之后的63件未必是两者的合计/)]);
    expect(keys('截至年底累计收到申请62件，去年结转4件，共计67件。', false)).toEqual([]);
    expect(keys('区本级收到申请20件、各乡镇（街道）收到申请42件，连同上年结转4件，合计66件。')).toEqual([]);
    expect(sums('全年办结申请62件，去年结转4件，共计67件。', false)).toEqual(['skip 所列各项之和66件小于总数67件，列举可能不完整']);
    expect(keys('全年办结申请62件，去年结转4件，共计67件。', false)).toEqual([]);
  });
});

describe('txt62 3: 转至我局, and the word a flow\'s finding says', () => {
  it('转至我局 is forwarded in: its flow read (was no claim); a wrong twin said in the page\'s words', () => {
    expect(sums('其中市政府办公室转至我局政府信息公开申请6件，办结5件，结转下年度1件。', false)).toEqual(['pass 6件 = 5件+1件（收支平衡，未写上年结转）']);
    const twin = onWord2021('其中市政府办公室转至我局政府信息公开申请6件，办结4件，结转下年度1件。', false);
    expect(findingKeys(twin)).toEqual(['text.parts-sum:warning:6:5']);
    expect(twin.findings[0]?.message).toMatch(/^正文称转至我局6件，办结4件、结转下年度1件，合计5件，少于转至我局的6件/);
  });
  it('转办, 转交, 收到 said as the page said them, not 新收', () => {
    const said = (t: string): string | undefined => onWord2021(t, false).findings.find((f) => f.severity !== 'info')?.message;
    expect(said('其中市政府办公室转办政府信息公开申请30件，办结27件，结转下年2件。')).toMatch(/^正文称转办30件，.*少于转办的30件/);
    expect(said('其中，市政府办公室转办政府信息公开申请30件，上年结转1件，办结29件，结转下年度1件。')).toMatch(/^正文称转办30件、上年结转1件，共31件/);
    expect(said('其中，收到市政府办公室转来的政府信息公开申请30件，办结27件，结转下年2件。')).toMatch(/^正文称收到30件，/);
    expect(said('全年新收政府信息公开申请30件，办结27件，结转下年2件。')).toMatch(/^正文称新收30件，/);
    expect(said('本年度新收申请30件，上年结转1件，办结29件，结转下年度1件。')).toMatch(/^正文称本年新收30件、上年结转1件/);
  });
  it('with tables, a 办结 after a forwarded count (the year before it) is that part\'s, not compared with table 三', () => {
    expect(keys('2022年我局收到市政府办公室转至我局的政府信息公开申请6件，办结5件，结转下年度1件。')).toEqual([]);
    expect(keys('2022年我局收到市政府办公室转办的政府信息公开申请6件，办结5件，结转下年度1件。')).toEqual([]);
  });
  it('结转至 and 转至 another body stay no forwarding in', () => {
    for (const t of ['全年收到申请62件，办结59件，结转至2023年3件。', '我局将3件申请转至有关部门办理。']) expect(keys(t, false), t).toEqual([]);
  });
});

/** A sentence under word-2021's tables (2022) with last year's table 三 labelled 2021 on the page (tabs59: 新收 57, 予以公开 27, 办结 58). */
const LAST_T3 = { ...WORD_2021_TABLES, 't3.new.total': 57, 't3.granted.total': 27, 't3.processed.total': 58 };
function withLastYear(text: string) {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div><p>（二）依申请公开情况</p>${word(text)}</div></body></html>`);
  return checkNarrative({ container: document.body, exclude: [], figures: WORD_2021_TABLES, figureRefs: {}, year: 2022, agency: '东湖市云岭区卫生健康局', yearT3: [{ year: 2021, figures: LAST_T3 }], otherT3Figures: [LAST_T3] });
}
const yearVs = (t: string): string[] => checksOf(withLastYear(t), 'text.vs-table');

describe('txt62 4: another year\'s figure beside its table', () => {
  it('named (2021年, 上年, 去年, 上年度): compared with that year\'s table (was not compared)', () => {
    expect(yearVs('2021年收到政府信息公开申请57件。')).toEqual(['pass 57件 = 表三“本年新收” 57（2021年的表三）']);
    expect(yearVs('去年予以公开27件。')).toEqual(['pass 27件 = 表三“予以公开” 27（2021年的表三）']);
    expect(yearVs('本年度办结申请63件，上年度办结58件。')).toEqual(['pass 63件 = 表三“办理结果总计” 63', 'pass 58件 = 表三“办理结果总计” 58（2021年的表三）']);
  });
  it('TWINS: an error that names the table', () => {
    const r = withLastYear('上年收到政府信息公开申请56件。');
    expect(findingKeys(r)).toEqual(['text.vs-table:error:57:56']);
    expect(r.findings[0]?.message).toBe('正文称上年收到政府信息公开申请56件，表三“本年新收”为57件（所比较的是页面上标明2021年的表三）。');
    expect(r.findings[0]?.note?.code).toBe('yearTable');
    expect(findingKeys(withLastYear('去年予以公开28件。'))).toEqual(['text.vs-table:error:27:28']);
  });
  it('unnamed and fitting last year\'s alone: a skip that names the year (never a pass); this year\'s still compared with this year\'s', () => {
    expect(yearVs('收到政府信息公开申请57件。')).toEqual([expect.stringMatching(/^skip 57件与页面上2021年的表三相合，不合本年度的/)]);
    expect(findingKeys(withLastYear('收到政府信息公开申请57件。'))).toEqual([]);
    expect(yearVs('全年收到政府信息公开申请62件，上年结转4件。')).toEqual(['pass 62件 = 表三“本年新收” 62', 'pass 4件 = 表三“上年结转” 4']);
    expect(findingKeys(withLastYear('收到政府信息公开申请60件。'))).toEqual(['text.vs-table:error:62:60']);
  });
  it('上年结转 stays this year\'s row; with no year table the named year is not compared', () => {
    expect(yearVs('上年结转申请4件。')).toEqual(['pass 4件 = 表三“上年结转” 4']);
    expect(vs('2021年收到政府信息公开申请58件。')).toEqual([]);
  });
});

describe('txt62 5: a fresh batch — true sentences silent, twins flagged', () => {
  it.each(TXT62_PAIRS.map(([t]) => t))('true: %s', (t) => {
    expect(keys(t), 'with tables').toEqual([]);
    expect(keys(t, false), 'no table').toEqual([]);
  });
  it('twins: most are caught with the tables', () => {
    const caught = TXT62_PAIRS.filter(([, twin]) => keys(twin).length > 0).length;
    expect(caught).toBeGreaterThanOrEqual(38);
  });
});
