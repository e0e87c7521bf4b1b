/**
 * "全年共受理政府信息公开申请66件，其中上年结转4件" (txt65): after a count of the applications received or handled,
 * which may hold those carried in (受理/收到 read as 本年新收 + 上年结转, 办理 as 新收 + 结转: measures.ts), a 其中 right
 * before the carried words names all of 上年结转, table 三's row, not a part of it: the 其中 is dropped, so the figure is
 * compared with 上年结转 (it was no claim, its twin "其中上年结转5件" unflagged). Not after 新收 (none of the new ones was
 * carried in), nor after 办结/答复 ("办结63件，其中上年结转4件": those of them answered, maybe fewer: subsetOfAnswered), nor
 * a 其中 naming anything else before the carried words ("其中区本级上年结转2件"), nor words after the count ("其中上年结转2件已办结").
 */
import { APPLY_MEASURES, pickMeasureAt } from './measures.ts';
import { CARRIED_SOURCE } from './period.ts';
import { clauseStart } from './quote.ts';

const QIZHONG_CARRIED = new RegExp(`^其中[，,：:]?\\s*(?=(?:${CARRIED_SOURCE})(?:的|申请|政府信息公开申请|的申请)?\\s*$)`);

/** The clause without its 其中 where that opens 上年结转 itself right after a count that holds it. */
export function withoutCarriedQizhong(text: string, pos: number, clause: string): string {
  const m = QIZHONG_CARRIED.exec(clause);
  // (nothing after the count but its noun: "其中上年结转2件已办结" is those of them answered, maybe fewer)
  if (!m || !/^[0-9０-９零〇一二两三四五六七八九十百千]+\s*件(?:申请)?\s*(?:[，,；;。]|$)/.test(text.slice(pos))) return clause;
  const at = clauseStart(text, pos);
  if (at === 0 || !/[，,]/.test(text.charAt(at - 1))) return clause;
  const before = text.slice(clauseStart(text, at - 1), at - 1);
  if (!/[0-9０-９零〇一二两三四五六七八九十百千]+\s*件\s*$/.test(before)) return clause;
  const whole = pickMeasureAt(before.replace(/[（(][^（()）]*[）)]/g, ''), APPLY_MEASURES)?.measure.id;
  return whole === 'received' || whole === 'handled' ? clause.slice(m[0].length) : clause;
}
