/**
 * Red team, second round: sentences of 总体情况 and section 四 paragraphs that real reports write
 * and the first round had not seen. Each was flagged on tables it agrees with; each case keeps a
 * firing variant so that the check still works.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, flagged, outcomes, runProse } from './narrative-tables.ts';

/** The bureau of narrative-redteam.test.ts (narrative-tables.ts). */
const TABLES = BUREAU_TABLES;
const run = (text: string, figures: Record<string, number> = {}) => runProse(text, figures);

describe('red team 2: table 四 results the prose names in its own words', () => {
  it.each([
    '<p>全年被提起行政诉讼2件，1件尚未审结，1件维持。</p>',
    '<p>全年被提起行政诉讼2件，胜诉1件，1件尚未审结。</p>',
    '<p>全年被提起行政诉讼2件，法院驳回起诉1件，1件尚在审理中。</p>',
    '<p>行政诉讼方面，全年共应诉2件，已审结1件，尚未审结1件。</p>',
    '<p>全年被申请行政复议3件，无被撤销情形；行政诉讼2件，败诉0件。</p>',
    '<p>全年被申请行政复议3件，撤销0件，确认违法0件。</p>',
    '<p>全年行政复议3件，维持2件，被确认违法1件。</p>',
    '<p>全年被提起行政诉讼2件，1件已移送法院。</p>',
  ])('%s is not flagged', (text) => {
    const r = run(text, TABLES);
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).not.toContain('text.vs-table:fail');
  });

  it('a result named after its figure is read as that result, and checked', () => {
    const r = run('<p>全年被提起行政诉讼2件，1件尚未审结，1件维持。</p>', TABLES);
    expect(r.checks.map((c) => c.detail)).toEqual([
      // (recall38: outcomes named after their figures are read as the count's outcomes too)
      '1件+1件 = 2件',
      '2件 = 表四两类行政诉讼“总计”之和 2',
      '1件 = 表四两类行政诉讼“尚未审结”之和 1',
      '1件 = 表四两类行政诉讼“结果维持”之和 1',
    ]);
    expect(flagged(run('<p>全年被提起行政诉讼2件，1件尚未审结，2件维持。</p>', TABLES))).toEqual([
      // (recall38: the outcomes, 3, against the count of suits, 2: the text's own sum, wrong too)
      { rule: 'text.parts-sum', severity: 'error', expected: 3, actual: 2, quote: '全年被提起行政诉讼2件，1件尚未审结，2件' },
      { rule: 'text.vs-table', severity: 'error', expected: 1, actual: 2, quote: '2件' },
    ]);
  });

  it('a figure after its topic and before a result may be either: no reading', () => {
    for (const text of ['<p>全年行政诉讼1件尚未审结。</p>', '<p>被申请行政复议的3件中维持2件，纠正1件。</p>']) {
      const r = run(text, TABLES);
      expect(flagged(r)).toEqual([]);
      expect(outcomes(r)).not.toContain('text.vs-table:fail');
    }
  });

  it('已审结 is 总计 less 尚未审结, and checked', () => {
    expect(outcomes(run('<p>行政诉讼方面，全年共应诉2件，已审结1件，尚未审结1件。</p>', TABLES))).toEqual([
      'text.vs-table:pass', 'text.vs-table:pass', 'text.vs-table:pass',
    ]);
    expect(flagged(run('<p>全年被提起行政诉讼2件，已审结3件。</p>', TABLES))).toEqual([
      { rule: 'text.vs-table', severity: 'error', expected: 1, actual: 3, quote: '已审结3件' },
    ]);
  });

  it('撤销, 确认违法, 败诉 are kinds of 纠正: a match passes, a mismatch is a skip', () => {
    // (and the outcomes add up to the bare count, read since recall35: bare-heads.ts)
    expect(outcomes(run('<p>全年行政复议3件，维持2件，被确认违法1件。</p>', TABLES))).toEqual([
      'text.parts-sum:pass', 'text.vs-table:pass', 'text.vs-table:pass', 'text.vs-table:pass',
    ]);
    expect(outcomes(run('<p>全年被申请行政复议3件，撤销0件。</p>', TABLES))).toEqual(['text.vs-table:pass', 'text.vs-table:skip']);
  });
});

describe('red team 2: 多 and 少 state a change', () => {
  it.each([
    ['<p>全年主动公开信息1256条，比上年多156条，增长14.18%。</p>'],
    ['<p>全年主动公开信息1256条，同比多156条，增长14.18%。</p>'],
    ['<p>全年主动公开信息1256条，比上年多了156条，增长了14.18%。</p>'],
    ['<p>全年收到申请86件，比上年少12件，下降12.24%。</p>'],
  ])('%s passes', (text) => {
    const r = run(text);
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(['text.change:pass']);
  });

  it('"较上年多6件" after an item of a list is a change, not one more item', () => {
    const r = run('<p>全年共收到政府信息公开申请86件，其中，自然人申请80件，较上年多6件；法人或其他组织申请6件，较上年多2件。</p>');
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(['text.parts-sum:pass']);
    // "较多" is no comparison
    expect(run('<p>本年度共收到申请86件，其中涉及征地拆迁的较多，有52件。</p>').checks).toEqual([]);
  });

  it('a wrong rate after 少 is still flagged', () => {
    expect(flagged(run('<p>全年收到申请86件，比上年少12件，下降10%。</p>'))).toEqual([
      { rule: 'text.change', severity: 'error', expected: 12, actual: 10, quote: '全年收到申请86件，比上年少12件，下降10%' },
    ]);
  });
});

describe('red team 2: shares', () => {
  it('a share whose clause names its own subject is not of the figure before', () => {
    const r = run('<p>全年办结申请88件，共收到申请86件，网上申请占比81.4%。</p>');
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual([]);
    // "约占", "所占比例为" name no subject
    expect(outcomes(run('<p>全年办结88件，其中予以公开42件，约占47.73%。</p>'))).toEqual(['text.share:pass']);
    expect(outcomes(run('<p>全年办结88件，其中予以公开42件，所占比例为47.73%。</p>'))).toEqual(['text.share:pass']);
    expect(flagged(run('<p>全年办结88件，其中予以公开42件，占比40%。</p>')).map((f) => f.rule)).toEqual(['text.share']);
    // a share in a parenthesis after its figure names no subject either
    expect(outcomes(run('<p>全年共收到申请86件，其中自然人申请80件（占93.02%），法人或其他组织申请6件（占6.98%）。</p>'))).toEqual([
      'text.parts-sum:pass', 'text.share:pass', 'text.share:pass',
    ]);
  });

  it('"分别为A件、B件，分别占X%、Y%" pairs the shares with the counts in order', () => {
    const r = run('<p>全年共收到申请86件，其中自然人、法人或其他组织分别为80件、6件，分别占93.02%、6.98%。</p>');
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(['text.parts-sum:pass', 'text.share:pass', 'text.share:pass']);
    expect(flagged(run('<p>全年共收到申请86件，其中自然人、法人或其他组织分别为80件、6件，分别占93.02%、9.98%。</p>'))).toEqual([
      {
        rule: 'text.share', severity: 'error', expected: 6.98, actual: 9.98,
        quote: '其中自然人、法人或其他组织分别为80件、6件，分别占93.02%、9.98%',
      },
    ]);
    // runs of different lengths pair nothing
    expect(outcomes(run('<p>全年共收到申请86件，其中自然人、法人或其他组织分别为80件、6件，分别占93.02%。</p>'))).toEqual(['text.parts-sum:pass']);
  });
});

describe('red team 2: results listed under the count received', () => {
  it('results of the applications received may include last year\'s and leave some for next year', () => {
    for (const text of [
      '<p>全年共接收政府信息公开申请86件，全部按时办结；其中予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件。</p>',
      '<p>全年收到申请86件，其中予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件，结转下年度3件。</p>',
    ]) {
      const r = run(text, TABLES);
      expect(flagged(r)).toEqual([]);
      expect(outcomes(r)[0]).toBe('text.parts-sum:skip');
    }
  });

  it('results listed under the count answered must add up', () => {
    const r = run('<p>全年办结申请86件，其中予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件。</p>');
    expect(flagged(r).map((f) => `${f.rule}:${f.expected}:${f.actual}`)).toEqual(['text.parts-sum:88:86']);
  });
});

describe('red team 2: a 其中 opening a sentence after several counts', () => {
  const text = '全年共收到申请86件，上年结转5件。其中，予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件，结转下年度3件。';

  it('may divide their sum: 91 = 86 + 5 is no error against 5', () => {
    const r = run(`<p>${text}</p>`, TABLES);
    expect(flagged(r)).toEqual([]);
    // (a pass since recall34: results adding up to 收到 + 上年结转, the two named right before them)
    expect(outcomes(r)[0]).toBe('text.parts-sum:pass');
    // a share after it is of a guessed whole: not flagged either
    expect(flagged(run('<p>全年共收到申请86件，上年结转5件。其中，予以公开42件，占46.15%，部分公开11件。</p>'))).toEqual([]);
  });

  it('a list over their sum is still flagged', () => {
    const r = run(`<p>${text.replace('结转下年度3件', '结转下年度13件')}</p>`);
    expect(flagged(r).map((f) => `${f.rule}:${f.expected}`)).toEqual(['text.parts-sum:101']);
  });
});

describe('red team 2: a total after the items of a list', () => {
  it('"…，共计59件" sums the items before it and is no item', () => {
    const r = run('<p>全年办结申请88件，其中依法予以公开42件、部分公开11件、不予公开6件，共计59件。</p>');
    expect(flagged(r)).toEqual([]);
    // the 其中 list falls short of 88 (a skip); since recall12 the subtotal is also read against
    // the items before it (parts-sum.ts findTrailingTotalGroups): 42+11+6 = 59, a pass
    expect(outcomes(r)).toEqual(['text.parts-sum:skip', 'text.parts-sum:pass']);
    const go = run('<p>全年办结申请88件，其中依法予以公开42件、部分公开11件、不予公开6件，共计59件，无法提供20件，不予处理5件，其他处理4件。</p>');
    expect(outcomes(go)).toEqual(['text.parts-sum:pass', 'text.parts-sum:pass']);
  });

  it('the list with the subtotal set aside is still checked', () => {
    const r = run('<p>全年办结申请88件，其中依法予以公开42件、部分公开11件、不予公开6件，共计59件，无法提供20件，不予处理5件，其他处理14件。</p>');
    expect(flagged(r).map((f) => `${f.rule}:${f.expected}:${f.actual}`)).toEqual(['text.parts-sum:98:88']);
  });
});

describe('red team 2: last year\'s figure stated before 同比', () => {
  it.each([
    '<p>主动公开政府信息1256条，上年同期1100条，同比增加156条，增长14.18%。</p>',
    '<p>主动公开政府信息1256条，2022年为1100条，同比增长14.18%。</p>',
    '<p>主动公开政府信息1256条，上年为1100条，同比增长14.18%。</p>',
  ])('%s is this year against last year', (text) => {
    const r = run(text);
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r).every((o) => o === 'text.change:pass')).toBe(true);
    expect(outcomes(r).length).toBeGreaterThan(0);
  });

  it('a wrong rate is still flagged, against last year\'s stated figure', () => {
    expect(flagged(run('<p>主动公开政府信息1256条，上年同期1100条，同比增加156条，增长15%。</p>'))).toEqual([
      { rule: 'text.change', severity: 'error', expected: 14, actual: 15, quote: '主动公开政府信息1256条，上年同期1100条，同比增加156条，增长15%' },
    ]);
  });
});

describe('red team 2: items named after their figures', () => {
  it('"其中1件为复议后起诉，1件为直接起诉，1件已判决维持，1件在审": results after the kinds are no more parts', () => {
    const r = run('<p>全年被提起行政诉讼2件，其中1件为复议后起诉，1件为直接起诉，目前1件已判决维持，1件在审。</p>', TABLES);
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)[0]).toBe('text.parts-sum:pass');
    expect(flagged(run('<p>全年被提起行政诉讼2件，其中1件为复议后起诉，2件为直接起诉，目前1件已判决维持，1件在审。</p>')).map((f) => `${f.rule}:${f.expected}:${f.actual}`)).toEqual([
      'text.parts-sum:3:2',
    ]);
  });
});

describe('red team 2: changes and rates among counts', () => {
  it('"分别较上年增加7件、1件": the second change is a change too, not a part', () => {
    const r = run('<p>全年共收到申请86件，其中个人80件，企业6件，分别较上年增加7件、1件。</p>', TABLES);
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(['text.parts-sum:pass', 'text.vs-table:pass']);
    // and a list of applicants ends where a result begins
    const r2 = run('<p>全年共收到申请86件，其中个人80件，企业6件，分别较上年增加7件、1件，办结88件。</p>', TABLES);
    expect(flagged(r2)).toEqual([]);
    expect(outcomes(r2)[0]).toBe('text.parts-sum:pass');
    expect(flagged(run('<p>全年共收到申请86件，其中个人80件，企业16件，分别较上年增加7件、1件。</p>')).map((f) => `${f.rule}:${f.expected}`)).toEqual([
      'text.parts-sum:96',
    ]);
  });

  it('an average per month is no count of the year', () => {
    for (const text of ['<p>全年收到申请86件，平均每月收到7.2件。</p>', '<p>全年收到申请86件，月均受理7件。</p>']) {
      const r = run(text, TABLES);
      expect(flagged(r)).toEqual([]);
      expect(outcomes(r)).toEqual(['text.vs-table:pass']);
    }
    expect(flagged(run('<p>全年收到申请96件，月均受理8件。</p>', TABLES)).map((f) => `${f.rule}:${f.expected}:${f.actual}`)).toEqual(['text.vs-table:86:96']);
  });
});

describe('red team 2: the body as the 复议机关', () => {
  it('the reviews it decides are not table 四\'s', () => {
    for (const text of [
      '<p>我局本年度受理行政复议申请12件（作为复议机关），无因政府信息公开被申请行政复议的情况。</p>',
      '<p>市政府作为行政复议机关，全年共收到行政复议申请12件。</p>',
    ]) {
      const r = run(text, TABLES);
      expect(flagged(r)).toEqual([]);
      expect(outcomes(r)).toEqual([]);
    }
  });

  it('"复议机关维持2件" names the body that decided a case against this one: still checked', () => {
    // (and the outcomes add up to the 复议 count they follow: parts-other-shapes.ts, red team 21)
    expect(outcomes(run('<p>因政府信息公开被申请行政复议3件，复议机关维持2件，纠正1件。</p>', TABLES))).toEqual([
      'text.parts-sum:pass', 'text.vs-table:pass', 'text.vs-table:pass', 'text.vs-table:pass',
    ]);
    expect(flagged(run('<p>因政府信息公开被申请行政复议4件，复议机关维持2件，纠正1件。</p>', TABLES)).map((f) => `${f.rule}:${f.expected}:${f.actual}`)).toEqual([
      'text.vs-table:3:4',
    ]);
  });
});

describe('red team 8: 结转至 a named year', () => {
  // BUREAU_TABLES: 上年结转 5, 结转下年度 3; the report is for 2020
  const run2020 = (text: string) => runProse(text, TABLES, 2020);

  it('carried into the report’s own year is 上年结转, and checked as such', () => {
    const r = run2020('<p>2019年结转至2020年办理的政府信息公开申请5件，已全部办结。</p>');
    expect(flagged(r)).toEqual([]);
    expect(r.checks.map((c) => c.detail)).toEqual(['5件 = 表三“上年结转” 5']);
    expect(flagged(run2020('<p>2019年结转至2020年办理的政府信息公开申请6件，已全部办结。</p>'))).toEqual([
      { rule: 'text.vs-table', severity: 'error', expected: 5, actual: 6, quote: '2019年结转至2020年办理的政府信息公开申请6件' },
    ]);
  });

  it('carried into the next year is never read as 上年结转', () => {
    expect(run2020('<p>结转至2021年继续办理的申请5件。</p>').checks.map((c) => c.detail)).not.toContain('5件 = 表三“上年结转” 5');
  });

  it.each([
    ['<p>结转至2021年继续办理的申请3件。</p>', '<p>结转至2021年继续办理的申请4件。</p>', '结转至2021年继续办理的申请4件'],
    ['<p>全年共收到申请86件，办结88件，结转至2021年继续办理的3件。</p>', '<p>全年共收到申请86件，办结88件，结转至2021年继续办理的5件。</p>', '结转至2021年继续办理的5件'],
    ['<p>2020年结转至2021年办理的申请3件。</p>', '<p>2020年结转至2021年办理的申请2件。</p>', '2020年结转至2021年办理的申请2件'],
    ['<p>全年共收到申请86件，办结88件，顺延至2021年度答复3件。</p>', '<p>全年共收到申请86件，办结88件，顺延至2021年度答复1件。</p>', '顺延至2021年度答复1件'],
    // no 至: the year is where they go when the work follows it
    ['<p>全年共收到申请86件，办结88件，结转2021年办理的3件。</p>', '<p>全年共收到申请86件，办结88件，结转2021年办理的5件。</p>', '结转2021年办理的5件'],
    ['<p>结转2021年继续办理的申请3件。</p>', '<p>结转2021年继续办理的申请4件。</p>', '结转2021年继续办理的申请4件'],
  ])('carried into the next year is 结转下年度, and checked as such: %s', (right, wrong, quote) => {
    const r = run2020(right);
    expect(flagged(r)).toEqual([]);
    expect(r.checks.map((c) => c.detail)).toContain('3件 = 表三“结转下年度继续办理” 3');
    expect(flagged(run2020(wrong)).filter((f) => f.quote === quote).map((f) => [f.severity, f.expected])).toEqual([['error', 3]]);
  });

  it('carried into the report’s own year with no 至 is 上年结转 too (it was read as 办理, and flagged)', () => {
    const r = run2020('<p>2019年结转2020年办理的政府信息公开申请5件，已全部办结。</p>');
    expect(flagged(r)).toEqual([]);
    expect(r.checks.map((c) => c.detail)).toEqual(['5件 = 表三“上年结转” 5']);
    expect(flagged(run2020('<p>2019年结转2020年办理的政府信息公开申请6件。</p>')).map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', 5, 6]]);
  });

  it('carried into another year is no claim', () => {
    expect(runProse('<p>结转至2019年办理的申请4件。</p>', TABLES, 2020).checks).toEqual([]);
    expect(runProse('<p>结转至2022年办理的申请4件。</p>', TABLES, 2020).checks).toEqual([]);
    expect(runProse('<p>结转2022年办理的申请4件。</p>', TABLES, 2020).checks).toEqual([]);
    expect(runProse('<p>结转2019年办理的申请4件。</p>', TABLES, 2020).checks).toEqual([]);
  });

  it('结转 + a year with no work after it names where they came from: not 结转下年度', () => {
    for (const text of ['<p>结转2021年的申请4件。</p>', '<p>全年共收到申请86件，结转2021年申请4件。</p>']) {
      const r = run2020(text);
      expect(flagged(r)).toEqual([]);
      expect(r.checks.map((c) => c.detail).join()).not.toContain('结转下年度');
    }
  });

  it('a figure of the next year that is not carried to it is still another year\'s', () => {
    expect(run2020('<p>2021年1月至今收到申请9件。</p>').checks).toEqual([]);
    expect(run2020('<p>2021年共收到申请9件。</p>').checks).toEqual([]);
  });
});
