import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, flagged, outcomes, runProse, word } from './narrative-tables.ts';

/**
 * An office acting for its government ("市政府办公厅代表市政府共受理政府信息公开申请859件", 上海市人民政府
 * 办公厅 2019) writes about applications: its paragraph's result shares are read against table 三's
 * 办理结果总计 (share-of-result.ts), as a paragraph without 代表 is. A 人大代表 is other work: a
 * paragraph naming one is not read as about applications (paragraph-topic.ts OTHER_WORK).
 * Table 三 here: 新收 86, 上年结转 5, 办理结果总计 88 (予以公开 42, 不予处理 5).
 */
const shares = (share: string) =>
  `区政府办公室代表区政府共受理政府信息公开申请86件；答复政府信息公开申请88件（含上年度结转申请5件），均在法定期限内予以答复。予以公开42件，占${share}%；不予处理5件，占5.68%。`;

describe('an office acting for its government (代表区政府受理)', () => {
  it('reads its results\' shares against 办理结果总计: they hold', () => {
    const r = runProse(word(shares('47.73')), BUREAU_TABLES, 2021, '青溪区人民政府办公室');
    expect(outcomes(r).filter((o) => o.startsWith('text.share'))).toEqual(['text.share:pass', 'text.share:pass']);
    expect(flagged(r)).toEqual([]);
  });

  it('flags a share that fits no whole (42 of 88 is 47.73%, not 52.73%)', () => {
    const r = runProse(word(shares('52.73')), BUREAU_TABLES, 2021, '青溪区人民政府办公室');
    expect(flagged(r)).toEqual([expect.objectContaining({ rule: 'text.share', severity: 'error', quote: '予以公开42件，占52.73%' })]);
  });

  it('stays silent on shares in a paragraph about 人大代表建议 (other work, the whole a guess)', () => {
    const text = '全年办理人大代表建议和政协委员提案86件，均按期办结。予以公开42件，占52.73%；不予处理5件，占9.1%。';
    const r = runProse(word(text), BUREAU_TABLES, 2021, '青溪区人民政府');
    expect(flagged(r)).toEqual([]);
  });

  it('stays silent on a 人民代表大会 sentence (no whole read for the share after it)', () => {
    const text = '区第三届人民代表大会第二次会议审议通过政府工作报告。予以公开42件，占52.73%。';
    const r = runProse(word(text), BUREAU_TABLES, 2021, '青溪区人民政府');
    expect(flagged(r)).toEqual([]);
  });
});
