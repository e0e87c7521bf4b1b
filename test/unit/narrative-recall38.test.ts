/**
 * Session recall38: prose the narrative stage left unchecked on real reports (session 37's hunts'
 * misses). Each sentence below is self-written: a real sentence's shape with another body and other
 * numbers. Each reading passes where the text adds up, fires where it is surely wrong, and stays
 * silent (a skip, or nothing) where a careful reader could take it otherwise.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse } from './narrative-tables.ts';

const run = (text: string, year: number | null = 2024) => runProse(`<p>${text}</p>`, {}, year, '临澧县司法局');
const keys = (text: string, year?: number | null) => findingKeys(run(text, year));
/** The checks of one rule, with their outcome: "pass|800件+67件 = 867件". */
const checks = (rule: string, text: string, year?: number | null) =>
  run(text, year).checks.filter((c) => c.rule === rule).map((c) => `${c.outcome}|${c.detail}`);
const sums = (text: string, year?: number | null) => checks('text.parts-sum', text, year);
const outcome = (text: string) => sums(text).map((c) => c.split('|')[0]);

/** The same, on a page whose table 三 reads 86 + 5 = 88 + 3 (narrative-tables.ts BUREAU_TABLES). */
const withTables = (text: string) => runProse(`<p>${text}</p>`, BUREAU_TABLES, 2024, '临澧县司法局');

describe('recall38 1: lists with no 其中 — "主要类别包括：", "内容涵盖", "一是…；二是…"', () => {
  // Seen in real reports: "…条，主要类别包括：…", "公开内容涵盖…", "一是…条；二是…条"
  it('a pass where they add up', () => {
    expect(sums('（一）主动公开。全年主动公开政府信息150条，主要类别包括：工作动态90条、通知公告40条、人事信息20条。'))
      .toEqual(['pass|90条+40条+20条 = 150条']);
    expect(sums('（一）主动公开。全年主动公开政府信息150条，内容涵盖工作动态90条、通知公告40条、人事信息20条。'))
      .toEqual(['pass|90条+40条+20条 = 150条']);
    expect(sums('（一）主动公开。全年主动公开政府信息150条：一是工作动态90条；二是通知公告40条；三是人事信息20条。'))
      .toEqual(['pass|90条+40条+20条 = 150条']);
    expect(sums('（一）主动公开。全年主动公开政府信息150条。一是工作动态90条。二是通知公告40条。三是人事信息20条。'))
      .toEqual(['pass|90条+40条+20条 = 150条']);
  });
  it('an error only where an 其他 item closes the list and it does not add up', () => {
    expect(keys('（一）主动公开。全年主动公开政府信息150条，内容涵盖工作动态90条、通知公告40条、其他信息19条。')).toEqual(['text.parts-sum:error:149:150']);
    expect(keys('（一）主动公开。全年主动公开政府信息150条：一是工作动态90条；二是通知公告40条；三是其他信息19条。')).toEqual(['text.parts-sum:error:149:150']);
  });
  it('silent: an open list short or over (主要, 涵盖 claim no sum), channels, a numbered clause with more than one figure', () => {
    for (const t of [
      '（一）主动公开。全年主动公开政府信息150条，主要类别包括：工作动态90条、通知公告40条、人事信息19条。',
      '（一）主动公开。全年主动公开政府信息150条，主要类别包括：工作动态90条、通知公告40条、人事信息30条。',
      '（一）主动公开。全年主动公开政府信息150条，内容涵盖工作动态90条、通知公告40条、人事信息30条。',
      '（一）主动公开。全年主动公开政府信息150条：一是工作动态90条；二是通知公告40条；三是人事信息19条。',
      // one item may go out on two channels, even with an 其他 item closing the list
      '（一）主动公开。全年主动公开政府信息150条：一是门户网站发布90条；二是微信公众号发布40条；三是其他渠道发布30条。',
    ]) {
      expect(keys(t)).toEqual([]);
      expect(outcome(t)).toEqual(['skip']);
    }
    for (const t of [
      // numbered measures, each with a figure of its own kind beside the count
      '（一）主动公开。全年主动公开政府信息150条：一是发布工作动态90条，阅读量3000次；二是通知公告40条；三是其他信息20条。',
      // the numbers do not run from 一 right after the whole
      '（一）主动公开。全年主动公开政府信息150条，严格审核。二是通知公告40条；三是其他信息19条。',
    ]) {
      expect(keys(t)).toEqual([]);
      expect(sums(t)).toEqual([]);
    }
  });
});

describe('recall38 2: a whole in 份 over items in 件, or the reverse', () => {
  // Seen in real reports: "受理政府信息公开申请…份，其中予以公开…件，…"
  it('items that say what became of the applications, how they came or who sent them are the whole\'s', () => {
    expect(sums('（二）依申请公开。全年受理政府信息公开申请20份，其中予以公开12件，部分公开5件，不予公开3件。')).toEqual(['pass|12件+5件+3件 = 20份']);
    expect(sums('（二）依申请公开。全年受理政府信息公开申请20件，其中网络申请12份，信函申请8份。')).toEqual(['pass|12份+8份 = 20件']);
    expect(keys('（二）依申请公开。全年受理政府信息公开申请20份，其中网络申请12件，信函申请9件。')).toEqual(['text.parts-sum:error:21:20']);
  });
  it('silent: results short of the count received, another thing counted in 份 beside them', () => {
    const short = '（二）依申请公开。全年受理政府信息公开申请20份，其中予以公开12件，部分公开5件，不予公开2件。';
    expect(keys(short)).toEqual([]);
    expect(outcome(short)).toEqual(['skip']);
    const other = '（二）依申请公开。全年受理政府信息公开申请20份，其中网络申请12件，信函申请8件，涉及材料35份。';
    expect(keys(other)).toEqual([]);
    expect(sums(other)).toEqual([]);
    // papers counted, not applications
    expect(sums('（二）依申请公开。全年收到申请材料25份，其中网络申请20件，信函申请10件。')).toEqual([]);
  });
});

describe('recall38 3: a case\'s outcomes named after their figures, 撤诉 among them', () => {
  // Seen in real reports: "行政复议…件，…件维持，…件撤诉"
  it('read as "维持3件，撤回1件" is: a pass, an error where closed (其他结果) or over', () => {
    expect(outcome('（四）复议诉讼。本年度行政复议5件，4件维持，1件撤诉。')).toEqual(['pass']);
    expect(outcome('（四）复议诉讼。本年度被申请行政复议5件，4件维持，1件撤诉。')).toEqual(['pass']);
    expect(outcome('（四）复议诉讼。本年度行政复议5件，维持4件，撤诉1件。')).toEqual(['pass']);
    expect(keys('（四）复议诉讼。本年度行政复议5件，3件维持，1件其他结果。')).toEqual(['text.parts-sum:error:4:5']);
    expect(keys('（四）复议诉讼。本年度行政复议5件，4件维持，2件撤诉。')).toEqual(['text.parts-sum:error:6:5']);
  });
  it('silent: short and open, the outcomes of two kinds of case', () => {
    for (const t of ['（四）复议诉讼。本年度行政复议5件，3件维持，1件撤诉。', '（四）复议诉讼。本年度被申请行政复议5件，3件维持，1件撤诉。']) {
      expect(keys(t)).toEqual([]);
      expect(outcome(t)).toEqual(['skip']);
    }
    // (recall39: outcomes after both counts are parts of their sum, cases-both.ts: 4 + 2 against 2 + 3 is an error now)
    expect(keys('（四）复议诉讼。本年度行政复议2件，行政诉讼3件，4件维持，2件撤诉。')).toEqual(['text.parts-sum:error:6:5']);
    expect(keys('（四）复议诉讼。本年度行政复议2件，行政诉讼3件，3件维持，2件撤诉。')).toEqual([]);
  });
});

describe('recall38 4: the year\'s applications split in two, "本年度新收…，结转上年度…", and answers "法定期限内予以答复"', () => {
  // Seen in real reports: "共受理…件，本年度新收申请…件，结转上年度…件", "法定期限内予以答复…件"
  it('a whole received or in all is new + carried: a pass, an error where not', () => {
    expect(sums('（二）依申请公开。全年共受理申请47件，本年度新收申请44件，结转上年度3件。')).toEqual(['pass|44件+3件 = 47件']);
    expect(sums('（二）依申请公开。本年度新收申请44件，结转上年度3件，共计47件。')).toEqual(['pass|44件+3件 = 47件']);
    expect(keys('（二）依申请公开。全年共受理申请47件，本年度新收申请44件，结转上年度2件。')).toEqual(['text.parts-sum:error:46:47']);
  });
  it('silent: a 受理 that is the year\'s own, a whole handled (办理), a count handled after them', () => {
    for (const t of [
      '（二）依申请公开。全年共受理申请44件，本年度新收申请44件，结转上年度3件。',
      '（二）依申请公开。全年共办理申请47件，本年度新收申请44件，结转上年度2件。',
      // a count over more than the year
      '（二）依申请公开。截至12月底累计受理申请120件，本年度新收申请44件，结转上年度3件。',
    ]) {
      expect(keys(t)).toEqual([]);
      expect(outcome(t)).toEqual(['skip']);
    }
    expect(sums('（二）依申请公开。全年共新收申请44件，上年结转3件，共办理46件。')).toEqual([]);
    // a bare total after them is theirs (txt62; it was a skip here): an error where they do not add up to it
    expect(keys('（二）依申请公开。本年度新收申请44件，结转上年度3件，共计48件。')).toEqual(['text.parts-sum:error:47:48']);
  });
  it('"法定期限内予以答复" is the flow\'s 办结 at least: a pass where it balances, an error where more goes out', () => {
    expect(sums('（二）依申请公开。全年共收到申请44件，上年结转3件，法定期限内予以答复45件，结转下年度2件。'))
      .toEqual(['pass|44件+3件 = 45件+2件 = 47件（收支平衡）']);
    expect(sums('（二）依申请公开。全年共收到申请44件，法定期限内予以答复42件，结转下年度2件。'))
      .toEqual(['pass|44件 = 42件+2件（收支平衡，未写上年结转）']);
    expect(keys('（二）依申请公开。全年共收到申请44件，上年结转3件，法定期限内予以答复46件，结转下年度2件。')).toEqual(['text.parts-sum:error:47:48']);
  });
  it('silent: less goes out (some answered late), an in-time count beside the 办结 it is part of', () => {
    for (const t of ['（二）依申请公开。全年共收到申请44件，上年结转3件，法定期限内予以答复44件，结转下年度2件。', '（二）依申请公开。全年共收到申请44件，法定期限内予以答复40件，结转下年度2件。']) {
      expect(keys(t)).toEqual([]);
      expect(sums(t)[0]).toMatch(/^skip\|.*法定期限内答复的/);
    }
    expect(sums('（二）依申请公开。全年共收到申请44件，上年结转3件，办结45件，其中法定期限内予以答复43件，结转下年度2件。'))
      .toEqual(['pass|44件+3件 = 45件+2件 = 47件（收支平衡）']);
  });
  it('with a table 三: an in-time count is not held to the table\'s 办结', () => {
    const r = withTables('（二）依申请公开。全年共收到申请86件，上年结转5件，法定期限内予以答复80件，结转下年度3件。');
    expect(findingKeys(r)).toEqual([]);
  });
});

describe('recall38 5: a form\'s blanks one short with no 其他, and the plain twin of the 信息公开目录 list', () => {
  // A form's items are the form-writer's choice, not the law's: like a plain 其中 list with no 其他
  // item, one short of its whole may have left a kind out (a skip); closed by 其他, it is an error
  it('a bracket list one short, open: a skip, as its plain twin', () => {
    for (const t of [
      '（一）主动公开。全年主动公开政府信息（1500）条，其中工作动态（900）条，通知公告（400）条，人事信息（199）条。',
      '（一）主动公开。全年主动公开政府信息1500条，其中工作动态900条，通知公告400条，人事信息199条。',
    ]) {
      expect(keys(t)).toEqual([]);
      expect(outcome(t)).toEqual(['skip']);
    }
    expect(keys('（一）主动公开。全年主动公开政府信息（1500）条，其中工作动态（900）条，通知公告（400）条，其他信息（199）条。')).toEqual(['text.parts-sum:error:1499:1500']);
  });
  it('"其中：A、B，信息公开目录C" with plain figures: read without the item after the ，too (it was an error)', () => {
    const text = '（一）主动公开。一是通过门户网站发布政务信息1360条，其中：概况类信息30条、政务动态信息1290条，信息公开目录410条。';
    expect(keys(text)).toEqual([]);
    expect(sums(text)).toEqual(['skip|所列各项之和1320条小于总数1360条，列举可能不完整']);
    // the twins: items all joined alike, or the item after the ，an 其他 that closes the list
    expect(keys('（一）主动公开。通过门户网站发布政务信息1360条，其中：概况类信息30条、政务动态信息1290条、信息公开目录410条。')).toEqual(['text.parts-sum:error:1730:1360']);
    expect(keys('（一）主动公开。通过门户网站发布政务信息1360条，其中：概况类信息30条、政务动态信息1290条，其他信息410条。')).toEqual(['text.parts-sum:error:1730:1360']);
  });
});

describe('recall38 6: a 其中 whose clause holds no item of the whole\'s counter (a real page\'s false error)', () => {
  // Seen on a real 2025 city bureau's page: "…信息…条，其中公开行政规范性文件…件，发布政策解读材料…件；
  // 微信公众号、官方抖音号分别发布信息…条、…条" was an error, the two channels' counts against the site's
  it('the counts past the ；are another statement: a skip', () => {
    const text = '（一）主动公开。全年通过门户网站公开发布各类信息180条，其中公开规范性文件3件，发布政策解读6件；微信公众号、视频号分别发布信息210条、45条。';
    expect(keys(text)).toEqual([]);
    expect(outcome(text)).toEqual(['skip']);
  });
  it('the twin with its items in the clause is still read', () => {
    expect(keys('（一）主动公开。全年通过门户网站公开发布各类信息180条，其中工作动态120条，通知公告70条；微信公众号发布信息210条。')).toEqual(['text.parts-sum:error:190:180']);
  });
});
