/**
 * What every narrative check produces. NarrativeCheck and NarrativeResult are re-exported by
 * check-narrative.ts (the stage's interface); they live here so that the pattern modules do not
 * import the stage that imports them.
 */
import type { Finding, NotePart } from '../types.ts';
import type { Said } from './note-words.ts';

/** One claim of the text and how its check came out: pass, fail, or skip with the reason. */
export interface NarrativeCheck {
  rule: string;
  outcome: 'pass' | 'fail' | 'skip';
  /** the claim's exact text on the page */
  quote: string;
  /** in Chinese: what was compared, or why it could not be */
  detail: string;
  /**
   * the detail as a code with its figures (note-words.ts: rendered, the detail to the character), where its shape
   * has one (en63: the most frequent reasons of a skip, and the comparisons they quote); kept only where it says
   * the detail exactly (check-narrative.ts), so a step that rewords the detail without it loses it, never lies
   */
  note?: NotePart;
}

export interface NarrativeResult {
  findings: Finding[];
  checks: NarrativeCheck[];
  /** changes against last year whose base the text leaves unsaid, for last year's report to check (last-year-claims.ts) */
  lastYear?: import('./last-year-claims.ts').LastYearClaim[];
}

/** A pattern module's answer for one claim: its check, and a finding when it failed. */
export interface ClaimOutcome {
  check: NarrativeCheck;
  finding?: Finding;
}

export const RULE = {
  vsTable: 'text.vs-table',
  partsSum: 'text.parts-sum',
  share: 'text.share',
  change: 'text.change',
  product: 'text.product',
} as const;

/** A check whose detail is said from a note (note-words.ts), which it keeps when it has one (en63). */
export function saidCheck(rule: string, outcome: NarrativeCheck['outcome'], quote: string, s: Said): NarrativeCheck {
  return s.note ? { rule, outcome, quote, detail: s.message, note: s.note } : { rule, outcome, quote, detail: s.message };
}

/** A text finding; its sentence a message of the core's or one said from a note (note-words.ts), which it keeps. */
export function textFinding(
  rule: string,
  severity: Finding['severity'],
  message: string | Said,
  quote: string,
  expected?: number,
  actual?: number,
  cells: Finding['cells'] = [],
): Finding {
  const f: Finding = { rule, severity, message: typeof message === 'string' ? message : message.message, cells, suspect: null, quote };
  if (typeof message !== 'string' && message.note) f.note = message.note;
  if (expected !== undefined) f.expected = expected;
  if (actual !== undefined) f.actual = actual;
  return f;
}

/** Runs one pattern; a pattern that throws becomes an info finding naming it (STYLE.md). */
export function guarded(rule: string, findings: Finding[], run: () => ClaimOutcome[]): ClaimOutcome[] {
  try {
    return run();
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    findings.push({
      rule,
      severity: 'info',
      message: `正文核对（${rule}）出现内部错误，已跳过：${error}`,
      cells: [],
      suspect: null,
      quote: null,
      // (the rule and the error as caught, worded in the UI's language: components/finding-words.tsx)
      note: { code: 'textThrew', args: [rule, error] },
    });
    return [];
  }
}
