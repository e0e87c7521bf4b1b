/**
 * Session recall36: prose the narrative stage left unchecked on real reports (session 35's hunts'
 * misses). Each sentence below is self-written: a real sentence's shape with another body and other
 * numbers. Text only, no tables. Each reading fires where the text is wrong and stays silent where a
 * careful reader could take it otherwise.
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse } from './narrative-tables.ts';

const run = (text: string, year: number | null = 2024) => runProse(`<p>${text}</p>`, {}, year, '青溪市云湖区民政局');
const keys = (text: string, year?: number | null) => findingKeys(run(text, year));
/** The checks of one rule, with their outcome: "pass|800件+67件 = 867件". */
const checks = (rule: string, text: string, year?: number | null) =>
  run(text, year).checks.filter((c) => c.rule === rule).map((c) => `${c.outcome}|${c.detail}`);
const sums = (text: string, year?: number | null) => checks('text.parts-sum', text, year);

describe('recall36 1: the year\'s flow in other words (回复, 正在办理中, "N件结转下一年度", a bracket of those carried in)', () => {
  // Seen in real reports: "…合计…件，上年结转…件，截至12月底已回复…件，…件正在办理中", "…件结转下一年度继续办理"
  it('回复 for the closed, 正在办理中 for those still open: a pass where in = out', () => {
    expect(sums('（二）依申请公开。全年共收到申请64件，上年结转9件，已回复66件，正在办理中7件。'))
      .toEqual(['pass|64件+9件 = 66件+7件 = 73件（收支平衡）']);
    expect(sums('（二）依申请公开。全年共收到申请37件，已回复35件，尚有2件正在办理中。'))
      .toEqual(['pass|37件 = 35件+2件（收支平衡，未写上年结转）']);
    expect(sums('（二）依申请公开。全年共收到申请37件，上年结转3件，截至12月底已办结36件，4件正在办理中。'))
      .toEqual(['pass|37件+3件 = 36件+4件 = 40件（收支平衡）']);
    // channels closed by their 合计: the 合计 is what came in
    expect(sums('（二）依申请公开。全年共收到群众网上申请71件，信函申请13件，合计84件，上年结转5件，截至12月底已回复81件，8件正在办理中。'))
      .toContain('pass|84件+5件 = 81件+8件 = 89件（收支平衡）');
    // …or listed after it under 其中, adding up to it
    expect(sums('（二）依申请公开。全年共收到申请58件，其中网上申请45件，信函申请13件，已回复55件，正在办理中3件。'))
      .toEqual(['pass|45件+13件 = 58件', 'pass|58件 = 55件+3件（收支平衡，未写上年结转）']);
  });
  it('…and where it does not balance a warning, never an error (回复 and 正在办理 are no words of table 三)', () => {
    expect(keys('（二）依申请公开。全年共收到申请64件，上年结转9件，已回复66件，正在办理中8件。')).toEqual(['text.parts-sum:warning:73:74']);
    expect(keys('（二）依申请公开。全年共收到申请64件，上年结转9件，回复65件，结转下年度7件。')).toEqual(['text.parts-sum:warning:73:72']);
    expect(keys('（二）依申请公开。全年共收到申请37件，已回复34件，尚有2件正在办理中。')).toEqual(['text.parts-sum:warning:37:36']);
  });
  it('"N件结转下一年度继续办理" is the flow\'s 结转下年度, judged as in table 三\'s words', () => {
    expect(sums('（二）依申请公开。全年新收申请47件，上年结转3件，办结44件，6件结转下一年度继续办理。'))
      .toEqual(['pass|47件+3件 = 44件+6件 = 50件（收支平衡）']);
    expect(keys('（二）依申请公开。全年新收申请47件，上年结转3件，办结44件，5件结转下一年度继续办理。')).toEqual(['text.parts-sum:error:50:49']);
    expect(sums('（二）依申请公开。全年新收申请47件，办结44件，3件结转下一年度继续办理。'))
      .toEqual(['pass|47件 = 44件+3件（收支平衡，未写上年结转）']);
  });
  it('those carried in, in a bracket after the closed count: balanced, or fewer closed of the year\'s own than came in', () => {
    expect(sums('（二）依申请公开。全年共收到申请48件，办结51件（含2023年转至今年办理的3件），结转下年度0件。'))
      .toEqual(['pass|48件+3件 = 51件+0件 = 51件（收支平衡）（办结数含上年结转3件）']);
    // 3 carried in, 2 still open, so 2 of the 48 were carried on, not 4: more closed of this year's than stated
    expect(keys('（二）依申请公开。全年共收到申请48件，办结49件（含上年结转3件），结转下年度1件。')).toEqual(['text.parts-sum:error:51:50']);
    // 53 − 3 = 50 closed of this year's own, more than the 48 received
    expect(keys('（二）依申请公开。全年共收到申请48件，办结53件（含上年结转3件），结转下年度1件。')).toEqual(['text.parts-sum:error:48:50']);
  });
  it('silent: more went out than the bracket\'s carried in allow (more may have come in and gone on), no 上年结转 and more out, other terms', () => {
    for (const [text, why] of [
      ['（二）依申请公开。全年共收到申请48件，办结51件（含上年结转3件），结转下年度2件。', /^skip\|48件\+3件 = 51件，51件\+2件 = 53件；括注只说办结数中有上年结转3件/],
      ['（二）依申请公开。全年共收到申请37件，已回复35件，尚有3件正在办理中。', /^skip\|35件\+3件 = 38件，多于37件；正文未写上年结转/],
    ] as const) {
      expect(keys(text)).toEqual([]);
      expect(sums(text)).toHaveLength(1);
      expect(sums(text)[0]).toMatch(why);
    }
    for (const text of [
      // another outcome, or 正在办理 beside 结转下年度 (a part of it, or more of the flow)
      '（二）依申请公开。全年共收到申请37件，已回复33件，正在办理中2件，申请人撤回1件。',
      '（二）依申请公开。全年共收到申请37件，上年结转2件，已回复33件，结转下年度4件，正在办理中2件。',
      // a part of those closed; another year's carried; a year after that is not the next
      '（二）依申请公开。全年共收到申请37件，已回复34件，按时回复30件，正在办理中2件。',
      '（二）依申请公开。全年共收到申请37件，2022年结转1件，已回复34件，正在办理中2件。',
      '（二）依申请公开。全年新收申请47件，上年结转3件，办结44件，5件结转2026年继续办理。',
      // the bracket naming a year before the last
      '（二）依申请公开。全年共收到申请48件，办结49件（含2022年转至今年办理的3件），结转下年度1件。',
      // channels with no 合计: the count received is one of them
      '（二）依申请公开。全年共收到群众网上申请71件，信函申请13件，上年结转5件，已回复81件，9件正在办理中。',
      // not applications: messages and calls are answered too
      '（二）依申请公开。全年共收到网民留言37件，已回复34件，正在办理中2件。',
    ]) {
      expect(keys(text)).toEqual([]);
      expect(sums(text)).toEqual([]);
    }
  });
  it('silent: channels under 其中 that do not add up to the count received (the flow is not read, the list a skip)', () => {
    const text = '（二）依申请公开。全年共收到申请58件，其中网上申请45件，信函申请12件，已回复55件，正在办理中2件。';
    expect(keys(text)).toEqual([]);
    expect(sums(text)).toEqual(['skip|所列各项之和57件小于总数58件，列举可能不完整']);
  });
  it('not read where the report has a table 三', () => {
    const r = runProse('<p>（二）依申请公开。全年共收到申请37件，已回复34件，尚有2件正在办理中。</p>', { 't3.new.total': 37, 't3.carried.total': 0, 't3.processed.total': 34, 't3.carriedForward.total': 2 }, 2024, '青溪市云湖区民政局');
    expect(r.checks.filter((c) => c.rule === 'text.parts-sum')).toEqual([]);
  });
});

describe('recall36 2: applications withdrawn, listed among their results', () => {
  // Seen in real reports: "办结…件，其中予以公开…件，…，申请人撤回申请…件" was short by the withdrawn (a skip)
  it('the withdrawn are one of the results: a list adding up with them holds, over a count answered an error', () => {
    expect(sums('（二）依申请公开。全年共办结申请52件，其中予以公开33件，部分公开7件，无法提供9件，申请人撤回申请3件。'))
      .toEqual(['pass|33件+7件+9件+3件 = 52件']);
    expect(sums('（二）依申请公开。全年共办结申请52件，予以公开33件，部分公开7件，无法提供9件，申请人主动撤回3件。'))
      .toEqual(['pass|33件+7件+9件+3件 = 52件']);
    expect(sums('（二）依申请公开。全年共办结申请52件，其中予以公开33件，部分公开7件，无法提供9件，3件申请人主动撤回。'))
      .toEqual(['pass|33件+7件+9件+3件 = 52件']);
    expect(keys('（二）依申请公开。全年共办结申请52件，其中予以公开33件，部分公开7件，无法提供9件，申请人撤回申请4件。')).toEqual(['text.parts-sum:error:53:52']);
    expect(keys('（二）依申请公开。全年共办结申请52件，予以公开33件，部分公开7件，无法提供9件，撤销申请4件。')).toEqual(['text.parts-sum:error:53:52']);
  });
  it('silent: the list without them is the whole, "另有" withdrawn over it, results of a count received', () => {
    for (const [text, why] of [
      ['（二）依申请公开。全年共办结申请52件，其中予以公开33件，部分公开7件，无法提供12件，申请人撤回申请3件。', /^skip\|所列各项之和55件大于总数52件，但不计申请人撤回的3件恰为总数/],
      ['（二）依申请公开。全年共办结申请52件，其中予以公开33件，部分公开7件，无法提供9件，另有4件申请人主动撤回。', /^skip\|所列各项之和53件大于总数52件，但“另有”撤回的4件可能不在总数之内/],
      ['（二）依申请公开。全年共收到申请52件，其中予以公开33件，部分公开7件，无法提供9件，申请人撤回申请4件。', /^skip\|所列为办理结果，合计53件，总数52件是收到的申请数/],
    ] as const) {
      expect(keys(text)).toEqual([]);
      expect(sums(text)).toHaveLength(1);
      expect(sums(text)[0]).toMatch(why);
    }
  });
  it('the withdrawn named in a bracket after the whole are the rest of its results', () => {
    expect(sums('（二）依申请公开。全年共办结申请52件（含申请人撤回3件），其中予以公开33件，部分公开7件，无法提供9件。'))
      .toEqual(['pass|33件+7件+9件+3件 = 52件']);
    // (the list as written still adds up alone; a bracket of another kind adds nothing)
    expect(sums('（二）依申请公开。全年共办结申请52件（含申请人撤回3件），其中予以公开33件，部分公开7件，无法提供12件。'))
      .toEqual(['pass|33件+7件+12件 = 52件']);
    const carried = '（二）依申请公开。全年共办结申请52件（含上年结转3件），其中予以公开33件，部分公开7件，无法提供9件。';
    expect(keys(carried)).toEqual([]);
    expect(sums(carried)).toEqual(['skip|所列各项之和49件小于总数52件，列举可能不完整']);
  });
  it('a 复议 withdrawn is no result of applications: its list is read as before', () => {
    expect(sums('（三）行政复议。全年被申请行政复议6件，其中维持4件，申请人撤回复议申请2件。')).toEqual(['pass|4件+2件 = 6件']);
  });
});

describe('recall36 5: results opening the sentence after one with its own 其中', () => {
  // Seen in real reports: "共收到申请…件，其中当面申请…件，网上申请…件。予以公开…件，…" (no whole read)
  it('the list before splits its whole by channel or applicant and adds up: the results divide the same whole', () => {
    expect(sums('（二）依申请公开。全年共收到申请46件，其中当面申请6件，网上申请40件。予以公开25件，部分公开9件，无法提供12件。'))
      .toEqual(['pass|6件+40件 = 46件', 'pass|25件+9件+12件 = 46件']);
    expect(keys('（二）依申请公开。全年共办结申请44件，其中自然人申请39件，法人或其他组织申请5件。予以公开25件，部分公开9件，无法提供11件。'))
      .toEqual(['text.parts-sum:error:45:44']);
  });
  it('silent: under a count received, short, a list before that is one item or does not add up, another count before', () => {
    expect(keys('（二）依申请公开。全年共收到申请46件，其中当面申请6件，网上申请40件。予以公开25件，部分公开9件，无法提供13件。')).toEqual([]);
    expect(sums('（二）依申请公开。全年共收到申请46件，其中当面申请6件，网上申请40件。予以公开25件，部分公开9件，无法提供13件。')[1])
      .toMatch(/^skip\|所列为办理结果，合计47件，总数46件是收到的申请数/);
    expect(sums('（二）依申请公开。全年共办结申请44件，其中自然人申请39件，法人或其他组织申请5件。予以公开25件，部分公开9件，无法提供9件。')[1])
      .toMatch(/^skip\|所列各项之和43件小于总数44件/);
    for (const text of [
      '（二）依申请公开。全年共办结申请44件，其中网上申请39件。予以公开25件，部分公开9件，无法提供11件。',
      '（二）依申请公开。全年共办结申请44件，其中自然人申请39件，法人或其他组织申请3件。予以公开25件，部分公开9件，无法提供11件。',
      '（二）依申请公开。全年共办结申请44件，其中自然人申请39件，法人或其他组织申请5件，上年结转2件。予以公开25件，部分公开9件，无法提供11件。',
      // the list before is of results: the next is no division of its whole
      '（二）依申请公开。全年共办结申请44件，其中予以公开25件，部分公开19件。不予公开5件，无法提供11件。',
    ]) {
      expect(keys(text).filter((k) => !k.endsWith(':36:44') && !k.endsWith(':42:44'))).toEqual([]);
      expect(sums(text).filter((o) => /25件\+9件|5件\+11件/.test(o) && !o.startsWith('skip|'))).toEqual([]);
    }
  });
});

describe('recall36 3 and 6: a whole with no counter, or its number in a bracket, before a 其中 list in 条', () => {
  // Seen in real reports: "主动公开政府信息…，其中…条" (the number with no 条), "公开信息（…）条，其中…" (a form's blank)
  it('the number is the list\'s whole: a pass where it adds up, an error where a closed list does not', () => {
    expect(sums('（一）主动公开。全年主动公开政府信息83，其中工作动态51条，通知公告26条，其他信息6条。')).toEqual(['pass|51条+26条+6条 = 83']);
    expect(sums('（一）主动公开。全年公开各类信息2,317，其中工作动态1,650条，通知公告600条，其他信息67条。')).toEqual(['pass|1,650条+600条+67条 = 2,317']);
    expect(sums('（一）主动公开。全年公开政府信息（1472）条，其中工作动态1100条，通知公告372条。')).toEqual(['pass|1100条+372条 = （1472）条']);
    expect(keys('（一）主动公开。全年主动公开政府信息83，其中工作动态51条，通知公告26条，其他信息7条。')).toEqual(['text.parts-sum:error:84:83']);
    expect(keys('（一）主动公开。全年公开政府信息（1472）条，其中工作动态1100条，其他信息371条。')).toEqual(['text.parts-sum:error:1471:1472']);
  });
  it('silent: an open list short of it; no number, or one that is no count; a figure before it; a list not in 条', () => {
    expect(keys('（一）主动公开。全年主动公开政府信息83，其中工作动态51条，通知公告26条。')).toEqual([]);
    expect(sums('（一）主动公开。全年主动公开政府信息83，其中工作动态51条，通知公告26条。')).toEqual(['skip|所列各项之和77条小于总数83，列举可能不完整']);
    for (const text of [
      '（一）主动公开。2024年主动公开政府信息，其中工作动态51条，通知公告26条，其他信息7条。',
      '（一）主动公开。全年编发政务信息第83期，其中工作动态51条，通知公告26条，其他信息7条。',
      '（一）主动公开。全年主动公开政府信息83，其中规范性文件51件，通知公告26件，其他信息7件。',
      '（一）主动公开。全年发布信息12篇，主动公开政府信息83，其中工作动态51条，通知公告26条，其他信息7条。',
    ]) {
      expect(keys(text)).toEqual([]);
      expect(sums(text).filter((o) => !o.startsWith('skip|'))).toEqual([]);
    }
  });
});

describe('recall36 4: a 条 whole divided into items in 件 or 项 beside those in 条', () => {
  // Seen in real reports: "公开信息…条，其中规范性文件…项、工作动态…条…" (the 项 item set aside, a closed list short: an error)
  it('an item in 项 is read with the list, as one in 件 is', () => {
    expect(sums('（一）主动公开。全年公开信息146条，其中规范性文件9项、工作动态110条、其他信息27条。')).toEqual(['pass|9项+110条+27条 = 146条']);
    expect(sums('（一）主动公开。全年公开信息146条，其中规范性文件9件、工作动态110条、其他信息27条。')).toEqual(['pass|9件+110条+27条 = 146条']);
    expect(keys('（一）主动公开。全年公开信息146条，其中工作动态110条、其他信息27条。')).toEqual(['text.parts-sum:error:137:146']);
  });
  it('silent: neither reading adds up (the documents may be published as more or fewer pieces)', () => {
    const text = '（一）主动公开。全年公开信息146条，其中规范性文件9项、工作动态110条、其他信息28条。';
    expect(keys(text)).toEqual([]);
    expect(sums(text)).toEqual(['skip|以条计的各项之和138条小于总数146条，另有9项以其他量词计数，未计入，不作判断']);
  });
});
