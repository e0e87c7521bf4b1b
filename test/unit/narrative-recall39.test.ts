/**
 * Session recall39: the misses session 38's helpers left (docs/testing.md "Real prose, session 38", "Word order
 * and phrasing without tables, session 38", "Misses of the red team, session 38"). Each sentence below
 * is self-written. Each new reading passes where the text adds up, fires where it is surely wrong, and
 * stays silent (a skip, or nothing) where a careful reader could take it otherwise.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse } from './narrative-tables.ts';

const run = (text: string, figures: Record<string, number> = {}, year: number | null = 2024) => runProse(`<p>${text}</p>`, figures, year, '柳溪县民政局');
const keys = (text: string, figures?: Record<string, number>, year?: number | null) => findingKeys(run(text, figures, year));
/** The checks of one rule, with their outcome: "pass|42件+11件 = 53件". */
const checks = (rule: string, text: string, figures?: Record<string, number>, year?: number | null) =>
  run(text, figures, year).checks.filter((c) => c.rule === rule).map((c) => `${c.outcome}|${c.detail}`);
const sums = (text: string, figures?: Record<string, number>) => checks('text.parts-sum', text, figures);
const changes = (text: string, year?: number | null) => checks('text.change', text, {}, year);
const shares = (text: string, figures?: Record<string, number>) => checks('text.share', text, figures);
const vsTable = (text: string) => checks('text.vs-table', text, BUREAU_TABLES);
const outcomes = (xs: string[]) => xs.map((x) => x.split('|')[0]);

describe('recall39 1: results written "N件办理结果为…", "属于公开范围N件", and "申请撤销N件" among them', () => {
  const lead = '本年度共办结政府信息公开申请88件，其中';
  it('"32件办理结果为予以公开" is compared with its row of table 三, as "其中32件予以公开" is', () => {
    const text = `${lead}42件办理结果为予以公开，11件办理结果为部分公开，6件办理结果为不予公开，20件办理结果为无法提供，5件办理结果为不予处理，4件办理结果为其他处理。`;
    expect(keys(text, BUREAU_TABLES)).toEqual([]);
    expect(vsTable(text).filter((c) => c.startsWith('pass|'))).toHaveLength(7);
    expect(keys(text.replace('11件办理结果为部分公开', '12件办理结果为部分公开'), BUREAU_TABLES)).toEqual(['text.parts-sum:error:89:88', 'text.vs-table:error:11:12']);
  });
  it('"属于公开范围N件" is a result: the list is read whole', () => {
    expect(sums(`${lead}属于公开范围42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件。`)).toEqual(['pass|42件+11件+6件+20件+5件+4件 = 88件']);
    expect(keys(`${lead}属于公开范围43件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件。`)).toEqual(['text.parts-sum:error:89:88']);
    // (which row of table 三 it is, a reader cannot tell: not compared)
    expect(vsTable(`${lead}属于公开范围43件，部分公开11件。`).filter((c) => c.includes('43'))).toEqual([]);
  });
  it('"申请撤销1件" after results is a withdrawal, one of them', () => {
    expect(sums(`${lead}予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理4件，申请撤销1件，其他处理4件。`)).toEqual(['pass|42件+11件+6件+20件+4件+1件+4件 = 88件']);
    expect(sums(`${lead}予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理3件，申请撤销1件。`)).toEqual(['pass|42件+11件+6件+20件+5件+3件+1件 = 88件']);
    expect(keys(`${lead}予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理4件，申请撤销2件，其他处理4件。`)).toEqual(['text.parts-sum:error:89:88']);
  });
  it('silent: a withdrawal over the whole where the list adds up without it, a 复议\'s 申请撤销', () => {
    const aside = `${lead}予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件，申请撤销1件。`;
    expect(keys(aside)).toEqual([]);
    expect(outcomes(sums(aside))).toEqual(['skip']);
    // (a 复议's request to annul is no withdrawal: the list ends before it, as before)
    expect(keys('本年度被申请行政复议3件，其中维持2件，申请撤销原答复1件。')).toEqual([]);
  });
});

describe('recall39 2: totals after their items that name what they count', () => {
  it('"…，共计办结N件", "…，共N人", "…，总计公开信息N条" sum the items before them', () => {
    expect(sums('予以公开30件，部分公开8件，不予公开2件，无法提供9件，不予处理1件，共计办结50件。')).toEqual(['pass|30件+8件+2件+9件+1件 = 50件']);
    expect(sums('自然人申请45人，法人申请5人，共50人。')).toEqual(['pass|45人+5人 = 50人']);
    expect(sums('网上申请35件，信函申请15件，共计收到申请50件。')).toEqual(['pass|35件+15件 = 50件']);
    expect(sums('工作动态210条，通知公告64条，人事信息26条，总计公开信息300条。')).toEqual(['pass|210条+64条+26条 = 300条']);
    // with a clause between that says all of them were done
    expect(sums('其中予以公开30件，部分公开8件，不予公开2件，无法提供9件，不予处理1件，上述申请均已按时答复，共计办结50件。')).toEqual(['pass|30件+8件+2件+9件+1件 = 50件']);
    expect(sums('工作动态210条，通知公告64条，人事信息26条，信息均经保密审查后发布，总计公开信息300条。')).toEqual(['pass|210条+64条+26条 = 300条']);
  });
  it('items over the total are an error', () => {
    expect(keys('予以公开30件，部分公开8件，不予公开2件，无法提供9件，不予处理1件，共计办结49件。')).toEqual(['text.parts-sum:error:50:49']);
    expect(keys('自然人申请45人，法人申请5人，共49人。')).toEqual(['text.parts-sum:error:50:49']);
    expect(keys('工作动态210条，通知公告64条，人事信息26条，总计公开信息299条。')).toEqual(['text.parts-sum:error:300:299']);
    // a total restating a whole already said, and not the items': a true contradiction
    expect(keys('全年共办结申请50件，予以公开30件，部分公开8件，不予公开2件，无法提供9件，不予处理1件，共计办结49件。')).toEqual(['text.parts-sum:error:50:49']);
  });
  it('silent: items short of the total, a verb that does not fit them, channels, another subject between', () => {
    for (const t of [
      '予以公开30件，部分公开8件，不予公开2件，无法提供9件，不予处理1件，共计办结51件。',
      '工作动态210条，通知公告64条，人事信息26条，总计公开信息301条。',
    ]) {
      expect(keys(t)).toEqual([]);
      expect(outcomes(sums(t))).toEqual(['skip']);
    }
    for (const t of [
      // channels are received, not 办结; results not received
      '网上申请35件，信函申请15件，共计办结49件。',
      '予以公开30件，部分公开8件，共计收到申请37件。',
      // one item may go out on two channels
      '网站发布210条，微信发布150条，总计公开信息300条。',
      // a clause that names another subject before the total
      '予以公开30件，部分公开8件，不予公开2件，无法提供9件，不予处理1件，涉及行政复议的，共计办理1件。',
      // people of another kind
      '举办培训2期，参训干部40人，共40人。',
    ]) {
      expect(keys(t)).toEqual([]);
      expect(sums(t)).toEqual([]);
    }
    // the next sentence's total with no 以上 stays unread (narrative-bjtab.test.ts)
    expect(sums('予以公开30件，部分公开8件，不予公开2件，无法提供9件，不予处理1件。共计办结49件。')).toEqual([]);
  });
});

describe('recall39 3: year on year whose base stands in its own clause or sentence', () => {
  it('"…N件。较上年的M件增加D件": the comparison opening its sentence, this year\'s figure ending the one before', () => {
    expect(changes('2024年共收到申请75件。较上年的50件增加25件，增长50%。')).toEqual(['pass|75件 − 50件 = 25件，正文 增加25件', 'pass|(75件 − 50件) ÷ 50件 = 50%，正文 增长50%']);
    expect(changes('2024年共收到申请75件。较上年增加25件，增长50%。')).toEqual(['pass|(75件 − 50件) ÷ 50件 = 50%，正文 增长50%']);
    expect(changes('2024年共收到申请75件。与上年相比，增加25件，增长50%。')).toEqual(['pass|(75件 − 50件) ÷ 50件 = 50%，正文 增长50%']);
    expect(changes('2024年共收到申请75件。较上年（50件）增加25件。')).toEqual(['pass|75件 − 50件 = 25件，正文 增加25件']);
    expect(keys('2024年共收到申请75件。较上年的50件增加20件。')).toEqual(['text.change:error:25:20']);
    expect(keys('2024年共收到申请75件。较上年增加25件，增长40%。')).toEqual(['text.change:error:50:40']);
  });
  it('"…N件，上年为M件，今年增加D件": last year\'s figure in a clause of its own', () => {
    expect(changes('2024年共收到申请75件，上年为50件，增加25件，增长50%。')).toEqual(['pass|75件 − 50件 = 25件，正文 增加25件', 'pass|(75件 − 50件) ÷ 50件 = 50%，正文 增长50%']);
    expect(changes('2024年共收到申请75件。上年为50件，今年增加25件。')).toEqual(['pass|75件 − 50件 = 25件，正文 增加25件']);
    expect(keys('2024年共收到申请75件，上年为50件，增加25件，增长40%。')).toEqual(['text.change:error:50:40']);
    expect(keys('2024年共收到申请75件。上年为50件，今年增加20件。')).toEqual(['text.change:error:25:20']);
    // the quote holds both sentences
    expect(run('2024年共收到申请75件。上年为50件，今年增加20件。').findings[0]?.quote).toBe('2024年共收到申请75件。上年为50件，今年增加20件');
  });
  it('"由上年的M件增加到今年的N件，同比增长P%": the years named, and 同比 before the change', () => {
    expect(changes('收到申请数量由上年的50件增加到今年的75件，增长50%。')).toEqual(['pass|(75件 − 50件) ÷ 50件 = 50%，正文 增长50%']);
    expect(changes('收到申请数量由2023年的50件增加到2024年的75件，同比增长50%。')).toEqual(['pass|(75件 − 50件) ÷ 50件 = 50%，正文 增长50%']);
    expect(keys('收到申请数量从50件增加至75件，同比增长40%。')).toEqual(['text.change:error:50:40']);
  });
  it('silent: another count the comparison may be of, another year, words between', () => {
    for (const t of [
      // two counts before: of which?
      '2024年共收到申请75件，办结70件。较上年的50件增加20件。',
      '2024年共收到申请75件，办结70件，上年为50件，增加20件。',
      // the report's year is not the one counted
      '2023年共收到申请75件。较上年的50件增加20件。',
      '收到申请数量由2023年的50件增加到2023年的75件，增长40%。',
      // a change of a part, not of the count; a subject named after the comparison
      '2024年共收到申请75件。上年为50件，其中网上申请增加20件。',
      '2024年共办结申请75件。与上年相比，收到申请增加20件，增长40%。',
    ]) expect(keys(t)).toEqual([]);
    // a base of another year than the one before: a skip that says so
    expect(outcomes(changes('2024年共收到申请75件。2022年为50件，增加20件。'))).toEqual(['skip']);
    expect(outcomes(changes('收到申请由2022年的50件增至75件，增加20件。'))).toEqual(['skip']);
  });
});

describe('recall39 4: "结转N件至下年度", "N件转入下年度办理" as the flow\'s 结转下年度', () => {
  it('a results list ends before it (a false error: 91 against 88)', () => {
    const text = '全年办结88件，其中予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件，结转3件至下年度。';
    expect(keys(text)).toEqual([]);
    expect(sums(text)).toEqual(['pass|42件+11件+6件+20件+5件+4件 = 88件']);
  });
  it('a flow reads it: a pass where it balances, an error where not', () => {
    expect(sums('全年新收申请86件，上年结转5件，办结88件，结转3件至下年度继续办理。')).toEqual(['pass|86件+5件 = 88件+3件 = 91件（收支平衡）']);
    expect(keys('全年新收申请86件，上年结转5件，办结88件，结转4件至下年度继续办理。')).toEqual(['text.parts-sum:error:91:92']);
    expect(sums('全年新收申请86件，上年结转5件，办结88件，3件转入下年度办理。')).toEqual(['pass|86件+5件 = 88件+3件 = 91件（收支平衡）']);
  });
  it('it is compared with table 三\'s 结转下年度', () => {
    expect(vsTable('全年收到政府信息公开申请86件，上年结转5件，办结88件，结转3件至下年度继续办理。')).toContain('pass|3件 = 表三“结转下年度继续办理” 3');
    expect(keys('全年收到政府信息公开申请86件，上年结转5件，办结88件，结转4件至下年度继续办理。', BUREAU_TABLES)).toEqual(['text.vs-table:error:3:4']);
  });
  it('silent: carried into a named year that is not the next, carried in from last year', () => {
    expect(keys('全年新收申请86件，上年结转5件，办结88件，结转4件至2023年。')).toEqual([]);
    expect(keys('全年收到政府信息公开申请86件，上年结转5件，办结88件，结转4件至2023年。', BUREAU_TABLES)).toEqual([]);
    expect(keys('全年收到政府信息公开申请86件，上年结转4件至今年办理。', BUREAU_TABLES)).toEqual(['text.vs-table:error:5:4']);
  });
});

describe('recall39 5: a bare percentage in a bracket after an item; a 维持率 or 纠错率 alone', () => {
  it('"予以公开42件（47.7%）" is the item\'s share of the list\'s whole', () => {
    expect(shares('全年办结申请88件，其中予以公开42件（47.7%），部分公开11件（12.5%），不予公开6件（6.8%）。')).toEqual([
      'pass|42件 ÷ 88件 = 47.73%，正文 47.7%', 'pass|11件 ÷ 88件 = 12.5%，正文 12.5%', 'pass|6件 ÷ 88件 = 6.82%，正文 6.8%',
    ]);
    expect(keys('全年办结申请88件，其中予以公开42件（47.7%），部分公开11件（15.5%），不予公开6件（6.8%）。')).toEqual(['text.share:error:12.5:15.5']);
    expect(keys('全年主动公开信息250条，其中工作动态150条（60%），通知公告100条（45%）。')).toEqual(['text.share:error:40:45']);
  });
  it('silent: another count it fits, results under a count received, a change in the bracket, no list', () => {
    const other = '全年收到申请86件，办结88件，其中予以公开42件（48.8%），部分公开11件（12.8%）。';
    expect(keys(other)).toEqual([]);
    expect(outcomes(shares(other))).toEqual(['skip', 'skip']);
    const received = '全年收到申请86件，其中予以公开42件（40%），部分公开11件（12.8%）。';
    expect(keys(received)).toEqual([]);
    expect(outcomes(shares(received))).toEqual(['skip', 'pass']);
    expect(shares('全年收到申请86件，其中网上申请60件（同比增长10%），信函申请26件（30.2%）。')).toEqual(['pass|26件 ÷ 86件 = 30.23%，正文 30.2%']);
    expect(shares('予以公开42件（50%），部分公开11件（12.5%）。')).toEqual([]);
    // the whole a guess among two counts before the 其中
    expect(keys('全年新收申请86件，另有上年结转5件，其中网上申请60件（60%），信函申请26件（30.2%）。')).toEqual([]);
  });
  it('"行政复议维持率66.7%" is read against table 四\'s 复议 (2 of 3 upheld): a warning where no reading fits', () => {
    expect(shares('2024年，我局行政复议维持率为66.7%。', BUREAU_TABLES)).toEqual(['pass|表四行政复议结果维持2件 ÷ 总计3件 = 66.67%，正文 66.7%']);
    expect(shares('行政复议纠错率33.3%。', BUREAU_TABLES)).toEqual(['pass|表四行政复议结果纠正1件 ÷ 总计3件 = 33.33%，正文 33.3%']);
    expect(keys('行政复议维持率100%。', BUREAU_TABLES)).toEqual(['text.share:warning:67:100']);
    expect(keys('行政复议纠错率50%。', BUREAU_TABLES)).toEqual(['text.share:warning:33:50']);
    // over those closed: 1 of 2 closed cases corrected
    expect(shares('行政复议纠错率50%。', { ...BUREAU_TABLES, 't4.review.upheld': 1, 't4.review.pending': 1 })).toEqual(['pass|表四行政复议结果纠正1件 ÷ 已审结2件 = 50%，正文 50%']);
  });
  it('silent: 诉讼 in two groups, another year, the region, a count before it, a change of the rate', () => {
    for (const t of ['行政诉讼维持率100%。', '2023年，我局行政复议维持率为100%。', '全市行政复议维持率为100%。', '本机关被申请行政复议3件，行政复议维持率100%。', '行政复议维持率较上年提高10个百分点。']) {
      expect(keys(t, BUREAU_TABLES)).toEqual([]);
      expect(shares(t, BUREAU_TABLES)).toEqual([]);
    }
  });
});

describe('recall39 6: outcomes after both a 复议\'s and a 诉讼\'s count', () => {
  it('are parts of the two counts\' sum, after 其中 or with none', () => {
    for (const t of [
      '本局被申请行政复议4件、被提起行政诉讼3件，其中维持4件，纠正2件，尚未审结1件。',
      '本局被申请行政复议4件，被提起行政诉讼3件，结果维持4件，结果纠正2件，尚未审结1件。',
      '行政复议4件、行政诉讼3件，维持4件，纠正2件，尚未审结1件。',
    ]) expect(sums(t)).toEqual(['pass|4件+2件+1件 = 4件+3件']);
    expect(keys('本局被申请行政复议4件、被提起行政诉讼3件，其中维持5件，纠正2件，尚未审结1件。')).toEqual(['text.parts-sum:error:8:7']);
    // (with no 其中 after a "，", the outcomes were read as the 诉讼's alone: 4 + 2 + 1 against 3, a false error)
    expect(keys('本局被申请行政复议4件，被提起行政诉讼3件，结果维持4件，结果纠正2件，尚未审结1件。')).toEqual([]);
    expect(keys('行政复议4件、行政诉讼3件，维持5件，纠正2件，尚未审结1件。')).toEqual(['text.parts-sum:error:8:7']);
  });
  it('each outcome is compared with table 四\'s sum over both; the first after 其中 too', () => {
    const text = '本局被申请行政复议3件、被提起行政诉讼2件，其中维持3件，纠正1件，尚未审结1件。';
    expect(vsTable(text)).toContain('pass|3件 = 表四复议与诉讼“结果维持”之和 3');
    expect(keys(text, BUREAU_TABLES)).toEqual([]);
    // (the first may be the 诉讼's alone: a figure no reading fits is a skip)
    expect(outcomes(vsTable('本局被申请行政复议3件、被提起行政诉讼2件，其中维持4件，尚未审结1件。').filter((c) => c.includes('维持')))).toEqual(['skip']);
  });
  it('silent: short of the sum, equal to the 诉讼 alone, each group\'s outcomes after it', () => {
    for (const t of [
      '本局被申请行政复议4件，被提起行政诉讼3件，其中维持2件，尚未审结2件。',
      '本局被申请行政复议4件，被提起行政诉讼3件，结果维持4件，结果纠正1件。',
    ]) {
      expect(keys(t)).toEqual([]);
      expect(outcomes(sums(t))).toEqual(['skip']);
    }
    expect(sums('本局被申请行政复议4件，被提起行政诉讼3件，其中维持2件，尚未审结1件。')).toEqual(['pass|2件+1件 = 3件']);
    expect(sums('被申请行政复议4件，维持3件，纠正1件；被提起行政诉讼3件，维持2件，尚未审结1件。')).toEqual(['pass|3件+1件 = 4件', 'pass|2件+1件 = 3件']);
  });
});
