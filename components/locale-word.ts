/**
 * A locale word for the findings' wordings (table-finding-words.ts, cross-finding-words.ts): the
 * key's message with its figures, or UnknownWord thrown when this build's locale has no such key (a
 * code or part of a newer build), which the wording turns into "not worded here" (null).
 */
import type { MessageKey, Translate } from './i18n.ts';
import { lookup } from './rule-label.ts';

export type WordArg = string | number;

/** A sign that a key is not one the locale has. */
export class UnknownWord extends Error {}

/**
 * A flat-argument family's wording (table-finding-words.ts, cross-finding-words.ts): the note's sentence
 * when the finding's rule is one of the family's (a skip has none) and its arguments are plain, else
 * null, and null too where the locale lacks a key the sentence needs.
 */
export function wordFlat(
  f: { rule?: string; note?: { code: string; args: readonly unknown[] } },
  ownRule: (rule: string) => boolean,
  sentence: (code: string, args: readonly WordArg[]) => string | null,
): string | null {
  const note = f.note;
  if (!note || (f.rule !== undefined && !ownRule(f.rule))) return null;
  if (!note.args.every((a): a is WordArg => typeof a === 'string' || typeof a === 'number')) return null;
  try {
    return sentence(note.code, note.args);
  } catch (e) {
    if (e instanceof UnknownWord) return null;
    throw e;
  }
}

export function localeWord(t: Translate, key: string, ...subs: WordArg[]): string {
  const s = subs.length === 0 ? lookup(t, key) : t(key as MessageKey, ...subs);
  if (s === null || s === '' || s === key) throw new UnknownWord(key);
  return s;
}

/**
 * A name or clause written to stand alone ("Normative documents", "The report's tables are pictures…")
 * as it reads inside an English sentence: its first letter lower-cased where the word after it is an
 * ordinary one (not "II." nor an acronym). One rule for every such name (en62), so that no sentence says
 * "differ in Normative documents in force"; the Chinese, which has no case, is left as it is.
 */
export function inSentence(s: string): string {
  return /^[A-Z][a-z]/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
