/**
 * txt61 (session 51): what left59 and rt60 left of the text's readings, on word-2021-consistent's tables (新收 62, 上年结转 4,
 * 予以公开 32, 部分公开 7, 不予公开 5, 无法提供 15, 不予处理 3, 其他处理 1, 办结 63, 结转下年度 3) and with none:
 * 1. a 从…看 run of results in quotes ("“予以公开”的11件；…；结转下年度继续办理的3件", 丰泽区 2019 — fengze-2019): a quoted
 *    result was no result to parts-sum.ts partsIn (its label opens on “), so the 结转 item ended the list and its sum went unread;
 * 2. 转办 as the count received (forwarded-in.ts: "其中市政府办公室转办…申请30件，办结28件，结转下年2件", donghu-zrzy-2023), out
 *    ("我局转办其他单位…") not read, neither said a skip; a 转办 clause qualifies the applications (qualified-count.ts);
 * 3. 累计 after the year (running-total.ts): far over the table's figure, or as of the year's end, a skip;
 * 4. 去年结转/去年遗留 as 上年结转 (period.ts CARRIED_SOURCE), in 件 and 份 (application-copies.ts).
 */
import { describe, expect, it } from 'vitest';
import { checksOf, findingKeys, onWord2021 } from './narrative-tables.ts';
import { TXT61_TRUE } from './narrative-txt61-sentences.ts';

const keys = (t: string, tables = true): string[] => findingKeys(onWord2021(t, tables));
const sums = (t: string, tables = true): string[] => checksOf(onWord2021(t, tables), 'text.parts-sum');
const vs = (t: string, tables = true): string[] => checksOf(onWord2021(t, tables), 'text.vs-table');

describe('txt61: every true sentence silent, with the tables and with none', () => {
  for (const [group, sentences] of Object.entries(TXT61_TRUE)) {
    it.each(sentences)(`${group}: %s`, (t) => {
      expect(keys(t), 'with tables').toEqual([]);
      expect(keys(t, false), 'no table').toEqual([]);
    });
  }
});

describe('txt61 1: results in quotes run over ；', () => {
  const fengze = '全年共收到政府信息公开申请66件。从办理结果来看，“予以公开”的32件；“部分公开”的7件；“不予公开”的5件；“无法提供”的15件；“不予处理”的3件；“其他处理”的1件；结转下年度继续办理的3件。';
  it('true: the run summed to the count named (was no sum: the quoted items were no results, the 结转 item ended it)', () => {
    for (const tables of [true, false]) expect(sums(fengze, tables)).toEqual(['pass 32件+7件+5件+15件+3件+1件+3件 = 66件']);
    expect(sums(fengze.replace(/“([^”]+)”的/g, '「$1」的'), false)).toEqual(['pass 32件+7件+5件+15件+3件+1件+3件 = 66件']);
    expect(sums(fengze.replace('结转下年度继续办理的3件', '“结转下年度继续办理”的3件'), false)).toEqual(['pass 32件+7件+5件+15件+3件+1件+3件 = 66件']);
    // (each item still compared with its row of table 三)
    expect(vs(fengze)).toContain('pass 3件 = 表三“结转下年度继续办理” 3');
    expect(vs(fengze)).toContain('pass 7件 = 表三“部分公开” 7');
  });
  it('TWINS: an item changed is flagged (against the row; with no table, against the 办结 named)', () => {
    expect(keys(fengze.replace('“部分公开”的7件', '“部分公开”的8件'))).toEqual(['text.vs-table:error:7:8']);
    expect(keys(fengze.replace('结转下年度继续办理的3件', '结转下年度继续办理的4件'))).toEqual(['text.vs-table:error:3:4']);
    const closed = '全年办结政府信息公开申请63件。从办理结果看，“予以公开”的32件；“部分公开”的7件；“不予公开”的5件；“无法提供”的15件；“不予处理”的3件；“其他处理”的2件。';
    expect(keys(closed, false)).toEqual(['text.parts-sum:error:64:63']);
    expect(keys(closed)).toEqual(['text.parts-sum:error:64:63', 'text.vs-table:error:1:2']);
    expect(keys('全年共收到政府信息公开申请62件。从申请渠道看，“网上申请”的40件；“信函申请”的23件。', false)).toEqual(['text.parts-sum:error:63:62']);
  });
  it('look-alikes: results over what was received stay a skip (those carried in and on), as unquoted', () => {
    const off = fengze.replace('“部分公开”的7件', '“部分公开”的8件');
    expect(sums(off, false)).toEqual([expect.stringMatching(/^skip 所列为办理结果，合计67件，总数66件是收到的申请数/)]);
    expect(sums(off.replace(/“([^”]+)”的/g, '$1'), false)).toEqual(sums(off, false));
  });
});

describe('txt61 2: 转办 — in, out, or not told', () => {
  const donghu = '其中市政府办公室转办政府信息公开申请30件，办结28件，结转下年2件。';
  it('in (another body forwards, 由/收到 before, 转来, 转办至我局): its own flow read (was no claim)', () => {
    for (const tables of [true, false]) expect(sums(donghu, tables)).toEqual(['pass 30件 = 28件+2件（收支平衡，未写上年结转）']);
    expect(sums('由市政府办公室转办的政府信息公开申请30件，办结28件，结转下年度2件。', false)).toEqual(['pass 30件 = 28件+2件（收支平衡，未写上年结转）']);
    expect(sums('其中，转办至我局的政府信息公开申请6件，办结5件，结转下年度1件。', false)).toEqual(['pass 6件 = 5件+1件（收支平衡，未写上年结转）']);
    expect(sums('其中，市政府办公室转办政府信息公开申请30件，上年结转1件，办结29件，结转下年度2件。')).toEqual(['pass 30件+1件 = 29件+2件 = 31件（收支平衡）']);
  });
  it('TWINS: a figure changed is flagged (less out than in a warning, as any part\'s flow with no 上年结转 said)', () => {
    for (const tables of [true, false]) expect(keys(donghu.replace('办结28件', '办结27件'), tables)).toEqual(['text.parts-sum:warning:30:29']);
    expect(keys('其中，市政府办公室转办政府信息公开申请30件，上年结转1件，办结29件，结转下年度1件。')).toEqual(['text.parts-sum:error:31:30']);
    expect(keys('其中区政府办公室转交政府信息公开申请12件，已办结10件，结转下年度1件。')).toEqual(['text.parts-sum:warning:12:11']);
    expect(keys('其中省厅转办政府信息公开申请5件，办结3件，结转下年度1件。', false)).toEqual(['text.parts-sum:warning:5:4']);
  });
  it('not told who forwarded to whom: a skip that says so (no table); with tables its 办结 is no longer compared with the table\'s', () => {
    const bare = '转办政府信息公开申请30件，办结28件，结转下年2件。';
    expect(sums(bare, false)).toEqual(['skip “转办”的30件是转给本机关的还是本机关转出的，句中没有说，收支无从核对']);
    // (on main: errors 28 ≠ 63 and 2 ≠ 3 — the forwarded are a part, whichever way they went)
    expect(keys(bare)).toEqual([]);
    expect(vs(bare)).toEqual([expect.stringMatching(/^skip 前文所计的只是部分申请/), expect.stringMatching(/^skip 前文所计的只是部分申请/)]);
  });
  it('out (我局转办…, 转办有关部门, 转办其他单位): no flow read, as before', () => {
    for (const t of ['我局转办其他单位政府信息公开申请3件，办结59件，结转下年度3件。', '我局将不属于本机关职责的申请转办有关部门3件。', '全年收到政府信息公开申请62件，其中转办其他单位3件。']) {
      expect(sums(t, false), t).toEqual([]);
      expect(keys(t), t).toEqual([]);
    }
  });
});

describe('txt61 3: 累计 after the year, a running total by its size or its day', () => {
  it.each([
    ['2022年，我局累计受理政府信息公开申请856件。', /^skip “累计”的856件远多于表格本年度的62件，可能是历年的累计数/],
    ['2022年，我局累计办结政府信息公开申请850件。', /^skip “累计”的850件远多于表格本年度的63件/],
    ['2022年底，我局累计受理政府信息公开申请856件。', /^skip “…年底…累计”的856件是到年底为止的累计数/],
    ['2022年12月底，我局累计办理政府信息公开申请850件。', /^skip “…年底…累计”的850件/],
  ])('%s: a skip (was an error)', (t, why) => {
    expect(keys(t)).toEqual([]);
    expect(vs(t)).toEqual([expect.stringMatching(why)]);
  });
  it('TWINS: the year\'s 累计 near the table\'s figure still an error; 全年累计 whatever its size', () => {
    expect(keys('2022年，我局累计收到政府信息公开申请65件。')).toEqual(['text.vs-table:error:62:65']);
    expect(keys('2022年累计收到政府信息公开申请65件。')).toEqual(['text.vs-table:error:62:65']);
    expect(keys('2022年，我局累计办结政府信息公开申请60件。')).toEqual(['text.vs-table:error:63:60']);
    expect(keys('全年累计收到政府信息公开申请856件。')).toEqual(['text.vs-table:error:62:856']);
    expect(keys('2022年，我局累计收到政府信息公开申请62件。')).toEqual([]);
    expect(vs('2022年，我局累计收到政府信息公开申请62件。')).toEqual(['pass 62件 = 表三“本年新收” 62']);
  });
});

describe('txt61 4: 去年结转 as 上年结转', () => {
  it('true: compared with 上年结转, in 件 and 份, and in the flow (was no claim)', () => {
    expect(vs('全年收到政府信息公开申请62件，去年结转4件。')).toContain('pass 4件 = 表三“上年结转” 4');
    expect(vs('全年收到政府信息公开申请62份，去年结转4份。')).toContain('pass 4份 = 表三“上年结转” 4');
    expect(vs('全年收到政府信息公开申请62件，去年遗留4件。')).toContain('pass 4件 = 表三“上年结转” 4');
    expect(sums('全年收到申请62件，去年结转4件，办结63件，结转下年度3件。', false)).toEqual(['pass 62件+4件 = 63件+3件 = 66件（收支平衡）']);
  });
  it('TWINS: an error', () => {
    expect(keys('全年收到政府信息公开申请62件，去年结转5件。')).toEqual(['text.vs-table:error:4:5']);
    expect(keys('全年收到政府信息公开申请62份，去年结转5份。')).toEqual(['text.vs-table:error:4:5']);
    expect(keys('2022年共受理政府信息公开申请66件，其中本年新收62件，去年结转3件。')).toEqual(['text.parts-sum:error:65:66', 'text.vs-table:error:4:3']); // (the two sources a closed list since hunt102)
    expect(keys('全年收到申请62件，去年结转5件，办结63件，结转下年度3件。', false)).toEqual(['text.parts-sum:error:67:66']);
  });
  it('look-alikes: last year\'s count, and 份 that count no applications, stay unread', () => {
    for (const t of ['去年收到政府信息公开申请57件。', '全年收到政府信息公开申请62件，较去年增加5件。', '印发文件62份，去年结转4份。', '收到信访件62份，去年结转4份。']) {
      expect(keys(t), t).toEqual([]);
      expect(vs(t).filter((c) => /上年结转/.test(c)), t).toEqual([]);
    }
  });
});
