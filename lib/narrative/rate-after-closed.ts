/**
 * A rate after a lone 办结 (txt63): "全年办结63件，办结率95.5%", "本年度办结45件，按时办结率达100%" — the count closed is
 * given, its whole (收到, 受理, 新收) is not, and the sentence does not say 申请 (txt62 left them unread: completion-rate.ts
 * read a rate against table 三 only where its sentence names the applications, or opens on the rate).
 *
 * In a paragraph about the applications, where the 办结 is table 三's 办理结果总计, the 办结率 is what table 三 can check:
 * 总计 ÷ (新收 + 上年结转), ÷ 新收, ÷ (总计 + 结转下年度) — a pass where one fits; where none does, a skip that says so, never
 * a flag: the text named no whole, and a reader cannot tell which it meant. An in-time rate (按时, 按期, 及时, 如期, 限时)
 * counts what table 三 does not (the answers on time): a skip with that reason.
 */
import { isCount, semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { CARRIED_SOURCE } from './period.ts';

/** A count of what was closed ("办结63件", "答复63件"), not of what was due or is still open. */
const CLOSED = /(?:(?<!应|未|待|按时|按期|及时|如期|限时)(?:办结|答复)(?:完毕)?|办理完毕)(?:政府信息公开申请|信息公开申请|申请)?$/;
/** The applications' noun after the verb: no whole ("办结申请63件"). */
const NOUN_AFTER = /(?:政府信息公开申请|信息公开申请|申请)$/;
/** The words of a whole the rate may be of: the text named one. */
const WHOLE = new RegExp(`收到|受理|新收|接收|申请|工单|来信|${CARRIED_SOURCE}`);
/** An in-time rate: of the answers on time, which table 三 does not count. */
export const IN_TIME_RATE = /(?:按时|按期|及时|如期|限时)(?:办结|答复)率(?:为|达|达到|是)?$/;

/**
 * The 办结 count right before the rate in its ；-clause, the only count there, its label naming no whole ("全年办结", "年内共
 * 办结"); null otherwise ("收到62件，办结63件，办结率…" names its whole: completion-rate.ts reads it).
 */
export function loneClosedBefore(s: SentenceFigures, rate: TextFigure): TextFigure | null {
  const from = semicolonClauseStart(s.text, rate.start);
  const counts = s.figures.filter((f) => f.start >= from && f.end <= rate.start && f !== rate);
  if (counts.length !== 1) return null;
  const c = counts[0] as TextFigure;
  if (!isCount(c) || c.paren !== null || c.unit !== '件') return null;
  const label = s.text.slice(from, c.start).replace(/[\s，,：:]/g, '').replace(/(?:共计|合计|累计|共|计|已|均|依法|全部)+$/, '');
  if (!CLOSED.test(label) || WHOLE.test(label.replace(NOUN_AFTER, ''))) return null;
  // nothing but the rate's words between the count and the rate ("全年办结63件，办结率…")
  return /^[\s，,]*(?:全年|总体|整体)?(?:按时|按期|及时|如期|限时)?(?:办结率|答复率)(?:为|达|达到|是)?\s*$/.test(s.text.slice(c.end, rate.start)) ? c : null;
}
