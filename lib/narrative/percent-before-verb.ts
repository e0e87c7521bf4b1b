/**
 * A growth in % written before its verb (txt72): "较上年的49.9万人次实现17.43%增长" (seed 003), "实现了20%的增长",
 * "出现20%的下降". The verb after the figure is its change, as "增长17.43%" is, only where a verb of achieving stands
 * right before the figure (实现, 取得, 出现) and the growth ends its clause: "实现50%增长目标", "实现了90%的覆盖率"
 * are no change.
 */
const LEAD = /(?:实现|取得|出现)了?$/;
const VERB_AFTER = /^的?(增长|下降)(?=[，,。；;（(！!]|$)/;

/** The change verb after a percentage (figures-in-text.ts), or null. */
export function verbAfterPercent(text: string, end: number, label: string): string | null {
  if (!LEAD.test(label)) return null;
  return VERB_AFTER.exec(text.slice(end, end + 4))?.[1] ?? null;
}

/**
 * The words between such a change and the figure after it, without its verb: "实现20%增长（上年为1000条）" → "（", so that
 * last year's figure in the parenthesis (or the ，-clause) after the verb is the change's base (year-on-year.ts), as after
 * "增长20%（上年为1000条）" (txt73; txt72 left it unread).
 */
export function withoutVerbAfter(between: string, label: string): string {
  const m = LEAD.test(label) ? /^的?(?:增长|下降)/.exec(between) : null;
  return m ? between.slice(m[0].length) : between;
}
