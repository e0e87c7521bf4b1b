/**
 * recall48 6: 完成 as the year's closed count ("共收到…91件，完成88件，结转下年度3件"; 南昌's reports write "全年共完成依申请
 * 公开办理N件", "已全部办理完成"): read as 办理结果总计 (measures.ts processed) where nothing makes it something else — not
 * 完成率/完成度, not 未完成, not 完成整改 or another work named after it, and 按时完成 is a part (qizhong-readings.ts SUBSET).
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse, word } from './narrative-tables.ts';

/** Against the bureau's tables (2021: 新收 86, 上年结转 5, 办结 88, 结转下年度 3). */
const onTables = (text: string) => runProse(`<p>（二）依申请公开情况</p>${word(text)}`, BUREAU_TABLES, 2021, '青溪区卫生健康局');
const keys = (text: string): string[] => findingKeys(onTables(text));
const vsTable = (text: string): string[] => onTables(text).checks.filter((c) => c.rule === 'text.vs-table').map((c) => c.outcome);

describe('recall48 6: 完成 is the year\'s closed count', () => {
  it('true sentences pass (完成 alone was unread)', () => {
    expect(vsTable('全年共收到政府信息公开申请91件，完成88件，结转下年度3件。')).toEqual(['pass', 'pass', 'pass']);
    expect(vsTable('全年共收到政府信息公开申请86件，上年结转5件，已完成88件。')).toEqual(['pass', 'pass', 'pass']);
    // (办理完成 and 完成…办理 were read before, and still are)
    expect(vsTable('全年共收到政府信息公开申请86件，上年结转5件，已全部办理完成88件，结转下年度3件。')).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(vsTable('全年共完成依申请公开办理88件。')).toEqual(['pass']);
    // (this year's own, as 办结 may be: 88 − 5)
    expect(vsTable('全年共收到政府信息公开申请86件，完成83件，上年结转的5件也已全部完成。')).toEqual(['pass', 'pass', 'pass']);
  });
  it('wrong twins are flagged', () => {
    expect(keys('全年共收到政府信息公开申请91件，完成85件，结转下年度3件。')).toEqual(['text.vs-table:error:88:85']);
    expect(keys('全年共收到政府信息公开申请86件，上年结转5件，已完成89件。')).toEqual(['text.vs-table:error:88:89']);
    expect(keys('全年共完成依申请公开办理85件。')).toEqual(['text.vs-table:error:88:85']);
  });
  it('silent: a rate, not completed, other work completed, a part on time', () => {
    for (const text of [
      '依申请公开办理完成率100%。',
      '全年完成整改85件。',
      '全年共收到政府信息公开申请91件，未完成3件。',
      '全年共收到政府信息公开申请91件，尚未完成2件。',
      '全年共收到政府信息公开申请86件，完成补正告知5件。',
      '全年共收到政府信息公开申请86件，完成第三方意见征询2件。',
      '全年共收到政府信息公开申请91件，按时完成85件，结转下年度3件。',
      '全年共完成主动公开信息412条。',
    ]) expect(keys(text), text).toEqual([]);
  });
});
