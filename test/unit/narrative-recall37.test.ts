/**
 * Session recall37: prose the narrative stage left unchecked on real reports (session 36's hunts'
 * misses). Each sentence below is self-written: a real sentence's shape with another body and other
 * numbers. Each reading fires where the text is wrong and stays silent where a careful reader could
 * take it otherwise.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse } from './narrative-tables.ts';

const run = (text: string, year: number | null = 2024) => runProse(`<p>${text}</p>`, {}, year, '澄江县自然资源局');
const keys = (text: string, year?: number | null) => findingKeys(run(text, year));
/** The checks of one rule, with their outcome: "pass|800件+67件 = 867件". */
const checks = (rule: string, text: string, year?: number | null) =>
  run(text, year).checks.filter((c) => c.rule === rule).map((c) => `${c.outcome}|${c.detail}`);
const sums = (text: string, year?: number | null) => checks('text.parts-sum', text, year);

/** The same, on a page whose table 三 reads 86 + 5 = 88 + 3 (narrative-tables.ts BUREAU_TABLES). */
const withTables = (text: string) => runProse(`<p>${text}</p>`, BUREAU_TABLES, 2024, '澄江县自然资源局');
const tableKeys = (text: string) => findingKeys(withTables(text));
const vsTable = (text: string) => withTables(text).checks.filter((c) => c.rule === 'text.vs-table').map((c) => `${c.outcome}|${c.detail}`);

describe('recall37 1: the flow written "予以答复", "办理完成", "办结完毕", "结转上年度"', () => {
  // Seen in real reports: "…予以答复…件，结转下年度…件", "已办理完成…件", "结转上年度…件"
  it('no table 三: the words are read as 办结 and 上年结转, the flow judged as in table 三\'s words', () => {
    expect(sums('（二）依申请公开。全年共收到申请58件，上年结转4件，予以答复59件，结转下年度3件。'))
      .toEqual(['pass|58件+4件 = 59件+3件 = 62件（收支平衡）']);
    expect(sums('（二）依申请公开。全年共收到申请58件，上年结转4件，已办理完成59件，结转下年度3件。'))
      .toEqual(['pass|58件+4件 = 59件+3件 = 62件（收支平衡）']);
    expect(sums('（二）依申请公开。本年度新收申请58件，结转上年度4件，办结59件，结转下年度3件。'))
      .toEqual(['pass|58件+4件 = 59件+3件 = 62件（收支平衡）']);
    expect(sums('（二）依申请公开。全年共收到申请58件，予以答复55件，结转下年度3件。'))
      .toEqual(['pass|58件 = 55件+3件（收支平衡，未写上年结转）']);
    expect(keys('（二）依申请公开。全年共收到申请58件，上年结转4件，予以答复60件，结转下年度3件。')).toEqual(['text.parts-sum:error:62:63']);
    expect(keys('（二）依申请公开。全年共收到申请58件，上年结转4件，已办理完成58件，结转下年度3件。')).toEqual(['text.parts-sum:error:62:61']);
    // (结转上年度 was no term: the flow was read as one with none carried in, a skip)
    expect(keys('（二）依申请公开。本年度新收申请58件，结转上年度5件，办结59件，结转下年度3件。')).toEqual(['text.parts-sum:error:63:62']);
  });
  it('silent: a part of those answered ("按时予以答复"), an answer that is a result ("予以公开答复")', () => {
    // (recall49: 按时予以答复 is read as 法定期限内答复 is, no more than those answered — it was no term, no check)
    expect(sums('（二）依申请公开。全年共收到申请58件，上年结转4件，按时予以答复59件，结转下年度3件。')).toEqual(['pass|58件+4件 = 59件+3件 = 62件（收支平衡）']);
    expect(keys('（二）依申请公开。全年共收到申请58件，上年结转4件，按时予以答复57件，结转下年度3件。')).toEqual([]);
    expect(keys('（二）依申请公开。全年共收到申请58件，上年结转4件，予以公开答复40件，结转下年度3件。')).toEqual([]);
  });
  it('with a table 三: each figure against the table\'s own (they were skipped, and the figures after them too)', () => {
    expect(vsTable('（二）依申请公开。全年共收到申请86件，上年结转5件，已办理完成88件，结转下年度3件。').map((c) => c.split('|')[0]))
      .toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(vsTable('（二）依申请公开。本年度新收申请86件，结转上年度5件，办结88件，结转下年度3件。'))
      .toEqual(['pass|86件 = 表三“本年新收” 86', 'pass|5件 = 表三“上年结转” 5', 'pass|88件 = 表三“办理结果总计” 88', 'pass|3件 = 表三“结转下年度继续办理” 3']);
    expect(tableKeys('（二）依申请公开。全年共收到申请86件，上年结转5件，已办理完成87件，结转下年度3件。')).toEqual(['text.vs-table:error:88:87']);
    expect(tableKeys('（二）依申请公开。本年度新收申请86件，结转上年度4件，办结88件，结转下年度3件。')).toEqual(['text.vs-table:error:5:4']);
    expect(tableKeys('（二）依申请公开。全年共收到申请86件，上年结转5件，已办结完毕88件，结转下年度2件。')).toEqual(['text.vs-table:error:3:2']);
  });
  it('silent with a table 三: a part of those answered is not their total', () => {
    const text = '（二）依申请公开。全年共收到申请86件，上年结转5件，按时办理完成80件，结转下年度3件。';
    expect(tableKeys(text)).toEqual([]);
    expect(vsTable(text).some((c) => c.includes('80'))).toBe(false);
  });
});

describe('recall37 1b: "另外N件申请依法顺延到下年度答复", the flow\'s 结转下年度 said after its figure', () => {
  // Seen in real reports: "已答复…件（含上年度结转…件），…，另外…件申请依法顺延到下年度答复"
  it('read as flow-words.ts reads "N件结转下一年度": a pass, an error where less went out than the least that came in', () => {
    expect(sums('（二）依申请公开。全年共收到申请72件，已答复70件（含上年度结转5件），另外7件申请依法顺延到下年度答复。'))
      .toEqual(['pass|72件+5件 = 70件+7件 = 77件（收支平衡）（办结数含上年结转5件）']);
    expect(sums('（二）依申请公开。全年共收到申请72件，已答复69件，另外3件申请依法顺延到下年度答复。')).toEqual(['pass|72件 = 69件+3件（收支平衡，未写上年结转）']);
    expect(keys('（二）依申请公开。全年共收到申请72件，已答复70件（含上年度结转5件），另外6件申请依法顺延到下年度答复。')).toEqual(['text.parts-sum:error:77:76']);
    expect(keys('（二）依申请公开。全年共收到申请72件，已答复68件，另外3件申请依法顺延到下年度答复。')).toEqual(['text.parts-sum:warning:72:71']);
  });
  it('silent: more went out than the bracket allows, another year named, a 受理 that may hold those carried in', () => {
    expect(keys('（二）依申请公开。全年共收到申请72件，已答复70件（含上年度结转5件），另外8件申请依法顺延到下年度答复。')).toEqual([]);
    expect(sums('（二）依申请公开。全年共收到申请72件，已答复70件（含上年度结转5件），另外8件申请依法顺延到下年度答复。')[0]).toMatch(/^skip\|/);
    expect(sums('（二）依申请公开。全年共收到申请72件，已答复69件，另外3件申请依法顺延至2026年答复。')).toEqual([]);
    expect(keys('（二）依申请公开。全年共受理申请72件，已答复70件（含上年度结转5件），另外6件申请依法顺延到下年度答复。')).toEqual([]);
  });
});

describe('recall37 2: a list after a "…如下：" head divides the whole named before it', () => {
  // Seen in real reports: "共收到申请…件，申请方式如下：…", "主要类别如下：…"
  it('a closed list (an 其他 item) or one that adds up: a pass, or an error where closed and off', () => {
    expect(sums('（二）依申请公开。全年共收到申请63件，申请方式如下：当面申请4件，网络申请57件，其他方式2件。')).toEqual(['pass|4件+57件+2件 = 63件']);
    expect(sums('（二）依申请公开。全年共收到申请63件，申请方式如下：当面申请4件，网络申请57件，信函申请2件。')).toEqual(['pass|4件+57件+2件 = 63件']);
    expect(keys('（二）依申请公开。全年共收到申请63件，申请方式如下：当面申请4件，网络申请57件，其他方式1件。')).toEqual(['text.parts-sum:error:62:63']);
    expect(keys('（二）依申请公开。全年共收到申请63件。申请方式如下：当面申请4件，网络申请57件，其他方式1件。')).toEqual(['text.parts-sum:error:62:63']);
    // over the whole, wrong either way
    expect(keys('（二）依申请公开。全年共收到申请63件，申请方式如下：当面申请4件，网络申请57件，信函申请3件。')).toEqual(['text.parts-sum:error:64:63']);
    expect(sums('（二）依申请公开。全年共收到申请63件，主要类别如下：城乡规划30件，土地征收21件，其他类12件。')).toEqual(['pass|30件+21件+12件 = 63件']);
    expect(sums('（二）依申请公开。全年共收到申请63件，主要申请方式如下：当面申请4件，网络申请57件，信函申请2件。')).toEqual(['pass|4件+57件+2件 = 63件']);
    expect(keys('（二）依申请公开。全年共收到申请63件，主要申请方式如下：当面申请4件，网络申请57件，其他方式3件。')).toEqual(['text.parts-sum:error:64:63']);
  });
  it('silent: short and open, kinds of content (they may overlap), "主要" with no 其他, "等", "具体情况如下"', () => {
    for (const [text, why] of [
      ['（二）依申请公开。全年共收到申请63件，申请方式如下：当面申请4件，网络申请57件，信函申请1件。', /^skip\|所列各项之和62件小于总数63件/],
      ['（二）依申请公开。全年共收到申请63件，主要类别如下：城乡规划30件，土地征收21件，其他类11件。', /^skip\|所列各项之和62件与63件不符，但按内容所分各类可能交叉/],
      ['（二）依申请公开。全年共收到申请63件，主要申请方式如下：当面申请4件，网络申请57件，信函申请3件。', /^skip\|所列各项之和64件与63件不符，但所列是“主要”的几类，可能未列全/],
    ] as const) {
      expect(keys(text)).toEqual([]);
      expect(sums(text)).toHaveLength(1);
      expect(sums(text)[0]).toMatch(why);
    }
    for (const text of [
      '（二）依申请公开。全年共收到申请63件，申请方式如下：当面申请4件，网络申请50件等。',
      '（二）依申请公开。全年共收到申请63件，主要类别如下：城乡规划30件，土地征收22件。',
    ]) {
      expect(keys(text)).toEqual([]);
      expect(sums(text).filter((o) => !o.startsWith('skip|'))).toEqual([]);
    }
    // "具体情况如下：" opens anything: no list of it (the flow after it is read as a flow)
    expect(sums('（二）依申请公开。全年共收到申请63件，具体情况如下：办结60件，结转下年度3件。')).toEqual(['pass|63件 = 60件+3件（收支平衡，未写上年结转）']);
  });
});

describe('recall37 3: a "；" list whose last item follows a "，"', () => {
  // Seen in real reports: "其中当面申请…件；网络申请…件；信函申请…件，传真申请…件"
  it('the item after the "，" is the list\'s last', () => {
    expect(sums('（二）依申请公开。全年共收到申请71件，其中当面申请6件；网络申请58件；信函申请5件，传真申请2件。')).toEqual(['pass|6件+58件+5件+2件 = 71件']);
    expect(sums('（二）依申请公开。全年共办结申请71件，其中予以公开40件；部分公开18件；不予公开5件，无法提供8件。')).toEqual(['pass|40件+18件+5件+8件 = 71件']);
    expect(keys('（二）依申请公开。全年共办结申请71件，其中予以公开40件；部分公开18件；不予公开5件，无法提供9件。')).toEqual(['text.parts-sum:error:72:71']);
    expect(keys('（二）依申请公开。全年共收到申请71件，其中当面申请6件；网络申请58件；信函申请5件，传真申请3件。')).toEqual(['text.parts-sum:error:72:71']);
  });
  it('silent: short and open; a count of another kind after the "，" ends the list', () => {
    const text = '（二）依申请公开。全年共收到申请71件，其中当面申请6件；网络申请58件；信函申请5件，办结70件。';
    expect(keys(text)).toEqual([]);
    expect(sums(text)).toEqual(['skip|所列各项之和69件小于总数71件，列举可能不完整']);
  });
});

describe('recall37 6: a list of results opening on "依申请同意公开"', () => {
  // Seen in real reports: "其中，依申请同意公开…件、部分公开…件，不予处理…件，…" was read as its first two items
  it('依申请 says what was granted: the results go on after the "、" pair', () => {
    expect(sums('（二）依申请公开。全年共办结申请46件。其中，依申请同意公开15件、部分公开3件，不予处理2件，无法提供26件。')).toEqual(['pass|15件+3件+2件+26件 = 46件']);
    expect(sums('（二）依申请公开。受理政府信息公开申请46件。其中，依申请同意公开15件、部分公开3件，不予处理2件，告知通过其他途径办理9件，结转下年度继续办理17件。'))
      .toEqual(['pass|15件+3件+2件+9件+17件 = 46件']);
    expect(keys('（二）依申请公开。全年共办结申请46件。其中，依申请同意公开15件、部分公开3件，不予处理2件，无法提供27件。')).toEqual(['text.parts-sum:error:47:46']);
    expect(keys('（二）依申请公开。全年共办结申请46件，其中依申请予以公开15件、部分公开3件，不予处理2件，无法提供27件。')).toEqual(['text.parts-sum:error:47:46']);
  });
  it('silent: results over a count received (some may be last year\'s); channels before results still end the list', () => {
    const text = '（二）依申请公开。受理政府信息公开申请46件。其中，依申请同意公开15件、部分公开3件，不予处理2件，无法提供27件。';
    expect(keys(text)).toEqual([]);
    expect(sums(text)[0]).toMatch(/^skip\|所列为办理结果，合计47件，总数46件是收到的申请数/);
    const channels = '（二）依申请公开。全年共收到申请46件，其中依申请网上申请40件、信函申请6件，予以公开30件。';
    expect(keys(channels)).toEqual([]);
    expect(sums(channels)).toEqual(['pass|40件+6件 = 46件']);
  });
});

describe('recall37 5: the withdrawn named in the sentence after the results', () => {
  // Seen in real reports: "…无法提供…件。另有…件申请人主动撤回申请。"
  it('the results and the withdrawn make the whole: a pass (it was a skip, short by them)', () => {
    expect(sums('（二）依申请公开。全年共办结申请52件，其中予以公开31件，部分公开12件，无法提供4件。另有5件申请人主动撤回申请。')).toEqual(['pass|31件+12件+4件+5件 = 52件']);
    expect(sums('（二）依申请公开。全年共办结申请52件，予以公开31件，部分公开12件，无法提供4件。申请人主动撤回申请5件。')).toEqual(['pass|31件+12件+4件+5件 = 52件']);
    // and short with them or without, or over with them, as before: the list as written, a skip
    expect(sums('（二）依申请公开。全年共办结申请52件，其中予以公开31件，部分公开12件，无法提供4件。另有6件申请人主动撤回申请。'))
      .toEqual(['skip|所列各项之和47件小于总数52件，列举可能不完整']);
  });
  it('silent: a 复议 withdrawn, a sentence with more figures, a list of channels', () => {
    for (const text of [
      '（二）依申请公开。全年共办结申请52件，其中予以公开31件，部分公开12件，无法提供4件。申请人撤回行政复议申请5件。',
      '（二）依申请公开。全年共办结申请52件，其中予以公开31件，部分公开12件，无法提供4件。申请人主动撤回申请5件，较上年减少2件。',
      '（二）依申请公开。全年共收到申请52件，其中当面申请6件，网上申请41件。另有5件申请人主动撤回申请。',
    ]) {
      expect(keys(text)).toEqual([]);
      expect(sums(text)).toEqual([expect.stringMatching(/^skip\|所列各项之和47件小于总数52件/)]);
    }
  });
});

describe('recall37 4: a form\'s blanks, the whole and every item in brackets ("（600）条")', () => {
  // Seen in real reports: "公开政府信息（…）条，其中…（…）条，…" (no figure was read, the list was not checked)
  it('read as a 其中 list: a pass where it adds up, an error where closed and off or over', () => {
    expect(sums('（一）主动公开。全年主动公开政府信息（1240）条，其中工作动态（810）条，通知公告（330）条，其他信息（100）条。'))
      .toEqual(['pass|（810）条+（330）条+（100）条 = （1240）条']);
    expect(keys('（一）主动公开。全年主动公开政府信息（1240）条，其中工作动态（810）条，通知公告（330）条，其他信息（99）条。')).toEqual(['text.parts-sum:error:1239:1240']);
    expect(keys('（一）主动公开。全年主动公开政府信息（1240）条，其中工作动态（810）条、通知公告（440）条。')).toEqual(['text.parts-sum:error:1250:1240']);
  });
  it('silent: short and open; an item worded as a change; a plain figure among them; no words of publishing', () => {
    const text = '（一）主动公开。全年主动公开政府信息（1240）条，其中工作动态（810）条，通知公告（330）条。';
    expect(keys(text)).toEqual([]);
    expect(sums(text)).toEqual(['skip|所列各项之和1140条小于总数（1240）条，列举可能不完整']);
    // items joined by 、, then one after a ，(a section of the site, perhaps, not a kind): read without it too
    const mixed = '（一）主动公开。一是通过门户网站发布政务信息（1240）条，其中：概况类信息（25）条、政务动态信息（1180）条，信息公开目录（300）条。';
    expect(keys(mixed)).toEqual([]);
    expect(sums(mixed)).toEqual(['skip|所列各项之和1205条小于总数（1240）条，列举可能不完整']);
    for (const t of [
      '（一）主动公开。全年主动公开政府信息（1240）条，其中工作动态（810）条，通知公告（330）条，较上年增加（60）条。',
      '（一）主动公开。全年主动公开政府信息（1240）条，其中工作动态（810）条，通知公告330条，其他信息（99）条。',
      '（一）主动公开。本年度编号第（1240）条，其中工作动态（810）条，其他信息（99）条。',
    ]) {
      expect(keys(t)).toEqual([]);
      expect(sums(t)).toEqual([]);
    }
  });
});
