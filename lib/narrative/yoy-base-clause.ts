/**
 * Year on year whose base stands in a clause or sentence of its own (recall39, rt38b's misses), read
 * as year-on-year.ts reads "较上年的60件增加20件":
 * - the comparison opening its sentence, this year's figure ending the one before: "2024年收到申请80件。
 *   较上年的60件增加20件。";
 * - last year's figure in a ，-clause of its own right after this year's, the change in the clause after
 *   it with no 较/同比 ("上年为60件，今年增加20件", "…80件，上年为60件，增加20件，增长33.3%"), or opening the
 *   next sentence ("2024年收到申请80件。上年为60件，今年增加20件。").
 * This year's figure is read only where no other can be meant: the one count of its counter in its
 * sentence (before last year's), ending its clause, exact, this year's; the change only in words of
 * change alone. Anything else is not read.
 */
import type { Paragraph } from './extract-prose.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { RULE, saidCheck } from './narrative-types.ts';
import { notThisYears } from './other-year.ts';
import { otherBaseYear, yearOfLabel } from './base-year.ts';
import { clauseStartOf } from './parts-sum.ts';
import { COMPARE, evaluateChange, readChangeClaim, type ChangeClaim } from './year-on-year.ts';

/** Last year's figure, named so and nothing else: "上年为60件", "去年同期60件", "2023年为60件". */
const BASE_LABEL = /^(?:上年|去年|上一年度?|上年度|\d{4}\s*年度?)(?:同期)?(?:为|是|有|共|达)?$/;
/** The words of a change alone, with this year named at most ("今年增加20件", "增长33.3%"). */
const CHANGE_WORDS = /^[，,]\s*(?:今年|本年度?|今年度|全年)?(?:共|净)?(?:增加|减少|增长|下降|上升|降低|提高|增多|多|少|增幅|降幅)了?(?:为|达|了)?\s*$/;
/** Between a comparison opening its sentence and its first figure: 的, or words of change alone. */
const RIGHT_AFTER = /^\s*(?:的|[（(]|(?:[，,]?\s*(?:相比|相较)?[，,]?\s*)(?:共|净)?(?:增加|减少|增长|下降|上升|降低|提高|增多|多|少)了?)?\s*$/;
/** year-on-year.ts's COMPARE, its first match and all of them (built once: this runs on every sentence with a figure). */
const COMPARE_FIRST = new RegExp(COMPARE.source);
const COMPARE_ALL = new RegExp(COMPARE.source, 'g');
/** Nothing after a figure but the sentence's end. */
const ENDS = /^[\s。；;！!]*$/;

/** This year's figure, the sentence before's last, when it is that sentence's one count of its counter. */
function lastOfSentenceBefore(sentences: readonly SentenceFigures[], i: number, year: number | null): { f: TextFigure; s: SentenceFigures } | null {
  const s = sentences[i];
  const p = sentences[i - 1];
  if (!s || !p || p.para !== s.para) return null;
  const f = p.figures[p.figures.length - 1];
  if (!f || !isCount(f) || f.paren !== null || !ENDS.test(p.text.slice(f.end)) || notThisYears(p, f, year)) return null;
  if (p.figures.filter((g) => g.unit === f.unit).length !== 1 || BASE_LABEL.test(f.label.replace(/^[，,\s]+/, '').trim())) return null;
  return { f, s: p };
}

/** A bare lead ，-clause of comparison: "与2023年相比，", "与上年相较，". */
const LEAD = /^\s*(?:相比|相较|比较)(?:而言)?\s*[，,]\s*/;

/**
 * "与2023年相比，本年度新收申请62件，增加8件，增幅14.8%": the comparison a bare lead opening its sentence, this year's
 * count the first figure after it, in the ，-clause right after the lead, of this year (no other year's nor last year's
 * label), with its change (an amount and a growth in %: one alone has nothing to check against) right after it in words
 * of change alone. A change after another count ("…62件，办结63件，增加8件"), or a change alone ("与2023年相比，申请量增加
 * 8件，增幅14.8%；全年新收62件": rt78's 116, the count after it), is not read.
 */
function afterLead(s: SentenceFigures, keywordEnd: number, first: TextFigure, year: number | null): ChangeClaim | null {
  const lead = LEAD.exec(s.text.slice(keywordEnd, first.start));
  if (!lead || !isCount(first) || first.paren !== null || first.approx || first.change !== null) return null;
  if (clauseStartOf(s.text, first.start) !== keywordEnd + lead[0].length || /上年|去年|同期|前一年/.test(first.label) || notThisYears(s, first, year)) return null;
  const next = s.figures[1];
  if (!next || next.change === null || !CHANGE_WORDS.test(s.text.slice(first.end, next.start))) return null;
  const c = readChangeClaim(s, first.end, first.end, first);
  return c && !c.prev && c.amount && c.pct ? c : null;
}

function outcome(c: ChangeClaim, keyword: string, s: SentenceFigures, paragraphs: readonly Paragraph[], year: number | null, quote: () => string): ClaimOutcome[] {
  const otherYear = otherBaseYear(c.baseYear, keyword, year);
  if (otherYear) return [{ check: saidCheck(RULE.change, 'skip', quote(), otherYear) }];
  return evaluateChange(c, keyword, s, paragraphs);
}

export function checkBaseClauseChanges(sentences: readonly SentenceFigures[], i: number, paragraphs: readonly Paragraph[], year: number | null): ClaimOutcome[] {
  const s = sentences[i];
  if (!s || s.figures.length === 0) return [];
  const out: ClaimOutcome[] = [];
  // "…80件。较上年的60件增加20件。": the comparison opens the sentence
  const m = COMPARE_FIRST.exec(s.text);
  if (m && s.text.slice(0, m.index).trim() === '' && (s.text.match(COMPARE_ALL) ?? []).length === 1) {
    const before = lastOfSentenceBefore(sentences, i, year);
    // (nothing between the comparison and its first figure but 的 or words of change: "与上年相比，收到
    // 申请减少10件" names its own subject, which may not be the count before)
    const first = s.figures[0];
    const plain = first !== undefined && RIGHT_AFTER.test(s.text.slice(m.index + m[0].length, first.start));
    const c = before && plain ? readChangeClaim(s, m.index, m.index + m[0].length, before.f) : null;
    // (last year's figure and a change, or the change twice: "较上年增加20件，增长33.3%")
    const enough = c && (c.prev ? (c.amount || c.pct) && c.prev.start - (m.index + m[0].length) <= 4 : c.amount && c.pct);
    if (c && before && enough) {
      c.curIn = before.s;
      out.push(...outcome(c, m[0], s, paragraphs, year, () => s.text.slice(0, Math.max(...[c.prev, c.amount, c.pct].map((f) => f?.end ?? 0)))));
    }
    // ("与2023年相比，本年度新收申请62件，增加8件，增幅14.8%": a bare lead, this year's count right after it — txt79)
    const led = !c && first ? afterLead(s, m.index + m[0].length, first, year) : null;
    if (led) out.push(...outcome(led, m[0], s, paragraphs, year, () => s.text.slice(0, Math.max(led.amount!.end, led.pct!.end))));
    return out;
  }
  if (COMPARE.test(s.text)) {
    COMPARE.lastIndex = 0;
    return out;
  }
  COMPARE.lastIndex = 0;
  // "…80件，上年为60件，今年增加20件": last year's figure in a clause of its own
  s.figures.forEach((base, k) => {
    if (!isCount(base) || base.paren !== null) return;
    const from = clauseStartOf(s.text, base.start);
    const label = s.text.slice(from, base.start).trim();
    if (!BASE_LABEL.test(label) || (from > 0 && !/[，,]/.test(s.text[from - 1] ?? ''))) return;
    let cur: TextFigure | null = null;
    let curIn: SentenceFigures | undefined;
    if (from === 0 && k === 0) {
      const b = lastOfSentenceBefore(sentences, i, year);
      if (b) [cur, curIn] = [b.f, b.s];
    } else {
      const c = s.figures[k - 1];
      const sameUnit = s.figures.slice(0, k).filter((g) => g.unit === base.unit);
      if (c && isCount(c) && c.paren === null && sameUnit.length === 1 && sameUnit[0] === c && clauseStartOf(s.text, c.start) < from &&
        s.text.slice(c.end, from).trim() === '，' && !notThisYears(s, c, year)) cur = c;
    }
    if (!cur || cur.unit !== base.unit) return;
    const claim: ChangeClaim = { cur, prev: base, amount: null, pct: null, baseYear: yearOfLabel(label), ...(curIn ? { curIn } : {}) };
    let after = base.end;
    for (const f of s.figures.slice(k + 1, k + 3)) {
      if (f.change === null || f.approx || !CHANGE_WORDS.test(s.text.slice(after, f.start))) break;
      if (f.unit === '%' && !claim.pct) claim.pct = f;
      else if (f.unit === cur.unit && !claim.amount) claim.amount = f;
      else break;
      after = f.end;
    }
    if (!claim.amount && !claim.pct) return;
    out.push(...outcome(claim, '上年', s, paragraphs, year, () => s.text.slice(from, after)));
  });
  return out;
}
