/**
 * Session recall40: the misses session 39's helpers left (docs/testing.md "Misses of the hunts, session 39",
 * "Real prose, session 39 (hunt39c)", "Red team of session 39's readings"). Each sentence below is
 * self-written: a real sentence's shape with another body and other numbers. Each new reading passes
 * where the text adds up, fires where it is surely wrong, and stays silent (a skip, or nothing) where a
 * careful reader could take it otherwise.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse } from './narrative-tables.ts';

/** Prose alone (a pre-2019 page, or one whose tables are pictures): 2016 unless told. */
const run = (text: string, figures: Record<string, number> = {}, year: number | null = 2016) =>
  runProse(text.startsWith('<') ? text : `<p>${text}</p>`, figures, year, '汾河县人民政府');
const keys = (text: string, figures?: Record<string, number>, year?: number | null) => findingKeys(run(text, figures, year));
/** The checks of one rule, with their outcome: "pass|40条+18条 = 58条". */
const checks = (rule: string, text: string, figures?: Record<string, number>, year?: number | null) =>
  run(text, figures, year).checks.filter((c) => c.rule === rule).map((c) => `${c.outcome}|${c.detail}`);
const sums = (text: string) => checks('text.parts-sum', text);
const changes = (text: string) => checks('text.change', text);
const outcomes = (xs: string[]) => xs.map((x) => x.split('|')[0]);
/** Against the bureau's tables (2024: 新收 86, 上年结转 5, 办结 88, 结转下年度 3). */
const tableKeys = (text: string) => keys(text, BUREAU_TABLES, 2024);
const vsTable = (text: string) => checks('text.vs-table', text, BUREAU_TABLES, 2024);

describe('recall40 1: year on year written 由…上升为/增加为/下降为/降为…', () => {
  // Seen in real reports: "由上年的312项减少到本年的300项", "由2022年的45件上升为52件"
  it('a pass where the change fits', () => {
    expect(changes('全年受理申请由2015年的36件上升为45件，增加9件，增长25%。'))
      .toEqual(['pass|45件 − 36件 = 9件，正文 增加9件', 'pass|(45件 − 36件) ÷ 36件 = 25%，正文 增长25%']);
    expect(outcomes(changes('主动公开信息由上年的800条增加为1000条，增长25%。'))).toEqual(['pass']);
    expect(outcomes(changes('全年受理申请由上年的52件下降为39件，同比减少13件。'))).toEqual(['pass']);
    expect(outcomes(changes('全年受理申请数量由上年的50件降为40件，减少10件，下降20%。'))).toEqual(['pass', 'pass']);
  });
  it('fires where it does not', () => {
    expect(keys('全年受理申请由2015年的36件上升为45件，增加9件，增长35%。')).toEqual(['text.change:error:25:35']);
    expect(keys('主动公开信息由上年的800条增加为1000条，增长20%。')).toEqual(['text.change:error:25:20']);
    expect(keys('全年受理申请由上年的52件下降为39件，同比减少11件。')).toEqual(['text.change:error:13:11']);
  });
  it('silent: a base of another year, this year\'s figure of another year, no change stated', () => {
    expect(keys('全年受理申请由2014年的36件上升为45件，增加7件。')).toEqual([]);
    expect(outcomes(changes('全年受理申请由2014年的36件上升为45件，增加7件。'))).toEqual(['skip']);
    for (const t of ['全年受理申请由上年的36件上升为2017年的45件，增加7件。']) {
      expect(keys(t)).toEqual([]);
      expect(changes(t)).toEqual([]);
    }
    // (with no change stated, the verb's direction is read since recall41: a pass where it fits)
    expect(keys('全年受理申请由上年的36件上升为45件。')).toEqual([]);
    expect(outcomes(changes('全年受理申请由上年的36件上升为45件。'))).toEqual(['pass']);
  });
});

describe('recall40 2: carried forward written 结转N件至YYYY年办理, and 收到N件（含上年度结转M件）', () => {
  // Seen in real reports: "结转4件至2023年办理", "共收到…申请N件（含上年度结转M件）"
  it('"结转3件至2025年办理" in the 2024 report is 结转下年度, compared with table 三', () => {
    const text = '全年共收到政府信息公开申请86件，上年结转5件，办结88件，结转3件至2025年办理。';
    expect(tableKeys(text)).toEqual([]);
    expect(vsTable(text)).toContain('pass|3件 = 表三“结转下年度继续办理” 3');
    expect(tableKeys(text.replace('结转3件至2025年', '结转5件至2025年'))).toEqual(['text.vs-table:error:3:5']);
    expect(tableKeys('全年共收到政府信息公开申请91件（含上年度结转5件），办结88件，结转2件至2025年继续办理。')).toEqual(['text.vs-table:error:3:2']);
    expect(tableKeys(text.replace('结转3件至2025年', '结转4件至下年度'))).toEqual(['text.vs-table:error:3:4']);
  });
  it('silent: carried into a year neither the next nor named right, or into this year with no year it came from', () => {
    for (const t of ['全年共收到政府信息公开申请86件，上年结转5件，办结88件，结转4件至2026年办理。', '全年共收到政府信息公开申请86件，办结88件，结转4件至2024年办理。']) {
      expect(tableKeys(t)).toEqual([]);
      expect(vsTable(t).filter((c) => c.includes('4件'))).toEqual([]);
    }
  });
  it('"收到N件（含上年度结转M件）" holds those carried in: the flow is read', () => {
    expect(sums('全年共收到政府信息公开申请40件（含上年度结转3件），办结37件，结转下年度3件。')).toEqual(['pass|40件 = 37件+3件 = 40件（收支平衡）']);
    expect(keys('全年共收到政府信息公开申请40件（含上年度结转3件），办结38件，结转下年度3件。')).toEqual(['text.parts-sum:error:40:41']);
    expect(run('全年共收到政府信息公开申请40件（含上年度结转3件），办结38件，结转下年度3件。').findings[0]!.message).toContain('收到40件（含上年结转3件）');
    expect(keys('全年共受理政府信息公开申请50件，办结46件，结转3件至2017年办理。')).toEqual(['text.parts-sum:warning:50:49']);
  });
  it('silent: nothing carried on named, a part of those closed, a second count received', () => {
    for (const t of [
      '全年共收到政府信息公开申请40件（含上年度结转3件），办结37件。',
      '全年共收到政府信息公开申请40件（含上年度结转3件），新收37件，办结37件，结转下年度4件。',
      '全年共受理政府信息公开申请50件，办结46件，结转4件至2018年办理。',
    ]) {
      expect(keys(t)).toEqual([]);
      expect(sums(t)).toEqual([]);
    }
    // (recall49: 按时办结 is read as 法定期限内答复 is, a skip where fewer went out — it was no term, no check)
    expect(keys('全年共收到政府信息公开申请40件（含上年度结转3件），按时办结35件，结转下年度3件。')).toEqual([]);
    expect(sums('全年共收到政府信息公开申请40件（含上年度结转3件），按时办结35件，结转下年度3件。')).toEqual([expect.stringMatching(/^skip\|/)]);
  });
});

describe('recall40 3: results after "办理结果为：" / "办理结果如下：", and one a sentence after the count answered', () => {
  // Seen in hunt39c: "办理结果为:" lists; in hunt39: results one a sentence with no "在…N件…中"
  it('a pass where they add up, over ；too', () => {
    expect(sums('全年办结申请36件，办理结果如下：同意公开20件；部分公开6件；不予公开4件；信息不存在6件。')).toEqual(['pass|20件+6件+4件+6件 = 36件']);
    expect(sums('全年办结申请36件，办理结果为：同意公开20件；部分公开6件；不予公开4件；信息不存在6件。')).toEqual(['pass|20件+6件+4件+6件 = 36件']);
    expect(sums('全年办结申请36件。办理结果如下：同意公开20件；部分公开6件；不予公开4件；信息不存在6件。')).toEqual(['pass|20件+6件+4件+6件 = 36件']);
    expect(sums('全年共答复申请36件。同意公开20件。部分公开6件。不予公开4件。信息不存在6件。')).toEqual(['pass|20件+6件+4件+6件 = 36件']);
  });
  it('fires where they run over; a reason more than every class listed is none\'s breakdown', () => {
    expect(keys('全年办结申请36件，办理结果如下：同意公开20件；部分公开7件；不予公开4件；信息不存在6件。')).toEqual(['text.parts-sum:error:37:36']);
    expect(keys('全年办结申请36件。办理结果如下：同意公开20件；部分公开6件；不予公开4件；信息不存在7件。')).toEqual(['text.parts-sum:error:37:36']);
    expect(keys('全年共答复申请36件。同意公开20件。部分公开6件。不予公开4件。信息不存在7件。')).toEqual(['text.parts-sum:error:37:36']);
    expect(keys('全年办结申请36件，办理结果为：同意公开21件，部分公开6件，不予公开3件，信息不存在7件。')).toEqual(['text.parts-sum:error:37:36']);
  });
  it('silent: a reason that may be a class\'s breakdown, short lists, a count received, a part, another body', () => {
    // (信息不存在 2 may be among the 不予公开 4)
    expect(outcomes(sums('全年办结申请36件，办理结果为：同意公开27件，部分公开4件，不予公开4件，信息不存在2件。'))).toEqual(['skip']);
    expect(outcomes(sums('全年共答复申请36件。同意公开20件。部分公开6件。不予公开4件。信息不存在5件。'))).toEqual(['skip']);
    for (const t of [
      '全年共答复申请36件。同意公开20件。部分公开6件。',
      '全年共受理申请36件。同意公开20件。部分公开6件。不予公开4件。信息不存在7件。',
      '全年按时答复申请36件。同意公开20件。部分公开6件。不予公开4件。信息不存在7件。',
      '县本级共答复申请36件。同意公开20件。部分公开6件。不予公开4件。信息不存在7件。',
      '全年共答复申请36件。上年同意公开20件。部分公开6件。不予公开4件。信息不存在7件。',
    ]) {
      expect(keys(t)).toEqual([]);
      expect(sums(t)).toEqual([]);
    }
    // (recall49: 按时办结 is read as 法定期限内答复 is, a skip where fewer went out — it was no term, no check)
    expect(keys('全年共收到政府信息公开申请40件（含上年度结转3件），按时办结35件，结转下年度3件。')).toEqual([]);
    expect(sums('全年共收到政府信息公开申请40件（含上年度结转3件），按时办结35件，结转下年度3件。')).toEqual([expect.stringMatching(/^skip\|/)]);
  });
  it('their shares of the count answered are read', () => {
    const text = '全县共办结政府信息公开申请40件。同意公开30件，占75%。部分公开6件，占15%。不予公开4件，占10%。';
    expect(keys(text)).toEqual([]);
    expect(outcomes(checks('text.share', text))).toEqual(['pass', 'pass', 'pass']);
    expect(keys(text.replace('占15%', '占16%'))).toEqual(['text.share:warning:15:16']);
  });
});

describe('recall40 4: 依次/分别 lists closed by 共计/合计', () => {
  it('a pass where they add up', () => {
    expect(sums('同意公开、部分公开、不予公开依次为21件、6件、2件，合计29件。')).toEqual(['pass|21件+6件+2件 = 29件']);
    expect(sums('网上申请、当面申请、信函申请分别为22件、9件、4件，共计受理35件。')).toEqual(['pass|22件+9件+4件 = 35件']);
  });
  it('fires where they do not (a bare total short of its names too)', () => {
    expect(keys('同意公开、部分公开、不予公开依次为21件、6件、2件，合计28件。')).toEqual(['text.parts-sum:error:29:28']);
    expect(keys('网上申请、当面申请、信函申请分别为22件、9件、4件，共计受理34件。')).toEqual(['text.parts-sum:error:35:34']);
    expect(keys('网上申请、当面申请、信函申请分别为22件、9件、4件，共计37件。')).toEqual(['text.parts-sum:error:35:37']);
  });
  it('silent: a total naming what it counts above its names, outlets under a total of information', () => {
    expect(keys('网上申请、当面申请、信函申请分别为22件、9件、4件，共计受理37件。')).toEqual([]);
    expect(outcomes(sums('网上申请、当面申请、信函申请分别为22件、9件、4件，共计受理37件。'))).toEqual(['skip']);
    for (const t of ['通过政务微博、微信分别公开信息85条、31条，合计公开信息106条。', '通过政务微博、微信分别公开信息85条、31条，合计公开信息126条。']) {
      expect(keys(t)).toEqual([]);
      expect(sums(t)).toEqual([]);
    }
    // (recall49: 按时办结 is read as 法定期限内答复 is, a skip where fewer went out — it was no term, no check)
    expect(keys('全年共收到政府信息公开申请40件（含上年度结转3件），按时办结35件，结转下年度3件。')).toEqual([]);
    expect(sums('全年共收到政府信息公开申请40件（含上年度结转3件），按时办结35件，结转下年度3件。')).toEqual([expect.stringMatching(/^skip\|/)]);
  });
});

describe('recall40 5: a list after "总数N条：" / "具体为：", and a worded total opening the next sentence', () => {
  // Seen in hunt39c: "总数N条:" lists; in rt38b/recall39: "…、政策解读5条。共计发布信息63条。"
  it('a pass where they add up', () => {
    expect(sums('全年主动公开信息总数71条：工作动态45条、通知公告20条、政策解读6条。')).toEqual(['pass|45条+20条+6条 = 71条']);
    expect(sums('全年共主动公开政府信息71条，具体为：工作动态45条、通知公告20条、政策解读6条。')).toEqual(['pass|45条+20条+6条 = 71条']);
    expect(sums('全年主动公开信息共71条，具体如下：工作动态45条，通知公告20条，政策解读6条。')).toEqual(['pass|45条+20条+6条 = 71条']);
    expect(sums('本年度发布工作动态45条、通知公告20条、政策解读6条。共计发布信息71条。')).toEqual(['pass|45条+20条+6条 = 71条']);
    expect(sums('网上申请24件，当面申请9件。合计受理申请33件。')).toEqual(['pass|24件+9件 = 33件']);
  });
  it('fires where they run over', () => {
    expect(keys('全年主动公开信息总数71条：工作动态46条、通知公告20条、政策解读6条。')).toEqual(['text.parts-sum:error:72:71']);
    expect(keys('全年共主动公开政府信息71条，具体为：工作动态45条、通知公告20条、政策解读8条。')).toEqual(['text.parts-sum:error:73:71']);
    expect(keys('本年度发布工作动态45条、通知公告20条、政策解读6条。共计发布信息70条。')).toEqual(['text.parts-sum:error:71:70']);
    expect(keys('本年度发布工作动态45条，通知公告20条，政策解读6条。合计公开信息69条。')).toEqual(['text.parts-sum:error:71:69']);
    expect(keys('网上申请24件，当面申请9件。合计受理申请31件。')).toEqual(['text.parts-sum:error:33:31']);
  });
  it('silent: short of the total, outlets, kinds that may hold one another, a list with a whole of its own', () => {
    expect(outcomes(sums('全年主动公开信息总数71条：工作动态45条、通知公告20条、政策解读4条。'))).toEqual(['skip']);
    expect(outcomes(sums('本年度发布工作动态45条、通知公告20条、政策解读6条。共计发布信息75条。'))).toEqual(['skip']);
    expect(keys('全年主动公开信息总数71条：网站发布45条、微信发布30条。')).toEqual([]);
    // (a bare colon under a whole not said to be the total: kinds of no dimension may overlap, rt15b)
    expect(sums('全年主动公开政府信息71条：工作动态46条、通知公告20条、政策解读6条。')).toEqual([]);
    for (const t of [
      '全年通过网站发布45条，微信发布30条。合计发布信息71条。',
      '本年度发布政策文件45条，规范性文件20条。共计发布信息60条。',
      '本年度共发布工作动态45条、通知公告20条。共计发布信息60条。',
      '网上申请24件，当面申请9件。合计办结申请30件。',
    ]) {
      expect(keys(t)).toEqual([]);
      expect(sums(t)).toEqual([]);
    }
    // (recall49: 按时办结 is read as 法定期限内答复 is, a skip where fewer went out — it was no term, no check)
    expect(keys('全年共收到政府信息公开申请40件（含上年度结转3件），按时办结35件，结转下年度3件。')).toEqual([]);
    expect(sums('全年共收到政府信息公开申请40件（含上年度结转3件），按时办结35件，结转下年度3件。')).toEqual([expect.stringMatching(/^skip\|/)]);
  });
});

describe('recall40 6: 办结率/答复率/公开率 beside their counts (pinned: already read)', () => {
  it('a pass where the rate fits its counts', () => {
    for (const t of [
      '全年受理申请40件，办结38件，办结率95%。',
      '全年共收到政府信息公开申请40件（含上年度结转3件），办结40件，办结率100%。',
      '全年共收到申请40件，已答复40件，答复率100%。',
    ]) {
      expect(keys(t)).toEqual([]);
      expect(outcomes(checks('text.share', t))).toEqual(['pass']);
    }
  });
  it('fires where it does not', () => {
    expect(keys('全年受理申请40件，办结38件，办结率97%。')).toEqual(['text.share:error:95:97']);
    expect(keys('全年共收到政府信息公开申请40件（含上年度结转3件），办结38件，办结率100%。')).toEqual(['text.share:error:95:100']);
  });
  it('silent: the rest carried on, a rate on time', () => {
    for (const t of ['全年受理申请40件，办结38件，结转下年度2件，办结率100%。', '全年受理申请40件，按期答复40件，按期答复率100%。']) {
      expect(keys(t)).toEqual([]);
    }
  });
});

describe('recall40 7: one mistake in a list between its whole and a closing total gives one error', () => {
  const lead = '全年办结88件，其中';
  it('one error, not two', () => {
    const wrong = `${lead}予以公开42件，部分公开12件，不予公开6件，无法提供20件，不予处理5件，其他处理4件，共计88件。`;
    expect(keys(wrong)).toEqual(['text.parts-sum:error:89:88']);
    expect(keys(wrong.replace('其中', ''))).toEqual(['text.parts-sum:error:89:88']);
    expect(keys(wrong.replace('共计88件', '共计办结88件'))).toEqual(['text.parts-sum:error:89:88']);
  });
  it('a pass stays a pass; a total apart from the whole is still read on its own', () => {
    expect(keys(`${lead}予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件，共计88件。`)).toEqual([]);
    // (the list fits the whole; the total over it was a skip, as every total over its items — recall54: a list that names
    // all six results is complete, list-every-kind.ts, and the total over it an error of the text)
    const over = `${lead}予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件，共计89件。`;
    expect(outcomes(sums(over))).toEqual(['pass', 'fail']);
    expect(keys(over)).toEqual(['text.parts-sum:error:88:89']);
    // (five results named: maybe incomplete, a skip as before)
    expect(outcomes(sums(`${lead}予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，共计89件。`))).toEqual(['skip', 'skip']);
  });
});
