/**
 * The count before the act it belongs to, after 对 (txt63): "全年对32件申请予以公开", "对其中5件依法不予公开", "共对63件申请
 * 作出答复", "对15件申请告知无法提供", "对3件申请作出不予处理决定". txt62 left them unread (their twins passed unflagged): the
 * clause before the figure names nothing ("全年对"), the words after it are the act — a result of table 三, or the answer
 * itself (答复, 办结: 办理结果总计).
 *
 * Read only where the act is certain: the clause holds nothing but a time, the body, 共/依法 and 对 (or 对其中), and the
 * words after the figure are the applications' noun (or none), the act, and the clause's end. Anything more ("在法定期限内
 * 作出答复", "对5件涉及第三方的申请…", "对32件申请公开了相关信息") is no reading. The figure is then read as "其中32件予以公开"
 * is (result-after.ts): the same checks for a part's results (a 其中 after a part's count is that part's) follow it.
 */
import { APPLY_MEASURES, type Measure } from './measures.ts';

/** Before the figure, its ，-clause: "全年对", "2022年我局共对", "对其中", "依法对其中的". */
const LEAD = /^(?:(?:(?:全年|全年度|本年度?|年内|今年|当年|\d{4}年度?)[，,]?\s*)?(?:(?:我|本)(?:局|委|办|厅|署|机关|单位|部门|中心|政府|街道|镇|乡)[，,]?\s*)?(?:共|共计|累计|依法|先后)*\s*对\s*(?:其中(?:的)?)?|其中[，,：:]?)$/;
/** 对其中 at the clause's end: the 其中 a reader takes as "其中5件不予公开"'s. */
const DUI_QIZHONG = /^.*对\s*其中(?:的)?$/;
/** The applications' noun after the figure, if any. */
const NOUN = String.raw`(?:(?:政府信息公开|信息公开)?申请)?[，,]?\s*(?:均|已|已经)?(?:依法|依规)?`;
/** A result of table 三, as the act's words say it ("予以部分公开", "作出不予处理决定", "告知申请人无法提供"). */
/** (the result's name may stand in quotes, as the table's row: "对32件申请答复“予以公开”", "对15件申请作出“无法提供”答复" — txt64) */
const RESULT = String.raw`(?:予以|作出|作|给予|告知(?:申请人)?|答复(?:申请人)?(?:为)?)?[“"「]?(予以公开|同意公开|全部公开|部分公开|不予公开|无法提供|不予处理|其他处理)[”"」]?(?:的)?(?:答复|决定|处理决定)?`;
/** The answer itself: 办理结果总计. */
const ANSWERED = '(作出答复|作出了答复|予以答复|进行答复|进行了答复|办理答复|办结|办理完毕)';
const ACT_AFTER = new RegExp(String.raw`^${NOUN}(?:${RESULT}|${ANSWERED})(?=\s*(?:[，,；;。]|$))`);
const ROW: Readonly<Record<string, string>> = {
  予以公开: 'granted', 同意公开: 'granted', 全部公开: 'granted', 部分公开: 'partial', 不予公开: 'denied', 无法提供: 'unable', 不予处理: 'notProcessed', 其他处理: 'other',
};

/** The row the act after a 对-count names, and the words that name it; null where the clause is no such count. */
export function actAfterCount(clause: string, after: string): { measure: Measure; words: string } | null {
  if (!LEAD.test(clause.trim())) return null;
  const m = ACT_AFTER.exec(after);
  if (!m) return null;
  const id = m[1] !== undefined ? ROW[m[1]] : 'processed';
  const measure = APPLY_MEASURES.find((x) => x.id === id);
  return measure ? { measure, words: m[0] } : null;
}

/** A count in the words before the clause, and the year's intake counted there ("收到申请62件，上年结转4件，"). */
const COUNT_BEFORE = /[0-9０-９〇零一二两三四五六七八九十]\s*(?:件|项)/;
const INTAKE_BEFORE = /(?:收到|新收|受理|接收)[^，,；;。]*[0-9０-９]+\s*件/;

/** Is a ，-clause one such count and its act ("对7件申请予以部分公开")? */
function isActClause(c: string): boolean {
  const m = /^(.*?)[0-9０-９]+\s*件(.*)$/.exec(c.trim());
  return m !== null && actAfterCount(m[1] ?? '', m[2] ?? '') !== null;
}

/**
 * The clause as a 其中-list's item reads it: "对其中5件依法不予公开" is "其中5件依法不予公开", whose 其中 is read as every
 * 其中 before a result is (qizhong-readings.ts withoutOutcomeQizhong: the results of all those answered only after
 * 办结/答复; after a part's count, "网上申请40件，对其中5件…", that part's, no claim). So is a bare 对-count after another
 * count in its ；-clause (`before`): "上年结转的4件申请，对2件予以公开" divides the 4 — except the year's answer after its
 * intake ("收到申请62件，上年结转4件，共对63件申请作出答复"), all of them. Any other clause as it is.
 */
export function asQizhongItem(clause: string, after: string, before: string): string {
  const act = actAfterCount(clause, after);
  if (!act) return clause;
  if (DUI_QIZHONG.test(clause.trim())) return '其中';
  // (the items of the same list before it are no head: "对7件申请予以部分公开，对15件申请告知无法提供")
  if (!before.split(/[，,]/).some((c) => COUNT_BEFORE.test(c) && !isActClause(c))) return clause;
  return act.measure.id === 'processed' && /共|累计/.test(clause) && INTAKE_BEFORE.test(before) ? clause : '其中';
}
