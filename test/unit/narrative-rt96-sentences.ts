/**
 * rt96 (session 63): a red team of rt94's readings — which counts a list of results goes on with, in its sentence, the sentence
 * after or the very next block ("|" between blocks, each pasted as Word gives it), and other-year.ts's running totals. L5 is a
 * list of five one short of its whole (62 of 办结63), L5F its true twin (63); Q the same as a 其中 list.
 */
const L5 = '全年共办结申请63件，分别为予以公开32件、部分公开7件、不予公开5件、无法提供15件、不予处理3件';
const L5_61 = '全年共办结申请63件，分别为予以公开31件、部分公开7件、不予公开5件、无法提供15件、不予处理3件';
const Q = '全年共办结政府信息公开申请63件，其中予以公开32件，部分公开7件，不予公开5件，无法提供15件，不予处理3件';

/**
 * 1. False passes on main (f1e8d040): a wrong list (62 of 63, or 61) made its whole with a count after it that is no result of the
 * year's applications — a 终止 or a withdrawal of another procedure, a rest answered the next year, a withdrawal of last year, a
 * rest of consultations. [the wrong paragraph, main's outcome, the outcome now]; each true twin (an item one more: 63) is silent.
 */
export const FALSE_PASSES: readonly (readonly [string, string, string])[] = [
  [`${L5}，另有1件投诉调查终止。`, 'pass', 'skip'],
  [`${L5}，另有1件听证程序终止。`, 'pass', 'skip'],
  [`${L5}。|另有1件举报核查终止。`, 'pass', 'error'],
  [`${L5}，另有1件举报人撤回举报申请。`, 'pass', 'skip'],
  [`${L5}，余下1件已于2025年1月办结。`, 'pass', 'skip'],
  [`${L5}。余下1件已于2025年1月办结。`, 'pass', 'skip'],
  [`${L5}。|余下1件已于2025年1月办结。`, 'pass', 'skip'],
  [`${L5}，剩余1件将于2025年答复。`, 'pass', 'skip'],
  [`${Q}，余下1件已于2025年1月办结。`, 'pass', 'skip'],
  [`${L5}。|上年度申请人撤回申请1件。`, 'pass', 'error'],
  [`${L5}。上年度申请人撤回申请1件。`, 'pass', 'error'],
  [`${L5}。<br>去年申请人撤回申请1件。`, 'pass', 'error'],
  // (rt98: the writer says the rest, by a number unsaid, are consultations — 61 and 2 of them make 63: a skip again, no error)
  [`${L5_61}。|其余为咨询。`, 'skip', 'skip'],
];

/**
 * 2. A count named by table 三's row under a result ("属于“本机关不掌握相关政府信息”", "申请人无正当理由大量反复申请"): unread on main
 * (the true list a skip, its wrong twin one short a skip too — a miss); now an item where the list names not that result: the true
 * list passes, its wrong twin (16 for 17) 62 of 63 an error. [the true paragraph, its wrong twin].
 */
const LN = '全年共办结申请63件，分别为予以公开33件、部分公开7件、不予公开5件、不予处理17件';
const LN2 = '全年共办结申请63件，分别为予以公开33件、部分公开7件、不予公开5件、无法提供17件';
const rowPair = (t: string): readonly [string, string] => [t, t.replace('17件', '16件')];
export const ROW_NAMES: readonly (readonly [string, string])[] = [
  rowPair(`${LN}，另有1件属于“本机关不掌握相关政府信息”。`),
  rowPair(`${LN}。|另有1件属于“本机关不掌握相关政府信息”。`),
  rowPair(`${LN2}，另有1件属于申请人无正当理由大量反复申请。`),
  rowPair(`${LN2}。|另有1件属于申请人无正当理由大量反复申请。`),
  rowPair(`${LN}。<br>另有1件没有现成信息需要另行制作。`),
];

/**
 * 3. False flags on main (rt94 left them): a running total to date after a 其中 list — "截至目前累计", "至今累计", "目前已累计", "迄今为止累计"
 * — summed as an item of the year's (350+900+4000 = 5250 of 1250). Now no item: silent; the twin (工作动态1000) 1350 of 1250, an error.
 */
export const TO_DATE: readonly string[] = [
  '全年主动公开政府信息1250条，其中政策文件350条，工作动态900条，截至目前累计公开4000条。',
  '全年主动公开政府信息1250条，其中政策文件350条，工作动态900条，至今累计公开4000条。',
  '全年主动公开政府信息１２５０条，其中政策文件３５０条，工作动态９００条，目前已累计公开政府信息４０００条。',
  '全年主动公开政府信息1250条，其中政策文件350条，工作动态900条，迄今为止累计发布4000条。',
];

/**
 * 4. Guards (hold on main and after): a wrong list stays unpassed beside a count rt94's words refuse (a 复议's withdrawal, a rest
 * of last year's, one counted already, a part after 其中, "其余均按时办结"); a withdrawal of the year in the next block still makes a
 * list one short pass; "截至12月底累计" is the year's own (recall38). [paragraph, the parts-sum outcome on main and now].
 */
export const GUARDS: readonly (readonly [string, string])[] = [
  [`${L5}，另有1件撤回行政复议申请。`, 'skip'],
  [`${L5}，另有1件转为信访件的申请已于上年办结。`, 'skip'],
  [`${L5}，另有1件视为放弃申请（已计入上述）。`, 'skip'],
  [`${L5}。其中1件部分公开。`, 'skip'],
  [`${L5_61}，其余均按时办结。`, 'fail'],
  [`${L5}。|申请人撤回申请1件。`, 'pass'],
  [`${L5}，另有1件因申请人撤回申请终止办理。`, 'pass'],
  [`${L5}。|另有1件因申请人逾期未补正视为放弃。`, 'pass'],
  // (a plain item with a note in brackets after it: summed, as on main)
  ['全年共办结申请63件，分别为部分公开39件、不予公开5件、无法提供15件、不予处理3件，另有1件予以公开（涉密部分已删除）。', 'pass'],
  ['全年共办结申请63件，分别为部分公开38件、不予公开5件、无法提供15件、不予处理3件。|另有1件予以公开（涉密部分已删除）。', 'fail'],
];
export const YEAR_TO_DATE = '全年主动公开政府信息1250条，其中政策文件350条，工作动态800条，截至12月底累计发布政策解读100条。';
