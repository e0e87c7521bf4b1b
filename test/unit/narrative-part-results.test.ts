import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, flagged, runProse, word } from './narrative-tables.ts';

/**
 * Results opening a sentence right after one whose last clause is about a part of the body are that
 * part's, or may be: "区政府办代表区政府受理…17件，答复17件。予以公开10件，…；不予处理2件，…" in the
 * district's own report (found by the lead, session 41, beside seed 004's "区政府办代表区政府受理17件").
 * They were compared with table 三's rows (予以公开 42, 不予处理 5) and flagged; a sentence opening with
 * 其中 was already read so (qizhong-readings.ts leadsWithPartsOf). Table 三 here: 新收 86, 上年结转 5,
 * 办理结果总计 88 (予以公开 42, 不予处理 5).
 */
const run = (text: string) => flagged(runProse(word(text), BUREAU_TABLES, 2021, '青溪区人民政府'));

describe('results after a sentence about a part of the body', () => {
  it.each([
    '区政府办代表区政府受理政府信息公开申请17件，答复17件。予以公开10件，占58.8%；不予处理2件，占11.8%。',
    '区政府本级收到政府信息公开申请17件，办结17件。予以公开10件，不予处理2件。',
    '各街道办事处收到政府信息公开申请17件，办结17件。办理结果为：予以公开10件，不予处理2件。',
    // the results may be the whole's or the part's: unsure, so no finding
    '全年共收到政府信息公开申请86件，其中区政府本级17件。予以公开10件，不予处理2件。',
    '全年共收到政府信息公开申请86件，其中网上申请60件。“予以公开”40件，不予处理5件。',
  ])('are not compared with table 三: %s', (text) => {
    expect(run(text)).toEqual([]);
  });

  it.each([
    ['全年共收到政府信息公开申请86件，办结88件。予以公开40件，不予处理5件。', '予以公开40件'],
    ['全年共收到政府信息公开申请86件，办结88件。予以公开42件，占47.7%；不予处理3件，占3.4%。', '不予处理3件'],
    ['全年共收到政府信息公开申请86件，办结88件。办理结果为：予以公开40件，不予处理5件。', '予以公开40件'],
  ])('twins after the whole are still compared and flagged: %s', (text, quote) => {
    expect(run(text)).toEqual([expect.objectContaining({ rule: 'text.vs-table', severity: 'error', quote })]);
  });

  it('in an office\'s own report its office is the body itself: the results after it are still compared (hunt33b\'s shape)', () => {
    const text = (granted: number) => `市政府办公室全年新收政府信息公开申请86件，答复政府信息公开申请88件（含上年结转申请5件，另有3件结转下年度办理）。予以公开${granted}件；不予处理5件。`;
    const office = (t: string) => flagged(runProse(word(t), BUREAU_TABLES, 2021, '青溪市人民政府办公室'));
    expect(office(text(42))).toEqual([]);
    expect(office(text(40))).toEqual([expect.objectContaining({ rule: 'text.vs-table', severity: 'error', quote: '予以公开40件' })]);
  });
});
