/**
 * Channels listed right after the count received, with no 其中 (rule text.parts-sum; recall41, the
 * "list with no 其中" session 40's hunts left): "全年共受理申请48件，网上申请30件，当面申请12件，信函申请8件"
 * was not read. A reader takes it as the count's division by channel, as after 其中, and as results
 * right after their whole are read (results-after-whole.ts).
 *
 * Read only where one reading fits:
 * - the whole is a count of applications received or accepted (收到, 受理, 新收, 接收, 接到), its words
 *   nothing else (no 其中, 答复/办结, channel, result, 上年结转), right before the first channel with a ，
 *   between and no other count;
 * - every count after it, to the end of its ；-clause, is a channel (网上, 当面, 信函…: dimensionOf), in
 *   the whole's counter, two at least, a closing 其他 item last at most; the list ends at the first count
 *   that is not one.
 * Not where the sentence names applications carried in (the channels may be theirs too) or a 分别/依次
 * list. Judged as a 其中 list: a pass where it adds up, an error where it runs over, a skip where it
 * falls short unless an 其他 item closes it.
 */
import { cmpDec, subDec, sumDec, toDec } from './decimal.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { notThisYears } from './other-year.ts';
import { TOTAL_CAVEAT } from './info-kinds.ts';
import { CARRIED_FROM, clauseEnd, closesList, dimensionOf, inRespectivelyList, type PartsGroup } from './parts-sum.ts';
import { part } from './note-words.ts';

/** An item's words with the marks and list words before them taken off. */
const itemWords = (label: string): string => label.replace(/^[、，,：:\s]+/, '').replace(/^(?:以及|及|和|与)/, '').trim();

/** Words naming the applications received or accepted. */
const RECEIVED = /收到|受理|新收|接收|接到/;
/** Words that make the count something else than the whole received. */
const NOT_WHOLE = /其中|包括|包含|含|答复|办结|办理|处理|公开|结转|转办|转交|撤回|正在|尚未|网上|网络|在线|当面|现场|书面|信函|来信|传真|邮寄|邮件|自然人|公民|法人|组织|企业|分别|依次|各|涉及|复议|诉讼|留言|咨询|来电|来访|信访|建议|提案|率|占|同比|较|比/;
const UNITS = new Set(['件', '宗', '个']);
/**
 * An item that is no channel of this year's applications received (rt42): of another year ("上年网上申请50件",
 * "上年同期…"), or of other work than applying ("网上咨询30件", "现场接待咨询", "网上办理40件", "线上答复"):
 * the list ends before it.
 */
const NOT_CHANNEL_ITEM = /上年|去年|上一年|前一年|前年|同期|往年|\d{4}\s*年|咨询|留言|来电|来访|接待|办理|办结|答复|处理|送达|查询|投诉|举报|反映|信访|转办|转交|补正|撤回|退回|逾期/;
/** An item of another body ("区卫生监督所网上申请10件": rt43), which the list ends before. */
const OTHER_BODY_ITEM = /^[^，,；;\d]{1,10}?(?:局|所|中心|大队|委员会|办公室|街道|镇政府|乡政府|医院|学校)/;
/** A channel that holds others: the internet ("网上申请") beside its ways (电子邮件, 网站, 微信…) may count them again. */
const INTERNET = /网上|网络|互联网|在线|线上/;
const INTERNET_WAY = /电子邮件|邮件|邮箱|网站|门户|微信|公众号|平台|客户端|APP|App|小程序/;

export function findChannelsAfterWhole(s: SentenceFigures, year: number | null = null): PartsGroup[] {
  if (s.figures.length < 3 || CARRIED_FROM.test(s.text)) return [];
  const out: PartsGroup[] = [];
  const figs = s.figures;
  for (let i = 0; i + 2 < figs.length; i++) {
    const whole = figs[i] as TextFigure;
    if (!UNITS.has(whole.unit) || !isCount(whole) || whole.paren !== null || whole.share || notThisYears(s, whole, year) || inRespectivelyList(s, whole)) continue;
    // ("共收到政府信息公开申请62件": the 公开 of the applications' name is no result, rt42)
    if (!RECEIVED.test(whole.label) || NOT_WHOLE.test(whole.label.replace(/(?:政府)?信息公开|依申请公开/g, ''))) continue;
    const first = figs[i + 1] as TextFigure;
    // (a ， and the first channel's words, nothing between: not "63件，主要申请方式如下：当面申请4件…", recall37)
    if (first.paren !== null || !/^\s*[，,][^，,：:；;]*$/.test(s.text.slice(whole.end, first.start))) continue;
    const end = clauseEnd(s.text, whole.end);
    const parts: TextFigure[] = [];
    for (const f of figs.slice(i + 1)) {
      if (f.start >= end) break;
      if (f.paren !== null || f.unit === '%' || f.share) continue;
      const words = itemWords(f.label);
      if (f.unit !== whole.unit || !isCount(f) || words.includes('其中') || inRespectivelyList(s, f) || NOT_CHANNEL_ITEM.test(words) || OTHER_BODY_ITEM.test(words)) break;
      const closing = parts.length >= 2 && closesList(words);
      if (!closing && dimensionOf(words) !== 'channel') break;
      parts.push(f);
      if (closing) break;
    }
    if (parts.length < 2) continue;
    // ("…信函申请8件，部分申请通过多种渠道重复提交": the words after the list say the channels overlap)
    const last = parts[parts.length - 1] as TextFigure;
    const overlap = TOTAL_CAVEAT.test(s.text.slice(last.end)) || /同时|多种(?:渠道|方式|途径)|多个(?:渠道|途径)|不同(?:渠道|方式|途径)/.test(s.text.slice(last.end));
    // ("网络申请45件，电子邮件申请20件": the internet and one of its ways may count the same applications, rt42;
    // and 书面 beside 当面 or 信函, a form either may be) — while the excess is within the items counted twice
    const names = parts.map((f) => itemWords(f.label));
    const sumOf = (keep: (n: string) => boolean) => sumDec(parts.filter((_, k) => keep(names[k] as string)).map((f) => f.value));
    const excess = subDec(sumDec(parts.map((f) => f.value)), whole.value);
    const way = (n: string) => INTERNET_WAY.test(n) && !INTERNET.test(n);
    const internet = names.some((n) => INTERNET.test(n) && !INTERNET_WAY.test(n)) && names.some(way) ? sumOf(way) : null;
    const inPerson = (n: string) => /当面|现场|信函|来信|邮寄/.test(n) && !/书面/.test(n);
    const written = names.some((n) => /书面/.test(n)) && names.some(inPerson) ? [sumOf((n) => /书面/.test(n)), sumOf(inPerson)] : null;
    const within = (d: ReturnType<typeof sumDec>) => cmpDec(excess, d) <= 0;
    const nested = cmpDec(excess, toDec(0, 0)) > 0 && ((internet !== null && within(internet)) || (written !== null && written.every(within)));
    out.push({
      shape: 'qizhong', whole: { s, f: whole }, parts: parts.map((f) => ({ s, f })),
      complete: parts.some((f) => closesList(itemWords(f.label))),
      ...(overlap ? { unsure: part('channelsNoted') } : nested ? { unsure: part('channelsNested') } : {}),
    });
  }
  return out;
}
