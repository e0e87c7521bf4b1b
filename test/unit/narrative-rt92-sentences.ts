/**
 * rt92 (session 62): the intake in the sentence beside as a warning, and a red team of rt91's other two readings. [heading, true
 * paragraph, wrong twin] with word-2021-consistent's tables (新收62 · 上年结转4 · 办结63: 公开32 部分7 不予5 无法15 不予处理3 其他1 ·
 * 结转3) and without; heading 'b' has no table figure of its own topic lead, 's' a street office's own figures (no tables). "|"
 * splits paragraphs.
 */
import type { Head } from './narrative-rt78-sentences.ts';

const FLOW = '上年结转4件，办结63件，结转下年度3件。';
const NEW = (n: number): string => `新收政府信息公开申请${n}件，${FLOW}`;

/** A: an intake of the sentence beside summed with the 新收 — a warning that says the sum (the twin's no sum: the error stands). */
export const ACROSS: readonly (readonly [Head, string, string])[] = [
  ['o', `全年经12345热线收到申请10件。${NEW(52)}`, `全年经12345热线收到申请10件。${NEW(50)}`],
  ['o', `全年通过区长信箱收到申请10件，均已按时答复。本年度${NEW(52)}`, `全年通过区长信箱收到申请10件，均已按时答复。本年度${NEW(51)}`],
  ['o', `全年经１２３４５热线收到申请１０件。新收政府信息公开申请５２件，上年结转４件，办结６３件，结转下年度３件。`, `全年经１２３４５热线收到申请１０件。新收政府信息公开申请５３件，上年结转４件，办结６３件，结转下年度３件。`],
  ['o', `全年新收政府信息公开申请52件，${FLOW}此外，经12345热线转来申请10件。`, `全年新收政府信息公开申请52件，${FLOW}此外，经12345热线转来申请12件。`],
  ['o', '全年经12345热线收到申请10件，|新收政府信息公开申请52件。', '全年经12345热线收到申请10件，|新收政府信息公开申请55件。'],
];

/** A, kept: one sentence's two intakes said beside (fix86) — a pass as before. */
export const ONE_SENTENCE: readonly (readonly [Head, string, string])[] = [
  ['o', `全年经12345热线收到申请10件，${NEW(52)}`, `全年经12345热线收到申请10件，${NEW(50)}`],
  ['o', '全年新收政府信息公开申请52件，此外通过信函收到申请10件，上年结转4件，办结63件，结转下年度3件。', '全年新收政府信息公开申请52件，此外通过信函收到申请12件，上年结转4件，办结63件，结转下年度3件。'],
];

/** A, kept: rt91's exclusions — the 10 is no intake the 新收 may lack, the 52 against 62 is an error (a twin only: no true paragraph). */
export const NOT_BESIDE: readonly string[] = [
  `2023年通过12345热线收到申请10件。2024年${NEW(52)}`,
  `全年接到咨询申请10件。${NEW(52)}`,
  `全年收到信访举报申请10件。${NEW(52)}`,
  `全年收到补正后的申请10件。${NEW(52)}`,
  `全年新收政府信息公开申请52件，${FLOW}经12345热线转来申请10件，已计入新收。`,
];
/** A: the same across a new <p> after a 。 — an error through rt92 (one paragraph only), a warning since txt93 as in one paragraph. */
export const NEXT_BLOCK = `全年经12345热线收到申请10件。|${NEW(52)}`;

const LETTERS = '全年收到信函1260件，其中政府信息公开申请9件；';
/**
 * B: a year-led ；-clause after a 其中 list (appsStatedAnew) whose count is followed by 为/系/是/属/由 — words about the whole, not
 * a part of it: the 新收 stated anew, compared (on main each was passed over: a wrong 新收 silent).
 */
export const ANEW: readonly (readonly [Head, string, string])[] = [
  ['b', `${LETTERS}全年新收政府信息公开申请62件为历年最多。`, `${LETTERS}全年新收政府信息公开申请64件为历年最多。`],
  ['b', `${LETTERS}全年新收政府信息公开申请62件是上年的两倍。`, `${LETTERS}全年新收政府信息公开申请64件是上年的两倍。`],
  ['b', `${LETTERS}全年新收政府信息公开申请62件系近五年最多。`, `${LETTERS}全年新收政府信息公开申请64件系近五年最多。`],
  ['b', `${LETTERS}全年新收政府信息公开申请62件属近年来最多。`, `${LETTERS}全年新收政府信息公开申请64件属近年来最多。`],
  ['b', `${LETTERS}全年新收政府信息公开申请62件由办公室统一登记。`, `${LETTERS}全年新收政府信息公开申请64件由办公室统一登记。`],
  ['b', `${LETTERS}全年新收政府信息公开申请62件，为历年最多。`, `${LETTERS}全年新收政府信息公开申请64件，为历年最多。`],
  ['b', `${LETTERS}全年新收政府信息公开申请62件，由办公室统一登记办理。`, `${LETTERS}全年新收政府信息公开申请64件，由办公室统一登记办理。`],
  ['b', `${LETTERS}全年新收政府信息公开申请62件为上年的1.5倍。`, `${LETTERS}全年新收政府信息公开申请64件为上年的1.5倍。`],
];

/** B, kept: the count said to be a part right after it — passed over, as rt91 made it (twins pinned: a part's own count not summed). */
export const PART_SAID: readonly (readonly [Head, string, string])[] = [
  ['b', '全年新收政府信息公开申请62件，其中自然人申请58件；全年收到政府信息公开申请4件由法人或其他组织提出。', '全年新收政府信息公开申请62件，其中自然人申请59件；全年收到政府信息公开申请4件由法人或其他组织提出。'],
  ['b', '全年新收政府信息公开申请62件，其中通过网络48件；全年收到政府信息公开申请14件来自信函。', '全年新收政府信息公开申请62件，其中通过网络48件；全年收到政府信息公开申请15件来自信函。'],
  ['b', '全年新收政府信息公开申请62件，其中自然人申请58件；全年收到政府信息公开申请4件为企业申请。', '全年新收政府信息公开申请62件，其中自然人申请59件；全年收到政府信息公开申请4件为企业申请。'],
  ['b', '全年新收政府信息公开申请62件，其中本年提出58件；全年收到政府信息公开申请4件为去年提出、今年补正的。', '全年新收政府信息公开申请62件，其中本年提出59件；全年收到政府信息公开申请4件为去年提出、今年补正的。'],
  ['b', '全年新收政府信息公开申请62件，其中自然人申请58件；全年收到政府信息公开申请4件为律师事务所提出，是上年的两倍。', '全年新收政府信息公开申请62件，其中自然人申请59件；全年收到政府信息公开申请4件为律师事务所提出，是上年的两倍。'],
];

const LIST = '全年共办结申请63件，分别为予以公开32件、部分公开7件、不予公开5件、无法提供15件、不予处理3件';
const SHORT = '全年共办结申请63件，分别为予以公开31件、部分公开7件、不予公开5件、无法提供15件、不予处理3件';
/**
 * C: a 分别为 list after 办结 (results-after-whole.ts moreAfter). True: the list goes on where moreAfter did not see it (a next
 * sentence opening on its count or words before it) — on main a false 62:63. Twins: an item one short.
 */
export const GOES_ON: readonly (readonly [Head, string, string])[] = [
  ['b', `${LIST}。1件作其他处理。`, `${SHORT}。1件作其他处理。`],
  ['b', `${LIST}。因申请人逾期未补正，作其他处理1件。`, `${SHORT}。因申请人逾期未补正，作其他处理1件。`],
  ['b', `${LIST}。另有1件因申请人撤回申请作其他处理。`, `${SHORT}。另有1件因申请人撤回申请作其他处理。`],
  ['b', `${LIST}，1件转为信访件办理。`, `${SHORT}，1件转为信访件办理。`],
  ['b', `${LIST}。申请人撤回申请1件。`, `${SHORT}。申请人撤回申请1件。`],
  ['b', `${LIST}；此外，其他处理1件。`, `${SHORT}；此外，其他处理1件。`],
  ['b', `${LIST}。|其他处理1件。`, `${SHORT}。|其他处理1件。`],
];

/**
 * C, wrong lists passed as skips on main (moreAfter read an unrelated word or count as the list going on): the true paragraph (with
 * its 其他处理1件) is silent, the twin (其他处理 left off: 62 of 63) an error.
 */
export const NOT_ON: readonly (readonly [Head, string, string])[] = [
  ['b', `${LIST}、其他处理1件。此外，我局还积极开展政策解读工作。`, `${LIST}。此外，我局还积极开展政策解读工作。`],
  ['b', `${LIST}、其他处理1件。另外，全年未收取任何费用。`, `${LIST}。另外，全年未收取任何费用。`],
  ['b', `${LIST}、其他处理1件。予以公开的信息均已通过门户网站发布。`, `${LIST}。予以公开的信息均已通过门户网站发布。`],
  ['b', `${LIST}、其他处理1件，其他情况均按时答复。`, `${LIST}，其他情况均按时答复。`],
  ['b', `${LIST}、其他处理1件，其中延期答复2件。`, `${LIST}，其中延期答复2件。`],
  ['b', `${LIST}、其他处理1件，较上年增加5件。`, `${LIST}，较上年增加5件。`],
];
