/**
 * A part's own breakdown, which is no more parts of the list's whole (split from parts-sum.ts by meaning, fix86, session 61):
 * partsIn reads the list, and takes out the items that break one of its parts down.
 */
import { cmpDec, sumDec } from './decimal.ts';
import type { At } from './quote.ts';

/** Where the parenthesis open before `pos` closes. */
export function parenEnd(text: string, pos: number): number {
  const m = /[)）]/.exec(text.slice(pos));
  return m ? pos + m.index : text.length;
}

/**
 * A part's own breakdown in the parenthesis right after it is no more parts of the whole: "其中自然人
 * 申请54件，法人或其他组织申请17件（企业9件，律师事务所2件，其他6件）" (red team 20, c34). Only when
 * the parenthesis holds two figures or more and they add up to the part before it, or one figure
 * said of each of its kinds: "政府工作报告2条（中英文各1条）" (hunt32b: a real 2023 provincial
 * report's list, 345 in all, read as 346).
 */
export function withoutBreakdowns(parts: readonly At[]): At[] {
  const out: At[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k] as At;
    out.push(p);
    if (p.f.paren !== null) continue;
    const open = /^[^\s，,；;。、（(\d]{0,3}[（(]/.exec(p.s.text.slice(p.f.end));
    if (!open) continue;
    const at = p.f.end + open[0].length;
    const close = parenEnd(p.s.text, at);
    let n = 0;
    while (k + 1 + n < parts.length && (parts[k + 1 + n] as At).f.start >= at && (parts[k + 1 + n] as At).f.end <= close) n++;
    if (n >= 2 && cmpDec(sumDec(parts.slice(k + 1, k + 1 + n).map((x) => x.f.value)), p.f.value) === 0) k += n;
    else if (n === 1 && EACH_BEFORE.test(p.s.text.slice(at, (parts[k + 1] as At).f.start)) && cmpDec((parts[k + 1] as At).f.value, p.f.value) < 0) k += 1;
  }
  return out;
}

/** "各" right before a figure in a parenthesis: the figure is each kind's, not one more part ("中英文各1条", "各1件"). */
const EACH_BEFORE = /各\s*$/;
