// @vitest-environment node
/**
 * Session 27's recall gaps of the text checks (/tmp brief "gaps27"), each with the sentence where it
 * fires on a wrong figure, its true twin that is checked and holds, and the near misses that must
 * stay silent. The tables are t2text-consistent-2023's (narrative-tables.ts T2TEXT_2023): 新收 62
 * (自然人 56), 上年结转 4, 办结 63, 复议 1 (维持), 诉讼 1 (未审结).
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse, T2TEXT_2023, word, type ProseResult } from './narrative-tables.ts';

const run = (text: string): ProseResult => runProse(word(text), T2TEXT_2023, 2023);
const fired = findingKeys;
/** The outcomes of `rule` whose quote holds `words`. */
const outcomesOf = (r: ProseResult, rule: string, words: string) => r.checks.filter((c) => c.rule === rule && c.quote?.includes(words)).map((c) => c.outcome);

describe('a share whose whole is the sentence a "从…看" sentence divides, two sentences back (red team 22 m18)', () => {
  const lead = '2023年，共收到政府信息公开申请62件，较上年50件增加12件，增长24%；上年结转4件。从申请渠道看，网上申请40件，信函申请12件，当面申请10件。';
  it.each([
    [`${lead}从申请主体看，自然人申请56件，占80.0%；法人或其他组织申请6件。`, 'text.share:error:90.3:80'],
    ['2023年，共收到政府信息公开申请62件；上年结转4件。从申请主体看，自然人申请56件，占80.0%；法人或其他组织申请6件。', 'text.share:error:90.3:80'],
    // two shares, the other fitting: the counts (41+21) confirm the whole, not the shares
    ['2023年，共收到政府信息公开申请62件。从申请方式看，网上申请41件，占66.1%；信函申请21件，占32.9%。', 'text.share:error:33.9:32.9'],
  ])('%s is flagged', (text, want) => {
    const r = run(text);
    expect(fired(r)).toEqual([want]);
  });

  it('its true twin holds', () => {
    const r = run(`${lead}从申请主体看，自然人申请56件，占90.3%；法人或其他组织申请6件。`);
    expect(fired(r)).toEqual([]);
    expect(outcomesOf(r, 'text.share', '自然人申请')).toEqual(['pass']);
  });

  // The whole guessed stays unconfirmed here (the skip below said so until session gaps29), but a share
  // of table 三's 自然人 column is read against every whole a reader could mean since then
  // (share-of-applicant.ts: 本年新收 62, 新收 + 上年结转 66, the paragraph's counts): 56 at 80.0% or
  // 87.5% fits none of them, whichever is meant.
  it.each([
    // the counts do not add up to the guess
    ['2023年，共收到政府信息公开申请62件；上年结转4件。从申请主体看，自然人申请56件，占80.0%；法人或其他组织申请5件。', 'text.share:error:90.3:80'],
    // the sentence divided is 办结's, which the counts do not add up to
    ['2023年，共收到政府信息公开申请62件；上年结转4件。全年办结63件。从申请主体看，自然人申请56件，占80.0%；法人或其他组织申请6件。', 'text.share:error:90.3:80'],
    // a change among the counts: no plain list
    ['2023年，共收到政府信息公开申请62件；上年结转4件。从申请主体看，自然人申请56件，占比87.5%，较上年增加6件；法人或其他组织申请6件。', 'text.share:error:90.3:87.5'],
    // the sentence opens on nothing it divides
    ['2023年，共收到政府信息公开申请62件；上年结转4件。本机关注重服务群众，自然人申请56件，占80.0%；法人或其他组织申请6件。', 'text.share:error:90.3:80'],
  ])('%s is flagged since gaps29: no whole a reader could mean fits', (text, want) => {
    expect(fired(run(text)).filter((k) => k.startsWith('text.share'))).toEqual([want]);
  });

  it('every share misses the whole guessed: the writer took another base (66 = 62 + 上年结转 4), read since gaps29', () => {
    // (a skip until session gaps29; share-of-applicant.ts reads a channel's share against table 三's
    // 本年新收 + 上年结转 too, a base these reports use)
    const r = run('2023年，共收到政府信息公开申请62件。从申请方式看，网上申请41件，占62.1%；信函申请15件，占22.7%；当面申请6件，占9.1%。');
    expect(fired(r).filter((k) => k.startsWith('text.share'))).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.share').map((c) => `${c.outcome}:${/66件/.test(c.detail)}`)).toEqual(['pass:true', 'pass:true', 'pass:true']);
  });
});

describe('a year-on-year change whose base comes later: after a reason clause, or alone in the next sentence', () => {
  const changes = (r: ProseResult) => r.checks.filter((c) => c.rule === 'text.change').map((c) => c.outcome);
  it.each([
    ['共收到政府信息公开申请62件，较上年增长24.8%，主要原因是群众关注度提高，上年同期为54件。', 'text.change:error:14.8:24.8'],
    ['主动公开政府信息1200条，同比增长24.8%，主要是加大了公开力度，去年同期为1000条。', 'text.change:error:20:24.8'],
    ['共收到政府信息公开申请62件，同比增长24.8%。2022年为54件。', 'text.change:error:14.8:24.8'],
    ['共收到政府信息公开申请６２件，同比增加１２件。上年为５４件。', 'text.change:error:8:12'],
  ])('%s is flagged', (text, want) => {
    const r = run(text);
    expect(fired(r)).toEqual([want]);
  });

  it('the next sentence\'s base is quoted with the change', () => {
    const r = run('共收到政府信息公开申请62件，同比增长24.8%。2022年为54件。');
    expect(r.checks.find((c) => c.rule === 'text.change')?.quote).toMatch(/62件.*2022年为54件/);
  });

  it.each([
    '共收到政府信息公开申请62件，较上年增长14.8%，主要原因是群众关注度提高，上年同期为54件。',
    '共收到政府信息公开申请62件，同比增长14.8%。2022年为54件。',
    '共收到政府信息公开申请62件，同比增加8件。上年为54件。',
  ])('%s holds', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(changes(r)).toEqual(['pass']);
  });

  it.each([
    // a clause of another subject between: the 上年 figure may be its own
    '共收到政府信息公开申请62件，较上年增长24.8%，行政复议有所减少，上年为54件。',
    // the next sentence says more than last year's figure, or of another subject, or another unit
    '共收到政府信息公开申请62件，同比增长24.8%。2022年为54件，办结60件。',
    '共收到政府信息公开申请62件，同比增长24.8%。行政复议2022年为54件。',
    '共收到政府信息公开申请62件，同比增长24.8%。2022年为54条。',
    // the comparison does not end its sentence, or the sentence makes two
    '共收到政府信息公开申请62件，同比增长24.8%，办结63件。2022年为54件。',
    '共收到政府信息公开申请62件，同比增长14.8%，比2021年增长20%。2022年为54件。',
  ])('%s is not read', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(changes(r)).toEqual([]);
  });

  it('a base of another year than 上年 is a skip that says so', () => {
    const r = run('共收到政府信息公开申请62件，同比增长24.8%。2021年为54件。');
    expect(fired(r)).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.change').map((c) => `${c.outcome}:${c.detail}`)).toEqual([expect.stringMatching(/^skip:.*2021年/)]);
  });
});

describe('"纠错率为0", "纠错率为零", "零纠错" against table 四\'s 结果纠正 (case-result-claims.ts)', () => {
  /** the same tables with the one 复议 corrected, not upheld */
  const CORRECTED = { ...T2TEXT_2023, 't4.review.upheld': 0, 't4.review.corrected': 1 };
  const runWith = (text: string, tables: Record<string, number>): ProseResult => runProse(word(text), tables, 2023);
  const zeroOfCorrected = (r: ProseResult) => r.checks.filter((c) => c.rule === 'text.vs-table' && /结果纠正/.test(c.detail ?? '')).map((c) => c.outcome);
  const claims = [
    '全年共发生政府信息公开行政复议1件，纠错率为0。',
    '全年共发生政府信息公开行政复议1件，纠错率为零。',
    '全年共发生政府信息公开行政复议１件，纠正率为０％。',
    '全年共发生政府信息公开行政复议1件，实现零纠错。',
    '全年共发生政府信息公开行政复议1件，无被纠错案件。',
    // 政府信息公开 named earlier in the paragraph
    '本机关因政府信息公开被申请行政复议的情况如下。全年共发生行政复议1件，纠错率为0。',
  ];

  it.each(claims)('%s is flagged when the table has one corrected', (text) => {
    const r = runWith(text, CORRECTED);
    expect(fired(r)).toEqual(['text.vs-table:error:1:0']);
  });

  it.each(claims)('%s holds against the table as it is (维持 1)', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(zeroOfCorrected(r)).toEqual(['pass']);
  });

  it.each([
    // an aim, not the year's fact
    '全年共发生政府信息公开行政复议1件，力争纠错率为零。',
    // the region's, another year's
    '全市共发生政府信息公开行政复议1件，纠错率为0。',
    '2022年共发生政府信息公开行政复议1件，纠错率为0。',
    // nothing says the cases are about 政府信息公开 (a 司法局 may report all its 复议)
    '全年共发生行政复议1件，纠错率为0。',
    // 政府信息公开 named earlier in the paragraph, but not as the cases'
    '本机关政府信息公开工作扎实推进。全年共发生行政复议1件，纠错率为0。',
    // no count of the cases before it: the rate may be of any cases, last year's too
    '本机关发生政府信息公开行政复议1件。复议机关审理后，纠错率为0。',
    // a rate that is not 0, or 0 as part of a figure
    '全年共发生政府信息公开行政复议1件，纠错率为0.5%。',
    '全年共发生政府信息公开行政复议1件，纠错率为05年以来最低。',
    // the rate with its count: correction-rate.ts reads it, and text-vs-table the count
    '全年共发生政府信息公开行政复议1件，结果纠正1件，纠错率为100%。',
  ])('%s makes no zero claim', (text) => {
    const r = runWith(text, CORRECTED);
    expect(fired(r)).toEqual([]);
  });
});

describe('a change said in words over two stated figures ("较上年的70件有所增加")', () => {
  const changes = (r: ProseResult) => r.checks.filter((c) => c.rule === 'text.change').map((c) => c.outcome);
  it.each([
    ['共收到政府信息公开申请62件，较上年的70件有所增加。', 'text.change:error:-8:undefined'],
    ['共收到政府信息公开申请62件，较上年的50件有所减少。', 'text.change:error:12:undefined'],
    ['共收到政府信息公开申请62件，与上年的70件相比有所增长。', 'text.change:error:-8:undefined'],
    ['共收到政府信息公开申请62件，上年同期70件，同比有所上升。', 'text.change:error:-8:undefined'],
    ['共收到政府信息公开申请６２件，较２０２２年的７０件大幅增加。', 'text.change:error:-8:undefined'],
    // 持平 over figures that differ: a warning (a writer may call 62 against 60 持平)
    ['共收到政府信息公开申请62件，较上年的60件持平。', 'text.change:warning:2:undefined'],
  ])('%s is flagged', (text, want) => {
    const r = run(text);
    expect(fired(r)).toEqual([want]);
  });

  it('the message and quote say both figures and the words', () => {
    const r = run('共收到政府信息公开申请62件，较上年的70件有所增加。');
    const f = r.checks.find((c) => c.rule === 'text.change');
    expect(f?.quote).toMatch(/62件，较上年的70件有所增加$/);
    expect(r.findings.find((x) => x.rule === 'text.change')?.message).toBe('正文称62件，较上年（70件）有所增加；实际减少8件。');
  });

  it.each([
    '共收到政府信息公开申请62件，较上年的50件有所增加。',
    '共收到政府信息公开申请62件，较上年的70件有所减少。',
    '共收到政府信息公开申请62件，较上年的62件持平。',
  ])('%s holds', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(changes(r)).toEqual(['pass']);
  });

  it.each([
    // one figure only: nothing to compare
    '共收到政府信息公开申请62件，较上年有所增加。',
    // 基本持平 is no claim a count contradicts
    '共收到政府信息公开申请62件，较上年的60件基本持平。',
    // the words are of a rate, not of the figures
    '共收到政府信息公开申请62件，较上年的70件增幅有所下降。',
    // another subject between the figure and the comparison
    '主动公开政府信息1200条，较上年的1100条有所增加，其中政策解读较上年的80条有所减少。',
  ])('%s is not flagged', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(changes(r)).not.toContain('fail');
  });

  it('over 万 figures, rounded, a direction that may hold is a skip', () => {
    const r = run('全年主动公开政府信息1.2万条，较上年的1.3万条有所增加。');
    expect(fired(r)).toEqual([]);
    expect(changes(r)).toEqual(['skip']);
  });
});

describe('a trailing 共计 after a list of kinds of information ("人事信息26条、…，共计44条")', () => {
  const sums = (r: ProseResult) => r.checks.filter((c) => c.rule === 'text.parts-sum').map((c) => c.outcome);
  it.each([
    ['本年共主动公开人事信息26条、财政预决算信息8条、重大项目信息12条，共计44条。', 'text.parts-sum:error:46:44'],
    ['本年共主动公开人事信息26条，财政预决算信息8条，重大项目信息12条，共计44条。', 'text.parts-sum:error:46:44'],
    ['全年公开机构职能类１６条、政策文件类２０条，合计３４条。', 'text.parts-sum:error:36:34'],
  ])('%s is flagged (the items exceed their total)', (text, want) => {
    expect(fired(run(text))).toEqual([want]);
  });

  it('its true twin holds', () => {
    const r = run('本年共主动公开人事信息26条、财政预决算信息8条、重大项目信息12条，共计46条。');
    expect(fired(r)).toEqual([]);
    expect(sums(r)).toEqual(['pass']);
  });

  it.each([
    // short of the total: a kind may be left out of the list (a skip, as for other trailing totals)
    '本年共主动公开人事信息26条、财政预决算信息8条、重大项目信息12条，共计48条。',
  ])('%s is a skip', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(sums(r)).toEqual(['skip']);
  });

  it.each([
    // 政府信息 is the whole's word, not a kind
    '主动公开政府信息1200条、政策解读信息80条，共计1200条。',
    // items of two kinds (企业 names an applicant)
    '主动公开人事信息26条、企业信息8条，共计30条。',
  ])('%s reads no list', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(sums(r)).toEqual([]);
  });
});

describe('"其余N件" after a named part of 办结 (read already: pinned)', () => {
  it('"全年办结63件，其中予以公开32件，其余30件…" is flagged, 31 holds', () => {
    expect(fired(run('全年办结63件，其中予以公开32件，其余30件申请均已依法答复。'))).toEqual(['text.parts-sum:error:62:63']);
    expect(fired(run('全年办结63件，其中予以公开32件，其余31件申请均已依法答复。'))).toEqual([]);
  });
});
