/**
 * Session 47 (the lead, found while writing the batch checker's test of the text's changes against last year): a
 * count of table 二's decisions in the sentence after one about the reviews ("…被申请行政复议3件。全年办理行政许可
 * 1234件") took the reviews' topic from the sentence before and was compared with table 四's 行政复议 总计: an
 * error on a true sentence. A table-二 item named before the figure is a subject of its own (claim-scope.ts
 * namesOtherSubject); table 二's comparison (text-vs-table2.ts) still reads it, and its wrong twin is still flagged
 * there. The reviews' own count after such a sentence is still compared with table 四.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_T2_2021, findingKeys, runProse, word } from './narrative-tables.ts';

/** The bureau's tables (复议 3; 行政许可 1234, 行政处罚 56 处理决定), the text in its 复议 section. */
const inReviews = (text: string) => runProse(`<p>四、政府信息公开行政复议、行政诉讼情况</p>${word(text)}`, BUREAU_T2_2021, 2021, '青溪区卫生健康局');
const keys = (text: string): string[] => findingKeys(inReviews(text));
const outcomesOf = (text: string, rule: string): string[] => inReviews(text).checks.filter((c) => c.rule === rule).map((c) => c.outcome);

describe('a table-二 item after a sentence on the reviews is no review count', () => {
  it('true sentences: no error; the reviews\' count and the decisions each pass against their own table', () => {
    expect(keys('本年度因政府信息公开工作被申请行政复议3件。全年办理行政许可1234件。')).toEqual([]);
    // 3 against table 四's 行政复议 总计, 1234 against table 二's 行政许可 (both rule text.vs-table)
    expect(outcomesOf('本年度因政府信息公开工作被申请行政复议3件。全年办理行政许可1234件。', 'text.vs-table')).toEqual(['pass', 'pass']);
    expect(keys('本年度因政府信息公开工作被申请行政复议3件，较上年增加1件。全年办理行政许可1234件，较上年增加60件。')).toEqual([]);
    expect(keys('被申请行政复议3件。作出行政处罚决定56件，实施行政强制7件。')).toEqual([]);
  });
  it('wrong twins: the decisions against table 二, the reviews against table 四', () => {
    expect(keys('本年度因政府信息公开工作被申请行政复议3件。全年办理行政许可1240件。')).toEqual(['text.vs-table:error:1234:1240']);
    expect(inReviews('本年度因政府信息公开工作被申请行政复议3件。全年办理行政许可1240件。').findings[0]?.message).toContain('表二“行政许可”');
    expect(keys('本年度因政府信息公开工作被申请行政复议4件。全年办理行政许可1234件。')).toEqual(['text.vs-table:error:3:4']);
  });
  it('as before: a count after a review sentence with no subject of its own is still the reviews\'', () => {
    expect(keys('本年度因政府信息公开工作被申请行政复议3件。其中维持2件，纠正1件。')).toEqual([]);
    expect(keys('本年度因政府信息公开工作被申请行政复议3件。其中维持2件，纠正2件。')).not.toEqual([]);
  });
});
