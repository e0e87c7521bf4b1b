/**
 * Shares in tenths said of a 分别 list (txt73; txt71 and txt72 left it unread): "其中自然人提出56件、法人或其他组织提出6件，
 * 分别占九成和一成". The parts are the counts joined by 、/和/及 or "，" right before "，分别占" (runBefore), the
 * whole the count a 其中 opening that run divides (qizhong-whole.ts thisYearWhole: this year's), as for one share in tenths (tenths.ts); the
 * words as many as the parts, each a plain X成 or X成半 (or with 约 / 左右), joined by 和/、/及/与. Any other word (近, 超过,
 * 以上: a bound said of several shares at once), a word too few or too many, and nothing is read. Each share is judged
 * as tenths.ts judges one: a pass, a loose word's skip within 5 points past its bounds, an error beyond.
 */
import { readChineseCount } from './chinese-numerals.ts';
import { cmpDec } from './decimal.ts';
import { isCount, semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { RULE, saidCheck, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { part as notePart, said } from './note-words.ts';
import { clauseStart, shownOf } from './quote.ts';
import { thisYearWhole } from './qizhong-whole.ts';
import { bounds, judge, pct } from './tenths.ts';

/** "，分别占" (or "，分别占比为") right after the run's last count. */
const RESPECTIVE = /^\s*[，,]\s*分别(?:占比?|约占)(?:为|约为)?\s*/;
/** One word: "九成", "约七成", "七成半", "一成左右". */
const WORD = /^(约|大约)?([一二两三四五六七八九1-9])成(半|五)?(左右)?/;
const JOIN = /^(?:和|、|及|与)/;

/**
 * The counts before "，分别占": joined by 、/和/及/与, each with its words, or by "，" ("…56件，法人或其他组织提出6件，分别占…",
 * as share-runs.ts pairs digit shares); a clause opening a list or naming a whole (其中, 共, 合计…) ends the run.
 */
function runBefore(s: SentenceFigures, last: TextFigure): TextFigure[] {
  const run = [last];
  for (let k = s.figures.indexOf(last) - 1; k >= 0; k--) {
    const f = s.figures[k] as TextFigure;
    const between = s.text.slice(f.end, (run[0] as TextFigure).start);
    if (!isCount(f) || f.unit !== last.unit) break;
    if (!(/^\s*[、和及与][^\d，,；;。：:（）()]{0,12}$/.test(between) || (/^\s*[，,][^\d，,；;。：:（）()、]{1,12}$/.test(between) && !/其中|包括|共|合计|总|另|分别|占|率/.test(between)))) break;
    run.unshift(f);
  }
  return run;
}

export function checkRespectiveTenths(s: SentenceFigures): ClaimOutcome[] {
  const t = s.text;
  const out: ClaimOutcome[] = [];
  for (const last of s.figures) {
    const lead = t.includes('分别', last.end) ? RESPECTIVE.exec(t.slice(last.end)) : null;
    if (!lead || !isCount(last)) continue;
    const run = runBefore(s, last);
    if (run.length < 2 || (run[0]?.start ?? 0) < semicolonClauseStart(t, last.start)) continue;
    let at = last.end + lead[0].length;
    const words: { m: RegExpExecArray; at: number }[] = [];
    for (let m = WORD.exec(t.slice(at)); m; m = WORD.exec(t.slice(at))) {
      words.push({ m, at });
      at += m[0].length;
      const j = JOIN.exec(t.slice(at));
      if (!j) break;
      at += j[0].length;
    }
    // (the words end their clause: "分别占九成和一成以上" says a bound, "…一成半" a word unread)
    if (words.length !== run.length || !/^(?:[，,。；;）)]|$)/.test(t.slice(at))) continue;
    const whole = thisYearWhole(s, run[0]!);
    if (!whole || whole.value.n <= 0n || whole.ulp || run.some((p) => p.ulp || p.unit !== whole.unit || cmpDec(whole.value, p.value) < 0)) continue;
    const quote = shownOf(s).slice(clauseStart(t, run[0]!.start), at).trim();
    run.forEach((p, k) => {
      const { m } = words[k]!;
      const digit = m[2] as string;
      const tenths = (/\d/.test(digit) ? Number(digit) : (readChineseCount(digit) ?? 0)) + (m[3] ? 0.5 : 0);
      const b = bounds(tenths, m[1], m[4]);
      if (b.lo < 0 || tenths <= 0) return;
      const r = pct(p.value, whole.value);
      const x = String(Math.round(r * 10) / 10);
      const w = `占${m[0]}`;
      const calc = notePart('tenthsCalc', p.raw, whole.raw, x, w);
      const v = judge(r, b);
      if (v === 'pass') out.push({ check: saidCheck(RULE.share, 'pass', quote, said('tenthsCalc', p.raw, whole.raw, x, w)) });
      else if (v === 'loose') out.push({ check: saidCheck(RULE.share, 'skip', quote, said('tenthsLoose', calc)) });
      else {
        const detail = said('tenthsCalc', p.raw, whole.raw, x, w).message;
        out.push({ check: { rule: RULE.share, outcome: 'fail', quote, detail }, finding: textFinding(RULE.share, 'error', said('tenthsShare', p.raw, w, whole.raw, x), quote, Math.round(r * 10) / 10, tenths * 10) });
      }
    });
  }
  return out;
}
