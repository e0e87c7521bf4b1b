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
export function withoutCarriedQizhong(text: string, pos: number, clause: string, prev?: string): string {
  // (its 其中 looked for first: a page that never opens a clause so never compiles the regex, perf63)
  const carried = clause.startsWith('其中') ? QIZHONG_CARRIED.exec(clause) : null;
  const m = carried ?? (newBesideCarried(text, pos) ? /^其中[，,：:]?\s*/.exec(clause) : null);
  // (nothing after the count but its noun: "其中上年结转2件已办结" is those of them answered, maybe fewer)
  if (!m || !BARE_COUNT.test(text.slice(pos))) return clause;
  // (after a count of those answered, "办结63件，其中上年结转4件": a claim too, read at most the row: carriedOfClosed, txt69)
  return holdsCarried(text, clauseStart(text, pos)) || (carried !== null && carriedOfClosed(text, pos, prev)) ? clause.slice(m[0].length) : clause;
}

/** A figure with nothing after it but its 件 and the applications' noun, up to the clause's end. */
const BARE_COUNT = /^[0-9０-９零〇一二两三四五六七八九十百千]+\s*件(?:申请)?\s*(?:[，,；;。]|$)/;
const NEW_WORDS = /^(?:本年度?|今年|当年|年内|全年)?新收(?:的)?(?:政府信息公开申请|申请)?$/;
const CARRIED_COUNT = new RegExp(`^(?:${CARRIED_SOURCE})(?:的|申请|政府信息公开申请|的申请)?\\s*[0-9０-９零〇一二两三四五六七八九十百千]+\\s*件(?:申请)?$`);

/**
 * Is the ，-clause before the one at `at` a count of the applications received or handled, which may hold those carried in?
 * At the sentence's head, the last clause of the sentence before, `prev` (txt67: "…66件。其中，上年结转4件，本年新收61件").
 */
function holdsCarried(text: string, at: number, prev?: string): boolean {
  const lastOfPrev = at === 0 && prev !== undefined ? prev.replace(/[。！？\s]+$/, '') : null;
  if (lastOfPrev === null && (at === 0 || !/[，,]/.test(text.charAt(at - 1)))) return false;
  const before = lastOfPrev !== null ? lastOfPrev.slice(clauseStart(lastOfPrev, lastOfPrev.length)) : text.slice(clauseStart(text, at - 1), at - 1);
  if (!/[0-9０-９零〇一二两三四五六七八九十百千]+\s*件\s*$/.test(before)) return false;
  const whole = pickMeasureAt(before.replace(/[（(][^（()）]*[）)]/g, ''), APPLY_MEASURES)?.measure.id;
  return whole === 'received' || whole === 'handled';
}

/**
 * 本年新收 as the other part of such a count beside its carried part (txt66): "全年共受理…66件，其中上年结转4件，本年新收62件",
 * "…66件，其中本年新收62件，上年结转4件" — table 三's 本年新收 itself, not a part of it (check-narrative.ts counts it among a
 * list's parts, never compared with a total). Only the two bare counts, right after a 受理/收到/办理 count (not 办结: "办结63件，其中
 * 上年结转4件，本年新收59件" are those of them answered).
 */
export function newBesideCarried(text: string, pos: number, prev?: string): boolean {
  if (!BARE_COUNT.test(text.slice(pos))) return false;
  const at = clauseStart(text, pos);
  const words = text.slice(at, pos).trim();
  // (a "其中：", "其中，" is a clause of its own: where it stands right before `from`, its start)
  const colonQizhong = (from: number): number | null =>
    from > 0 && /[：:，,]/.test(text.charAt(from - 1)) && text.slice(clauseStart(text, from - 1), from - 1).trim() === '其中' ? clauseStart(text, from - 1) : null;
  const carriedNext = (): boolean => {
    const next = /^[0-9０-９零〇一二两三四五六七八九十百千]+\s*件(?:申请)?\s*[，,]([^，,；;。]*)(?:[；;。]|$)/.exec(text.slice(pos));
    return next !== null && CARRIED_COUNT.test((next[1] ?? '').trim());
  };
  if (words.includes('新收') && NEW_WORDS.test(words)) {
    // before the carried part, after a "其中：": "其中：本年新收62件，上年结转4件"
    const q = colonQizhong(at);
    if (q !== null) return carriedNext() && holdsCarried(text, q, prev);
    // after it: "其中上年结转4件，本年新收62件", "其中：上年结转４件，本年新收６２件"
    if (at === 0 || !/[，,]/.test(text.charAt(at - 1))) return false;
    const prevAt = clauseStart(text, at - 1);
    const before = text.slice(prevAt, at - 1).trim();
    if (/^其中/.test(before)) return CARRIED_COUNT.test(before.replace(/^其中[，,]?\s*/, '')) && holdsCarried(text, prevAt, prev);
    const prevQ = colonQizhong(prevAt);
    return prevQ !== null && CARRIED_COUNT.test(before) && holdsCarried(text, prevQ, prev);
  }
  // before it: "其中本年新收62件，上年结转4件"
  if (!words.includes('新收') || !NEW_WORDS.test(words.replace(/^其中[，,]?\s*/, '')) || !/^其中/.test(words)) return false;
  return carriedNext() && holdsCarried(text, at, prev);
}

const CARRIED_WORDS = new RegExp(`^(?:${CARRIED_SOURCE})(?:的|申请|政府信息公开申请|的申请)?$`);

/**
 * A bare 上年结转 count after a "其中，" ("其中：") of its own that follows a count of those answered: "全年办结63件，其中，上年结转
 * 4件", "全年办结63件。其中，上年结转4件，本年新收59件", "…答复63件，其中：本年新收59件，上年结转4件" (txt68) — those of the
 * answered that were carried in, maybe fewer than table 三's 上年结转 (some carried on again), as "办结63件，其中上年结转4件"
 * (no claim: SUBSET) and "办结88件，含上年结转5件" (subsetOfAnswered). Not after 受理/收到/办理 (holdsCarried: the row's whole).
 * The 其中 in the count's own clause too ("全年办结63件，其中上年结转4件", txt69: withoutCarriedQizhong drops it).
 */
export function carriedOfClosed(text: string, pos: number, prev?: string): boolean {
  if (!BARE_COUNT.test(text.slice(pos))) return false;
  let at = clauseStart(text, pos);
  const words = text.slice(at, pos).trim();
  // (the 其中 in the count's own clause: "全年办结63件，其中上年结转4件", txt69 — was no claim, its twin with 6 unflagged)
  const own = /^其中\s*/.exec(words);
  if (!CARRIED_WORDS.test(own ? words.slice(own[0].length) : words)) return false;
  const clauseBefore = (from: number): string | null => (from > 0 && /[：:，,]/.test(text.charAt(from - 1)) ? text.slice(clauseStart(text, from - 1), from - 1).trim() : null);
  let q = at;
  if (!own) {
    // (after the new ones' count: "其中：本年新收59件，上年结转4件")
    const b = clauseBefore(at);
    if (b !== null && NEW_WORDS.test(b.replace(/[0-9０-９零〇一二两三四五六七八九十百千]+\s*件(?:申请)?$/, '').trim()) && /件(?:申请)?$/.test(b)) at = clauseStart(text, at - 1);
    if (clauseBefore(at) !== '其中') return false;
    q = clauseStart(text, at - 1);
  }
  const lastOfPrev = q === 0 && prev !== undefined ? prev.replace(/[。！？\s]+$/, '') : null;
  if (lastOfPrev === null && (q === 0 || !/[，,]/.test(text.charAt(q - 1)))) return false;
  const before = (lastOfPrev !== null ? lastOfPrev.slice(clauseStart(lastOfPrev, lastOfPrev.length)) : text.slice(clauseStart(text, q - 1), q - 1)).replace(/[（(][^（()）]*[）)]/g, '');
  if (!/[0-9０-９零〇一二两三四五六七八九十百千]+\s*件\s*$/.test(before)) return false;
  return pickMeasureAt(before, APPLY_MEASURES)?.measure.id === 'processed';
}
