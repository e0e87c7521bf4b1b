/**
 * fix85 (session 60): the three true paragraphs rt83 left flagged, and their neighbours.
 * 1. A range "N件至M件" / "N件到M件" / "N件—M件" / "N件~M件" (之间) before a 其中 was read as its top, an exact whole
 *    (qizhong-whole.ts thisYearWhole; parts-qizhong's group whole for a 分别 list): now any whole from N to M, as share-approx.ts
 *    reads an approximate one (rangeWhole) — a warning where no value gives the share, else a skip saying so.
 * 2. "较上年的54件提高为62件": after 提高为/增加为/上升为/下降为 this year's figure again was read as the change's amount
 *    (year-on-year.ts NEW_VALUE): now the verb is the direction, checked as "有所增加" is.
 * 3. "12000条，其中政策文件1500条，占政策类信息的93.8%": an exact whole with a share naming a whole of the part's kind
 *    ("…类…", or the part's own head word) is shareNotThatWhole (share-approx.ts namesKindWhole, shares.ts evaluateShare).
 * Word-pasted, word-2021-consistent's tables (narrative-rt78-sentences.ts rt78Page), with the tables and without.
 */
import { describe, expect, it } from 'vitest';
import { checksOf, findingKeys } from './narrative-tables.ts';
import { rt78Page } from './narrative-rt78-sentences.ts';

type Head = 'a' | 'b';
/** [heading, paragraph]: true, silent with the tables and without. */
const SILENT: readonly (readonly [Head, string])[] = [
  ['b', '全省共收到申请1200件至1300件，其中我厅62件，占4.9%。'],
  ['b', '全省共收到申请1200件到1300件，其中我厅62件，占5.1%。'],
  ['b', '全省共收到申请1200件—1300件，其中我厅62件，占4.8%。'],
  ['b', '全省共收到申请1200件～1300件之间，其中我厅62件，占4.9%。'],
  ['b', '全省共收到申请1200件至1300件，其中我厅62件，占全省申请总数的4.9%。'],
  ['b', '全省共收到申请1200件至1300件，其中我厅62件、我局40件，分别占4.9%和3.2%。'],
  ['a', '全年主动公开政府信息12000条至13000条，其中政策文件1500条，占12.1%。'],
  ['b', '全年新收申请62件，较上年的54件提高为62件。'],
  ['b', '全年新收申请62件，比上年的54件增加为62件。'],
  ['b', '全年新收申请62件，较上年的54件上升为62件。'],
  ['b', '全年办结申请63件，较上年的70件下降为63件。'],
  ['b', '全年新收申请62件，较上年的54件提高为62件，增加8件，增长14.8%。'],
  ['a', '全年主动公开政府信息12000条，其中政策文件1500条，占政策类信息的93.8%。'],
  ['a', '全年主动公开政府信息12000条，其中政策文件1500条，占规范性文件类信息的60%。'],
  ['a', '全年主动公开政府信息12000条，其中政策文件1500条，占政策文件总数的93.8%。'],
  ['a', '全年主动公开政府信息12000条，其中政策文件1500条，占政策文件类信息的93.8%。'],
  ['a', '全年主动公开政府信息12000条，其中政策文件1500条，占同类信息的93.8%。'],
  ['b', '全年办结申请63件，其中予以公开32件，占公开类答复的82.1%。'],
];

/** Wrong twins and neighbours still caught: [heading, paragraph, findings (the same with the tables and without)]. */
const CAUGHT: readonly (readonly [Head, string, readonly string[]])[] = [
  ['b', '全省共收到申请1200件至1300件，其中我厅62件，占8.9%。', ['text.share:warning:5.2:8.9']],
  ['b', '全省共收到申请1200件～1300件，其中我厅62件，占3.9%。', ['text.share:warning:4.8:3.9']],
  ['a', '全年主动公开政府信息12000条至13000条，其中政策文件1500条，占21.1%。', ['text.share:warning:12.5:21.1']],
  ['b', '全年新收申请62件，较上年的70件提高为62件。', ['text.change:error:-8:undefined']],
  ['b', '全年新收申请62件，较上年的54件提高为62件，增加8件，增长41.8%。', ['text.change:error:14.8:41.8']],
  ['b', '全年新收申请62件，较上年的54件提高为72件。', ['text.change:error:8:72']],
  ['a', '全年主动公开政府信息12000条，其中政策文件1500条，占主动公开信息的19.5%。', ['text.share:error:12.5:19.5']],
  ['a', '全年主动公开政府信息12000条，其中政策文件1500条，占政府信息的19.5%。', ['text.share:error:12.5:19.5']],
  ['a', '全年主动公开政府信息12000条，其中政策文件1500条，占12.9%。', ['text.share:error:12.5:12.9']],
];

describe('fix85: ranges, 较…提高为, a whole of the part\'s kind', () => {
  it.each(SILENT)('silent: %s %s', (h, t) => {
    expect(findingKeys(rt78Page(h, t))).toEqual([]);
    expect(findingKeys(rt78Page(h, t, false))).toEqual([]);
  });

  it.each(CAUGHT)('caught: %s %s', (h, t, keys) => {
    expect(findingKeys(rt78Page(h, t))).toEqual(keys);
    expect(findingKeys(rt78Page(h, t, false))).toEqual(keys);
  });

  it('for the right reason: the range a skip saying its span, 提高 a pass of the direction, the kind a skip naming it', () => {
    expect(checksOf(rt78Page('b', '全省共收到申请1200件至1300件，其中我厅62件，占4.9%。'), 'text.share')).toEqual([
      'skip 62件 ÷ 1200件至1300件 约为4.8%–5.2%，正文 4.9%；总数是约数，不作判断',
    ]);
    expect(checksOf(rt78Page('b', '全年新收申请62件，较上年的54件提高为62件。'), 'text.change')).toEqual(['pass 62件 − 54件 = 8件，正文 提高']);
    expect(checksOf(rt78Page('a', '全年主动公开政府信息12000条，其中政策文件1500条，占政策类信息的93.8%。'), 'text.share')).toEqual([
      'skip 1500条 ÷ 12000条 = 12.5%，正文 93.8%；正文所称“政策类信息”未必是12000条，不作判断',
    ]);
  });
});
