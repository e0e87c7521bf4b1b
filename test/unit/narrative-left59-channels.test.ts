/**
 * left59 (session 50): what left57 and rt58 left unread, items a and b, each true of word-2021-consistent's table 三
 * (新收 62, 上年结转 4, 办结 63, 结转下年度 3), its wrong twin (one figure changed) flagged, look-alikes silent:
 * a. channels closed by a bare 合计 with no 收到 before them ("网上申请40件，快递22件，合计61件"): the list's own sum
 *    (parts-heads.ts findClauseListTotals, parts-other-shapes.ts findTrailingTotalGroups, by channel-total.ts's words);
 *    the 合计 is still compared with 本年新收 only after 收到/受理 (left57);
 * b. "上年结转4份" after a 份 of applications in its sentence (application-copies.ts carriedCopies).
 */
import { describe, expect, it } from 'vitest';
import { checksOf, findingKeys, onWord2021 } from './narrative-tables.ts';

const keys = (text: string, tables = true) => findingKeys(onWord2021(text, tables));
const sums = (text: string, tables = true) => checksOf(onWord2021(text, tables), 'text.parts-sum');

describe('left59 a: channels closed by 合计, no 收到 before them — the list\'s own sum', () => {
  it('true: a pass, with the table and with none', () => {
    for (const t of ['网上申请40件，快递22件，合计62件。', '网上申请40件、快递22件，合计62件。', '通过网络提交40件，邮寄22件，合计62件，上年结转4件。']) {
      expect(keys(t), t).toEqual([]);
      expect(keys(t, false), t).toEqual([]);
      expect(sums(t), t).toEqual(['pass 40件+22件 = 62件']);
    }
    expect(sums('当面申请10件，网上申请30件，快递22件，合计62件。')).toEqual(['pass 10件+30件+22件 = 62件']);
    // 咸阳市秦都区 2024's whole sentence (left57's): the sum beside the rest, each against table 三
    expect(keys('网上申请40件，快递22件，合计62件，上年结转4件，截至12月底已回复63件，3件正在办理中。')).toEqual([]);
  });
  it('TWINS: the total off the sum is an error (was silent: no 合计 read)', () => {
    expect(keys('网上申请40件，快递22件，合计61件。')).toEqual(['text.parts-sum:error:62:61']);
    expect(keys('网上申请40件，快递22件，合计61件。', false)).toEqual(['text.parts-sum:error:62:61']);
    expect(keys('网上申请40件、快递22件，合计61件。')).toEqual(['text.parts-sum:error:62:61']);
    expect(keys('通过网络提交40件，邮寄22件，合计60件，上年结转4件。')).toEqual(['text.parts-sum:error:62:60']);
    expect(keys('网上申请40件，快递22件，合计61件，上年结转4件，截至12月底已回复63件，3件正在办理中。')).toEqual(['text.parts-sum:error:62:61']);
    // (with 收到 before them, the 合计 is 本年新收 too: both said)
    expect(keys('全年共收到网上申请40件，快递22件，合计61件。')).toEqual(['text.parts-sum:error:62:61', 'text.vs-table:error:62:61']);
  });
  it('look-alikes: short of the total a skip (a channel may be left out), more said after it, or other items, nothing', () => {
    expect(keys('网上申请40件，快递22件，合计63件。')).toEqual([]);
    expect(sums('网上申请40件，快递22件，合计63件。')).toEqual(['skip 所列各项之和62件小于总数63件，列举可能不完整']);
    expect(sums('网上申请40件，快递22件，合计66件（含上年结转4件）。')).toEqual([]);
    expect(sums('网上申请40件，快递22件，合计70件，另有当面申请8件。')).toEqual([]);
    expect(sums('网上申请40件，咨询22件，合计70件。')).toEqual([]);
  });
});

describe('left59 b: "上年结转4份" after a 份 of applications', () => {
  it('true: a pass on table 三\'s 上年结转 (and 结转下年度)', () => {
    expect(checksOf(onWord2021('收到政府信息公开申请62份，上年结转4份。'), 'text.vs-table')).toEqual(['pass 62份 = 表三“本年新收” 62', 'pass 4份 = 表三“上年结转” 4']);
    expect(keys('本年度共收到62份政府信息公开申请，上年结转4份，结转下年度继续办理3份。')).toEqual([]);
    expect(checksOf(onWord2021('收到政府信息公开申请62份，另有上年结转的4份。'), 'text.vs-table')).toContain('pass 4份 = 表三“上年结转” 4');
  });
  it('TWINS: an error (was unread)', () => {
    expect(keys('收到政府信息公开申请62份，上年结转3份。')).toEqual(['text.vs-table:error:4:3']);
    expect(keys('收到政府信息公开申请62份，另有上年结转的5份。')).toEqual(['text.vs-table:error:4:5']);
    expect(keys('本年度共收到62份政府信息公开申请，上年结转4份，结转下年度继续办理2份。')).toEqual(['text.vs-table:error:3:2']);
  });
  it('look-alikes: no 份 of applications before it, documents, other requests — unread', () => {
    for (const t of ['上年结转5份，本年新收62份。', '印发文件62份，上年结转5份。', '收到行政复议申请1份，上年结转5份。', '收到人大代表建议62份，上年结转5份。',
      '收到信访件62份，上年结转5份。', '收到政府信息公开申请62份，上年结转申请材料5份。']) {
      expect(keys(t), t).toEqual([]);
    }
  });
});
