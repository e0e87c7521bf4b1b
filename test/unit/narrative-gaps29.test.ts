/**
 * Session gaps29's readings of the prose, each where it fires, its consistent twin silent, and the
 * sentences near it that mean something else, silent too.
 * Tables: narrative-tables.ts T2TEXT_2023 (新收 62: 自然人 56, 商业企业 3, 法律服务机构 2, 其他 1;
 * 上年结转 4; 办结 63: 予以公开 32, 部分公开 7, 不予公开 5, 无法提供 15, 不予处理 3, 其他处理 1;
 * 结转下年度 3).
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse, T2TEXT_2023, word } from './narrative-tables.ts';

const AGENCY = '某市自然资源和规划局';
/** Paragraphs as Word pastes them, the application paragraph under its heading. */
const page = (...paras: string[]) => [word('三、收到和处理政府信息公开申请情况'), ...paras.map(word)].join('');
const keys = (...paras: string[]) => findingKeys(runProse(page(...paras), T2TEXT_2023, 2023, AGENCY));
const checks = (rule: string, ...paras: string[]) =>
  runProse(page(...paras), T2TEXT_2023, 2023, AGENCY).checks.filter((c) => c.rule === rule).map((c) => `${c.outcome}:${c.quote}`);

describe('"网上申请40件，信函申请13件。以上共计办结53件": those listed were answered, no claim on table 三\'s 办结', () => {
  const lead = '（二）依申请公开。2023年，本机关新收政府信息公开申请62件，上年结转4件。';
  it.each([
    '网上申请40件，信函申请13件。以上共计办结53件。',
    '网上申请40件，信函申请13件。以上共计办结53件，结转下年度3件。',
    '网上申请40件，信函申请13件。上述申请共计办结53件。',
    '网上申请40件，信函申请13件。以上共计答复53件。',
    '自然人申请50件，法人或其他组织申请3件。以上共计办结53件。',
    '通过互联网申请50件，通过信函申请12件。以上申请共办结62件。',
    '网上申请40件，信函申请13件。以上申请均已办结。',
    '网上申请40件，信函申请13件。上述53件申请已全部办结。',
    // what became of those listed is theirs too
    '网上申请40件，信函申请13件。以上共计办结53件，其中予以公开30件。',
    '网上申请40件，信函申请13件。以上申请中，予以公开30件，部分公开5件。',
    '区政府本级收到申请40件，区属部门收到申请13件。以上共计办结53件。',
  ])('silent: %s', (text) => {
    expect(keys(lead, text)).toEqual([]);
  });
  it('the total is read as the listed applications\' (a skip that says so), as in one sentence', () => {
    expect(checks('text.vs-table', lead, '网上申请40件，信函申请13件。以上共计办结53件。').filter((c) => c.includes('53'))).toEqual(['skip:以上共计办结53件']);
    // and a figure that fits passes as before
    expect(checks('text.vs-table', lead, '网上申请50件，信函申请12件。以上共计办结63件。').filter((c) => c.includes('63'))).toEqual(['pass:以上共计办结63件']);
  });
  it('a total of a list of results is still compared, and so are the list\'s sums', () => {
    const results = '（1）予以公开32件；（2）部分公开7件；（3）不予公开5件；（4）无法提供15件；（5）不予处理3件；（6）其他处理1件。';
    expect(keys(lead, `${results}以上共计办结60件。`)).toEqual(['text.parts-sum:error:63:60']);
    expect(keys(lead, `${results}以上共计办结63件。`)).toEqual([]);
  });
  it('"上述申请" after the year\'s 新收 and 上年结转 is all of them: their 办结 and results are compared', () => {
    expect(keys('（二）依申请公开。本年度共收到政府信息公开申请62件，上年结转4件。上述申请共办结60件，结转下年度3件。')).toEqual(['text.vs-table:error:63:60']);
    expect(keys('（二）依申请公开。本年度共收到政府信息公开申请62件，上年结转4件。以上申请中，予以公开30件，部分公开7件。')).toEqual(['text.vs-table:error:32:30']);
  });
  it('a total received of the channels is still compared with 本年新收, and a list over its total is flagged', () => {
    expect(keys(lead, '网上申请40件，信函申请13件。以上共计受理53件。')).toEqual(['text.vs-table:error:62:53']);
    expect(keys(lead, '网上申请40件，信函申请14件。以上共计53件。')).toEqual(['text.parts-sum:error:54:53']);
  });
  it('a plain "以上共计53件" after items summing to 52 is wrong: 以上 is those items, and nothing else', () => {
    expect(keys(lead, '网上申请40件，信函申请12件。以上共计53件。')).toEqual(['text.parts-sum:error:52:53']);
    expect(keys(lead, '从申请渠道看，网上申请40件，信函申请12件。以上共计53件。')).toEqual(['text.parts-sum:error:52:53']);
    expect(keys(lead, '予以公开32件，部分公开7件。以上共计办结40件。')).toEqual(['text.parts-sum:error:39:40']);
    // in one sentence too, the total's clause after the items'
    expect(keys(lead, '网上申请40件，信函申请12件，以上共计53件。')).toEqual(['text.parts-sum:error:52:53']);
    expect(keys(lead, '从申请渠道看，网上申请40件，信函申请12件，以上共计53件。')).toEqual(['text.parts-sum:error:52:53']);
  });
  it.each([
    // 以上 may take in more: an item without its figure, one of the same kind before
    '网上申请40件，信函申请12件等。以上共计53件。',
    '网上申请40件，信函申请12件，另有少量当面申请。以上共计53件。',
    '当面申请1件。网上申请40件，信函申请12件。以上共计53件。',
    // the total says it holds more than the list
    '网上申请40件，信函申请12件。以上共计受理66件（含上年结转）。',
    // in one sentence: an item without its figure, one of the same kind before, no 以上, more after
    '网上申请40件，信函申请12件等，以上共计53件。',
    '当面申请1件。网上申请40件，信函申请12件，以上共计53件。',
    '网上申请40件，信函申请12件，合计53件。',
    '网上申请40件，信函申请12件，以上共计受理66件（含上年结转）。',
    '网上申请40件，信函申请12件，以上共计53件，较上年增加3件。',
  ])('short of the total where 以上 may take in more: silent: %s', (text) => {
    expect(keys(lead, text)).toEqual([]);
  });
});

describe('"自然人申请56件，占90.3%": a share of one applicant column whose whole is not in its sentence', () => {
  const lead = '（二）依申请公开。2023年，本机关新收政府信息公开申请62件，上年结转4件，办结63件，结转下年度3件。';
  it('a share no whole a reader could mean fits is flagged, against 本年新收', () => {
    expect(keys(lead, '从申请主体看，自然人申请56件，占80.3%；法人或其他组织申请6件，占9.7%。')).toEqual(['text.share:error:90.3:80.3']);
    expect(keys(`${lead}自然人申请56件，占80.3%。`)).toEqual(['text.share:error:90.3:80.3']);
  });
  it('the consistent twin is silent, its shares read (not guessed)', () => {
    const text = '从申请主体看，自然人申请56件，占90.3%；法人或其他组织申请6件，占9.7%。';
    expect(keys(lead, text)).toEqual([]);
    expect(checks('text.share', lead, text).map((c) => c.split(':')[0])).toEqual(['pass', 'pass']);
  });
  it.each([
    // of 新收 + 上年结转 (66), as some reports count the applicants of both
    '自然人申请56件，占84.8%。',
    // of a count the text gives in the paragraph (its 办结 63: whatever a writer may have divided by)
    '自然人56件，占88.9%。',
    // every org column, of 本年新收
    '自然人申请56件，占90.32%；商业企业申请3件，占4.84%；法律服务机构申请2件，占3.23%；其他组织申请1件，占1.61%。',
    '公民申请56件，占比90.3%。',
  ])('the readings that fit pass: %s', (text) => {
    expect(keys(lead, text)).toEqual([]);
    expect(checks('text.share', lead, text).every((c) => c.startsWith('pass:'))).toBe(true);
  });
  it('a share of table 三\'s 办理结果总计, not said in the text, is a reading too (a careless base)', () => {
    const bare = '（二）依申请公开。2023年，本机关新收政府信息公开申请62件。';
    expect(keys(bare, '自然人申请56件，占88.9%。')).toEqual([]);
    expect(keys(bare, '自然人申请56件，占86.9%。')).toEqual(['text.share:error:90.3:86.9']);
  });
  it.each([
    // a share of something else, said as such
    '自然人申请56件，占全市同类申请的12.3%。',
    '自然人申请占比较上年提高3.2个百分点。',
    '自然人申请56件，占比较上年提高3.2个百分点。',
    // a share of 办结, of a result: not an applicant's (share-of-result.ts reads the results)
    '办结56件，占80.3%。',
    '其中予以公开32件，占50.8%。',
    // a part of the applications leads the clause, or the count is not the table's column
    '网上申请中，自然人申请45件，占80.3%。',
    '自然人申请50件，占80.3%。',
    '企业申请6件，占19.7%。',
    // not an application, another year's, a round figure
    '接待群众来访56件，占80.3%。',
    '12345热线转办自然人诉求56件，占80.3%。',
    '2022年自然人申请56件，占80.3%。',
    '自然人申请56件，约占八成。',
    '自然人申请56件，占比超过80%。',
    '个人隐私相关申请56件，占80.3%。',
  ])('silent: %s', (text) => {
    expect(keys(lead, text)).toEqual([]);
  });
  it('the same share in a paragraph about something else is not read', () => {
    expect(keys('（三）政府信息管理。全年审核拟公开信息62条，办理人大代表建议63件。', '自然人56件，占80.3%。')).toEqual([]);
  });
  it.each([
    // 政务服务 and 12345 have their 网上申请 and 自然人申请 too
    ['（三）优化政务服务。', '网上申请40件，占60.5%。'],
    ['（三）优化政务服务。全年政务服务事项网上可办率100%。自然人申请56件，占80.3%。'],
    ['（四）12345热线办理。', '网上申请40件，占60.5%。'],
    ['（三）政府信息管理。全年审核拟公开信息1286条。', '网上申请40件，占60.5%。'],
  ])('silent where the business is not the disclosure applications: %s %s', (...paras) => {
    expect(keys(...paras)).toEqual([]);
  });
});

describe('"网上申请40件，占64.5%": a channel\'s share, its whole not in its sentence', () => {
  const lead = '（二）依申请公开。2023年，本机关新收政府信息公开申请62件，上年结转4件，办结63件，结转下年度继续办理3件。';
  it('a share no whole a reader could mean fits is flagged, against 本年新收', () => {
    expect(keys(lead, '从申请渠道看，网上申请40件，占64.5%；信函申请13件，占31.0%；当面申请9件，占14.5%。')).toEqual(['text.share:error:21:31']);
    expect(keys(lead, '网上申请40件，占60.5%。')).toEqual(['text.share:error:64.5:60.5']);
  });
  it('the consistent twin is silent, its shares read', () => {
    const text = '从申请渠道看，网上申请40件，占64.5%；信函申请13件，占21.0%；当面申请9件，占14.5%。';
    expect(keys(lead, text)).toEqual([]);
    expect(checks('text.share', lead, text).map((c) => c.split(':')[0])).toEqual(['pass', 'pass', 'pass']);
  });
  it.each([
    // of 新收 + 上年结转, of the channels listed (a comma list), through 通过…
    '网上申请41件，占62.1%；信函申请15件，占22.7%。',
    '网上申请40件，占64.52%，信函申请22件，占35.48%。',
    '通过政府网站申请40件，占64.5%。',
  ])('the readings that fit pass: %s', (text) => {
    expect(keys(lead, text)).toEqual([]);
  });
  it.each([
    '全市网上申请1200件，占60.5%。',
    '2022年网上申请40件，占60.5%。',
    '网上申请40件，占比较上年提高5个百分点。',
    '网上申请40件，同比增长60.5%。',
    '网上申请40件，约占六成。',
    '网上办理政务服务事项2400件，占60.5%。',
    '网上申请40件，占网上政务服务的60.5%。',
    '网上申请90件，占60.5%。',
    '自然人申请56件，网上申请40件，占80.3%。',
    '区政府本级收到申请40件，其中网上申请30件，占75.0%。',
    '接听热线电话40件，占60.5%。',
  ])('silent: %s', (text) => {
    expect(keys(lead, text)).toEqual([]);
  });
});

describe('a small table set as paragraphs ("申请人类型　　申请数量（件）　　占比", a row a paragraph, its 合计 row)', () => {
  const lead = '（二）依申请公开。2023年，本机关共新收政府信息公开申请62件，上年结转4件，办结63件，结转下年度继续办理3件。申请人类型分布如下：';
  const run = (...lines: string[]) => keys(lead, ...lines);
  const head = '申请人类型　　申请数量（件）　　占比';
  it('a row off the table and off the 合计 is flagged on its line, and the 合计 against the rows', () => {
    expect(run(head, '自然人　　57　　91.9%', '法人或其他组织　　6　　9.7%', '合计　　62　　100%')).toEqual(['text.parts-sum:error:63:62', 'text.vs-table:error:56:57']);
  });
  it('the quotes are the rows\' own lines, as the prose reads them', () => {
    const quotes = runProse(page(lead, head, '自然人　　57　　91.9%', '法人或其他组织　　6　　9.7%', '合计　　62　　100%'), T2TEXT_2023, 2023, AGENCY).findings.map((f) => f.quote);
    expect(quotes).toEqual(['合计 62', '自然人 57']);
  });
  it.each([
    ['full-width digits', ['申请人类型　　申请数量（件）　　占比', '自然人　　５７　　９１.９％', '法人或其他组织　　６　　９.７％', '合计　　６２　　１００％'].map(word).join('')],
    ['&nbsp; runs', ['申请人类型&nbsp;&nbsp;&nbsp;申请数量（件）&nbsp;&nbsp;&nbsp;占比', '自然人&nbsp;&nbsp;&nbsp;57&nbsp;&nbsp;&nbsp;91.9%', '法人或其他组织&nbsp;&nbsp;&nbsp;6&nbsp;&nbsp;&nbsp;9.7%', '合计&nbsp;&nbsp;&nbsp;62&nbsp;&nbsp;&nbsp;100%'].map((t) => `<p>${t}</p>`).join('')],
    ['lines broken by <br> in one <p>', '<p>申请人类型　　申请数量（件）　　占比<br>自然人　　57　　91.9%<br>法人或其他组织　　6　　9.7%<br>合计　　62　　100%</p>'],
  ])('read the same in %s', (_, html) => {
    const r = runProse(page(lead) + html, T2TEXT_2023, 2023, AGENCY);
    expect(findingKeys(r)).toEqual(['text.parts-sum:error:63:62', 'text.vs-table:error:56:57']);
  });
  it('a share off its row\'s count over the 合计 is flagged', () => {
    expect(run(head, '自然人　　56　　80.3%', '法人或其他组织　　6　　9.7%', '合计　　62　　100%')).toEqual(['text.share:error:90.3:80.3']);
  });
  it('the consistent twin is silent, every row read', () => {
    const lines = [head, '自然人　　56　　90.3%', '法人或其他组织　　6　　9.7%', '合计　　62　　100%'];
    expect(run(...lines)).toEqual([]);
    expect(runProse(page(lead, ...lines), T2TEXT_2023, 2023, AGENCY).checks.filter((c) => /^(?:自然人|法人或其他组织|合计) /.test(c.quote)).map((c) => `${c.rule}:${c.outcome}:${c.quote}`)).toEqual([
      'text.parts-sum:pass:合计 62', 'text.share:pass:自然人 56 90.3%', 'text.share:pass:法人或其他组织 6 9.7%',
      'text.vs-table:pass:自然人 56', 'text.vs-table:pass:法人或其他组织 6',
    ]);
  });
  it.each([
    // every org column, counts with 件, no share column
    [['申请人类型　　数量（件）', '自然人　　56件', '商业企业　　3件', '法律服务机构　　2件', '其他组织　　1件', '合计　　62件']],
    // of 新收 + 上年结转 (66): 自然人 60, orgs 6 in this table's columns
    [['申请人　　申请数（件）　　占比', '自然人　　56　　90.3%', '法人或其他组织　　6　　9.7%', '总计　　62　　100%']],
    // channels: their sum and shares only (no column of table 三)
    [['申请方式　　数量（件）　　占比', '网上申请　　40　　64.5%', '信函申请　　13　　21.0%', '当面申请　　9　　14.5%', '合计　　62　　100%']],
  ])('consistent runs stay silent: %j', (lines) => {
    expect(run(...lines)).toEqual([]);
  });
  it('last year\'s table, named before it: its own arithmetic is checked, its rows are not table 三\'s', () => {
    const lines = ['2022年申请人类型分布如下：', head, '自然人　　50　　80.6%', '法人或其他组织　　12　　19.4%', '合计　　62　　100%'];
    expect(run(...lines)).toEqual([]);
    expect(runProse(page(lead, ...lines), T2TEXT_2023, 2023, AGENCY).checks.filter((c) => /^\S+ \d/.test(c.quote)).map((c) => `${c.rule}:${c.outcome}`)).toEqual([
      'text.parts-sum:pass', 'text.share:pass', 'text.share:pass',
    ]);
    expect(run('2022年申请人类型分布如下：', head, '自然人　　50　　80.6%', '法人或其他组织　　11　　19.4%', '合计　　62　　100%')).toEqual(['text.parts-sum:error:61:62', 'text.share:error:17.7:19.4']);
  });
  it.each([
    // no 合计 row: no whole to hold the rows to
    [[head, '自然人　　57　　91.9%', '法人或其他组织　　6　　9.7%']],
    // a sub-row: 法人或其他组织 and its 商业企业
    [[head, '自然人　　56　　90.3%', '法人或其他组织　　6　　9.7%', '商业企业　　3　　4.8%', '合计　　65　　100%']],
    // a table of 条, not 件
    [['信息类别　　条数（条）　　占比', '机构职能类　　24　　1.9%', '政策文件类　　300　　23.3%', '合计　　1286　　100%']],
    // a header without the unit
    [['申请人类型　　申请数量　　占比', '自然人　　57　　91.9%', '法人或其他组织　　6　　9.7%', '合计　　62　　100%']],
    // a 目录 with page numbers, a list of 文号, phones, dates
    [['目　　录', '一、总体情况　　1', '二、主动公开政府信息情况　　3', '三、收到和处理政府信息公开申请情况　　5']],
    [['文件名称　　文号', '关于印发某某办法的通知　　青府〔2023〕12号', '关于调整某某标准的通知　　青府〔2023〕15号']],
    [['联系部门　　电话（件）', '区政府办公室　　0830-3115719', '区司法局　　0830-3115720', '合计　　2']],
    [['事项　　日期', '年报发布　　2024年1月22日', '数据统计截止　　2023年12月31日']],
    // a column the reader does not know (同比), persons not applications, rows of two kinds
    [['申请人类型　　数量（件）　　同比', '自然人　　57　　12%', '法人或其他组织　　6　　-5%', '合计　　62　　10%']],
    [['申请人类型　　人数（人）', '自然人　　57', '法人或其他组织　　6', '合计　　62']],
    [['类别　　数量（件）', '自然人　　40', '网上申请　　23', '合计　　62']],
    // rows that name no applicant or channel
    [['类别　　数量（件）', '行政规范性文件　　5', '政策解读　　48', '合计　　52']],
    [['办理结果　　数量（件）', '予以公开　　32', '部分公开　　7', '合计　　40']],
    [['单位　　申请数量（件）', '区政府办公室　　40', '区属部门　　23', '合计　　62']],
  ])('other runs are not read: %j', (lines) => {
    expect(run(...lines)).toEqual([]);
    // no check quotes a line as a table's row ("自然人 57")
    expect(runProse(page(lead, ...lines), T2TEXT_2023, 2023, AGENCY).checks.filter((c) => /^\S+ \d/.test(c.quote))).toEqual([]);
  });
});
