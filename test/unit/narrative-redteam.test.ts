/**
 * Red-team of the narrative checks: realistic report prose, dense with figures, that must not be
 * flagged (readings a careful reader accepts), and prose that must be. Each case asserts the exact
 * outcome: the checks' outcomes by rule, and every error or warning with its numbers and quote.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, flagged, outcomes, runProse, type ProseResult } from './narrative-tables.ts';

/** Tables 三 and 四 of the bureau these sentences are about (narrative-tables.ts). */
const TABLES = BUREAU_TABLES;
const run = (text: string, figures: Record<string, number> = {}) => runProse(text, figures);

describe('red team: parts of a whole', () => {
  it('a 万 figure is rounded: 8000 + 4500 against 1.2万 is no error', () => {
    const r = run('<p>全年主动公开政府信息1.2万条，其中政策文件8000条，工作动态4500条。</p>');
    expect(outcomes(r)).toEqual(['text.parts-sum:pass']);
    expect(r.checks[0]?.detail).toContain('约数');
  });

  it('a 万 figure is still checked: 8000 + 5000 cannot round to 1.2万', () => {
    const r = run('<p>全年主动公开政府信息1.2万条，其中政策文件8000条，工作动态5000条。</p>');
    expect(flagged(r)).toEqual([
      { rule: 'text.parts-sum', severity: 'error', expected: 13000, actual: 12000, quote: '全年主动公开政府信息1.2万条，其中政策文件8000条，工作动态5000条' },
    ]);
  });

  it('an approximate whole (约, 超过) is not summed', () => {
    expect(run('<p>全年主动公开政府信息约1.2万条，其中政策文件8000条，工作动态4500条。</p>').checks).toEqual([]);
    expect(run('<p>全年累计公开信息超过1200条，其中政策文件328条，工作动态900条。</p>').checks).toEqual([]);
  });

  it('a list ending in 等 that falls short is a skip; one that adds up passes', () => {
    expect(outcomes(run('<p>全年主动公开政府信息1.2万条，同比增长8.5%，其中政策解读类信息356条、人事信息128条等。</p>'))).toEqual(['text.parts-sum:skip']);
    expect(outcomes(run('<p>全年主动公开政府信息1256条，其中政务动态信息856条、通知公告312条、人事信息88条等。</p>'))).toEqual(['text.parts-sum:pass']);
  });

  it('a list closed by 其他 that exceeds the whole is flagged', () => {
    const r = run('<p>全年主动公开政府信息1256条，其中政务动态信息856条、通知公告312条、人事信息188条、其他信息20条。</p>');
    expect(flagged(r)).toEqual([
      {
        rule: 'text.parts-sum', severity: 'error', expected: 1376, actual: 1256,
        quote: '全年主动公开政府信息1256条，其中政务动态信息856条、通知公告312条、人事信息188条、其他信息20条',
      },
    ]);
  });

  it('publication channels overlap: their sum may exceed the total', () => {
    const r = run('<p>全年共主动公开信息1256条，其中通过政府网站公开986条，通过政务微博公开520条，通过政务微信公开430条。</p>');
    expect(outcomes(r)).toEqual(['text.parts-sum:skip']);
    expect(flagged(r)).toEqual([]);
  });

  it('application channels do not overlap: 12 + 70 + 6 against 86 is flagged', () => {
    const r = run('<p>全年共受理政府信息公开申请86件，其中当面申请12件，网上申请70件，信函申请6件。</p>');
    expect(flagged(r)).toEqual([
      { rule: 'text.parts-sum', severity: 'error', expected: 88, actual: 86, quote: '全年共受理政府信息公开申请86件，其中当面申请12件，网上申请70件，信函申请6件' },
    ]);
  });

  it('受理 then 答复 of one part are stages, not two parts', () => {
    // (a unit, then a result: the list ends at the change of dimension, one part is no list)
    const r = run('<p>全年收到申请86件，其中市政府办公室受理52件，依法答复52件。</p>', TABLES);
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(['text.vs-table:pass']);
    // (答复 after a part that names no result is what became of it: the list ends there, and
    // one part claims nothing)
    const r2 = run('<p>全年收到申请86件，其中受理52件，答复52件。</p>');
    expect(flagged(r2)).toEqual([]);
    expect(outcomes(r2)).toEqual([]);
  });

  it("last year's figure before 其中 is not the whole the list divides", () => {
    const r = run('<p>全年共收到申请86件，较2022年的50件增加36件，其中自然人申请80件，法人申请6件。</p>');
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(['text.parts-sum:pass', 'text.change:pass']);
  });

  it('a 其中 opening a sentence may divide the list before it or its last item', () => {
    const text = '全年主动公开政府信息1256条，其中政策文件356条，工作动态900条。其中，市级层面发布1000条，区县层面发布256条。';
    const r = run(`<p>${text}</p>`);
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(['text.parts-sum:pass', 'text.parts-sum:pass']);
    // under neither reading an error: 1100 is more than 900 but may be an incomplete list of 1256
    expect(outcomes(run(`<p>${text.replace('256条。', '100条。')}</p>`))).toEqual(['text.parts-sum:pass', 'text.parts-sum:skip']);
    // over both: flagged, and told of the whole the parts miss by less (1300 against 1256, not 900)
    expect(flagged(run(`<p>${text.replace('256条。', '300条。')}</p>`))).toEqual([
      {
        rule: 'text.parts-sum', severity: 'error', expected: 1300, actual: 1256,
        quote: '全年主动公开政府信息1256条，其中政策文件356条，工作动态900条。其中，市级层面发布1000条，区县层面发布300条',
      },
    ]);
    // a complete list (其他) short of both: told of the nearer, 900
    expect(flagged(run(`<p>${text.replace('其中，市级层面发布1000条，区县层面发布256条。', '其中，市级层面发布500条，区县层面发布200条，其他100条。')}</p>`))).toEqual([
      {
        rule: 'text.parts-sum', severity: 'error', expected: 800, actual: 900,
        quote: '工作动态900条。其中，市级层面发布500条，区县层面发布200条，其他100条',
      },
    ]);
  });

  it('a comparison base inside a 其中 list is not a part', () => {
    const r = run('<p>我局共受理政府信息公开申请91件，其中本年新收86件，上年结转5件，较上年的102件减少11件，下降10.78%。</p>', TABLES);
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(['text.parts-sum:pass', 'text.change:pass', 'text.change:pass', 'text.vs-table:pass', 'text.vs-table:pass']);
  });

  it('"本年新收申请中，" may head two lists split by ；', () => {
    const r = run('<p>我局本年新收政府信息公开申请86件。本年新收申请中，自然人申请80件，法人或其他组织申请6件；通过互联网渠道申请65件，当面申请12件，信函申请9件。</p>');
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(['text.parts-sum:pass']);
  });

  it('outcomes after a part are its results, not more parts', () => {
    const r = run('<p>全年共发生行政复议案件5件，其中涉及政府信息公开的3件，结果维持2件，纠正1件。</p>', TABLES);
    expect(flagged(r)).toEqual([]);
    const r2 = run('<p>因政府信息公开被提起行政诉讼2件，其中直接起诉1件，复议后起诉1件，尚未审结1件。</p>', TABLES);
    expect(flagged(r2)).toEqual([]);
    expect(r2.checks.map((c) => `${c.rule}:${c.outcome}:${c.detail}`)).toEqual([
      'text.parts-sum:pass:1件+1件 = 2件',
      'text.vs-table:pass:2件 = 表四两类行政诉讼“总计”之和 2',
      // each group of suits is its group's 总计 (since red team 14)
      'text.vs-table:pass:1件 = 表四“未经复议直接起诉”的“总计” 1',
      'text.vs-table:pass:1件 = 表四“复议后起诉”的“总计” 1',
      'text.vs-table:pass:1件 = 表四两类行政诉讼“尚未审结”之和 1',
    ]);
  });

  it('含 opening a clause after an item starts that item\'s sub-list', () => {
    expect(run('<p>全年主动公开信息500条，其中政策文件328条，含规范性文件156条、政策解读102条。</p>').checks).toEqual([]);
    expect(outcomes(run('<p>全年主动公开信息500条，其中政策文件328条（含规范性文件156条、政策解读102条），工作动态172条。</p>'))).toEqual(['text.parts-sum:pass']);
  });

  it.each([
    ['全年共收到申请86件，其中自然人80件、法人6件，答复88件。'],
    ['全年共收到申请86件，其中自然人80件、法人6件，予以公开42件。'],
  ])('a list ends where its items change dimension: %s', (text) => {
    const r = run(`<p>${text}</p>`);
    expect(flagged(r)).toEqual([]);
    expect(r.checks.map((c) => c.detail)).toEqual(['80件+6件 = 86件']);
  });

  it('categories of content may overlap', () => {
    const r = run('<p>全年共收到申请86件，其中涉及征地拆迁类52件，涉及规划类30件，涉及信访类10件。</p>');
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(['text.parts-sum:skip']);
  });

  it('"个人隐私" in a reason is no applicant: the reasons still add up (seed 003)', () => {
    const r = run('<p>不予公开49件。不予公开中，涉及国家秘密、商业秘密、个人隐私0件；不属于本行政机关10件；申请信息不存在0件；内容不明确或转其他途径办理26件；其他原因13件。</p>');
    expect(outcomes(r)).toEqual(['text.parts-sum:pass']);
  });

  it('parts of one unit of another kind (件 among 条) are not parts', () => {
    expect(run('<p>全年公开信息1256条，其中规范性文件56件，政策解读32篇，新闻发布会4场。</p>').checks).toEqual([]);
  });
});

describe('red team: what is not a figure', () => {
  it('a figure inside a book title is part of the title', () => {
    const r = run('<p>全年发布政策文件56条，其中《东湖市稳经济30条》实施细则26条，政策解读30条。</p>');
    expect(flagged(r)).toEqual([]);
    expect(r.checks.map((c) => c.detail)).toEqual(['26条+30条 = 56条']);
  });

  it.each([
    ['根据《东湖市2023年政务公开工作要点》（东政办发〔2023〕15号）和《关于印发第3批目录的通知》要求，全年共收到政府信息公开申请86件。', ['text.vs-table:pass']],
    ['本报告统计期限为2023年1月1日至12月31日，工作时间9:00-12:00，联系电话0551-63512345，邮编230088。', []],
    ['全年召开第3次、第4次局务会议，印发第2批目录，编印简报第1期至第12期。', []],
    ['一是公开重点领域信息426条；二是发布政策解读58篇；三是回应社会关切31次。', []],
    ['全年共收到申请80余件，办结80多件。', []],
  ])('%s', (text, expected) => {
    const r = run(`<p>${text}</p>`, TABLES);
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(expected);
  });
});

it('counts in Chinese numerals are read as figures (narrative-cn-numerals.test.ts has their traps)', () => {
  const r = run('<p>全年共收到政府信息公开申请八十六件，办结八十八件。</p>', TABLES);
  expect(flagged(r)).toEqual([]);
  expect(outcomes(r)).toEqual(['text.vs-table:pass', 'text.vs-table:pass']);
});

describe('red team: shares', () => {
  it('a share of a named whole that is not the sentence total is never flagged against it; table 三\'s 办结 reads it', () => {
    const r = run('<p>全年共受理申请86件，其中予以公开42件，占办结总数的47.73%。</p>', TABLES);
    expect(flagged(r)).toEqual([]);
    // 42 ÷ 88 (table 三's 办理结果总计) holds since session 23; before, not judged
    expect(outcomes(r)).toEqual(['text.share:pass', 'text.vs-table:pass']);
    expect(r.checks[0]?.detail).toBe('42件 ÷ 表三“办理结果总计”88件 = 47.73%，正文 47.73%');
    // a share that fits neither the sentence's whole nor the table's is still not judged
    expect(outcomes(run('<p>全年共受理申请86件，其中予以公开42件，占办结总数的45.73%。</p>', TABLES))).toEqual(['text.share:skip', 'text.vs-table:pass']);
  });

  it('a share of the named whole (全部办结量 of 办结88件) is checked', () => {
    const r = run('<p>全年办结政府信息公开申请88件（含上年结转5件），其中予以公开42件，占全部办结量的47.73%；部分公开11件，占12.5%。</p>');
    expect(outcomes(r)).toEqual(['text.parts-sum:skip', 'text.share:pass', 'text.share:pass']);
  });

  it.each([
    ['全年共收到申请86件，办结88件，其中予以公开42件，占47.73%。', '42件 ÷ 88件 = 47.73%，正文 47.73%'],
    ['全年共收到申请86件，上年结转5件，其中予以公开42件，占46.15%。', '42件 ÷ 86件+5件 = 46.15%，正文 46.15%'],
    ['全年共受理申请91件，其中新收86件，占94.51%，办结88件，其中予以公开42件，占47.73%。', '42件 ÷ 88件 = 47.73%，正文 47.73%'],
  ])('a share of the count its 其中 divides, or of 新收 + 上年结转: %s', (text, detail) => {
    const r = run(`<p>${text}</p>`);
    expect(flagged(r)).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.share').map((c) => c.detail)).toContain(detail);
  });

  it('a share with one base in the sentence that does not fit is flagged', () => {
    expect(flagged(run('<p>全年共收到申请86件，予以公开42件，占比50%。</p>'))).toEqual([
      { rule: 'text.share', severity: 'error', expected: 49, actual: 50, quote: '予以公开42件，占比50%' },
    ]);
  });

  it('a share with several possible bases, none fitting, is skipped', () => {
    const r = run('<p>全年共收到申请86件，办结88件，予以公开42件，占比50%。</p>');
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(['text.share:skip']);
  });

  it('占比较上年提高 is a change of a share, not a share', () => {
    expect(run('<p>全年主动公开信息1256条，占比较上年提高3.5%。</p>').checks).toEqual([]);
  });

  it('a share of a 万 whole is skipped when it does not fit exactly', () => {
    const r = run('<p>全年主动公开政府信息1.2万条，其中政策文件8000条，占64.5%。</p>');
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(['text.share:skip']);
  });
});

describe('red team: shares and parentheses', () => {
  it('a share after "（含…）" is of the figure the parenthesis qualifies', () => {
    const r = run('<p>全年办结申请88件，其中同意公开53件（含部分公开11件），占60.23%。</p>', TABLES);
    expect(flagged(r)).toEqual([]);
    // 88 = 办理结果总计, and 同意公开 53 after 其中 = 予以公开 + 部分公开 (session 10)
    expect(outcomes(r)).toEqual(['text.share:pass', 'text.vs-table:pass', 'text.vs-table:pass']);
  });

  it('a share inside "（含…）" is of the figure it qualifies, and a guess', () => {
    expect(outcomes(run('<p>全年办结申请88件，其中部分公开11件（含涉及第三方5件，占45.45%）。</p>'))).toEqual(['text.share:pass']);
    const r = run('<p>全年办结申请88件，其中部分公开11件（含涉及第三方5件，占40%）。</p>');
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(['text.share:skip']);
  });
});

describe('red team: year on year', () => {
  it.each([
    ['全年主动公开信息1256条，较上年的1120条增加136条，增长12.14%。', ['text.change:pass', 'text.change:pass']],
    ['全年主动公开信息1256条，较2022年（1120条）增长12.14%。', ['text.change:pass']],
    ['全年共主动公开信息1256条，同比增长12%，较上年增加136条。', ['text.change:pass']],
    ['政务微博发布信息2350条，比2022年减少150条，下降6%。', ['text.change:pass']],
    ['全年行政许可事项342项，较2022年减少19项，降幅5.3%。', ['text.change:pass']],
    ['全年主动公开信息1256条，比上年同期增加136条，增长12.14%；其中政策文件328条，比上年增加28条，增长9.33%。', ['text.change:pass', 'text.change:pass']],
  ])('%s holds', (text, expected) => {
    const r = run(`<p>${text}</p>`);
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(expected);
  });

  it.each([
    ['全年主动公开信息1256条，与上年持平。'],
    ['全年主动公开信息1256条，比上年下降5个百分点。'],
    ['依申请公开答复率达100%，按时答复率较上年提高2.5个百分点。'],
    ['全年受理申请88件，同比增加15.8%。'],
    ['全年新增主动公开信息1256条，较上年减少近百条。'],
    ['全年公开信息1256条，较上年增加136条，增幅达12.1%以上。'],
    ['全年共收到政府信息公开申请86件，较上年增长1.5倍。'],
  ])('%s claims nothing checkable', (text) => {
    expect(run(`<p>${text}</p>`).checks).toEqual([]);
  });

  it('a 万 figure with a change that does not fit exactly is skipped', () => {
    const r = run('<p>全年主动公开政府信息1.2万条，比上年增加1000条，增长8.7%。</p>');
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(['text.change:skip']);
  });

  it('a comparison after a 其中 list may be of the list or of its last item; both wrong is flagged', () => {
    expect(flagged(run('<p>全年主动公开信息1256条，其中政策文件328条，较上年增加28条，增长9.33%。</p>'))).toEqual([]);
    expect(flagged(run('<p>我局共受理申请91件，其中本年新收86件，上年结转5件，较上年的102件减少15件。</p>'))).toEqual([
      // told of the reading that misses by less: the whole (91 − 102 = −11), not the item (5 − 102 = −97)
      { rule: 'text.change', severity: 'error', expected: 11, actual: 15, quote: '我局共受理申请91件，其中本年新收86件，上年结转5件，较上年的102件减少15件' },
    ]);
  });

  it('a wrong change is flagged with its numbers', () => {
    const r = run('<p>全年受理申请86件，较上年的102件减少18件。</p>');
    expect(flagged(r)).toEqual([
      { rule: 'text.change', severity: 'error', expected: 16, actual: 18, quote: '全年受理申请86件，较上年的102件减少18件' },
    ]);
  });
});

describe('red team: products', () => {
  it('the count of the rate\'s unit may stand before 每', () => {
    expect(outcomes(run('<p>编印《东湖自然资源》简报12期（2023年第1期至第12期），每期印发300份，共计3600份。</p>'))).toEqual(['text.product:pass']);
    expect(flagged(run('<p>编印简报12期，每期印发300份，共计3800份。</p>'))).toEqual([
      { rule: 'text.product', severity: 'error', expected: 3600, actual: 3800, quote: '编印简报12期，每期印发300份，共计3800份' },
    ]);
  });

  it.each([['举办培训3期，每期约50人，共计培训160人。'], ['举办培训3期，每期50人，共有160人参加。'], ['全年召开新闻发布会12场，每场邀请媒体8家，共96家次。']])(
    '%s claims no product',
    (text) => {
      expect(run(`<p>${text}</p>`).checks).toEqual([]);
    },
  );
});

describe('red team: a sentence about part of the body (its subject holds for its later clauses)', () => {
  const vsTable = (r: ProseResult) => r.checks.filter((c) => c.rule === 'text.vs-table');

  it.each([
    ['区政府本级共收到政府信息公开申请30件，上年结转2件，办结31件，结转下年度继续办理1件。'],
    ['2023年，区政府本级共收到政府信息公开申请30件，上年结转2件。'],
    ['市本级收到申请52件，办结50件，结转下年度继续办理2件。'],
    ['区直部门共收到申请18件，办结18件；各乡镇（街道）共收到申请43件，办结44件。'],
    ['市直各部门合计收到申请34件，办结32件，结转下年度2件。'],
    ['各县（市、区）共收到政府信息公开申请34件，办结33件。'],
    ['乡镇（街道）共收到申请43件，办结44件。'],
    ['区政府办公室作为区政府信息公开工作主管部门，全年代表区政府受理申请30件，予以公开20件，部分公开5件。'],
    ['县政府办公室收到政府信息公开申请20件，办结19件，结转下年度1件。'],
    ['区政府本级被申请行政复议2件，被提起行政诉讼1件。'],
    ['2023年，区政府本级被申请行政复议2件，被提起行政诉讼1件。'],
    ['区政府本级收到申请30件，占全区申请总数的35%，办结31件。'],
    ['镇街共收到申请43件，办结44件。'],
    ['区属部门共收到申请18件，办结17件，结转下年度1件。'],
    ['区政府组成部门共收到政府信息公开申请18件，办结17件。'],
  ])('silent: %s', (text) => {
    const r = run(`<p>${text}</p>`, TABLES);
    expect(flagged(r)).toEqual([]);
    expect(vsTable(r)).toEqual([]);
  });

  it('the brief\'s case: 区政府本级收到17件，全区共收到45件 against 42 fires on 45 only', () => {
    const r = run('<p>区政府本级收到政府信息公开申请17件，全区共收到政府信息公开申请45件。</p>', { ...TABLES, 't3.new.total': 42, 't3.carried.total': 0 });
    expect(flagged(r)).toEqual([
      { rule: 'text.vs-table', severity: 'error', expected: 42, actual: 45, quote: '全区共收到政府信息公开申请45件' },
    ]);
  });

  it('a later clause naming the whole body takes the sentence back: its figures and those after are compared', () => {
    const r = run('<p>区政府本级收到申请17件，全区共收到政府信息公开申请86件，办结80件。</p>', TABLES);
    expect(flagged(r)).toEqual([
      { rule: 'text.vs-table', severity: 'error', expected: 88, actual: 80, quote: '办结80件' },
    ]);
    expect(vsTable(r).map((c) => c.outcome)).toEqual(['pass', 'fail']);
  });

  it('the subject ends at ；: a clause after it with no subject of its own is the whole body', () => {
    const r = run('<p>区政府本级收到申请30件，办结31件；全年共办结政府信息公开申请90件。</p>', TABLES);
    expect(flagged(r)).toEqual([
      { rule: 'text.vs-table', severity: 'error', expected: 88, actual: 90, quote: '全年共办结政府信息公开申请90件' },
    ]);
  });

  it('the subject ends with its sentence', () => {
    const r = run('<p>区直部门共收到申请18件。全年共收到政府信息公开申请80件，办结80件。</p>', TABLES);
    expect(flagged(r).map((f) => [f.expected, f.actual, f.quote])).toEqual([
      [86, 80, '全年共收到政府信息公开申请80件'],
      [88, 80, '办结80件'],
    ]);
  });

  it.each([
    ['我局共收到政府信息公开申请80件，办结80件。', [[86, 80], [88, 80]]],
    ['本机关全年共收到政府信息公开申请86件，办结80件。', [[88, 80]]],
    ['2023年，全县共收到政府信息公开申请86件，上年结转5件，办结80件。', [[88, 80]]],
    ['全区共收到政府信息公开申请80件。', [[86, 80]]],
    ['全年共收到政府信息公开申请86件（其中区政府本级52件），办结80件。', [[88, 80]]],
    ['全年共收到政府信息公开申请86件，转交区直部门办理12件，办结80件。', [[88, 80]]],
    ['全区被申请行政复议3件，被提起行政诉讼5件。', [[2, 5]]],
    ['区政府办理政府信息公开申请80件，办结80件。', [[88, 80], [88, 80]]],
  ])('the whole body (or no subject) is still compared: %s', (text, expected) => {
    const r = run(`<p>${text}</p>`, TABLES);
    expect(flagged(r).map((f) => [f.expected, f.actual])).toEqual(expected);
  });

  it('seed 004: the whole 各级各部门 is compared, its 其中 parts are not, and they do not add up', () => {
    const r = run(
      '<p>2019年，区政府各级各部门共收到政府信息公开申请45件，其中区政府本级17件，各街道办事处、区直各单位共38件。</p>',
      { ...TABLES, 't3.new.total': 42, 't3.carried.total': 0 },
    );
    expect(flagged(r).map((f) => [f.rule, f.expected, f.actual])).toEqual([
      ['text.parts-sum', 55, 45],
      ['text.vs-table', 42, 45],
    ]);
  });
});
