/**
 * fix82 (session 60): the four true paragraphs rt81 left flagged by other readings (RT81_LEFT), and their neighbours.
 * - A whole of other work, then the applications' 新收 and 上年结转 ("全年收到群众来信120件，受理12345热线工单2356件，新收政府
 *   信息公开申请62件，上年结转4件…": 2356 against 62 + 4) and a whole that is one channel's ("全年收到群众来信申请公开政府信息
 *   10件，通过网上平台新收…52件，上年结转4件…": 10 against 52 + 4) were read as a whole holding the two (new-and-carried.ts).
 * - "经12345热线转来申请8件，通过在线平台新收…54件，上年结转4件…" read 54 alone as the intake, the 8 no term (flow-balance.ts:
 *   applications forwarded in are one more intake, the flow not read).
 * - "全年共收到申请62件，其中通过…窗口受理20件、网上申请42件，上年结转4件…" summed the 上年结转 after the list of channels
 *   (qizhong-carried.ts carriedFromTurn: the list may end before it).
 * The two left to other readings (text-vs-table.ts) are silent since fix86 (session 61), in TRUE.
 * The tables are word-2021-consistent's (新收62 · 上年结转4 · 办结63 · 结转3), the report's year 2024 (rt78Page); each
 * paragraph Word-pasted (every run of digits in its own span, an <o:p> at the end).
 */
import { describe, expect, it } from 'vitest';
import { findingKeys } from './narrative-tables.ts';
import { rt78Page, type Head } from './narrative-rt78-sentences.ts';

/** [heading, true paragraph]: silent with the tables and without. */
const TRUE: readonly (readonly [Head, string])[] = [
  // 0–3: rt81's four (RT81_LEFT)
  ['o', '全年收到群众来信120件，受理12345热线工单2356件，新收政府信息公开申请62件，上年结转4件，办结63件，结转下年度3件。'],
  ['b', '本年度经12345热线转来申请8件，通过在线平台新收政府信息公开申请54件，上年结转4件，办结63件，结转下年度3件。'],
  ['o', '全年收到群众来信申请公开政府信息10件，通过网上平台新收政府信息公开申请52件，上年结转4件，办结63件，结转下年度3件。'],
  ['o', '依申请公开方面，全年共收到申请62件，其中通过政务服务中心窗口受理20件、网上申请42件，上年结转4件，办结63件，结转下年度3件。'],
  // 4–13: other work's whole, then the applications' 新收 and 上年结转
  ['o', '全年受理群众诉求2356件，新收政府信息公开申请62件，上年结转4件，办结63件，结转下年度3件。'],
  ['o', '全年受理信访事项268件，新收政府信息公开申请62件，上年结转4件，办结63件，结转下年度3件。'],
  ['o', '全年办理人大代表建议86件，收到政府信息公开申请62件，上年结转4件，办结63件，结转下年度3件。'],
  ['o', '全年受理行政许可事项3256件，新收政府信息公开申请62件，上年结转4件，办结63件，结转下年度3件。'],
  ['o', '全年接到12345热线工单2.1万件，新收政府信息公开申请62件，上年结转4件，办结63件，结转下年度3件。'],
  ['o', '政务服务大厅全年受理申请1260件，新收政府信息公开申请62件，上年结转4件，办结63件，结转下年度3件。'],
  ['o', '全年受理群众来信来访86件，本年度新收政府信息公开申请62件，上年结转4件，办结63件，结转下年度3件。'],
  ['o', '全年收到网民留言320件，新收政府信息公开申请62件，上年结转4件，办结63件，结转下年度3件。'],
  ['o', '全年受理群众诉求２３５６件，新收政府信息公开申请６２件，上年结转４件。'],
  ['o', '全年受理行政复议申请5件，新收政府信息公开申请62件，上年结转4件，办结63件，结转下年度3件。'],
  // 14–20: two ways in, peers: a channel's whole, a channel's 新收; applications forwarded in, or a way of applying, beside the 新收;
  // other work's whole and a bare 新收申请
  ['o', '全年以信函方式收到申请10件，新收网上申请52件，上年结转4件，办结63件，结转下年度3件。'],
  ['o', '全年通过当面方式受理申请10件，通过网上平台新收申请52件，上年结转4件，办结63件，结转下年度3件。'],
  ['o', '全年收到群众来信申请公开政府信息 10 件，通过网上平台新收政府信息公开申请 52 件，上年结转 4 件，办结 63 件，结转下年度 3 件。'],
  ['b', '本年度市政府办公室转来申请8件，新收政府信息公开申请54件，上年结转4件，办结63件，结转下年度3件。'],
  ['b', '本年度经信访渠道转送申请8件，通过网站新收政府信息公开申请54件，上年结转4件，办结63件，结转下年度3件。'],
  ['o', '全年通过网上平台收到申请42件，信函申请20件，上年结转4件，办结63件，结转下年度3件。'],
  ['o', '全年受理群众诉求2356件，新收申请62件，上年结转4件，办结63件，结转下年度3件。'],
  // 21–30: a 其中 list of the ways in (channels, applicants), then 上年结转 and the flow's other terms
  ['o', '依申请公开方面，全年共受理申请62件，其中通过政务服务中心窗口受理20件、网上申请42件，上年结转4件，办结63件，结转下年度3件。'],
  ['o', '全年共收到政府信息公开申请62件，其中网上申请42件，信函申请20件，上年结转4件，办结63件，结转下年度3件。'],
  ['o', '全年共收到政府信息公开申请62件，其中自然人申请58件，法人或其他组织申请4件，上年结转4件，办结63件，结转下年度3件。'],
  ['o', '全年共收到政府信息公开申请62件，其中当面申请10件、网上申请40件、信函申请12件，另有上年结转4件，共办结63件，结转下年度3件。'],
  ['o', '全年新收政府信息公开申请62件，其中网上申请42件、信函申请20件，上年结转申请4件，办结63件，结转下年度3件。'],
  ['o', '全年共收到政府信息公开申请62件，其中网上申请42件，信函申请18件，上年结转4件，办结63件，结转下年度3件。'],
  ['o', '全年共收到政府信息公开申请62件，其中通过12345热线转来20件、网站申请42件，上年结转4件，办结63件，结转下年度3件。'],
  ['o', '全年共受理政府信息公开申请66件，其中当面申请10件，网上申请52件，上年结转4件，办结63件，结转下年度3件。'],
  ['o', '依申请公开方面，全年共收到申请６２件，其中通过政务服务中心窗口受理２０件、网上申请４２件，上年结转４件，办结６３件，结转下年度３件。'],
  ['o', '依申请公开方面，全年共收到申请62件，其中通过政务服务中心窗口受理20件，网上申请42件；上年结转4件，办结63件，结转下年度3件。'],
  // 31–32: left by fix82 (text-vs-table's), silent since fix86 (intakes-beside.ts): every kind's whole beside the applications' 新收,
  // and the hotline's 10 beside the 52 (10 + 52 = 表三's 新收 62, a pass that says the sum)
  ['o', '全年共受理各类申请1260件，新收政府信息公开申请62件，上年结转4件，办结63件，结转下年度3件。'],
  ['o', '全年经12345热线收到申请10件，新收政府信息公开申请52件，上年结转4件，办结63件，结转下年度3件。'],
];

describe('fix82: true paragraphs raise nothing, with the tables and without', () => {
  it.each(TRUE.map(([h, t], i) => [i, h, t] as const))('%i', (_i, h, t) => {
    expect(findingKeys(rt78Page(h, t)), t).toEqual([]);
    expect(findingKeys(rt78Page(h, t, false)), t).toEqual([]);
  });
});

/** [heading, wrong twin, findings with the tables, without], or why it is missed. */
const TWINS: readonly (readonly [Head, string, readonly string[], readonly string[]] | readonly [Head, string, string])[] = [
  ['o', '全年收到群众来信120件，受理12345热线工单2356件，新收政府信息公开申请62件，上年结转4件，办结63件，结转下年度5件。', ['text.vs-table:error:3:5'], ['text.parts-sum:error:66:68']],
  ['o', '全年收到群众来信120件，受理12345热线工单2356件，新收政府信息公开申请72件，上年结转4件，办结63件，结转下年度3件。', ['text.vs-table:error:62:72'], ['text.parts-sum:error:76:66']],
  ['b', '本年度经12345热线转来申请8件，通过在线平台新收政府信息公开申请54件，上年结转4件，办结63件，结转下年度5件。',
    'two intakes, the 8 forwarded in and the 54 new: whose sum the year\'s intake is the words do not say (the 8 may be among the 54), the flow not read'],
  ['o', '全年收到群众来信申请公开政府信息10件，通过网上平台新收政府信息公开申请52件，上年结转4件，办结63件，结转下年度5件。',
    'two channels\' intakes, a term named twice (the flow not read), and vs-table takes the counts after a channel for that part\'s (rt81\'s MISS.channel)'],
  ['o', '依申请公开方面，全年共收到申请62件，其中通过政务服务中心窗口受理20件、网上申请44件，上年结转4件，办结63件，结转下年度3件。', ['text.parts-sum:error:64:62'], ['text.parts-sum:error:64:62']],
  ['o', '依申请公开方面，全年共收到申请62件，其中通过政务服务中心窗口受理20件、网上申请42件，上年结转4件，办结63件，结转下年度5件。', [], ['text.parts-sum:error:66:68']],
  ['o', '依申请公开方面，全年共收到申请62件，其中通过政务服务中心窗口受理20件、网上申请40件，上年结转4件，办结63件，结转下年度3件。',
    'the channels short of the whole: a list may leave a way out (no 其他 item), a skip'],
  ['o', '全年受理群众诉求2356件，新收政府信息公开申请62件，上年结转4件，办结63件，结转下年度5件。', ['text.vs-table:error:3:5'], ['text.parts-sum:error:66:68']],
  ['o', '全年共收到政府信息公开申请62件，其中网上申请42件，信函申请22件，上年结转4件，办结63件，结转下年度3件。', ['text.parts-sum:error:64:62'], ['text.parts-sum:error:64:62']],
  // the whole holding 新收 and 上年结转 is read as before (recall38)
  ['o', '全年共受理申请68件，本年度新收申请62件，上年结转4件，办结63件，结转下年度3件。', ['text.parts-sum:error:66:68', 'text.vs-table:error:62:68'], ['text.parts-sum:error:66:68']],
];

describe('fix82: wrong twins caught, or kept with their reasons', () => {
  it.each(TWINS.map((x, i) => [i, x] as const))('%i', (_i, x) => {
    const [h, w] = x;
    const got = [findingKeys(rt78Page(h, w)), findingKeys(rt78Page(h, w, false))];
    if (x.length === 3) expect(got, x[2]).toEqual([[], []]);
    else expect(got, w).toEqual([x[2], x[3]]);
  });
});
