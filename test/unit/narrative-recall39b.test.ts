/**
 * Session recall39b: prose the narrative stage left unchecked on real reports (hunt39's misses, the
 * old-style reports of 2009–2018 and the first years of the 2019 and 2021 forms). Each sentence below is
 * self-written: a real sentence's shape with another body and other numbers. Each reading passes where
 * the text adds up, fires where it is surely wrong, and stays silent (a skip, or nothing) where a
 * careful reader could take it otherwise. The pages have no tables: the prose is all there is.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse } from './narrative-tables.ts';

const run = (text: string, year: number | null = 2016) => runProse(text.startsWith('<') ? text : `<p>${text}</p>`, {}, year, '宁陵县人民政府');
const keys = (text: string, year?: number | null) => findingKeys(run(text, year));
/** The checks of one rule, with their outcome: "pass|800件+67件 = 867件". */
const checks = (rule: string, text: string, year?: number | null) =>
  run(text, year).checks.filter((c) => c.rule === rule).map((c) => `${c.outcome}|${c.detail}`);
const sums = (text: string, year?: number | null) => checks('text.parts-sum', text, year);
const outcome = (text: string, year?: number | null) => sums(text, year).map((c) => c.split('|')[0]);

describe('recall39b 1: flows written 完成答复 / 转下一年度继续办理, and counted in 项', () => {
  // Seen in real reports: "受理…57件；完成答复54件，转下一年度继续办理3件" (a 2025 county), "共收到依申请公开16项，
  // 办理15项，结转下年度继续办理1项" (a 2021 provincial department)
  it('a pass where the flow balances', () => {
    expect(sums('全年共收到政府信息公开申请43件，上年结转4件，完成答复45件，转下一年度继续办理2件。'))
      .toEqual(['pass|43件+4件 = 45件+2件 = 47件（收支平衡）']);
    expect(sums('全年共收到政府信息公开申请43件，上年结转4件，已完成答复45件，2件转下一年度继续办理。'))
      .toEqual(['pass|43件+4件 = 45件+2件 = 47件（收支平衡）']);
    expect(sums('全年共收到依申请公开21项，办理19项，结转下年度继续办理2项。'))
      .toEqual(['pass|21项 = 19项+2项（收支平衡，未写上年结转）']);
    expect(sums('全年共收到政府信息公开申请21项，上年结转3项，办结22项，结转下年度2项。'))
      .toEqual(['pass|21项+3项 = 22项+2项 = 24项（收支平衡）']);
  });
  it('fires where it does not (办理, not table 三\'s word, a warning)', () => {
    expect(keys('全年共收到政府信息公开申请43件，上年结转4件，完成答复45件，转下一年度继续办理3件。')).toEqual(['text.parts-sum:error:47:48']);
    expect(keys('全年共收到政府信息公开申请21项，上年结转3项，办结20项，结转下年度2项。')).toEqual(['text.parts-sum:error:24:22']);
    expect(keys('全年共收到依申请公开21项，办理18项，结转下年度继续办理2项。')).toEqual(['text.parts-sum:warning:21:20']);
    const said = run('全年共收到政府信息公开申请21项，上年结转3项，办结20项，结转下年度2项。').findings[0]!.message;
    expect(said).toContain('共24项');
    expect(said).not.toContain('件');
  });
  it('silent: a part of those answered, 办理 equal to what came in, other things than applications, mixed units', () => {
    for (const t of [
      '全年共收到政府信息公开申请43件，上年结转4件，按时完成答复45件，转下一年度继续办理3件。',
      '全年共受理行政许可事项21项，办结18项，结转下年度2项。',
      '全年共收到政府信息公开申请21项，涉及信息40件，办结18项，结转下年度2项。',
    ]) {
      expect(keys(t)).toEqual([]);
      expect(sums(t)).toEqual([]);
    }
    // 办理21项 may be all that were handled, the 2 carried on among them
    const all = '全年共收到依申请公开21项，办理21项，结转下年度继续办理2项。';
    expect(keys(all)).toEqual([]);
    expect(outcome(all)).toEqual(['skip']);
    // more answered than received, no 上年结转 named: those carried in, unstated
    const more = '全年共收到政府信息公开申请43件，完成答复42件，转下一年度继续办理3件。';
    expect(keys(more)).toEqual([]);
    expect(outcome(more)).toEqual(['skip']);
  });
});

describe('recall39b 5: channels counted in 宗 under applications counted in 件', () => {
  // Seen in a real report: "共受理信息公开申请10件，其中当面申请1宗，占10%；网上申请9宗，占90%；信函申请0宗，占0%"
  // (a 2017 city bureau; the shares had no whole)
  it('a pass where they add up, their shares read against the whole', () => {
    expect(checks('text.parts-sum', '本局全年共受理信息公开申请40件，其中当面申请6宗，占15%；网上申请34宗，占85%；信函申请0宗，占0%。'))
      .toEqual(['pass|6宗+34宗+0宗 = 40件']);
    expect(checks('text.share', '本局全年共受理信息公开申请40件，其中当面申请6宗，占15%；网上申请34宗，占85%；信函申请0宗，占0%。'))
      .toEqual(['pass|6宗 ÷ 40件 = 15%，正文 15%', 'pass|34宗 ÷ 40件 = 85%，正文 85%', 'pass|0宗 ÷ 40件 = 0%，正文 0%']);
    expect(sums('本局全年共受理信息公开申请40宗，其中当面申请6件，网上申请34件。')).toEqual(['pass|6件+34件 = 40宗']);
  });
  it('fires where the channels run over the whole, or a share does not fit it', () => {
    expect(keys('本局全年共受理信息公开申请40件，其中当面申请6宗，网上申请35宗。')).toEqual(['text.parts-sum:error:41:40']);
    expect(keys('本局全年共受理信息公开申请40件，其中当面申请6宗，占15%；网上申请34宗，占80%。')).toEqual(['text.share:error:85:80']);
  });
  it('silent: channels short of the whole, another count in 宗 among them, papers counted', () => {
    const short = '本局全年共受理信息公开申请40件，其中当面申请6宗，网上申请33宗。';
    expect(keys(short)).toEqual([]);
    expect(outcome(short)).toEqual(['skip']);
    for (const t of [
      '本局全年共受理信息公开申请40件，其中当面申请6宗，网上申请33宗，涉及材料80宗。',
      '本局全年共收到申请材料50宗，其中网上申请40件，当面申请20件。',
    ]) {
      expect(keys(t)).toEqual([]);
      expect(sums(t)).toEqual([]);
    }
  });
});

describe('recall39b 3: "主要类别包括：" opening the sentence after its whole', () => {
  // Seen in a real report: "…累计主动公开政府信息348条。主要类别包括：工作动态类信息144条，…其他方式15条。" (a 2018 乡)
  it('a pass where the items add up', () => {
    expect(sums('全镇全年累计主动公开政府信息260条。主要类别包括：工作动态类信息170条，通知公告60条，人事信息30条。'))
      .toEqual(['pass|170条+60条+30条 = 260条']);
    expect(sums('全镇全年累计主动公开政府信息260条，全文电子化率达100%。内容涵盖工作动态类信息170条、通知公告60条、其他信息30条。'))
      .toEqual(['pass|170条+60条+30条 = 260条']);
  });
  it('an error only where an 其他 item closes the list', () => {
    expect(keys('全镇全年累计主动公开政府信息260条。主要类别包括：工作动态类信息170条，通知公告60条，其他信息29条。')).toEqual(['text.parts-sum:error:259:260']);
  });
  it('silent: an open list short or over, two counts before it, another paragraph, another counter', () => {
    for (const t of [
      '全镇全年累计主动公开政府信息260条。主要类别包括：工作动态类信息170条，通知公告60条，人事信息29条。',
      '全镇全年累计主动公开政府信息260条。主要类别包括：工作动态类信息170条，通知公告60条，人事信息40条。',
    ]) {
      expect(keys(t)).toEqual([]);
      expect(outcome(t)).toEqual(['skip']);
    }
    for (const t of [
      '全镇全年累计主动公开政府信息260条，其中网站发布200条。主要类别包括：工作动态类信息170条，通知公告60条，其他信息29条。',
      '<p>全镇全年累计主动公开政府信息260条。</p><p>主要类别包括：工作动态类信息170条，通知公告60条，其他信息29条。</p>',
      '全镇全年受理依申请公开12件。主要类别包括：工作动态类信息170条，通知公告60条，其他信息29条。',
      '全镇全年累计主动公开政府信息260条。主要渠道包括：政府网站170条，微信公众号60条，其他渠道29条。',
    ]) expect(keys(t)).toEqual([]);
  });
});

describe('recall39b 4: 在主动公开的信息中 lists in the sentence of their whole, and those whose first item has 共', () => {
  // Seen in real reports: "2016年度共主动公开政府信息25条，在主动公开的信息中，工作动态信息5条，…" (a 2016 镇),
  // "…主动公开政府信息93条，全文电子化达100%。在主动公开的信息中，“财政预算-决算”栏目共发布消息2条，…其他信息24条" (a 2016 乡)
  it('a pass where the items add up', () => {
    expect(sums('全年共主动公开政府信息70条，在主动公开的信息中，工作动态信息32条，财政预决算信息30条，其他信息8条。'))
      .toEqual(['pass|32条+30条+8条 = 70条']);
    expect(sums('本镇主动公开政府信息120条，全文电子化达100%。在主动公开的信息中，“三务公开”栏目共发布消息7条，政府工作动态50条、计划总结33条，其他信息30条。'))
      .toEqual(['pass|7条+50条+33条+30条 = 120条']);
  });
  it('fires where they run over, or an 其他 item closes a list short of the whole', () => {
    expect(keys('全年共主动公开政府信息70条，在主动公开的信息中，工作动态信息32条，财政预决算信息30条，其他信息9条。')).toEqual(['text.parts-sum:error:71:70']);
    expect(keys('本镇主动公开政府信息120条，全文电子化达100%。在主动公开的信息中，“三务公开”栏目共发布消息7条，政府工作动态50条、计划总结33条，其他信息29条。'))
      .toEqual(['text.parts-sum:error:119:120']);
  });
  it('silent: short with no 其他, two counts before, a count of the same counter between, a nested list', () => {
    const short = '全年共主动公开政府信息70条，在主动公开的信息中，工作动态信息32条，财政预决算信息30条。';
    expect(keys(short)).toEqual([]);
    expect(outcome(short)).toEqual(['skip']);
    for (const t of [
      '本镇发布信息300条，主动公开政府信息120条。在主动公开的信息中，工作动态50条，其他信息69条。',
      '全年共主动公开政府信息70条，网站发布信息65条，在主动公开的信息中，工作动态信息32条，其他信息30条。',
      '全年共主动公开政府信息70条。在主动公开的信息中，业务动态类信息70条，其中工作动态类50条，其他类20条。',
    ]) expect(keys(t)).toEqual([]);
  });
});

describe('recall39b 2: results one a sentence with shares of 总数, after the count answered', () => {
  // Seen in a real report (a 2017 city bureau): "在已经答复的9件申请中，“同意公开”的7件，占总数的70%，…。" then
  // "“同意部分公开”1件，占总数的10%，…。" and four more, each a paragraph (7+1+1+1+1+1 = 12 over the 9: the
  // report's own mistake; its shares are of the 10 received)
  const page = (answered: number, rows: [string, number, string][]) =>
    `<p>本局2017年共受理信息公开申请30件，其中当面申请6件，网上申请24件。</p>`
    + rows.map(([w, n, pct], k) => `<p>${k === 0 ? `在已经答复的${answered}件申请中，` : ''}“${w}”的${n}件，占总数的${pct}。主要是因为申请内容所致；</p>`).join('');
  const good: [string, number, string][] = [['同意公开', 18, '60%'], ['同意部分公开', 6, '20%'], ['不予公开', 3, '10%'], ['信息不存在', 3, '10%']];
  it('a pass where the results make the count answered and each share fits it or the count received', () => {
    expect(checks('text.parts-sum', page(30, good), 2017)).toEqual(['pass|6件+24件 = 30件', 'pass|18件+6件+3件+3件 = 30件']);
    expect(checks('text.share', page(30, good), 2017).map((c) => c.split('|')[0])).toEqual(['pass', 'pass', 'pass', 'pass']);
    // the shares of the 30 received, the results of the 27 answered
    const of27: [string, number, string][] = [['同意公开', 18, '60%'], ['同意部分公开', 6, '20%'], ['不予公开', 3, '10%']];
    expect(keys(page(27, of27), 2017)).toEqual([]);
    expect(checks('text.share', page(27, of27), 2017).map((c) => c.split('|')[0])).toEqual(['pass', 'pass', 'pass']);
  });
  it('fires where the results run over the count answered (an error), or a share fits neither count (a warning)', () => {
    const over: [string, number, string][] = [['同意公开', 18, '60%'], ['同意部分公开', 6, '20%'], ['不予公开', 3, '10%'], ['信息不存在', 4, '10%']];
    expect(keys(page(30, over), 2017)).toContain('text.parts-sum:error:31:30');
    const share: [string, number, string][] = [['同意公开', 18, '60%'], ['同意部分公开', 6, '25%'], ['不予公开', 3, '10%'], ['信息不存在', 3, '10%']];
    expect(keys(page(30, share), 2017)).toEqual(['text.share:warning:20:25']);
  });
  it('silent: results short of the count answered, a reason counted after a result, no count answered named', () => {
    const short: [string, number, string][] = [['同意公开', 18, '60%'], ['同意部分公开', 6, '20%'], ['不予公开', 3, '10%']];
    expect(keys(page(30, short), 2017)).toEqual([]);
    expect(checks('text.parts-sum', page(30, short), 2017).map((c) => c.split('|')[0])).toEqual(['pass', 'skip']);
    const reason = '<p>本局2017年共受理信息公开申请30件。</p><p>在已经答复的30件申请中，“同意公开”的18件。</p><p>“不予公开”的12件。</p><p>不予公开的原因是涉及国家秘密5件。</p><p>“信息不存在”的1件。</p>';
    expect(keys(reason, 2017)).toEqual([]);
    const noOpening = '<p>本局2017年共受理信息公开申请30件。</p><p>“同意公开”的18件，占总数的60%。</p><p>“同意部分公开”6件，占总数的25%。</p><p>“不予公开”的7件，占总数的10%。</p>';
    expect(keys(noOpening, 2017)).toEqual([]);
  });
});

describe('recall39b 6: 依次为 lists read as 分别为 lists are (session 38 left them)', () => {
  // "行政复议、行政诉讼依次为1件和1件" on a page whose table 四 says so was two false warnings (the figure
  // after 依次 read as the two together); now each figure is paired with its name in order
  const t = (text: string) => runProse(`<p>${text}</p>`, BUREAU_TABLES, 2024, '临澧县司法局');
  const vs = (text: string) => t(text).checks.filter((c) => c.rule === 'text.vs-table').map((c) => `${c.outcome}|${c.detail}`);
  it('a pass for each name where its figure is the table\'s', () => {
    expect(findingKeys(t('本年度行政复议、行政诉讼依次为3件和2件。'))).toEqual([]);
    expect(vs('本年度行政复议、行政诉讼依次为3件和2件。')).toEqual(['pass|3件 = 表四行政复议“总计” 3', 'pass|2件 = 表四两类行政诉讼“总计”之和 2']);
    expect(vs('本年度行政复议、行政诉讼依次为3件、2件。')).toEqual(vs('本年度行政复议、行政诉讼分别为3件、2件。'));
  });
  it('fires where a figure is not its name\'s', () => {
    expect(findingKeys(t('本年度行政复议、行政诉讼依次为3件和3件。'))).toEqual(findingKeys(t('本年度行政复议、行政诉讼分别为3件和3件。')));
    expect(findingKeys(t('本年度行政复议、行政诉讼依次为3件和3件。'))).toHaveLength(1);
  });
  it('silent: the figure after 依次 is no total of both, nor the whole of a 其中 after it', () => {
    for (const text of ['本年度行政复议、行政诉讼依次为2件和2件。', '本年度行政复议、行政诉讼依次为3件和2件，其中维持3件。']) {
      expect(findingKeys(t(text)).filter((k) => k.includes('warning'))).toEqual([]);
    }
  });
});
