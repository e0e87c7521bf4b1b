/**
 * Kinds of information as a list names them (closing-totals.ts, total-next.ts, parts-heads.ts
 * findColonWholeGroups): each item named by its own words ("工作动态45条"), none an outlet (one item may
 * go out by several) nor a whole, and no two that may hold one another.
 */
import { totalItemKindOf } from './item-dimensions.ts';

/** An item's words that name where it went out, or a whole, not a kind of information. */
export const OUTLET_OR_WHOLE = /网站|网页|门户|微博|微信|公众号|客户端|平台|渠道|方式|媒体|公开栏|公告栏|公报|报刊|报纸|电视|广播|新媒体|其中|包括|含|共|累计|合计|总计|全年|政府信息|政务信息|阅读|浏览|访问|下载|转发|点击/;

/**
 * Do two kinds of information end on the same word ("政策文件" and "规范性文件", "工作动态" and "政务
 * 动态", "通知公告" and "公示公告"), or begin on it ("财政信息" and "财政预决算")? The one may be a part
 * of the other, and their sum over the total no mistake of the report (rt39, rt40).
 */
export function sharedKindWord(names: readonly string[]): boolean {
  const bare = names.map((n) => n.replace(/[\s“”"]|(?:信息|类)$/g, '')).filter((n) => n.length >= 2);
  const ends = bare.map((n) => n.slice(-2));
  // (or begin on it: "财政信息" and "财政预决算", rt40)
  const heads = bare.map((n) => n.slice(0, 2));
  return new Set(ends).size < ends.length || new Set(heads).size < heads.length;
}

/** Are these items (their names, and their words with what follows each figure) kinds of information, one list? */
export function infoKindItems(names: readonly string[], said: readonly string[]): boolean {
  if (said.some((x) => OUTLET_OR_WHOLE.test(x) || ![null, 'infoKind'].includes(totalItemKindOf(x)))) return false;
  return !sharedKindWord(names) && !said.some((x) => /重点领域/.test(x));
}

/**
 * Words after a total, or after its list, that say the items overlap or that some are left out of it
 * ("部分信息同时在多个栏目发布", "重复申请3件未计入", rt40): the items' sum need not be the total.
 */
export const TOTAL_CAVEAT = /重复|同时在|多个栏目|交叉|未计入|不计入|不计|未统计|未纳入|去重/;
