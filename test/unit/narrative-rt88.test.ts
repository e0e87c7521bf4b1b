/**
 * rt88 (session 61): a red team of rt86's readings in other contexts (narrative-rt88-sentences.ts: 72 true paragraphs, each with a wrong
 * twin, with word-2021-consistent's tables and without). On main 27168e7: 6 true paragraphs flagged (errors), 24 twins missed, 7 twins
 * a false pass of two intakes' sum. Fixed:
 * A. rt86's 新收/接收/接到 in NEW_STATEMENT cut lists whose items open on them: the ；-clause is the list's next item where it is of
 *    the first item's dimension (qizhong-ends.ts sameDimension: "其中：接到当面申请5件；接收网上申请48件；…"), and a list that may stop
 *    at its ； is judged by the reading that stops there when it has two items (parts-qizhong.ts: "…通知公告274件；接收市民来信…");
 *    "；接到政府信息公开申请64件" is the applications' intake stated anew, compared (intakes-beside.ts appsStatedAnew);
 * B. every kind's whole whose 其中 names the applications ("…1260件；其中新收政府信息公开申请62件", "其中依申请公开62件") is no 新收,
 *    its item compared in its stead (intakes-beside.ts everyKindOverApps);
 * C. an intake after the 新收 is summed with it only when the words since the figure before it say it comes beside (另有/另外/此外/
 *    还通过/除此以外/加上), not 另/还/以外 in other words ("除…12件以外", "还增加", "另行制作", "另有上年结转4件，…");
 * D. the rest's list ends at a rest of its own ("其余31件中有15件…，其他16件中…": 15 + 16, and the 16's own list), "余N件结转下年度".
 */
import { describe, expect, it } from 'vitest';
import { checksOf, findingKeys } from './narrative-tables.ts';
import { rt78Page as run, type Head } from './narrative-rt78-sentences.ts';
import { RT88 } from './narrative-rt88-sentences.ts';

/** Each page read once (the twins' checks are read again for their sums). */
const seen = new Map<string, ReturnType<typeof run>>();
const rt78Page = (h: Head, t: string, tables = true): ReturnType<typeof run> => {
  const key = `${h}${tables ? 1 : 0}${t}`;
  if (!seen.has(key)) seen.set(key, run(h, t, tables));
  return seen.get(key)!;
};

/** Word-pasted variants of the fixed shapes (full-width digits, blanks): [heading, true, twin, the twin's findings with the tables]. */
const MORE: readonly (readonly [Head, string, string, readonly string[]])[] = [
  ['o', '全年共受理各类申请１２６０件；其中新收政府信息公开申请６２件，上年结转４件，办结６３件，结转下年度３件。', '全年共受理各类申请１２６０件；其中新收政府信息公开申请６４件，上年结转４件，办结６３件，结转下年度３件。', ['text.vs-table:error:62:64']],
  ['b', '全年新收政府信息公开申请 62 件，其中：接到当面申请 5 件；接收网上申请 48 件；收到信函申请 9 件。', '全年新收政府信息公开申请 62 件，其中：接到当面申请 5 件；接收网上申请 48 件；收到信函申请 19 件。', ['text.parts-sum:error:72:62']],
  ['b', '全年共办结申请６３件，其中予以公开３２件，其余３１件中有１５件属于无法提供，其他１６件中部分公开７件、不予公开５件、不予处理３件、其他处理１件。', '全年共办结申请６３件，其中予以公开３２件，其余３１件中有１５件属于无法提供，其他１６件中部分公开７件、不予公开６件、不予处理３件、其他处理１件。', ['text.parts-sum:error:17:16']],
  ['o', '全年新收政府信息公开申请６２件，较上年还增加８件，通过网上平台收到申请５０件。', '全年新收政府信息公开申请１２件，较上年还增加８件，通过网上平台收到申请５０件。', ['text.vs-table:error:62:12']],
  ['a', '全年主动公开政府信息 1250 件，其中政策文件 126 件，工作动态 860 件，通知公告 264 件；接收市民来信咨询 40 件。', '全年主动公开政府信息 1250 件，其中政策文件 126 件，工作动态 860 件，通知公告 274 件；接收市民来信咨询 40 件。', ['text.parts-sum:error:1260:1250']],
];

describe('rt88: true paragraphs raise nothing, with the tables and without', () => {
  const cases = [...RT88.map(([h, t], i) => [`${i}`, h, t] as const), ...MORE.map(([h, t], k) => [`more ${k}`, h, t] as const)];
  it.each(cases)('%s', (_i, h, t) => {
    expect(findingKeys(rt78Page(h, t)), t).toEqual([]);
    expect(findingKeys(rt78Page(h, t, false)), t).toEqual([]);
  });
});

/** [index into RT88, the twin's findings with the tables, without] or [index, why it is missed]. */
const TWINS: readonly (readonly [number, readonly string[], readonly string[]] | readonly [number, string])[] = [
  [0, ["text.parts-sum:error:72:62"], ["text.parts-sum:error:72:62"]],
  [1, ["text.parts-sum:error:72:62"], ["text.parts-sum:error:72:62"]],
  [2, ["text.parts-sum:error:72:62"], ["text.parts-sum:error:72:62"]],
  [3, ["text.parts-sum:error:72:62"], ["text.parts-sum:error:72:62"]],
  [4, ["text.parts-sum:error:72:62"], ["text.parts-sum:error:72:62"]],
  [5, ["text.parts-sum:error:72:62"], ["text.parts-sum:error:72:62"]],
  [6, ["text.parts-sum:error:72:62"], ["text.parts-sum:error:72:62"]],
  [7, ["text.parts-sum:error:73:63", "text.vs-table:error:15:25"], ["text.parts-sum:error:73:63"]],
  [8, ["text.parts-sum:error:73:63", "text.vs-table:error:3:13"], ["text.parts-sum:error:73:63"]],
  [9, ["text.vs-table:error:1:2"], []],
  [10, ["text.parts-sum:error:7:6"], ["text.parts-sum:error:7:6"]],
  [11, "\"一审判决驳回诉讼请求3件；撤诉2件；尚未审结1件\" of 5: a judgment and a withdrawal may count one suit twice (parts-judge.ts suitsSameCases), a skip, as on main"],
  [12, "\"其中：召开新闻发布会8场；举办政府开放日活动4场；组织在线访谈8场\": items opening on three different verbs of doing, no dimension read for them (item-dimensions.ts), so the ；-clauses may be statements of their own: a skip, as on main"],
  [13, ["text.parts-sum:error:1260:1250"], ["text.parts-sum:error:1260:1250"]],
  [14, ["text.parts-sum:error:1260:1250"], ["text.parts-sum:error:1260:1250"]],
  [15, ["text.parts-sum:error:1260:1250"], ["text.parts-sum:error:1260:1250"]],
  [16, ["text.parts-sum:error:1240:1250"], ["text.parts-sum:error:1240:1250"]],
  [17, ["text.parts-sum:error:64:63", "text.vs-table:error:7:8"], ["text.parts-sum:error:64:63"]],
  [18, ["text.parts-sum:error:64:63", "text.vs-table:error:32:33"], ["text.parts-sum:error:64:63"]],
  [19, ["text.vs-table:error:1:2"], []],
  [20, ["text.vs-table:error:1:2"], []],
  [21, ["text.vs-table:error:63:62"], ["text.parts-sum:error:66:65"]],
  [22, ["text.vs-table:error:62:64"], []],
  [23, ["text.parts-sum:error:72:62"], ["text.parts-sum:error:72:62"]],
  [24, ["text.parts-sum:error:72:62"], ["text.parts-sum:error:72:62"]],
  [25, ["text.parts-sum:error:72:62"], ["text.parts-sum:error:72:62"]],
  [26, [], ["text.parts-sum:error:66:68"]], // (with the tables the 办结 65 after the 其中 item may be a part's: vs-table mayBeOfPart; on main the true paragraph was flagged 62:1260)
  [27, ["text.vs-table:error:62:64"], ["text.parts-sum:error:64:66"]],
  [28, "\"…办结1250件；其中新收政府信息公开申请62件，办结65件\": the 65 after the 其中 item may be a part's (vs-table mayBeOfPart), and the 1250 every kind's; no flow without the 上年结转 — as on main, where the true paragraph was flagged 62:1260 and 63:1250"],
  [29, ["text.vs-table:error:63:65"], []],
  [30, [], ["text.parts-sum:error:62:68"]], // (with the tables the 结转 5 after the 其中 item may be a part's; on main the true paragraph was flagged 62:1260)
  [31, ["text.vs-table:error:62:64"], []],
  [32, ["text.parts-sum:error:64:62"], ["text.parts-sum:error:64:62"]],
  [33, ["text.vs-table:error:62:65"], []],
  [34, ["text.vs-table:error:63:65"], []],
  [35, "\"其中政府信息公开申请办结65件\" under every kind's 办结: a part's 办结, not compared (vs-table mayBeOfPart); on main its true paragraph was flagged 62:1260"],
  [36, ["text.parts-sum:error:62:12", "text.vs-table:error:62:12"], ["text.parts-sum:error:62:12"]],
  [37, ["text.vs-table:error:62:12"], []],
  [38, ["text.vs-table:error:62:12"], []],
  [39, ["text.vs-table:error:62:52"], []],
  [40, ["text.vs-table:error:62:52"], []],
  [41, ["text.vs-table:error:62:52"], []],
  [42, ["text.vs-table:error:62:48"], []],
  [43, ["text.parts-sum:error:64:62"], ["text.parts-sum:error:64:62"]],
  [44, ["text.parts-sum:error:64:62"], ["text.parts-sum:error:64:62"]],
  [45, ["text.vs-table:error:62:12"], []],
  [46, ["text.vs-table:error:62:12"], []],
  [47, ["text.vs-table:error:62:12"], []],
  [48, ["text.parts-sum:error:32:31", "text.vs-table:error:15:16"], ["text.parts-sum:error:32:31"]],
  [49, ["text.parts-sum:error:25:24"], ["text.parts-sum:error:25:24"]],
  [50, ["text.parts-sum:error:25:24"], ["text.parts-sum:error:25:24"]],
  [51, "\"当面、网上、信函申请分别为5件、48件、19件\" after a plain whole: a respectively list is not read as the whole's parts, as on main"],
  [52, "\"全年新收申请62件，分别为当面申请5件、…\": 分别为 after a plain whole opens no list (only after a rest: parts-breakdowns.ts), as on main"],
  [53, ["text.parts-sum:error:64:63"], ["text.parts-sum:error:64:63"]],
  [54, ["text.parts-sum:error:40:31", "text.vs-table:error:15:35"], ["text.parts-sum:error:40:31"]],
  [55, "\"余下31件中无法提供35件，其他为…\": one item, the rest in words without figures, as on main"],
  [56, ["text.parts-sum:error:64:63", "text.vs-table:error:1:2"], ["text.parts-sum:error:64:63"]],
  [57, ["text.parts-sum:error:270:260"], ["text.parts-sum:error:270:260"]],
  [58, ["text.parts-sum:error:25:24"], ["text.parts-sum:error:25:24"]],
  [59, "\"剩余3件中途被申请人撤回\": withdrawn, no word of the rest closed or open (parts-rest.ts), as on main"],
  [60, ["text.parts-sum:error:6:5"], ["text.parts-sum:error:6:5"]],
  [61, ["text.parts-sum:error:9:8"], ["text.parts-sum:error:9:8"]],
  [62, ["text.parts-sum:error:9:8"], ["text.parts-sum:error:9:8"]],
  [63, ["text.parts-sum:error:12:11"], ["text.parts-sum:error:12:11"]],
  [64, ["text.parts-sum:error:17:16"], ["text.parts-sum:error:17:16"]],
  [65, "\"其余31件中涉及征地拆迁的20件、涉及规划建设的18件\": topics may overlap (parts-judge.ts topicsOverlap), a skip, as on main"],
  [66, ["text.parts-sum:error:15:14"], ["text.parts-sum:error:15:14"]],
  [67, ["text.vs-table:error:1:2"], []],
  [68, [], ["text.parts-sum:error:66:68"]], // (with the tables "余5件" is read by no row: the flow without them, since rt88)
  [69, ["text.parts-sum:error:4:3"], ["text.parts-sum:error:4:3"]],
  [70, ["text.vs-table:error:1:2"], []],
  [71, ["text.parts-sum:error:12:11"], ["text.parts-sum:error:12:11"]],
];

describe('rt88: wrong twins caught, or kept with their reasons', () => {
  it.each(TWINS.map((x) => [x[0], x] as const))('%i', (i, x) => {
    const [h, , w] = RT88[i]!;
    const got = [findingKeys(rt78Page(h, w)), findingKeys(rt78Page(h, w, false))];
    if (x.length === 2) expect(got, x[1]).toEqual([[], []]);
    else expect(got, w).toEqual([x[1], x[2]]);
  });
  it.each(MORE.map(([h, , w, keys], k) => [k, h, w, keys] as const))('more %i', (_k, h, w, keys) => {
    expect(findingKeys(rt78Page(h, w)), w).toEqual(keys);
  });
  it('no twin is a pass of two intakes\' sum (另/还/以外 in other words: the intake after the 新收 is among it)', () => {
    const sums = RT88.flatMap(([h, , w]) => checksOf(rt78Page(h, w), 'text.vs-table').filter((c) => /^pass .*\+/.test(c)));
    expect(sums).toEqual([]);
  });
  it('an intake said to come beside the 新收 is still summed, quoting both', () => {
    expect(checksOf(rt78Page('o', RT88[39]![1]), 'text.vs-table')[0]).toBe('pass 52件+10件 = 表三“本年新收” 62');
    expect(checksOf(rt78Page('o', RT88[40]![1]), 'text.vs-table')[0]).toBe('pass 52件+10件 = 表三“本年新收” 62');
    expect(checksOf(rt78Page('o', RT88[41]![1]), 'text.vs-table')[0]).toBe('pass 52件+10件 = 表三“本年新收” 62');
  });
  it('every kind\'s whole over the applications: its 其中 item is compared in its stead, the whole is not', () => {
    expect(checksOf(rt78Page('o', RT88[26]![1]), 'text.vs-table')[0]).toBe('pass 62件 = 表三“本年新收” 62');
    expect(checksOf(rt78Page('o', RT88[30]![1]), 'text.vs-table')[0]).toBe('pass 62件 = 表三“本年新收” 62');
  });
  it('the rest of the rest: 15 + 16 of the 31, and 7 + 5 + 3 + 1 of the 16', () => {
    expect(checksOf(rt78Page('b', RT88[64]![1], false), 'text.parts-sum')).toEqual(['pass 32件+31件 = 63件', 'pass 15件+16件 = 31件', 'pass 7件+5件+3件+1件 = 16件']);
  });
});
