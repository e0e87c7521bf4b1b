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
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { notThisYears } from './other-year.ts';
import { TOTAL_CAVEAT } from './info-kinds.ts';
import { CARRIED_FROM, clauseEnd, closesList, dimensionOf, inRespectivelyList, type PartsGroup } from './parts-sum.ts';

/** An item's words with the marks and list words before them taken off. */
const itemWords = (label: string): string => label.replace(/^[、，,：:\s]+/, '').replace(/^(?:以及|及|和|与)/, '').trim();

/** Words naming the applications received or accepted. */
const RECEIVED = /收到|受理|新收|接收|接到/;
/** Words that make the count something else than the whole received. */
const NOT_WHOLE = /其中|包括|包含|含|答复|办结|办理|处理|公开|结转|转办|转交|撤回|正在|尚未|网上|网络|在线|当面|现场|书面|信函|来信|传真|邮寄|邮件|自然人|公民|法人|组织|企业|分别|依次|各|涉及|复议|诉讼|留言|咨询|来电|来访|信访|建议|提案|率|占|同比|较|比/;
const UNITS = new Set(['件', '宗', '个']);

export function findChannelsAfterWhole(s: SentenceFigures, year: number | null = null): PartsGroup[] {
  if (s.figures.length < 3 || new RegExp(CARRIED_FROM.source).test(s.text)) return [];
  const out: PartsGroup[] = [];
  const figs = s.figures;
  for (let i = 0; i + 2 < figs.length; i++) {
    const whole = figs[i] as TextFigure;
    if (!UNITS.has(whole.unit) || !isCount(whole) || whole.paren !== null || whole.share || notThisYears(s, whole, year) || inRespectivelyList(s, whole)) continue;
    if (!RECEIVED.test(whole.label) || NOT_WHOLE.test(whole.label)) continue;
    const first = figs[i + 1] as TextFigure;
    // (a ， and the first channel's words, nothing between: not "63件，主要申请方式如下：当面申请4件…", recall37)
    if (first.paren !== null || !/^\s*[，,][^，,：:；;]*$/.test(s.text.slice(whole.end, first.start))) continue;
    const end = clauseEnd(s.text, whole.end);
    const parts: TextFigure[] = [];
    for (const f of figs.slice(i + 1)) {
      if (f.start >= end) break;
      if (f.paren !== null || f.unit === '%' || f.share) continue;
      const words = itemWords(f.label);
      if (f.unit !== whole.unit || !isCount(f) || words.includes('其中') || inRespectivelyList(s, f)) break;
      const closing = parts.length >= 2 && closesList(words);
      if (!closing && dimensionOf(words) !== 'channel') break;
      parts.push(f);
      if (closing) break;
    }
    if (parts.length < 2) continue;
    // ("…信函申请8件，部分申请通过多种渠道重复提交": the words after the list say the channels overlap)
    const last = parts[parts.length - 1] as TextFigure;
    const overlap = TOTAL_CAVEAT.test(s.text.slice(last.end)) || /同时|多种渠道|多个渠道/.test(s.text.slice(last.end));
    out.push({
      shape: 'qizhong', whole: { s, f: whole }, parts: parts.map((f) => ({ s, f })),
      complete: parts.some((f) => closesList(itemWords(f.label))),
      ...(overlap ? { unsure: '列举后说明各渠道有重复或未计入的申请' } : {}),
    });
  }
  return out;
}
