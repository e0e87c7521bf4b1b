/**
 * txt93 (session 63): the text readings session 62 left. [heading, true paragraph, wrong twin] with word-2021-consistent's tables
 * (新收62 · 上年结转4 · 办结63: 公开32 部分7 不予5 无法15 不予处理3 其他1 · 结转3) and without; "|" splits paragraphs, each pasted as
 * Word gives it (narrative-rt78-sentences.ts: digits in spans, an <o:p>); "<br>" is a line break inside one.
 */
import type { Head } from './narrative-rt78-sentences.ts';

const LIST = '全年共办结申请63件，分别为予以公开32件、部分公开7件、不予公开5件、无法提供15件、不予处理3件';
const SHORT = '全年共办结申请63件，分别为予以公开31件、部分公开7件、不予公开5件、无法提供15件、不予处理3件';
const PLAIN = '全年共办结政府信息公开申请63件，予以公开32件，部分公开7件，不予公开5件，无法提供15件，不予处理3件';
const PLAIN_SHORT = '全年共办结政府信息公开申请63件，予以公开31件，部分公开7件，不予公开5件，无法提供15件，不予处理3件';
const WIDE = '全年共办结申请６３件，分别为予以公开３２件、部分公开７件、不予公开５件、无法提供１５件、不予处理３件';
const WIDE_SHORT = '全年共办结申请６３件，分别为予以公开３１件、部分公开７件、不予公开５件、无法提供１５件、不予处理３件';

/**
 * 1. The rest of a list in the very next block (a new <p>, a <br>): on main a false 62:63 (the sentence after read in the
 * paragraph only). True: silent; twin (an item one short): 62 of 63, an error.
 */
export const REST_NEXT_BLOCK: readonly (readonly [Head, string, string])[] = [
  ['b', `${LIST}。|其他处理1件。`, `${SHORT}。|其他处理1件。`],
  ['b', `${LIST}。<br>其他处理1件。`, `${SHORT}。<br>其他处理1件。`],
  ['b', `${LIST}。|另有1件因申请人逾期未补正作其他处理。`, `${SHORT}。|另有1件因申请人逾期未补正作其他处理。`],
  ['b', `${WIDE}。|其他处理１件。`, `${WIDE_SHORT}。|其他处理１件。`],
  ['b', `${LIST}。|因申请人撤回申请，作其他处理1件。`, `${SHORT}。|因申请人撤回申请，作其他处理1件。`],
  ['b', `${LIST}。|1件转为信访件办理。`, `${SHORT}。|1件转为信访件办理。`],
  ['b', `${LIST}。<br>其余1件为其他处理。`, `${SHORT}。<br>其余1件为其他处理。`],
  // (a withdrawal alone in the next block: withdrawn-next.ts's reading, as in one paragraph)
  ['b', `${LIST}。|申请人撤回申请1件。`, `${SHORT}。|申请人撤回申请1件。`],
];

/**
 * 1, wrong twins: the next block is no rest of the list — a heading, a new subject (the year, 本年度, a topic lead), a long
 * paragraph of its own, or a block two away: the list (其他处理 left off, 62 of 63) stays an error, as on main.
 */
export const REST_NOT_NEXT: readonly string[] = [
  `${LIST}。|三、其他处理1件。`,
  `${LIST}。|（三）其他处理1件。`,
  `${LIST}。|本年度共处理群众来信1件。`,
  `${LIST}。|全年处理网民留言1件。`,
  `${LIST}。|2024年处理来访1件。`,
  `${LIST}。|行政复议方面，处理复议案件1件。`,
  `${LIST}。|此外，我局还认真落实政务公开各项工作要求，全年组织政务公开业务培训，其中处理群众诉求1件，累计接待来访群众46人次，群众满意率100%。`,
  `${LIST}。|我局高度重视依申请公开工作。|其他处理1件。`,
];

/** 2. Two intakes across a <br> or a new <p> after a 。: a warning stating the sum (as rt92 made it in one paragraph); twin an error. */
const FLOW = '上年结转4件，办结63件，结转下年度3件。';
export const INTAKE_NEXT_BLOCK: readonly (readonly [Head, string, string])[] = [
  ['o', `全年经12345热线收到申请10件。<br>新收政府信息公开申请52件，${FLOW}`, `全年经12345热线收到申请10件。<br>新收政府信息公开申请50件，${FLOW}`],
  ['o', `全年经12345热线收到申请10件。|新收政府信息公开申请52件，${FLOW}`, `全年经12345热线收到申请10件。|新收政府信息公开申请51件，${FLOW}`],
  ['o', `全年经１２３４５热线收到申请１０件。|新收政府信息公开申请５２件，上年结转４件，办结６３件，结转下年度３件。`, `全年经１２３４５热线收到申请１０件。|新收政府信息公开申请５３件，上年结转４件，办结６３件，结转下年度３件。`],
  ['o', `全年新收政府信息公开申请52件，${FLOW}|此外，经12345热线转来申请10件。`, `全年新收政府信息公开申请52件，${FLOW}|此外，经12345热线转来申请12件。`],
  ['o', `全年通过区长信箱收到申请10件，均已按时答复。<br>本年度新收政府信息公开申请52件，${FLOW}`, `全年通过区长信箱收到申请10件，均已按时答复。<br>本年度新收政府信息公开申请55件，${FLOW}`],
];

/** 2, rt91's exclusions across the block: still errors (62:52 with the tables, 56:66 without). */
export const INTAKE_NOT_BESIDE: readonly string[] = [
  `2023年通过12345热线收到申请10件。|2024年新收政府信息公开申请52件，${FLOW}`,
  `全年接到咨询申请10件。|新收政府信息公开申请52件，${FLOW}`,
  `全年收到信访举报申请10件。<br>新收政府信息公开申请52件，${FLOW}`,
  `区政府办公室全年收到申请10件。|新收政府信息公开申请52件，${FLOW}`,
  `全年通过政务服务大厅收到办事申请10件。|新收政府信息公开申请52件，${FLOW}`,
  `全年新收政府信息公开申请52件，${FLOW}|经12345热线转来申请10件，已计入新收。`,
  // (the sentence after not said beside, a heading's block, a block two away)
  `全年新收政府信息公开申请52件，${FLOW}|经12345热线转来申请10件。`,
  `全年经12345热线收到申请10件。|（二）新收政府信息公开申请52件，${FLOW}`,
  `全年经12345热线收到申请10件。|我局高度重视依申请公开工作。|新收政府信息公开申请52件，${FLOW}`,
];

/**
 * 3. A list that goes on with a count (另有 / 剩余 / the next sentence or block): the count is the list's item. On main the list
 * without it passed where it made the whole (a wrong item hidden: 33 + 7 + 5 + 15 + 3 = 63, the 1 left out); now 64 of 63.
 */
export const REST_COUNTED: readonly (readonly [Head, string, string])[] = [
  ['b', `${LIST}，另有1件作其他处理。`, `${LIST.replace('32件', '33件')}，另有1件作其他处理。`],
  ['b', `${LIST}。另有1件作其他处理。`, `${LIST.replace('7件', '8件')}。另有1件作其他处理。`],
  ['b', `${LIST}，剩余1件为其他处理。`, `${LIST.replace('15件', '16件')}，剩余1件为其他处理。`],
  ['b', `${PLAIN}，另有1件作其他处理。`, `${PLAIN.replace('不予处理3件', '不予处理4件')}，另有1件作其他处理。`],
  ['b', `${LIST}。|其他处理1件。`, `${LIST.replace('5件', '6件')}。|其他处理1件。`],
  ['b', `${LIST}。<br>另有1件因申请人逾期未补正作其他处理。`, `${LIST.replace('32件', '33件')}。<br>另有1件因申请人逾期未补正作其他处理。`],
];
/** 3: a withdrawal said beside with 另有 may stand outside the whole (parts-judge.ts): summed past it, a skip that says so — no longer a pass. */
export const WITHDRAWN_BESIDE = `${LIST.replace('32件', '33件')}。<br>另有1件因申请人撤回申请作其他处理。`;

/**
 * 3, kept: what goes on is no plain item — carried on, a part of an item (其中), a result already listed, a rest of no count, a
 * list with a 其他 of its own: the list short of its whole stays a skip (a 分别为 list) or silent; not summed.
 */
export const REST_NOT_COUNTED: readonly string[] = [
  `${PLAIN_SHORT}，另有1件结转下年度办理。`,
  `${SHORT}，其余为其他处理。`,
  `${LIST}、其他处理1件，另有1件转其他机关办理。`,
  `${SHORT}，另有1件（其中撤回1件）作其他处理。`,
  `${SHORT}，另有不予处理1件尚在复核。`,
];

/** 4. A count over several years after a 其中 list is no item of this year's ("近三年累计公开…4000条": 5020 of 1250 on main). */
export const SEVERAL_YEARS: readonly (readonly [Head, string, string])[] = [
  ['a', '全年主动公开政府信息1250条，其中政策文件350条，工作动态900条，近三年累计公开4000条。', '全年主动公开政府信息1250条，其中政策文件350条，工作动态1000条，近三年累计公开4000条。'],
  ['a', '全年主动公开政府信息1250条，其中政策文件350条，工作动态900条，三年来累计公开政府信息4000条。', '全年主动公开政府信息1250条，其中政策文件450条，工作动态900条，三年来累计公开政府信息4000条。'],
  ['a', '全年主动公开政府信息１２５０条，其中政策文件３５０条，工作动态９００条，近５年共公开政府信息６０００条。', '全年主动公开政府信息１２５０条，其中政策文件３５０条，工作动态９１０条，近５年共公开政府信息６０００条。'],
  ['a', '全年主动公开政府信息1250条，其中政策文件350条、工作动态900条；过去两年累计公开2600条。', '全年主动公开政府信息1250条，其中政策文件350条、工作动态990条；过去两年累计公开2600条。'],
];
