/**
 * A total closing a list of channels (left57; hunt55's 咸阳市秦都区 2024, "全年依申请公开共收到群众网上申请105件，快递17件，
 * 合计122件，上年结转11件，截至12月底已回复126件，7件正在办理中"): the 合计 is the applications received, 本年新收 (or
 * 新收 + 上年结转, measures.ts received's readings). Read only where every figure before it in its ；-clause is a
 * channel's count (two at least, each its own ，/、-clause), in the total's unit, the total's words the total word
 * alone ("合计62件", not "合计办结63件"), and the first item's words open with 收到/受理…: "网上申请40件，信函申请12件，
 * 合计53件" alone may total only the channels named (narrative-gaps29's silent twin after "新收62件").
 */
import { isCount, semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { OTHER_CHANNEL_LEAD } from './other-work.ts';

const TOTAL_WORD = /^(?:合计|共计|总计|总共|共)$/;
/** A channel's words, nothing else: "网上申请", "快递", "通过信函方式提交的申请". */
const CHANNEL_ITEM = /^(?:通过|以|经)?(?:群众)?(?:网上|网络|互联网|在线|线上|当面|现场|窗口|书面|信函|来信|传真|邮寄|快递|邮政|电子邮件|电子邮箱|邮件)(?:方式|形式|渠道)?(?:提出|提交|递交)?(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:共|为)?$/u;
/** The first item's lead: what was received, then the channel ("全年依申请公开共收到群众网上申请40件"). */
const RECEIVED_LEAD = /^[^，,；;。\d]{0,20}?(?:收到|受理|接收|接到)(?:了)?/u;
/** After the total, words that say more came by other ways: "合计52件（不含当面申请）", "，另有当面申请10件". */
const MORE_AFTER = /^\s*(?:[（(]|[，,；;]?\s*(?:另有|另|还有|此外|不含|不包括|以及|加上|再加|其中))/u;

/** Is `f` ("合计62件") the total of the channels listed before it in its ；-clause? */
export function channelListTotal(s: SentenceFigures, f: TextFigure, clause: string, received = true): boolean {
  if (!TOTAL_WORD.test(clause.trim()) || f.paren !== null || MORE_AFTER.test(s.text.slice(f.end))) return false;
  const from = semicolonClauseStart(s.text, f.start);
  const items = s.figures.filter((g) => g.start >= from && g.end <= f.start);
  if (items.length < 2) return false;
  let at = from;
  for (const [k, g] of items.entries()) {
    if (!isCount(g) || g.unit !== f.unit || g.paren !== null) return false;
    let words = s.text.slice(at, g.start).replace(/^[，,、\s]+/u, '').trim();
    if (k === 0) {
      const lead = RECEIVED_LEAD.exec(words);
      if (lead && OTHER_CHANNEL_LEAD.test(lead[0])) return false;
      if (lead) words = words.slice(lead[0].length);
      else if (received) return false;
    }
    if (!CHANNEL_ITEM.test(words)) return false;
    // (each item its own clause: nothing but a mark between an item's figure and the next words)
    at = g.end;
  }
  return /^[，,、]\s*$/u.test(s.text.slice(at, f.start - clause.trimStart().length));
}

/**
 * Does a channels' total (channelListTotal) stand before `f` in its ；-clause? Then the list is closed: what follows
 * ("…合计62件，上年结转4件，截至12月底已回复63件") is the whole's, not the first channel's (part-of-applications.ts
 * mayBeOfPart reads a ；-clause opening with a channel as that channel's).
 */
export function afterChannelTotal(s: SentenceFigures, f: TextFigure): boolean {
  const from = semicolonClauseStart(s.text, f.start);
  return s.figures.some((g) => g.start >= from && g.end <= f.start && channelListTotal(s, g, s.text.slice(clauseStartOf(s.text, g.start), g.start), false));
}

/** Where the ，-clause holding `pos` starts (after its mark). */
function clauseStartOf(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !/[，,、；;。：:]/u.test(text[i - 1] as string)) i--;
  return i;
}
