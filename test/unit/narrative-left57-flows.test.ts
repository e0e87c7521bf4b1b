/**
 * left57: readings session 48's helpers left unread (docs/testing.md, change54/recall54/hunt55/rt55), items 1–4 of
 * the brief, each true of word-2021-consistent's table 三 (新收 62, 上年结转 4, 办结 63: 32/7/5/15/3/1, 结转下年度 3),
 * its wrong twin (one figure changed) flagged, and look-alikes (the same words, another meaning) silent:
 * 1. a 、-list before a 连同/加上 clause and 合计: the whole list and the added count summed (parts-other-shapes.ts plusList);
 * 2. "网上申请40件，快递22件，合计62件，上年结转4件，截至12月底已回复63件，3件正在办理中" (咸阳市秦都区 2024's shape):
 *    已回复 is 答复 (measures.ts processed), 12月底 the year's end (carried-after.ts YEAR_END), a 合计 after channels
 *    received where the first names 收到 (channel-total.ts), and after that 合计 the 63 the whole's, not a channel's;
 * 3. a change after the applications' noun and a bracket about them ("62件政府信息公开申请（均为网上提交），较上年…"):
 *    change-after-clauses.ts countWordsEnd, for year-on-year.ts and last-year-claims.ts;
 * 4. 份 where it counts applications ("收到政府信息公开申请62份"), not documents (application-copies.ts).
 */
import { describe, expect, it } from 'vitest';
import { checksOf, findingKeys, onWord2021, runProse } from './narrative-tables.ts';
import type { LastYearClaim } from '../../lib/narrative/last-year-claims.ts';

const keys = (text: string, tables = true) => findingKeys(onWord2021(text, tables));
const failed = (text: string, rule: string, tables = true) => checksOf(onWord2021(text, tables), rule).filter((c) => c.startsWith('fail'));

describe('left57 1: "A、B、C，连同D，合计N" sums the whole list and D', () => {
  const six = '予以公开32件、部分公开7件、不予公开5件、无法提供15件、不予处理3件、其他处理1件';
  it('true: a pass of the list and the 3 (with the table and with none)', () => {
    for (const t of [`${six}，连同结转下年度继续办理的3件，合计66件。`, `全年办结的${six}，加上结转下年度继续办理的3件，共66件。`]) {
      expect(keys(t), t).toEqual([]);
      expect(checksOf(onWord2021(t, false), 'text.parts-sum'), t).toEqual(['pass 32件+7件+5件+15件+3件+1件+3件 = 66件']);
    }
    // the brief's own, with no table: 40 + 7 + 3 + 3
    expect(checksOf(onWord2021('予以公开40件、部分公开7件、不予公开3件，连同结转下年度继续办理的3件，合计53件。', false), 'text.parts-sum')).toEqual(['pass 40件+7件+3件+3件 = 53件']);
  });
  it('TWINS: the total off by one, over or short, an error (was silent since rt55)', () => {
    expect(keys(`${six}，连同结转下年度继续办理的3件，合计67件。`)).toEqual(['text.parts-sum:error:66:67']);
    expect(keys(`全年办结的${six}，加上结转下年度继续办理的3件，共65件。`)).toEqual(['text.parts-sum:error:66:65']);
    expect(keys('予以公开40件、部分公开7件、不予公开3件，连同结转下年度继续办理的3件，合计54件。', false)).toEqual(['text.parts-sum:error:53:54']);
  });
  it('look-alikes: a list with 等 or an item without its figure is not summed; after 其中 short of it is a skip', () => {
    expect(keys('予以公开32件、部分公开7件等，连同结转下年度继续办理的3件，合计66件。')).toEqual([]);
    expect(failed('予以公开32件、部分公开、不予公开5件，连同结转下年度继续办理的3件，合计66件。', 'text.parts-sum', false)).toEqual([]);
    const t = '全年办结63件，其中予以公开32件、部分公开7件，连同结转下年度继续办理的3件，合计66件。';
    expect(keys(t)).toEqual([]);
    expect(checksOf(onWord2021(t, false), 'text.parts-sum')).toContain('skip 所列各项之和42件小于总数66件，列举可能不完整');
  });
});

describe('left57 2: channels, 合计, 上年结转, 截至12月底已回复, 正在办理中 — each against table 三', () => {
  const lead = '全年依申请公开共收到群众网上申请40件，快递22件，';
  const t = `${lead}合计62件，上年结转4件，截至12月底已回复63件，3件正在办理中。`;
  it('true: 62 received, 4 carried in, 63 answered, 3 carried on — all pass', () => {
    expect(keys(t)).toEqual([]);
    expect(checksOf(onWord2021(t), 'text.vs-table')).toEqual(expect.arrayContaining([
      'pass 62件 = 表三“本年新收” 62', 'pass 63件 = 表三“办理结果总计” 63', 'pass 3件 = 表三“结转下年度继续办理” 3']));
    // (with no table its flow balances, as hunt55 read it)
    expect(checksOf(onWord2021(t, false), 'text.parts-sum')).toContain('pass 62件+4件 = 63件+3件 = 66件（收支平衡）');
  });
  it('TWINS: each figure off by one, an error', () => {
    // (and the channels' own sum, 40 + 22 against 61: left59)
    expect(keys(t.replace('合计62件', '合计61件'))).toEqual(['text.parts-sum:error:62:61', 'text.vs-table:error:62:61']);
    expect(keys(t.replace('已回复63件', '已回复64件'))).toEqual(['text.vs-table:error:63:64']);
    expect(keys(t.replace('3件正在办理中', '2件正在办理中'))).toEqual(['text.vs-table:error:3:2']);
    // (without 收到 the 合计 is unread, but the rest is read: the list closed by its 合计, what follows is the whole's)
    expect(keys('网上申请40件，快递22件，合计62件，上年结转4件，截至12月底已回复64件，3件正在办理中。')).toEqual(['text.vs-table:error:63:64']);
  });
  it('look-alikes: other work, a bare 回复, a 合计 with its verb, 截至目前 — silent', () => {
    for (const x of [
      '网上咨询40件，电话咨询22件，合计60件。',
      '网上留言回复40件，已回复22件。',
      '截至目前，已回复60件，5件正在办理中。',
      '共收到网上申请40件，信函申请12件，合计52件，另有当面申请10件。',
      '共收到网上申请40件，信函申请12件，合计52件（不含当面申请10件）。',
    ]) expect(keys(x), x).toEqual([]);
    // (a 合计 of channels with no 收到 may total only those named: narrative-gaps29's silent "…合计53件")
    expect(keys('网上申请40件，信函申请12件，合计53件。')).toEqual([]);
  });
});

describe('left57 3: a change after the noun and a bracket about the count (hunt55\'s "（均为自然人提交），同比上升16.13%")', () => {
  it('true: the change is the count\'s (a pass), TWINS an error', () => {
    for (const t of ['2022年共受理政府信息公开申请62件（均为网上提交），较上年的57件增加5件。', '2022年共受理62件政府信息公开申请（均为网上提交），较上年的57件增加5件。',
      '2022年共受理62件政府信息公开申请，较上年的57件增长8.8%。', '2022年共受理62件政府信息公开申请（均为网上提交），主要涉及医疗卫生方面，较上年的57件增加5件。']) {
      expect(keys(t), t).toEqual([]);
      expect(checksOf(onWord2021(t), 'text.change'), t).toEqual([expect.stringMatching(/^pass/)]);
    }
    expect(keys('2022年共受理政府信息公开申请62件（均为网上提交），较上年的57件增加6件。')).toEqual(['text.change:error:5:6']);
    expect(keys('2022年共受理62件政府信息公开申请，较上年的57件增长10%。')).toEqual(['text.change:error:9:10']);
  });
  it('the lone change kept for last year\'s report (last-year-claims.ts), as the count\'s', () => {
    const claims = (t: string): LastYearClaim[] => runProse(`<p>${t}</p>`, { 't3.new.total': 36, 't3.carried.total': 0 }, 2023).lastYear ?? [];
    expect(claims('2023年共受理36件政府信息公开申请（均为自然人提交），同比上升16.13%。').map((c) => [c.value, c.pct])).toEqual([[36, '16.13']]);
    expect(claims('2023年共受理36件政府信息公开申请，同比上升16.13%。').map((c) => [c.value, c.pct])).toEqual([[36, '16.13']]);
    // (a bracket naming a part or what the count holds: not this reading)
    expect(claims('2023年共受理36件政府信息公开申请（含上年结转），同比上升16.13%。')).toEqual([]);
  });
  it('look-alikes: a bracket with a figure or 含 — no new reading of the count', () => {
    expect(keys('2022年共受理政府信息公开申请62件（其中网上申请40件），较上年的57件增加5件。')).toEqual([]);
    expect(checksOf(onWord2021('2022年共受理62件政府信息公开申请（含上年结转），较上年的57件增加6件。'), 'text.change')).toEqual([]);
  });
});

describe('left57 4: 份 as the applications\' unit', () => {
  it('true: a pass; TWINS an error', () => {
    // (the 4份 carried in after it read since left59: application-copies.ts carriedCopies)
    expect(checksOf(onWord2021('2022年共收到政府信息公开申请62份，上年结转4份。'), 'text.vs-table')).toEqual(['pass 62份 = 表三“本年新收” 62', 'pass 4份 = 表三“上年结转” 4']);
    expect(keys('2022年共收到政府信息公开申请61份，上年结转4份。')).toEqual(['text.vs-table:error:62:61']);
    expect(keys('全年答复申请63份，结转下年度继续办理3份。')).toEqual([]);
    expect(keys('全年答复申请64份，结转下年度继续办理3份。')).toEqual(['text.vs-table:error:63:64']);
    expect(keys('2022年共收到62份政府信息公开申请，办结63件。')).toEqual([]);
    expect(keys('2022年共收到61份政府信息公开申请，办结63件。')).toEqual(['text.vs-table:error:62:61']);
  });
  it('look-alikes: documents in 份 stay out', () => {
    for (const x of ['全年印发文件36份，发放宣传资料2000份。', '全年共收到政府信息公开申请62件，印发文件36份。', '受理政府信息公开申请62件，提供纸质材料120份。',
      '全年共收到政府信息公开申请62件，制发告知书36份。', '全年共收到政府信息公开申请62件，发放申请表200份。', '全年共收到政府信息公开申请62件，收到行政复议申请书2份。',
      '全年共收到政府信息公开申请62件，出具补正申请告知书5份。']) {
      expect(keys(x), x).toEqual([]);
      expect(checksOf(onWord2021(x), 'text.vs-table').filter((c) => c.includes('份')), x).toEqual([]);
    }
  });
});
