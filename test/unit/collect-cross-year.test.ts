/**
 * Cross-year checks on the figures of one body's two reports (collect-2020/2021.html): each rule
 * fires where it should and stays silent where the figures agree, are blank, or belong to
 * another body.
 */
import { describe, expect, it } from 'vitest';
import { bodyKeyOf } from '../../lib/collect/body.ts';
import { crossYearFindings, crossYearSkips, IDENTICAL_MIN_NONZERO, lastYearOf, leafFigures, regionsDisagree, subsitesDisagree, type CrossYearSubject } from '../../lib/collect/cross-year.ts';
import { PAGE_URL, analysed } from './collect-helpers.ts';

function subject(year: 2020 | 2021, over: Partial<CrossYearSubject> = {}): CrossYearSubject {
  const r = analysed(year);
  return {
    id: PAGE_URL[year],
    url: PAGE_URL[year],
    year: r.year,
    bodyKey: bodyKeyOf(r.agency, 'www.yunxi.gov.cn'),
    bodyKeyOverride: null,
    figures: r.figures,
    lastSeen: `${year + 1}-02-01T00:00:00.000Z`,
    ...over,
  };
}

describe('cross.carry-over', () => {
  it('fires per column where 2021 上年结转 differs from 2020 结转下年度 (自然人 5 vs 3, 总计 6 vs 4)', () => {
    const f = crossYearFindings(subject(2021), [subject(2020)]);
    expect(f.map((x) => [x.rule, x.severity, x.figure, x.actual, x.expected])).toEqual([
      ['cross.carry-over', 'error', 't3.carried.natural', 5, 3],
      ['cross.carry-over', 'error', 't3.carried.total', 6, 4],
    ]);
    expect(f[0]!.message).toBe('上年结转（自然人）与上年报告不符：2021年报告“二、上年结转”为5，2020年报告“四、结转下年度继续办理”为3');
    expect(f[0]!.otherUrl).toBe(PAGE_URL[2020]);
  });

  it('stays silent when the columns match', () => {
    const now = subject(2021);
    const last = subject(2020);
    const fixed = { ...now.figures, 't3.carried.natural': 3, 't3.carried.total': 4 };
    expect(crossYearFindings({ ...now, figures: fixed }, [last])).toEqual([]);
  });

  it('stays silent on a column blank on either side', () => {
    const now = subject(2021);
    const last = subject(2020);
    const f = crossYearFindings(
      { ...now, figures: { ...now.figures, 't3.carried.natural': null } },
      [{ ...last, figures: { ...last.figures, 't3.carriedForward.total': null } }],
    );
    expect(f).toEqual([]);
    // and on a column the table did not have at all
    const noCol = { ...now.figures };
    delete noCol['t3.carried.natural'];
    expect(crossYearFindings({ ...now, figures: noCol }, [last]).map((x) => x.figure)).toEqual(['t3.carried.total']);
  });

  it('stays silent when last year is another body, another year, or there is no year', () => {
    const other = subject(2020, { bodyKey: bodyKeyOf('广州市云溪区卫生健康局', 'www.yunxi.gov.cn') });
    expect(crossYearFindings(subject(2021), [other])).toEqual([]);
    expect(crossYearFindings(subject(2021), [subject(2020, { year: 2019 })])).toEqual([]);
    expect(crossYearFindings(subject(2021, { year: null }), [subject(2020)])).toEqual([]);
    expect(crossYearFindings(subject(2021, { bodyKey: null }), [subject(2020, { bodyKey: null })])).toEqual([]);
  });

  it("the user's override wins over the automatic key, on either side", () => {
    const other = subject(2020, { bodyKey: 'x@other.gov.cn' });
    expect(crossYearFindings(subject(2021), [other])).toEqual([]);
    const joined = { ...other, bodyKeyOverride: subject(2021).bodyKey };
    expect(crossYearFindings(subject(2021), [joined])).toHaveLength(2);
    // a 2021 report the user split off no longer matches its automatic body
    expect(crossYearFindings(subject(2021, { bodyKeyOverride: 'mine' }), [subject(2020)])).toEqual([]);
  });

  it('two towns of one name whose names give different counties are two bodies, though their keys agree', () => {
    // 岳池县平安镇 and 乐至县平安镇 both key as 平安镇@<their folder> when saved without an address
    const yuechi = subject(2020, { region: '岳池县' });
    expect(crossYearFindings(subject(2021, { region: '乐至县' }), [yuechi])).toEqual([]);
    expect(regionsDisagree('岳池县', '乐至县')).toBe(true);
    // one name with its city and one without, or a name that gives no region: the same body
    expect(crossYearFindings(subject(2021, { region: '云溪区' }), [subject(2020, { region: '广州市云溪区' })])).toHaveLength(2);
    expect(crossYearFindings(subject(2021, { region: null }), [yuechi])).toHaveLength(2);
    expect(regionsDisagree('广州市云溪区', '云溪区')).toBe(false);
    // the user who joined them by hand is believed
    expect(crossYearFindings(subject(2021, { region: '乐至县', bodyKeyOverride: subject(2021).bodyKey }), [yuechi])).toHaveLength(2);
  });

  it("two counties' towns of one name under their city's portal are two bodies, though their keys agree", () => {
    const gangu = subject(2020, { site: 'gangu.tianshui.gov.cn' });
    expect(crossYearFindings(subject(2021, { site: 'qinan.tianshui.gov.cn' }), [gangu])).toEqual([]);
    // the portal and its 政务公开 section, or a host that names no subsite, are one site
    expect(crossYearFindings(subject(2021, { site: 'zwgk.yunxi.gov.cn' }), [subject(2020, { site: 'www.yunxi.gov.cn' })])).toHaveLength(2);
    expect(crossYearFindings(subject(2021, { site: 'www.tianshui.gov.cn' }), [gangu])).toHaveLength(2);
    expect(crossYearFindings(subject(2021, { site: null }), [gangu])).toHaveLength(2);
    expect(subsitesDisagree('www.gangu.tianshui.gov.cn', 'gangu.tianshui.gov.cn')).toBe(false);
  });

  it('compares nothing with a year that holds two different reports of the body, newest sighting or not', () => {
    // a report and its correction at another address, or two bodies the user joined under one key
    const gov = subject(2020, { id: 'gov', lastSeen: '2025-01-01T00:00:00.000Z' });
    const office = subject(2020, { id: 'office', lastSeen: '2025-06-01T00:00:00.000Z', figures: { ...gov.figures, 't3.carriedForward.natural': 5, 't3.new.natural': 1 } });
    expect(lastYearOf(subject(2021), [gov, office])).toBeNull();
    expect(crossYearFindings(subject(2021), [gov, office])).toEqual([]);
    // …and from that year's side: each of the two has a sibling that differs
    expect(crossYearFindings(gov, [office, subject(2021)])).toEqual([]);
    // one report seen twice is one report
    expect(crossYearFindings(subject(2021), [gov, { ...gov, id: 'copy' }])).toHaveLength(2);
    expect(crossYearFindings(gov, [{ ...gov, id: 'copy' }, subject(2021)])).toHaveLength(2);
  });

  it('picks the newest sighting when last year was collected from two URLs', () => {
    const a = subject(2020, { id: 'a', lastSeen: '2025-01-01T00:00:00.000Z' });
    const b = subject(2020, { id: 'b', lastSeen: '2025-06-01T00:00:00.000Z' });
    expect(lastYearOf(subject(2021), [a, b])!.id).toBe('b');
  });
});

describe('cross.identical-figures', () => {
  it('fires when every table-三 figure repeats last year', () => {
    const last = subject(2020);
    const now = subject(2021, { figures: { ...last.figures, 't2.license.decisions': 99 } });
    // a copied table also repeats last year's 上年结转 instead of its 结转下年度: carry-over fires too
    const f = crossYearFindings(now, [last]).filter((x) => x.rule === 'cross.identical-figures');
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['cross.identical-figures', 'warning']]);
    expect(f[0]!.message).toContain('2021年报告与2020年报告的表三数字完全相同');
  });

  it('stays silent when one figure differs', () => {
    const last = subject(2020);
    const now = subject(2021, { figures: { ...last.figures, 't3.granted.natural': 19 } });
    expect(crossYearFindings(now, [last]).filter((x) => x.rule === 'cross.identical-figures')).toEqual([]);
  });

  it('stays silent on near-empty tables that legitimately repeat (all zero, or one application)', () => {
    const zero = Object.fromEntries(Object.keys(subject(2020).figures).map((k) => [k, k.startsWith('t3.') ? 0 : 1]));
    expect(crossYearFindings(subject(2021, { figures: zero }), [subject(2020, { figures: zero })])).toEqual([]);
    const one = { ...zero, 't3.new.natural': 1, 't3.new.total': 1, 't3.granted.natural': 1, 't3.granted.total': 1, 't3.processed.natural': 1 };
    expect(Object.values(one).filter((v) => v !== 0).length - Object.keys(one).filter((k) => !k.startsWith('t3.')).length).toBeLessThan(IDENTICAL_MIN_NONZERO);
    expect(crossYearFindings(subject(2021, { figures: one }), [subject(2020, { figures: one })])).toEqual([]);
  });

  it('a town with one application a year, twice, copied nothing: the totals restating it do not count', () => {
    const zero = Object.fromEntries(Object.keys(subject(2020).figures).map((k) => [k, k.startsWith('t3.') ? 0 : 1]));
    // 新收1, 予以公开1, 办结1 in 自然人 and again in 总计: six non-zero cells, two of the table's own
    const one: Record<string, number> = { ...zero, 't3.new.natural': 1, 't3.new.total': 1, 't3.granted.natural': 1, 't3.granted.total': 1, 't3.processed.natural': 1, 't3.processed.total': 1 };
    expect(Object.keys(one).filter((k) => k.startsWith('t3.') && one[k] !== 0)).toHaveLength(IDENTICAL_MIN_NONZERO);
    expect(leafFigures(Object.keys(one)).filter((k) => one[k] !== 0)).toEqual(['t3.new.natural', 't3.granted.natural']);
    expect(crossYearFindings(subject(2021, { figures: one }), [subject(2020, { figures: one })])).toEqual([]);
    // six applications of its own, repeated figure for figure, are still a copied table
    const six = { ...one, 't3.carried.commercial': 1, 't3.partial.natural': 1, 't3.denied.thirdParty.natural': 1, 't3.unable.noInfo.commercial': 1 };
    const f = crossYearFindings(subject(2021, { figures: six }), [subject(2020, { figures: six })]);
    expect(f.filter((x) => x.rule === 'cross.identical-figures')).toHaveLength(1);
  });

  it('a table of 总计 alone counts its own items in 总计', () => {
    expect(leafFigures(['t3.new.total', 't3.granted.total', 't3.processed.total', 't3.denied.total', 't3.denied.secret.total'])).toEqual([
      't3.new.total', 't3.granted.total', 't3.denied.secret.total',
    ]);
  });

  it('the real two years differ: no identical-figures warning', () => {
    expect(crossYearFindings(subject(2021), [subject(2020)]).some((x) => x.rule === 'cross.identical-figures')).toBe(false);
  });
});

describe('cross.carry-over from the older side (next year collected)', () => {
  it("2020's page finds 2021's report: 2021's 上年结转 does not follow from 2020's 结转下年度, with both figures and a link", () => {
    const f = crossYearFindings(subject(2020), [subject(2021)]);
    expect(f.map((x) => [x.rule, x.figure, x.actual, x.expected, x.otherYear])).toEqual([
      ['cross.carry-over', 't3.carriedForward.natural', 3, 5, 2021],
      ['cross.carry-over', 't3.carriedForward.total', 4, 6, 2021],
    ]);
    expect(f[0]!.message).toBe('2021年报告的上年结转（自然人）与本报告结转下年度不符：2021年报告“二、上年结转”为5，本报告（2020年）“四、结转下年度继续办理”为3');
    expect(f[0]!.otherUrl).toBe(PAGE_URL[2021]);
    expect(f[0]!.severity).toBe('error');
  });

  it('checks last year and next year both, each once', () => {
    const y2019 = subject(2020, { id: 'y2019', url: 'https://www.yunxi.gov.cn/2019.html', year: 2019, figures: { 't3.carriedForward.natural': 2, 't3.carriedForward.total': 3 } });
    const f = crossYearFindings(subject(2020), [y2019, subject(2021)]);
    // 2020 against 2019 agrees (its 上年结转 2 and 3); against 2021 it does not
    expect(f.map((x) => [x.figure, x.otherYear])).toEqual([['t3.carriedForward.natural', 2021], ['t3.carriedForward.total', 2021]]);
  });

  it('stays silent when the years agree, or next year is another body', () => {
    const next = subject(2021);
    const agreeing = { ...next.figures, 't3.carried.natural': 3, 't3.carried.total': 4 };
    expect(crossYearFindings(subject(2020), [{ ...next, figures: agreeing }])).toEqual([]);
    expect(crossYearFindings(subject(2020), [{ ...next, bodyKey: '别的单位@other.gov.cn' }])).toEqual([]);
  });

  it('warns of identical tables from both sides', () => {
    const figures = subject(2020).figures;
    const older = crossYearFindings(subject(2020), [subject(2021, { figures })]).filter((x) => x.rule === 'cross.identical-figures');
    expect(older).toHaveLength(1);
    expect(older[0]!.message).toMatch(/^2020年报告与2021年报告的表三数字完全相同/);
    expect(older[0]!.otherYear).toBe(2021);
  });
});

describe('cross.in-force (现行有效 = 上年现行有效 + 本年制发 − 本年废止, a warning)', () => {
  // the pair as published: 行政规范性文件 2020 现行有效 23; 2021 制发 3, 废止 2, 现行有效 24; 规章 all 0
  it('stays silent on the two real pages, whose stock follows (23 + 3 − 2 = 24; 规章 0 + 0 − 0 = 0)', () => {
    const now = subject(2021);
    const last = subject(2020);
    expect([now.figures['t2.normativeDocs.inForce'], last.figures['t2.normativeDocs.inForce']]).toEqual([24, 23]);
    expect(crossYearFindings(now, [last]).filter((x) => x.rule === 'cross.in-force')).toEqual([]);
    expect(crossYearFindings(last, [now]).filter((x) => x.rule === 'cross.in-force')).toEqual([]);
  });

  it('warns when this year\'s stock does not follow from last year\'s, with the four figures', () => {
    const now = subject(2021);
    const f = crossYearFindings({ ...now, figures: { ...now.figures, 't2.normativeDocs.inForce': 27 } }, [subject(2020)])
      .filter((x) => x.rule === 'cross.in-force');
    expect(f.map((x) => [x.severity, x.figure, x.actual, x.expected, x.otherYear])).toEqual([['warning', 't2.normativeDocs.inForce', 27, 24, 2020]]);
    expect(f[0]!.message).toBe(
      '行政规范性文件现行有效件数与上年报告不衔接：2020年报告现行有效23件，加本年制发3件、减本年废止2件，应为24件，本报告为27件' +
        '（文件自然失效、修订或清理未计入废止时也会不同）',
    );
  });

  it('from the older side: next year\'s stock does not follow from this report\'s', () => {
    const next = subject(2021);
    const f = crossYearFindings(subject(2020), [{ ...next, figures: { ...next.figures, 't2.regulations.inForce': 2 } }])
      .filter((x) => x.rule === 'cross.in-force');
    // 2021 implies 2 − 0 + 0 = 2 for 2020's 规章 stock, which is 0
    expect(f.map((x) => [x.figure, x.actual, x.expected, x.otherYear])).toEqual([['t2.regulations.inForce', 0, 2, 2021]]);
    expect(f[0]!.message).toMatch(/^2021年报告的规章现行有效件数与本报告不衔接：本报告（2020年）现行有效0件，加2021年制发0件、减废止0件，应为0件，2021年报告为2件/);
  });

  it('says nothing when any of the four figures is blank, absent (2019 template) or not a count', () => {
    const now = subject(2021);
    const last = subject(2020);
    const bad = { ...now.figures, 't2.normativeDocs.inForce': 27 };
    for (const k of ['t2.normativeDocs.newMade', 't2.normativeDocs.abolished'] as const) {
      expect(crossYearFindings({ ...now, figures: { ...bad, [k]: null } }, [last]).filter((x) => x.rule === 'cross.in-force')).toEqual([]);
    }
    const noStock = { ...last.figures };
    delete noStock['t2.normativeDocs.inForce'];
    expect(crossYearFindings({ ...now, figures: bad }, [{ ...last, figures: noStock }]).filter((x) => x.rule === 'cross.in-force')).toEqual([]);
    expect(crossYearFindings({ ...now, figures: { ...bad, 't2.normativeDocs.inForce': 26.5 } }, [last]).filter((x) => x.rule === 'cross.in-force')).toEqual([]);
  });
});

describe('cross.in-force with a note in a cell ("55（含自然失效29件）"): a skip, never a finding', () => {
  const now = subject(2021);
  const last = subject(2020);
  // 2021's stock 27 against 23 + 3 − 2 = 24: a warning when the cells are plain counts
  const off = { ...now, figures: { ...now.figures, 't2.normativeDocs.inForce': 27 } };
  const inForce = (f: ReturnType<typeof crossYearFindings>) => f.filter((x) => x.rule === 'cross.in-force');

  it('this year\'s 现行有效 with a note: no warning, from either side, and the skip names the note', () => {
    const noted = { ...off, figureNotes: { 't2.normativeDocs.inForce': '含自然失效29件' } };
    expect(inForce(crossYearFindings(off, [last]))).toHaveLength(1);
    expect(inForce(crossYearFindings(noted, [last]))).toEqual([]);
    expect(inForce(crossYearFindings(last, [noted]))).toEqual([]);
    expect(crossYearSkips(noted, [last]).map((k) => k.message)).toEqual([
      '2020年报告与本报告的行政规范性文件现行有效件数未衔接核对：本报告“现行有效件数”一栏注有“含自然失效29件”，不是与另一年同一口径的件数',
    ]);
    expect(crossYearSkips(last, [noted]).map((k) => k.message)).toEqual([
      '2021年报告与本报告的行政规范性文件现行有效件数未衔接核对：2021年报告“现行有效件数”一栏注有“含自然失效29件”，不是与另一年同一口径的件数',
    ]);
  });

  it('last year\'s 现行有效, or this year\'s 废止, with a note: the same', () => {
    const lastNoted = { ...last, figureNotes: { 't2.normativeDocs.inForce': '含2019年清理后保留的18件' } };
    expect(inForce(crossYearFindings(off, [lastNoted]))).toEqual([]);
    expect(crossYearSkips(off, [lastNoted]).map((k) => k.message)).toEqual([
      '2020年报告与本报告的行政规范性文件现行有效件数未衔接核对：2020年报告“现行有效件数”一栏注有“含2019年清理后保留的18件”，不是与另一年同一口径的件数',
    ]);
    const abolishedNoted = { ...off, figureNotes: { 't2.normativeDocs.abolished': '另有自然失效3件' } };
    expect(inForce(crossYearFindings(abolishedNoted, [last]))).toEqual([]);
    expect(crossYearSkips(abolishedNoted, [last]).map((k) => k.message)).toEqual([
      '2020年报告与本报告的行政规范性文件现行有效件数未衔接核对：本报告“本年废止件数”一栏注有“另有自然失效3件”，不是与另一年同一口径的件数',
    ]);
  });

  it('a note elsewhere leaves the check as it was; a note on a row with a blank figure says nothing', () => {
    // a note on the 规章 row, on table 三 or on last year's 制发 (not one of the four figures)
    const elsewhere = { 't2.regulations.inForce': '含部门规章1件', 't3.new.natural': '其中网上申请3件', 't2.normativeDocs.newMade': '其中修订2件' };
    expect(inForce(crossYearFindings({ ...off, figureNotes: { 't3.new.natural': '其中网上申请3件' } }, [{ ...last, figureNotes: elsewhere }]))).toHaveLength(1);
    expect(crossYearSkips({ ...off, figureNotes: { 't2.regulations.inForce': '含部门规章1件' } }, [last]).map((k) => k.message)).toEqual([
      '2020年报告与本报告的规章现行有效件数未衔接核对：本报告“现行有效件数”一栏注有“含部门规章1件”，不是与另一年同一口径的件数',
    ]);
    const blank = { ...off, figures: { ...off.figures, 't2.normativeDocs.newMade': null }, figureNotes: { 't2.normativeDocs.inForce': '含自然失效29件' } };
    expect(crossYearSkips(blank, [last])).toEqual([]);
  });
});

describe('what could not be compared says so (crossYearSkips)', () => {
  it('a year holding two different reports of the body, from either side', () => {
    const gov = subject(2020, { id: 'gov' });
    const office = subject(2020, { id: 'office', figures: { ...gov.figures, 't3.carriedForward.natural': 5, 't3.new.natural': 1 } });
    expect(crossYearSkips(subject(2021), [gov, office])).toEqual([
      {
        otherYear: 2020, reportsYear: 2020, otherIds: ['gov', 'office'], message: '同一单位名称下有2份数字不同的2020年报告，无法判断本报告与哪一份衔接，未与2020年报告核对',
        note: { code: 'ambiguous', args: [2, 2020] },
      },
    ]);
    expect(crossYearSkips(gov, [office, subject(2021)]).map((k) => [k.otherYear, k.reportsYear, k.otherIds])).toEqual([[2021, 2020, ['office']]]);
    // copies of one report, and a year with nothing on the other side: nothing to say
    expect(crossYearSkips(subject(2021), [gov, { ...gov, id: 'copy' }])).toEqual([]);
    expect(crossYearSkips(gov, [office])).toEqual([]);
  });

  it('columns only one table has: a 乡 that kept 总计 alone', () => {
    const now = subject(2021);
    const last = subject(2020);
    const totalOnly = Object.fromEntries(Object.entries(last.figures).filter(([k]) => !k.startsWith('t3.') || k.endsWith('.total')));
    expect(crossYearSkips(now, [{ ...last, figures: totalOnly }]).map((k) => k.message)).toEqual([
      '2020年报告与本报告的表三列不同（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他法人或其他组织只见于一方），这些列的上年结转未逐列核对',
    ]);
    // the same columns on both sides: nothing skipped
    expect(crossYearSkips(now, [last])).toEqual([]);
  });
});

describe('法人或其他组织 in one column (2019 template) against five (org-sum.ts)', () => {
  const FIVE = ['commercial', 'research', 'social', 'legal', 'otherOrg'] as const;
  /** 2020 as a 2019-template table that kept one 法人或其他组织 column, its 结转下年度 there `org` */
  const collapsed = (org: number | null): CrossYearSubject => {
    const last = subject(2020);
    const figures = Object.fromEntries(Object.entries(last.figures).filter(([k]) => !/\.(?:commercial|research|social|legal|otherOrg)$/.test(k)));
    return { ...last, figures: { ...figures, 't3.carried.orgSubtotal': 0, 't3.carriedForward.orgSubtotal': org } };
  };
  /** 2021 with its 上年结转 carried as 商业企业 1 + 其他 1, the rest 0, the 自然人 and 总计 as 2020 gave them */
  const split = (over: Record<string, number | null> = {}): CrossYearSubject => {
    const now = subject(2021);
    const carried = { 't3.carried.commercial': 1, 't3.carried.research': 0, 't3.carried.social': 0, 't3.carried.legal': 0, 't3.carried.otherOrg': 1 };
    return { ...now, figures: { ...now.figures, ...carried, 't3.carried.natural': 3, 't3.carried.total': 5, ...over } };
  };
  const last = (org: number | null) => ({ ...collapsed(org), figures: { ...collapsed(org).figures, 't3.carriedForward.natural': 3, 't3.carriedForward.total': 3 + (org ?? 0) } });

  it('stays silent, and compares it, when the one column equals the five\'s sum (2 = 1 + 0 + 0 + 0 + 1)', () => {
    expect(FIVE.every((c) => split().figures[`t3.carried.${c}`] !== undefined)).toBe(true);
    expect(crossYearFindings(split(), [last(2)])).toEqual([]);
    expect(crossYearFindings(last(2), [split()])).toEqual([]);
    // compared: nothing left to say as not compared
    expect(crossYearSkips(split(), [last(2)])).toEqual([]);
    expect(crossYearSkips(last(2), [split()])).toEqual([]);
  });

  it('fires from both sides when the sum differs, naming the five columns with their figures', () => {
    // 2020 carried 3 法人 forward; 2021 carried 1 + 0 + 0 + 0 + 1 = 2 (its 总计 5 against 2020's 6 breaks too)
    const f = crossYearFindings(split(), [last(3)]);
    expect(f.map((x) => [x.rule, x.severity, x.figure, x.actual, x.expected, x.otherYear])).toEqual([
      ['cross.carry-over', 'error', 't3.carried.total', 5, 6, 2020],
      ['cross.carry-over', 'error', null, 2, 3, 2020],
    ]);
    expect(f[1]!.message).toBe(
      '上年结转（法人或其他组织）与上年报告不符：2021年报告“二、上年结转”商业企业1、科研机构0、社会公益组织0、法律服务机构0、其他1，五列合计2，' +
        '2020年报告“四、结转下年度继续办理”法人或其他组织（一列）为3',
    );
    const g = crossYearFindings(last(3), [split()]).filter((x) => x.figure !== 't3.carriedForward.total');
    expect(g.map((x) => [x.figure, x.actual, x.expected, x.otherYear])).toEqual([['t3.carriedForward.orgSubtotal', 3, 2, 2021]]);
    expect(g[0]!.message).toBe(
      '2021年报告的上年结转（法人或其他组织）与本报告结转下年度不符：2021年报告“二、上年结转”商业企业1、科研机构0、社会公益组织0、法律服务机构0、其他1，五列合计2，' +
        '本报告（2020年）“四、结转下年度继续办理”法人或其他组织（一列）为3',
    );
  });

  it('skips, and says why, when one of the five or the one column is blank', () => {
    const blank = split({ 't3.carried.research': null });
    expect(crossYearFindings(blank, [last(3)]).filter((x) => x.figure !== 't3.carried.total')).toEqual([]);
    expect(crossYearSkips(blank, [last(3)]).map((k) => k.message)).toEqual([
      '2020年报告与本报告的法人或其他组织栏数不同（一列对五列），2021年报告的科研机构一栏空白或不是件数，五列之和不明，法人或其他组织的上年结转未核对',
    ]);
    expect(crossYearFindings(last(3), [blank]).filter((x) => x.figure !== 't3.carriedForward.total')).toEqual([]);
    expect(crossYearSkips(last(null), [split()]).map((k) => k.message)).toEqual([
      '2021年报告与本报告的法人或其他组织栏数不同（一列对五列），2020年报告的法人或其他组织一栏空白或不是件数，法人或其他组织的结转下年度未核对',
    ]);
  });

  it('a table with only some of the five is not one column against five: its columns are said as not compared', () => {
    const four = split();
    delete four.figures['t3.carried.legal'];
    expect(crossYearFindings(four, [last(3)]).filter((x) => x.figure === null)).toEqual([]);
    expect(crossYearSkips(four, [last(3)]).map((k) => k.message)).toEqual([
      '2020年报告与本报告的表三列不同（商业企业、科研机构、社会公益组织、其他法人或其他组织、法人或其他组织（合计）只见于一方），这些列的上年结转未逐列核对',
    ]);
  });
});
