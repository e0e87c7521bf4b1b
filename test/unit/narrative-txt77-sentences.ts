/**
 * txt77 (session 60): true paragraphs and their wrong twins for what session 59 left of periods, 结转 and the 复议/诉讼
 * counts (narrative-txt77.test.ts), under rt78's headings with word-2021-consistent's tables (新收62 · 上年结转4 · 办结63 ·
 * 结转3; 复议1 维持; 诉讼1 未审结), the report's year 2024: [heading, true, twin]. A twin of '' has none (a neighbour that
 * must stay silent whatever it says).
 */
import type { Head } from './narrative-rt78-sentences.ts';

export const TXT77: readonly (readonly [Head, string, string])[] = [
  // 0–7: a change against a named year before the rate or the counts (period.ts CHANGE_CLAUSE; rt78's 77)
  ['b', '全年收到政府信息公开申请62件，环比2023年增长14.8%，已办结63件（含2023年结转4件），办结率95.5%。', '全年收到政府信息公开申请62件，环比2023年增长14.8%，已办结63件（含2023年结转4件），办结率93.5%。'],
  ['b', '全年新收政府信息公开申请62件，较2023年增加8件，上年结转4件，共办结63件，结转下年度3件。', '全年新收政府信息公开申请62件，较2023年增加8件，上年结转4件，共办结63件，结转下年度5件。'],
  ['b', '本年度共收到政府信息公开申请62件，同比2023年增长14.8%，办结63件，办结率95.5%（含上年结转4件）。', '本年度共收到政府信息公开申请62件，同比2023年增长14.8%，办结63件，办结率93.5%（含上年结转4件）。'],
  ['b', '2024年共新收申请62件，比2023年的54件增加8件，办结63件，结转下年度3件。', '2024年共新收申请62件，比2023年的54件增加8件，办结68件，结转下年度3件。'],
  ['o', '全年主动公开政府信息1.2万条；新收政府信息公开申请62件，较2022年增加20件，办结63件，按时办结率100%。', '全年主动公开政府信息1.2万条；新收政府信息公开申请62件，较2022年增加20件，办结65件，按时办结率100%。'],
  // another year's figures and rates stay theirs
  ['b', '2023年收到政府信息公开申请54件，较2022年增长28.6%，办结50件，结转下年度4件；2024年新收62件。', ''],
  ['b', '全年新收政府信息公开申请62件，较2023年增长14.8%；2023年办结率为93.5%，本年度有所提升。', ''],
  ['b', '全年新收政府信息公开申请62件，环比2023年增长14.8%，2023年共办结50件。', ''],
  // 8–14: the reviews the body decides, then suits or cases against it past a ； (claim-scope.ts asReviewerAt; rt78's 43)
  ['r', '全年办理行政复议案件58件（含政府信息公开类1件），行政应诉案件126件，败诉率3.2%；政府信息公开类行政诉讼1件，尚未审结。', '全年办理行政复议案件58件（含政府信息公开类1件），行政应诉案件126件，败诉率3.2%；政府信息公开类行政诉讼2件，尚未审结。'],
  ['r', '全年办理行政复议案件58件（含政府信息公开类1件），行政应诉案件126件；因政府信息公开被提起行政诉讼1件，尚未审结。', '全年办理行政复议案件58件（含政府信息公开类1件），行政应诉案件126件；因政府信息公开被提起行政诉讼2件，尚未审结。'],
  ['r', '我厅作为行政复议机关，全年办理行政复议案件268件，纠错率8.2%；本厅被申请行政复议1件，结果维持。', '我厅作为行政复议机关，全年办理行政复议案件268件，纠错率8.2%；本厅被申请行政复议2件，结果维持。'],
  // a 复议机关's own cases past a ；, whatever they count
  ['r', '全年办理行政复议案件58件；其中政府信息公开类12件，维持10件、纠错2件。', ''],
  ['r', '我厅作为行政复议机关办理行政复议案件268件；共维持200件、纠错68件。', ''],
  ['r', '全年受理行政复议申请58件，审结55件；政府信息公开类复议案件12件，均维持。', ''],
  ['r', '我局作为复议机关办理行政复议案件58件；复议后被提起行政诉讼3件，均已审结。', ''],
  // 15–23: the disclosure cases picked out of every case by 其中, in a bracket or not (claim-scope.ts withoutDisclosureQizhong)
  ['r', '全年行政复议案件58件（其中政府信息公开类1件，结果维持），行政应诉案件126件（其中政府信息公开类1件）。', '全年行政复议案件58件（其中政府信息公开类2件，结果维持），行政应诉案件126件（其中政府信息公开类1件）。'],
  ['r', '全年行政复议案件58件（其中政府信息公开类1件，结果维持），行政应诉案件126件（其中政府信息公开类1件）。', '全年行政复议案件58件（其中政府信息公开类1件，结果维持），行政应诉案件126件（其中政府信息公开类3件）。'],
  ['r', '本机关全年被申请行政复议58件，其中涉及政府信息公开的1件，结果维持。', '本机关全年被申请行政复议58件，其中涉及政府信息公开的2件，结果维持。'],
  ['r', '全年行政应诉案件126件，其中政府信息公开类行政诉讼1件，尚未审结。', '全年行政应诉案件126件，其中政府信息公开类行政诉讼2件，尚未审结。'],
  // (the part's outcomes after it, as donghu-zrzy-2023 writes them: read, as before)
  ['r', '全年共发生行政复议案件5件，其中涉及政府信息公开的1件，结果维持1件；因政府信息公开被提起行政诉讼1件，尚未审结1件。', '全年共发生行政复议案件5件，其中涉及政府信息公开的1件，结果维持2件；因政府信息公开被提起行政诉讼1件，尚未审结1件。'],
  ['r', '全年共发生行政复议案件5件，其中涉及政府信息公开的1件，结果维持1件；因政府信息公开被提起行政诉讼1件，尚未审结1件。', '全年共发生行政复议案件5件，其中涉及政府信息公开的2件，结果维持1件；因政府信息公开被提起行政诉讼1件，尚未审结1件。'],
  // a list of kinds, the outcomes of every case after the part, and a 复议机关's part stay unread
  ['r', '全年行政复议案件58件，其中政府信息公开类1件、其他类57件。', ''],
  ['r', '本机关全年被申请行政复议6件，其中政府信息公开类1件，维持5件、纠错1件。', ''],
  ['r', '全年办理行政复议案件58件（其中政府信息公开类12件），纠错率8.6%。', ''],
  // 24–27: a count before its noun, 结转 in the next ，-clause after a reason with no 因 (carried-after.ts; rt78's 61)
  ['b', '截至2024年12月31日，尚有3件申请未到答复期限，已结转至2025年办理；全年新收申请62件，办结63件。', '截至2024年12月31日，尚有5件申请未到答复期限，已结转至2025年办理；全年新收申请62件，办结63件。'],
  ['b', '全年新收申请62件，上年结转4件，办结63件，另有3件申请未到答复期限，已结转至下一年度继续办理。', '全年新收申请62件，上年结转4件，办结63件，另有4件申请未到答复期限，已结转至下一年度继续办理。'],
  // said when the report was written, or answered after the year's end: unread
  ['b', '全年新收申请62件，办结63件，截至目前，尚有5件申请未到答复期限，已结转至2025年办理。', ''],
  ['b', '全年新收申请62件，办结63件，另有5件申请未到答复期限，已于2025年1月答复。', ''],
];

/** Misses kept (narrative-txt77.test.ts): [heading, twin, why]. */
export const TXT77_LEFT: readonly (readonly [Head, string, string])[] = [
  ['r', '全年共办理行政复议案件58件，涉及政府信息公开的2件，结果维持；行政诉讼1件，尚未审结。', 'rt80 35, traced: "全年共办理行政复议案件" is AS_REVIEWER\'s words, the body as the 复议机关 deciding 58 cases (red team 23), so the 2 picked out of them is not table 四\'s; without "办理" ("全年共有行政复议案件58件，涉及…2件") it is caught'],
  ['b', '本机关全年收到申请62件，其中依申请公开62件，办结63件（含上年结转4件中的4件），结转5件。', 'rt78 39: a bare "结转5件" after 办结, no 下年度 or 至2025年 (measures.ts reads no 结转 without a direction; with 上年结转 named just before, the bare word may repeat it): left unread, measures.ts is read by every clause of the applications'],
  ['o', '行政处罚案件上年结转12件，本年立案128件，结案130件，结转10件；政府信息公开申请上年结转4件，本年新收62件，办结63件，结转5件。', 'rt78 97: as 39, and the same bare "结转10件" stands in the other work\'s clause before it: a reading of bare 结转 after 办结 would have to tell the two ；-clauses apart by topic alone'],
  ['b', '全年共受理政府信息公开申请66件（新收62件、上年结转4件），已全部办理完毕63件，余5件正在办理中。', 'rt78 123: "余5件正在办理中" names no 结转下年度 and no year\'s end (正在办理中 is said when the report is written: carried-after.ts OPEN_ONLY, recall48–50), and 63 + 5 against 66 is no list a reading sums'],
  ['s', '本街道全年被申请行政复议6件，维持5件，纠错率33.3%。', 'a 纠错率 after 维持 with no 纠正 count (rt79): 1 ÷ 6 = 16.7% only if every case was closed and none had another outcome (其他结果, 尚未审结 are table 四\'s columns too); the text does not give what the rate is over, so no reading is sure'],
  ['b', '全年共受理政府信息公开申请66件，其中本年新收62件（其中网上申请48件，占77.4%；信函申请14件，占32.6%），上年结转4件。', 'rt78 79: the share in a bracket opened by its own 其中 (shares.ts, txt78\'s file this session): the whole is guessed nearby and a wrong share is a skip'],
];
