/**
 * txt75 (session 59): rt78's misses whose cause was not traced, traced (narrative-rt78.test.ts CAUGHT says each
 * reason), and the sure ones read: each fix with its true paragraph silent, its twin caught, and true paragraphs of
 * other shapes near it that stay silent. The tables are word-2021-consistent's (新收62 · 上年结转4 · 办结63 · 结转3).
 */
import { describe, expect, it } from 'vitest';
import { checksOf, findingKeys } from './narrative-tables.ts';
import { rt78Page } from './narrative-rt78-sentences.ts';

describe('txt75: rt78\'s traced misses read', () => {
  it('a share whose whole stands in a bracket inside its words (share-bracket-whole.ts; rt78 132, was unread)', () => {
    const t = (r: string) => `全年新收申请62件，占全省自然资源系统申请总数（1268件）的${r}。`;
    expect(checksOf(rt78Page('b', t('4.9%')), 'text.share')).toEqual(['pass 62件 ÷ 1268件 = 4.89%，正文 4.9%']);
    expect(findingKeys(rt78Page('b', t('5.9%')))).toEqual(['text.share:error:4.9:5.9']);
    expect(findingKeys(rt78Page('b', t('5.9%'), false))).toEqual(['text.share:error:4.9:5.9']);
    // brackets of other words, another year's figure, or a change's base stay unread
    for (const s of ['全年新收申请62件，占全省申请总数（上年为1100件）的5.6%。', '全年新收申请62件，占全省申请总数（含转办1268件）的5.6%。', '全年主动公开政府信息2356条，占全省系统主动公开总量（3.2万条）的7.3%。']) {
      expect(findingKeys(rt78Page('a', s)), s).toEqual([]);
    }
  });

  it('a 办结率 whose carried-in is named by last year\'s number, "（含2023年结转4件）" (completion-rate.ts; rt78 77, was unread)', () => {
    const t = (r: string) => `全年收到政府信息公开申请62件，已办结63件（含2023年结转4件），办结率${r}。`;
    expect(checksOf(rt78Page('b', t('95.5%')), 'text.share')).toEqual(['pass 表三办结63件 ÷ (新收62件 + 上年结转4件) = 95.5%，正文办结率95.5%']);
    // (a warning, as with "（含上年结转4件）": the base 66 is the table's, the text names no 66)
    expect(findingKeys(rt78Page('b', t('93.5%')))).toEqual(['text.share:warning:95.5:93.5']);
    expect(findingKeys(rt78Page('b', '全年收到政府信息公开申请62件，2023年结转4件，办结63件，办结率93.5%。'))).toEqual(['text.share:error:95.5:93.5']);
    // a year before last, and a rate said of 2023 itself, stay unread
    for (const s of ['全年收到政府信息公开申请62件，已办结63件（含2022年结转4件），办结率93.5%。', '全年收到政府信息公开申请62件，办结63件，2023年办结率为93.5%。']) {
      expect(checksOf(rt78Page('b', s), 'text.share'), s).toEqual([]);
    }
    // the words shown are the text's own ("2023年结转的4件"), never rewritten
    expect(checksOf(rt78Page('b', '全年收到政府信息公开申请62件，办结63件，2023年结转的4件均已办结，办结率100%。'), 'text.share')).toEqual([expect.stringContaining('+ 2023年结转的4件')]);
  });

  it('every suit or review of the body beside the disclosure ones is not table 四\'s (claim-scope.ts aboutDisclosure; were errors)', () => {
    // found tracing rt78 43: with the sentence's opening "全年办理…" cut, its other counts were compared with table 四
    expect(findingKeys(rt78Page('r', '行政应诉案件126件；政府信息公开类行政诉讼1件，尚未审结。'))).toEqual([]);
    expect(findingKeys(rt78Page('r', '行政复议案件58件（含政府信息公开类1件），行政应诉案件126件；政府信息公开类行政诉讼1件。'))).toEqual([]);
    expect(findingKeys(rt78Page('r', '行政复议案件5件（含政府信息公开类1件），行政诉讼案件3件（含政府信息公开类1件）。'))).toEqual([]);
    // the disclosure suits themselves are still compared, in their own ；-clause or with every suit after
    expect(findingKeys(rt78Page('r', '行政应诉案件126件；政府信息公开类行政诉讼2件，尚未审结。'))).toEqual(['text.vs-table:error:1:2']);
    expect(findingKeys(rt78Page('r', '政府信息公开类行政应诉案件2件；全年行政应诉案件126件。'))).toEqual(['text.vs-table:error:1:2']);
    expect(findingKeys(rt78Page('r', '政府信息公开行政复议2件（其中维持1件、纠错1件）。'))).toEqual(['text.vs-table:error:1:2']);
  });

  it('a change said of a count past the count\'s share (change-past-share.ts; rt78 65, was unread)', () => {
    const t = (r: string) => `全年新收申请62件，占全市市直部门申请总量的8.5%，较2023年增加8件，增长${r}。`;
    expect(checksOf(rt78Page('b', t('14.8%'), false), 'text.change')).toEqual(['pass (62件 − 54件) ÷ 54件 = 14.81%，正文 增长14.8%']);
    expect(findingKeys(rt78Page('b', t('41.8%')))).toEqual(['text.change:error:14.8:41.8']);
    // a change with no amount in the count's unit may be the share's own: unread
    for (const s of ['全年新收申请62件，占全市市直部门申请总量的8.5%，较2023年增长41.8%。', '全年新收申请62件，占全市市直部门申请总量的8.5%，较2023年提高0.5个百分点。']) {
      expect(checksOf(rt78Page('b', s), 'text.change'), s).toEqual([]);
    }
  });
});
