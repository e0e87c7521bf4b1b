import { describe, expect, it } from 'vitest';
import { rowKey } from '../../lib/map/map-table3.ts';
import { t3GroupOf } from '../../lib/map/labels.ts';
import { labelKey } from '../../lib/text/normalize.ts';

describe('table 三 row labels → fields (spec/report-format.md "Table 三")', () => {
  it.each([
    ['一、本年新收政府信息公开申请数量', null, 'new'],
    ['二、上年结转政府信息公开申请数量', null, 'carried'],
    ['三、本年度办理结果 （一）予以公开', null, 'granted'],
    ['三、本年度办理结果 （二）部分公开（区分处理的，只计这一情形，不计其他情形）', null, 'partial'],
    ['三、本年度办理结果 （三）不予公开 1.属于国家秘密', null, 'denied.secret'],
    ['三、本年度办理结果 （三）不予公开 2.其他法律行政法规禁止公开', null, 'denied.lawForbidden'],
    ['三、本年度办理结果 （三）不予公开 2.其他法律行政止公开', null, 'denied.lawForbidden'], // 洪泽区 2023's typo
    ['三、本年度办理结果 （三）不予公开 3.危及“三安全一稳定”', null, 'denied.threeSecurity'],
    ['三、本年度办理结果 （三）不予公开 4.保护第三方合法权益', null, 'denied.thirdParty'],
    ['三、本年度办理结果 （三）不予公开 8.属于行政查询事项', null, 'denied.query'],
    ['三、本年度办理结果 （三）不予公开 小计', null, 'denied'],
    ['三、本年度办理结果 （四）无法提供 3.补正后申请内容仍不明确', null, 'unable.unclear'],
    ['三、本年度办理结果 （五）不予处理 2.重复申请', null, 'notProcessed.repeat'],
    ['三、本年度办理结果 （五）不予处理 4.无正当理由大量反复申请', null, 'notProcessed.massive'],
    ['三、本年度办理结果 （五）不予处理 5.要求行政机关确认或重新出具已获取信息', null, 'notProcessed.confirm'],
    ['三、本年度办理结果 （六）其他处理', null, 'other'],
    ['三、本年度办理结果 （六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', null, 'other.overdueCorrection'],
    ['三、本年度办理结果 （六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', null, 'other.overdueFee'],
    ['三、本年度办理结果 （六）其他处理 3.其他', null, 'other.otherOther'],
    ['三、本年度办理结果 （七）总计', null, 'processed'],
    ['四、结转下年度继续办理', null, 'carriedForward'],
    // a 续表 row whose group label was not repeated
    ['6.属于四类过程性信息', 'denied', 'denied.process'],
    // a mangled item label still maps by its number in the template's order
    ['三、本年度办理结果 （四）无法提供 2.□□□□', null, 'unable.needCreate'],
  ])('%s', (label, group, key) => {
    expect(rowKey(labelKey(label), group)).toBe(key);
  });

  it('does not guess a row it cannot name', () => {
    expect(rowKey(labelKey('备注：本表数据截至12月31日'), null)).toBeNull();
    expect(rowKey(labelKey('三、本年度办理结果 （三）不予公开 9.其他情形'), null)).toBeNull();
  });
});

describe('t3GroupOf: the result group of a row key', () => {
  it.each([
    ['denied.secret', 'denied'],
    ['other.otherOther', 'other'],
    ['unknown.item', 'unknown'],
    ['granted', null],
    ['processed', null],
  ])('%s → %s', (key, group) => {
    expect(t3GroupOf(key)).toBe(group);
  });
});
