/**
 * Parts of a whole that may overlap (parts-judge.ts asks, for a list over its whole): one item published
 * on several channels, an application touching several topics, answered early and on time, a scope and
 * those of it done, one suit at two courts, stages of one batch. Split out of parts-judge.ts (hunt102).
 */
import type { At } from './quote.ts';
import { wordsAfter } from './parts-sum.ts';
import { stagesOfOneBatch } from './parts-stages.ts';
import { part } from './note-words.ts';
import type { NotePart } from '../types.ts';

/**
 * Where information is published: one item may go out on several of them ("通过政府网站公开12,345条，
 * 政府公报公开234条，新闻发布会公开56条": the old reports' 公报 and 发布会 items are on the site too).
 */
// (公报, 发布会 and the 查阅 places are channels only as where something is published: "部门新闻发布会9场"
// counts the 发布会 themselves, which do not overlap)
const CHANNEL = /网站|网页|门户|微博|微信|公众号|新媒体|客户端|APP|App|抖音|头条|视频号|报刊|报纸|电视|广播|公开栏|公告栏|显示屏|平台|渠道|媒体|(?:公报|发布会|档案馆|图书馆|查阅点|查阅室)(?:上|中)?(?:公开|发布|刊登|刊发|登载|提供)/;
/** Answered early, and answered on time (or in the time limit), which includes them. */
const EARLY = /提前(?:办结|答复|办理|完成)/;
const ON_TIME = /(?:按期|按时|如期|在法定期限内|法定期限内|期限内|时限内)(?:办结|答复|办理|完成)/;
/** A suit's court (一审, 二审…), and its outcome as won or lost: outcomes that may count a suit twice. */
const SUIT_INSTANCE = /一审|二审|再审|终审|上诉/;
const WON_OR_LOST = /胜诉|败诉/;
/** How a suit was decided (not 尚未审结, 撤诉: a suit pending or withdrawn is neither won nor lost). */
const JUDGED = /驳回|维持|撤销|确认违法|纠正|纠错|判决|裁定|责令/;

/**
 * Parts that may overlap, so that their sum may exceed the whole with no error in the text (the
 * reason, in Chinese), or null:
 * - publication channels ("其中通过政府网站公开986条，通过政务微博公开520条，…"): one item is
 *   published on several;
 * - stages of the same applications ("其中市政府办公室受理52件，依法答复52件"): the second is
 *   the first's outcome, not another part.
 */
/** A list item that is a scope the items after it may fall in: "属于主动公开范围的100件", "应主动公开100件". */
const SCOPE = /属于[^，,；;。\d]{0,12}范围(?:的|内的?)?$|(?:^|[，,、])(?:其中)?应当?(?:予以)?(?:主动)?公开(?:的)?(?:公文|文件)?$/;
/** …and an item after it of those done: "主动公开96件", "已主动公开96件" (not "不属于…范围的30件"). */
const SCOPE_DONE = /^(?:其中)?(?:已|实际|均已)?(?:予以)?(?:主动)?公开/;

export function overlappingParts(parts: readonly At[], whole: At): NotePart | null {
  if (parts.filter((p) => CHANNEL.test(p.f.label)).length >= 2 && !accountsByPlatform(parts, whole)) return part('channelsTwice');
  // "其中涉及征地拆迁类52件，涉及规划类30件，涉及信访类10件": one application may touch several
  if (parts.filter((p) => /涉及|关于|有关/.test(p.f.label)).length >= 2) return part('topicsOverlap');
  // "其中按期答复63件，延期答复0件，提前答复45件": those answered early were answered on time too
  if (parts.some((p) => EARLY.test(p.f.label)) && parts.some((p) => ON_TIME.test(p.f.label))) return part('earlyOnTime');
  // "共制发公文120件，其中属于主动公开范围的100件，主动公开96件" (rt46): those in the scope, then those of them made public
  const scope = parts.findIndex((p) => SCOPE.test(p.f.label.trim()));
  if (scope >= 0 && parts.slice(scope + 1).some((p) => SCOPE_DONE.test(p.f.label.replace(/^[、，,；;\s]+/, '')))) return part('scopeIncludes');
  // "被提起行政诉讼3件，一审判决驳回2件，二审维持2件", "胜诉3件，驳回起诉2件" (recall35): one suit's
  // outcomes at two courts, or a win and how it was won, are the same cases
  const said = parts.map((p) => p.f.label + wordsAfter(p.s, p.f));
  if (said.some((w) => SUIT_INSTANCE.test(w)) || (said.some((w) => WON_OR_LOST.test(w)) && said.some((w) => !WON_OR_LOST.test(w) && JUDGED.test(w)))) return part('suitsSameCases');
  // (and where they came from, then what became of them: two divisions of one whole, each held to it — parts-stages.ts)
  return stagesOfOneBatch(parts, whole.f.value);
}

/** What publishes or is read: an item of information, not an account ("微信公众号发布信息300条", "阅读数"). */
const PUBLISHING = /公开|发布|推送|刊登|刊发|登载|转载|转发|上传|报送|更新|推出|播出|发送|提供|阅读|关注|浏览/;
/** Accounts, named before the whole: "新增政务新媒体1个，注销3个，目前共计6个". */
const ACCOUNTS = /新媒体|账号|帐号|公众号|客户端|矩阵/g;

/**
 * Accounts counted by platform ("目前共计6个，其中微信3个，微博2个，抖音1个": 遂宁经开区 2021, hunt102): each
 * account is on one platform, so the platforms do not overlap as the channels an item of information goes
 * out on do — all in 个, no item publishing anything, and accounts named before the whole with nothing
 * published between ("政务新媒体发布信息6个…" is not).
 */
export function accountsByPlatform(parts: readonly At[], whole: At): boolean {
  if (whole.f.unit !== '个' || parts.some((p) => p.f.unit !== '个' || PUBLISHING.test(p.f.label + wordsAfter(p.s, p.f)))) return false;
  const before = whole.s.text.slice(0, whole.f.start);
  const last = [...before.matchAll(ACCOUNTS)].pop();
  if (last === undefined || PUBLISHING.test(before.slice(last.index + last[0].length))) return false;
  // (rt104: only a list of bare platforms under a whole of accounts, in a sentence that says nothing of one account on
  // several — "全区共有6个单位开设账号，其中开设微信的3个" counts bodies, "政务新媒体12个，其中开通微信公众号10个" brands that
  // open several, "…其中本单位3个，下属单位5个；其中微信4个" divides the 8 again, "另有视频号2个" is outside the whole, and
  // "同时开设", "同步账号", "同一主体" say the overlap: each a skip, as before hunt102)
  if (/^[^\s，,；;。：:（(）)、]/.test(whole.s.text.slice(whole.f.end)) || /其中|分布/.test(before) || SAID_SHARED.test(whole.s.text)) return false;
  return parts.every((p) => PLATFORM.test(p.f.label.trim().replace(/^[、，,；;：:\s]+/, '').replace(/^其中[，,：:\s]*/, '')));
}

/** A platform's bare name, as a list of accounts by platform writes its items: "微信3个", "微信公众号3个", "抖音号2个". */
const PLATFORM = /^(?:政务)?(?:微信(?:公众号|服务号|订阅号|视频号)?|微博|新浪微博|抖音|今日头条|头条|快手|视频号|小红书|哔哩哔哩|B站|百家号|企鹅号|网易号|人民号|澎湃号|学习强国|客户端|APP|App|小程序)(?:号|账号|帐号)?$/;
/** Words saying one account or body is on several platforms. */
// (rt107: a 矩阵 counts a brand's accounts on several platforms; "双平台", "入驻微博、抖音两个平台", "在微博、抖音均有账号" say it as 同时 does)
const SAID_SHARED = /同时|同步|同一|多平台|多个平台|各平台|双平台|全平台|跨平台|[两二三四多](?:个)?平台|重复|分别在|分别开设|分别开通|一号多平台|矩阵|均有(?:账号|帐号)|均(?:已)?(?:开设|开通|入驻)/;
