/**
 * Words that name work other than a disclosure application, one vocabulary for the text readers that must not take
 * another work's count for the applications' (txt74: six modules kept a list of their own, each a little different,
 * none saying why). The core list (OTHER_WORK) is the public's letters, visits, calls and tickets, a deputy's or member's
 * motions, reviews and suits, and the government's services: received and answered, carried into a year, as
 * applications are. A reader that needs another set says so in a named variant below, built from the same groups, with
 * its reason; "as it was" marks a difference kept from before the lists were gathered, whose reason no one recorded
 * (the dump and the tests were kept identical, so none was widened or narrowed here).
 *
 * Every list is used with RegExp.test only: the order of the words does not matter.
 */

/** The public's own contacts, answered as applications are: "群众来信30件", "12345热线工单", "网民留言". */
export const PUBLIC_CONTACT = ['留言', '咨询', '信访', '来信', '来访', '来电', '热线', '投诉', '举报', '工单', '诉求'] as const;
/** A deputy's or member's motions: "人大代表建议和政协提案", "议案". */
export const MOTIONS = ['建议', '提案', '议案'] as const;
/** Reviews and suits, counted by tables 四, not as applications: "行政复议", "行政诉讼". */
export const APPEALS = ['复议', '诉讼'] as const;
/** The government's services and licences: "政务服务事项", "行政审批", "行政许可". */
export const SERVICES = ['许可', '审批', '政务服务'] as const;

/** A RegExp that finds any of the words (each a RegExp source: a word may carry a look-ahead). */
export function anyWord(words: readonly string[]): RegExp {
  return new RegExp(words.join('|'));
}

/** The words of `words` but those named. */
export function without(words: readonly string[], ...out: readonly string[]): string[] {
  return words.filter((w) => !out.includes(w));
}

/** The core list: other work received and answered, a motion, an appeal, a service (议案 aside, as the lists had it). */
export const OTHER_WORK_WORDS: readonly string[] = [...PUBLIC_CONTACT, ...without(MOTIONS, '议案'), ...APPEALS, ...SERVICES];

/** Other work than applications for information, anywhere in the sentence (flow-words.ts, flow-in-items.ts, flow-two-sentences.ts). */
export const OTHER_WORK = anyWord(OTHER_WORK_WORDS);

/**
 * flow-balance.ts: a sentence of other things received and answered, read only where it names no 申请. Without
 * 复议/诉讼, with 议案, as it was.
 */
export const OTHER_FLOW_WORK = anyWord([...without(OTHER_WORK_WORDS, ...APPEALS), '议案']);

/**
 * carried-pair.ts: the words around two carried parts. 转交/转办/转送 is work handed to another office, not an
 * application carried; without 留言/来电/工单/诉求 and the services, as it was.
 */
export const OTHER_CARRIED_WORK = anyWord([...without(PUBLIC_CONTACT, '留言', '来电', '工单', '诉求'), '建议', '提案', ...APPEALS, '转(?:交|办|送)']);

/**
 * closed-first.ts: a sentence giving the closed count before those carried. 行政许可 only, not a bare 许可 or 审批 (as
 * it was); without 来电/工单/诉求, as it was.
 */
export const OTHER_CLOSED_WORK = anyWord([...without(PUBLIC_CONTACT, '来电', '工单', '诉求'), '建议', '提案', ...APPEALS, '政务服务', '行政许可']);

/**
 * channel-total.ts: the lead of a channel list. 办理/办结/答复 there say a list of results, not of channels received; 来信
 * is a channel ("来信申请"), so not other work here; without 热线/工单/诉求/政务服务, as it was.
 */
export const OTHER_CHANNEL_LEAD = anyWord([...without(PUBLIC_CONTACT, '来信', '热线', '工单', '诉求'), '建议', '提案', ...APPEALS, '许可', '审批', '办理', '办结', '答复']);

/**
 * completion-rate.ts: work with a 办结率 of its own, which the tables do not give: cases, motions, services, tickets
 * (办件: a service's). The public's letters and calls are NOT_APPLICATION's there (claim-scope.ts), read first.
 */
export const OTHER_RATE_WORK = anyWord([...APPEALS, ...MOTIONS, '审批', '许可', '工单', '诉求', '办件']);

/**
 * qizhong-next-para.ts: the clause of a whole whose 其中 opens the next paragraph must name applications and no other
 * work: a suit's sides (起诉/应诉) too; without 咨询/留言/来信/来访/来电/举报/工单, as it was.
 */
export const OTHER_WHOLE_WORK = anyWord([...APPEALS, '起诉', '应诉', ...MOTIONS, '信访', '热线', '诉求', '投诉', ...SERVICES]);

/**
 * last-year-claims.ts: a last year's count of the clause. Only the public's letters and visits and the motions: a
 * review's or suit's count of last year is a claim it reads (table 四), and the services, as it was.
 */
export const OTHER_LAST_YEAR_WORK = anyWord(['咨询', '留言', '来信', '来访', '信访', '建议', '提案']);

/**
 * paragraph-topic.ts: the work that is also carried into next year and may fill a paragraph: reviews and suits (起诉,
 * 应诉, 审理) and the congresses' motions (人大, 政协, 委员, 议案). 代表 is a 人大代表's, not an office acting for its
 * government ("市政府办公厅代表市政府共受理政府信息公开申请859件", 上海市人民政府办公厅 2019) — where its clause goes on to 申请:
 * "我局代表区政府答复群众来信30件" is other work (rt41). The public's contacts come from NOT_APPLICATION (the caller's).
 */
export const OTHER_CARRIED_TOPIC = anyWord([...APPEALS, '起诉', '应诉', '审理', '议案', '人大', '政协', '代表(?!(?:[省市区县镇乡](?:人民)?政府|本级政府|本机关)[^。；;，,]{0,12}申请)', '委员']);
