/**
 * Session 64's red team of hunt99 (rt101): its three readings attacked with realistic prose (Word-pasted runs, full-width
 * digits), with and without table 三. Counted on 60d6e3bd (before hunt99), on 51d71877 (hunt99) and now:
 * - qizhong-ends.ts CHANNEL_CLAUSE on 并/还/同时: four wrong lists whose last item is said "并/还/同时通过…平台发布…" or
 *   "同时通过依申请公开平台答复不予处理…" were errors before hunt99 and silent after it (the real item cut off, the list
 *   one short of its whole: a skip). FIXED: such a clause that publishes, answers or takes in is an item where the items before it fall short of the
 *   whole and its count is near what is missing (joinedItem); a list that adds up before it, or a count far off, still
 *   leaves (six guards: false errors before hunt99, kept silent); 另 always leaves.
 * - info-among.ts past a sentence with no figure: two false errors it brought (60:50, 80:50: the sentence between names
 *   another place, 微信公众号 / 新媒体, so the list counts more than the site's 50) and one it carried on from main (2022's
 *   count read as 2023's whole, 50:45). FIXED: not past a sentence naming a place or a year; no whole from a sentence
 *   opening on another year.
 * - flow-balance.ts CLOSED 完成申请答复: no false flag of its own found (完成申请答复率100%, 含上年度结转, 延期完成…);
 *   "上年度结转4件，完成申请答复4件" (the carried ones answered) was read as the year's closed — as "完成答复4件" was on main:
 *   pinned, then read as those carried in answered by txt101 (session 65).
 */
import { describe, expect, it } from 'vitest';
import { checksOf, findingKeys, paras, runProse, word } from './narrative-tables.ts';

const run = (html: string, year: number, figures: Record<string, number> = {}) => runProse(html, figures, year, '某区人民政府');
const p = (text: string, year = 2024, figures: Record<string, number> = {}) => run(paras(text), year, figures);
const T3 = {
  't3.new.total': 60, 't3.carried.total': 0, 't3.granted.total': 30, 't3.partial.total': 10, 't3.denied.total': 5, 't3.unable.total': 10,
  't3.notProcessed.total': 5, 't3.other.total': 0, 't3.processed.total': 60, 't3.carriedForward.total': 0,
};

describe('rt101: a clause on 并/还/同时 and a place that publishes or answers is an item of the list (qizhong-ends.ts)', () => {
  const info = (join: string, n: number) => `全年主动公开政府信息500条，其中工作动态300条，通知公告150条，${join}政策解读${n}条。`;
  it('the wrong lists: errors again (silent after hunt99, errors before it)', () => {
    expect(findingKeys(p(info('还通过政府网站专栏发布', 51)))).toEqual(['text.parts-sum:error:501:500']);
    expect(findingKeys(p(info('并通过政务微信公众号推送', 51)))).toEqual(['text.parts-sum:error:501:500']);
    expect(findingKeys(p(info('同时在政务新媒体平台发布', 51)))).toEqual(['text.parts-sum:error:501:500']);
    expect(findingKeys(p('全年共办结政府信息公开申请60件，其中予以公开30件，部分公开10件，不予公开5件，无法提供10件，同时通过依申请公开平台答复不予处理6件。')))
      .toEqual(['text.parts-sum:error:61:60']);
  });
  it('a way in on 并通过…平台提交: an item too (silent after hunt99, an error before it)', () => {
    expect(findingKeys(p('全年共收到政府信息公开申请60件，其中网上申请40件，信函申请15件，并通过政务服务平台提交申请6件。'))).toEqual(['text.parts-sum:error:61:60']);
    expect(checksOf(p('全年共收到政府信息公开申请60件，其中网上申请40件，信函申请15件，并通过政务服务平台提交申请5件。'), 'text.parts-sum')).toEqual(['pass 40件+15件+5件 = 60件']);
  });
  it('GUARDS (false errors before hunt99, passes or skips after it, kept): the list adds up before the clause, or its count is far from what is missing', () => {
    for (const [text, want] of [
      ['全年主动公开政府信息500条，其中工作动态300条，通知公告200条，并通过政务微博发布信息1200条。', ['pass 300条+200条 = 500条']],
      ['全年主动公开政府信息500条，其中工作动态300条，通知公告150条，政策解读50条，同时通过政务微信公众号推送信息320条。', ['pass 300条+150条+50条 = 500条']],
      ['全年主动公开政府信息500条，其中工作动态300条，通知公告150条，同时通过政务微信公众号推送信息320条。', ['skip 所列各项之和450条小于总数500条，列举可能不完整']],
      ['协助处理热线工单378条，其中投诉类328条，政策咨询类50条，同时在门户网站公开办理结果43条。', ['pass 328条+50条 = 378条']],
      ['协助处理热线工单378条，其中投诉类328条，政策咨询类50条，并通过其他信访平台答复群众意见43条。', ['pass 328条+50条 = 378条']],
      ['全年共办结政府信息公开申请40件，其中予以公开30件，部分公开10件，并通过政府网站主动公开相关信息12件。', ['pass 30件+10件 = 40件']],
    ] as const) {
      const r = p(text);
      expect(findingKeys(r)).toEqual([]);
      expect(checksOf(r, 'text.parts-sum')).toEqual(want);
    }
  });
  it('Word-pasted, full-width: the same', () => {
    expect(findingKeys(run(word(info('还通过政府网站专栏发布', 51).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))), 2024)))
      .toEqual(['text.parts-sum:error:501:500']);
  });
  it('the right lists: passes', () => {
    expect(checksOf(p(info('还通过政府网站专栏发布', 50)), 'text.parts-sum')).toEqual(['pass 300条+150条+50条 = 500条']);
    expect(checksOf(p('全年共办结政府信息公开申请60件，其中予以公开30件，部分公开10件，不予公开5件，无法提供10件，同时通过依申请公开平台答复不予处理5件。'), 'text.parts-sum'))
      .toEqual(['pass 30件+10件+5件+10件+5件 = 60件']);
  });
  it('with table 三 agreeing: no finding; the wrong item still told', () => {
    expect(findingKeys(p('全年共办结政府信息公开申请60件，其中予以公开30件，部分公开10件，不予公开5件，无法提供10件，同时通过依申请公开平台答复不予处理5件。', 2024, T3))).toEqual([]);
  });
  it('hunt99 kept: 另 leaves the list (an error on main, a pass), and its real 热线 sentence still a pass', () => {
    expect(checksOf(p('全年主动公开政府信息500条，其中工作动态300条，通知公告150条，政策解读50条，另通过政务微信公众号推送信息120条。'), 'text.parts-sum'))
      .toEqual(['pass 300条+150条+50条 = 500条']);
    const real = '此外，协助处理天水市 12345 热线工单 378 条，涵盖投诉类328条（占比 86.7%）与政策咨询类 50 条（占比13.2%），并通过其他信访平台受理回复群众意见 43 条。';
    expect(findingKeys(p(real))).toEqual([]);
    expect(checksOf(p(real), 'text.parts-sum')).toEqual(['pass 328条+50 条 = 378 条']);
  });
  it('PINNED: a clause by 邮寄方式 names no place (read as an item on main and now); a 件 list of results over 受理 a skip', () => {
    expect(checksOf(p('全年共受理政府信息公开申请42件，其中予以公开30件，部分公开10件，同时通过邮寄方式答复不予公开2件。'), 'text.parts-sum')).toEqual(['pass 30件+10件+2件 = 42件']);
    expect(findingKeys(p('全年共受理政府信息公开申请60件，其中予以公开30件，部分公开10件，不予公开5件，无法提供10件，同时通过依申请公开平台答复不予处理6件。'))).toEqual([]);
  });
});

describe('rt101: "在主动公开的信息中" not past a sentence naming another place or year (info-among.ts)', () => {
  const list = (a: number, b: number, c: number, d: number) => `在主动公开的信息中，政策法规类的信息${a}条，业务工作类的信息${b}条，信息公开${c}条，统计数据信息${d}条。`;
  it('the sentence between names another place: no reading (false errors 60:50, 80:50 after hunt99)', () => {
    expect(findingKeys(p(`2023年，我局主动在门户网站公开政府信息50条。另在政务微信公众号发布信息若干。${list(4, 10, 30, 16)}`, 2023))).toEqual([]);
    expect(findingKeys(p(`2023年，我局主动在门户网站公开政府信息50条。同时在政务新媒体同步推送。${list(14, 20, 30, 16)}`, 2023))).toEqual([]);
  });
  it('last year\'s count: no whole, next to the list or a sentence before it (a false error 50:45 on main)', () => {
    expect(findingKeys(p(`2022年，我局主动公开政府信息45条。${list(4, 10, 30, 6)}`, 2023))).toEqual([]);
    expect(findingKeys(p(`2022年，我局主动公开政府信息45条。2023年工作运行正常。${list(4, 10, 30, 6)}`, 2023))).toEqual([]);
  });
  it('TWINS kept: the year\'s own count opening on its year; a sentence naming 依申请 or a heading between: read', () => {
    expect(findingKeys(p(`2023年，我局主动公开政府信息50条。${list(4, 11, 30, 6)}`, 2023))).toEqual(['text.parts-sum:error:51:50']);
    expect(checksOf(p(`2023年，我局主动在门户网站公开政府信息50条。依申请公开工作平稳有序。${list(4, 10, 30, 6)}`, 2023), 'text.parts-sum')).toEqual(['pass 4条+10条+30条+6条 = 50条']);
    expect(findingKeys(p(`2023年，我局主动在门户网站公开政府信息50条。（一）主动公开情况。${list(4, 11, 30, 6)}`, 2023))).toEqual(['text.parts-sum:error:51:50']);
  });
  it('Word-pasted, full-width: the real 区统计局 paragraph\'s twin still caught', () => {
    const text = '2023年，我局认真梳理，主动在门户网站公开政府信息５０条。全年政务信息公开工作运行正常。在主动公开的信息中，政策法规类的信息４条，业务工作类的信息１１条，信息公开３０条，统计数据信息６条。';
    expect(findingKeys(run(word(text), 2023))).toEqual(['text.parts-sum:error:51:50']);
  });
  it('PINNED: the sentences split by <br> are read as paragraphs of their own — no reading (a miss, as on main)', () => {
    expect(findingKeys(run(`<p>2023年，我局主动在门户网站公开政府信息50条。<br>全年政务信息公开工作运行正常。<br>${list(4, 11, 30, 6)}</p>`, 2023))).toEqual([]);
  });
});

describe('rt101: 完成申请答复 (flow-balance.ts CLOSED): no false flag found', () => {
  const lead = '2024年，全区共收到依申请公开政府信息337件，';
  it('a rate, 含上年度结转, 延期完成, answered in a later sentence: no finding', () => {
    for (const t of [
      `${lead}上年度结转4件，完成申请答复率100%，结转下年度继续办理8件。`,
      `${lead}完成申请答复333件（含上年度结转4件），结转下年度继续办理8件。`,
      `${lead}结转下年度继续办理8件，完成上年度结转申请答复4件。`,
      '2024年，全区共收到依申请公开政府信息40件，延期完成申请答复5件，完成申请答复40件。',
    ]) expect(findingKeys(p(t))).toEqual([]);
  });
  it('Word-pasted, full-width: the wrong flow caught; with table 三 the figure is compared', () => {
    expect(findingKeys(run(word(`${lead}上年度结转４件，完成申请答复３３２件，结转下年度继续办理８件。`.replace('337', '３３７')), 2024))).toEqual(['text.parts-sum:error:341:340']);
    expect(findingKeys(p(`${lead}上年度结转4件，完成申请答复333件，结转下年度继续办理8件。`, 2024, { 't3.new.total': 337, 't3.carried.total': 4, 't3.processed.total': 333, 't3.carriedForward.total': 8 }))).toEqual([]);
  });
  it('"上年度结转4件，完成申请答复4件": the carried ones answered, no flow (pinned here as an error 341:12; un-pinned by txt101, carried-answered.ts)', () => {
    expect(findingKeys(p(`${lead}上年度结转4件，完成申请答复4件，结转下年度继续办理8件。`))).toEqual([]);
    expect(findingKeys(p(`${lead}上年度结转4件，完成答复4件，结转下年度继续办理8件。`))).toEqual([]);
  });
});
