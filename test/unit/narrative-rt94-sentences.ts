/**
 * rt94 (session 63): a red team of txt93's readings — a list's rest in the very next block and the counts a list goes on with
 * summed as its items. Paragraphs under "（二）依申请公开情况", "|" splitting blocks (each pasted as Word gives it: digits in spans, an
 * <o:p>), "<br>" a line break inside one. LIST5 is a list of five results that makes its whole (办结63 = 33+7+5+15+3: table 三 with
 * no 其他处理, TABLES_NO_OTHER); LIST6 the six of word-2021-consistent's table 三 (32+7+5+15+3+1).
 */
export const LIST5 = '全年共办结政府信息公开申请63件，分别为予以公开33件、部分公开7件、不予公开5件、无法提供15件、不予处理3件';
const WIDE5 = '全年共办结政府信息公开申请６３件，分别为予以公开３３件、部分公开７件、不予公开５件、无法提供１５件、不予处理３件';
export const LIST6_SHORT = '全年共办结申请63件，分别为予以公开31件、部分公开7件、不予公开5件、无法提供15件、不予处理3件、其他处理1件';
const LIST5_OF6 = '全年共办结申请63件，分别为予以公开32件、部分公开7件、不予公开5件、无法提供15件、不予处理3件';
const LIST5_OF6_SHORT = '全年共办结申请63件，分别为予以公开31件、部分公开7件、不予公开5件、无法提供15件、不予处理3件';

/**
 * 1. False flags on main (after txt93): a count the list goes on with that is no result — 咨询, the hotline's, still in hand, 延期,
 * other work of the next block — summed into a list that makes its whole (33+7+5+15+3 = 63), e.g. 63+12 = 75 of 63. Now silent,
 * as before txt93. [the true paragraph, main's sum]; each one's twin (予以公开34件: 64 of 63), an error before and after.
 */
export const NOT_ITEMS: readonly (readonly [string, number])[] = [
  // in the list's sentence
  [`${LIST5}，另有政府信息公开咨询12件，均已当场答复。`, 75],
  [`${LIST5}，另有3件处理中。`, 66],
  [`${LIST5}，另有3件按规定延期答复。`, 66],
  [`${LIST5}，另有12345热线转办政府信息公开类诉求3件。`, 66],
  [`${LIST5}，另有2件涉及第三方权益，已书面征求第三方意见。`, 65],
  [`${LIST5}，另有1件视为放弃申请（已计入上述数据）。`, 64],
  // the sentence after, in the paragraph
  [`${LIST5}。另有电话咨询12件，均已当场答复。`, 75],
  // the very next block (a Word <p>, a <br>, full-width digits)
  [`${LIST5}。|此外，处理群众来信3件。`, 66],
  [`${LIST5}。<br>同时，处理12345热线工单35件。`, 98],
  [`${LIST5}。|另外，通过其他渠道收到申请3件。`, 66],
  [`${LIST5}。|此外，受理投诉举报并转交相关部门处理2件。`, 65],
  [`${LIST5}。|另有电话咨询12件，均已当场答复。`, 75],
  [`${WIDE5}。|此外，处理群众来信３件。`, 66],
  [`${LIST5}。|此外，依法作出信息更正处理2件。`, 65],
  [`${LIST5}。|上述不予处理的申请中，1件转为信访件办理。`, 64],
];

/**
 * 2. False passes on main (after txt93): a wrong list (62 of 63) whose very next block is on another subject, read as its rest —
 * a skip ("列举可能不完整") or a pass where, unread (before txt93), it was an error 62:63. Now the error again. [the wrong paragraph,
 * main's outcome]; each one's true twin (予以公开32) is silent.
 */
export const OTHER_NEXT: readonly (readonly [string, string])[] = [
  [`${LIST6_SHORT}。|此外，处理群众来信3件。`, 'skip'],
  [`${LIST6_SHORT}。|其中不予处理的3件均为重复申请。`, 'skip'],
  [`${LIST6_SHORT}。|其中1件经行政复议后重新处理。`, 'skip'],
  [`${LIST6_SHORT}。<br>此外，转交信访部门处理来信3件。`, 'skip'],
  // (a 复议's or a suit's withdrawal is no application's: the list of five, 62 of 63, passed with it)
  [`${LIST5_OF6_SHORT.replace('31件', '32件')}。|行政复议申请人撤回申请1件。`, 'pass'],
  [`${LIST5_OF6_SHORT.replace('31件', '32件')}。|撤回行政诉讼1件。`, 'pass'],
];

/**
 * 3. A rest in a block wholly in brackets, a note: "（另有1件作其他处理）". On main (its figure in a bracket, no plain item) the list
 * went on by an amount unread: the true paragraph and its wrong twin (61 of 63) both a skip. Now summed: silent, and 62 of 63.
 */
export const NOTE_REST: readonly (readonly [string, string])[] = [
  [`${LIST5_OF6}。|（另有1件作其他处理）`, `${LIST5_OF6_SHORT}。|（另有1件作其他处理）`],
  [`${LIST5_OF6}。<br>（另有1件因申请人逾期未补正作其他处理。）`, `${LIST5_OF6_SHORT}。<br>（另有1件因申请人逾期未补正作其他处理。）`],
];

/** 4, held on main (guards): a rest said as how it ended still summed — a note "注：", 其余, a <br> (true, twin 64 of 63). */
export const STILL_ITEMS: readonly (readonly [string, string])[] = [
  [`${LIST5_OF6}。|注：另有1件作其他处理。`, `${LIST5_OF6.replace('32件', '33件')}。|注：另有1件作其他处理。`],
  [`${LIST5_OF6}，另有1件因申请人逾期未补正作其他处理。`, `${LIST5_OF6.replace('7件', '8件')}，另有1件因申请人逾期未补正作其他处理。`],
  [`${LIST5_OF6}。<br>其余1件转为信访件办理。`, `${LIST5_OF6.replace('15件', '16件')}。<br>其余1件转为信访件办理。`],
];

/**
 * 4, a rest said counted already ("已计入上述总数": in the whole or in an item, the reader cannot tell): the list goes on by an amount
 * unread — silent where it makes its whole with the rest or without (a pass on main, summed; rt94 reads it unread).
 */
export const COUNTED_ALREADY: readonly string[] = [
  `${LIST5_OF6}。|另有1件作其他处理，已计入上述总数。`,
  `${LIST5_OF6}，另有1件因申请人逾期未补正作其他处理（已计入上述数据）。`,
];

/**
 * 5, held on main (guards): a count of this year's after a 其中 list — "全年累计", "今年以来累计", "年内累计" — is no count over several
 * years (other-year.ts's CUMULATIVE_CLAUSE, txt93): still summed, 350+800+100 = 1250. (Its twin over the whole, 工作动态810, is a
 * skip as before txt93: a 累计 clause over the whole is read as a running total, parts-judge.)
 */
export const THIS_YEARS: readonly string[] = [
  '全年主动公开政府信息1250条，其中政策文件350条，工作动态800条，今年以来累计发布政策解读100条。',
  '全年主动公开政府信息1250条，其中政策文件350条，工作动态800条，全年累计发布政策解读100条。',
  '全年主动公开政府信息１２５０条，其中政策文件３５０条，工作动态８００条，年内累计发布政策解读１００条。',
  '全年主动公开政府信息1250条，其中政策文件350条，工作动态800条，年初以来累计发布政策解读100条。',
  '全年主动公开政府信息1250条，其中政策文件350条，工作动态800条，12月以来累计发布政策解读100条。',
];

/**
 * 5b. False flags on main (and before txt93): a running total over several years that other-year.ts's CUMULATIVE_CLAUSE did not
 * know — …以来 with no 自, 近年来, a span of years — summed as an item of the year's list (350+900+4000 = 5250 of 1250). Now left out:
 * silent; the twin (工作动态1000) 1350 of 1250, an error.
 */
export const SEVERAL_YEARS_MORE: readonly string[] = [
  '全年主动公开政府信息1250条，其中政策文件350条，工作动态900条，网站开通以来累计发布信息4万条。',
  '全年主动公开政府信息1250条，其中政策文件350条，工作动态900条，专栏开设以来累计公开4000条。',
  '全年主动公开政府信息1250条，其中政策文件350条，工作动态900条，“十四五”以来累计公开4000条。',
  '全年主动公开政府信息１２５０条，其中政策文件３５０条，工作动态９００条，近年来累计公开政府信息４０００条。',
  '全年主动公开政府信息1250条，其中政策文件350条，工作动态900条，2022—2024年累计公开4000条。',
];

/** 6, held on main (guards): another kind of intake in the block beside the 新收's is not summed with it (62:52 / 56:66 errors stay). */
const FLOW = '新收政府信息公开申请52件，上年结转4件，办结63件，结转下年度3件。';
export const INTAKE_OTHER: readonly string[] = [
  `全年收到群众来信10件。|${FLOW}`,
  `全年办理12345热线工单10件。<br>${FLOW}`,
  `全年${FLOW}|此外，受理依申请公开咨询10件。`,
  `全年${FLOW}|注：含12345热线转来申请10件。`,
];
