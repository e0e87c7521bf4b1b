/**
 * "共收到申请86件，其中网上申请50件，当面申请36件；信函申请10件" (rt44 left it; recall45): a 其中 list of the ways of
 * applying that adds up before its ；, then one more way of applying, bare, right after it. rt43 stopped such lists
 * at the ； where they add up ("…；网上申请中通过网站提交30件" is a part of an item, not another one), which hid the
 * third channel. The list runs on (qizhong-ends.ts runsOverSemicolon) only where:
 * - the whole counts applications, and every item before the ； names a way of applying and 申请;
 * - the item past the ； is nothing but a way of applying and 申请 ("信函申请", "通过信函申请"): no 另/此外/全年, no
 *   body, no year, no 中, no 咨询 or 留言;
 * - its way is not one of the items' before it, nor the same way in other words ("网上" and "在线", "当面" and "书面":
 *   one said again, parts-restated.ts; rt47);
 * - nothing follows its figure in its sentence but a clause of their being answered ("信函申请10件不予受理", "…为重复
 *   申请", "，已转交相关部门办理" say something else of them).
 * "文字信息800条，图片信息400条；视频信息30条" stays as it was: no application is named.
 */
import type { TextFigure } from './figures-in-text.ts';

const WAY = /网上|网络|互联网|在线|当面|现场|书面|信函|传真|邮寄|电子邮件|邮件/g;
const BARE_CHANNEL = /^(?:通过|以|采用)?(?:网上|网络|互联网|在线|当面|现场|书面|信函|传真|邮寄|电子邮件|邮件)(?:方式|形式|渠道)?(?:提出|提交)?(?:的)?(?:政府信息公开|信息公开)?申请$/;

const waysOf = (words: string): string[] => [...words.matchAll(WAY)].map((m) => m[0]);

/**
 * One way of applying in other words (rt47): 网上/网络/互联网/在线 and 电子邮件 (often counted as 网上), 当面/现场; 书面 holds
 * every way on paper (当面, 信函, 邮寄, 传真), 邮件 may be either.
 */
const FAMILIES: readonly (readonly string[])[] = [['网上', '网络', '互联网', '在线', '电子邮件', '邮件'], ['当面', '现场', '书面'], ['书面', '信函', '邮寄', '传真', '邮件']];
const sameWay = (a: string, b: string): boolean => a === b || FAMILIES.some((f) => f.includes(a) && f.includes(b));
/** What may follow the item's figure: nothing more in its sentence, or a clause of their being answered. */
const ENDS = /^\s*(?:[；;。]|$|[，,]\s*(?:均|都|全部)?(?:已|已经)?(?:全部)?(?:按时|按期|依法)?(?:予以)?(?:答复|办结|办理完毕)(?:完毕)?\s*(?:[；;。]|$))/;

export function channelPastSemicolon(text: string, whole: TextFigure | undefined, before: readonly { f: TextFigure }[], next: TextFigure, end: number): boolean {
  if (!whole || !/申请/.test(whole.label) || before.length < 2) return false;
  if (!before.every((p) => /申请/.test(p.f.label) && waysOf(p.f.label).length > 0)) return false;
  const nextWords = text.slice(end + 1, next.start).trim();
  if (!BARE_CHANNEL.test(nextWords)) return false;
  const seen = new Set(before.flatMap((p) => waysOf(p.f.label)));
  if (waysOf(nextWords).some((w) => [...seen].some((v) => sameWay(v, w)))) return false;
  // (nor with a clause after it that says something else of them: "；信函申请10件，已转交相关部门办理" — rt47)
  return ENDS.test(text.slice(next.end));
}
