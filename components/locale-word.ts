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

export function localeWord(t: Translate, key: string, ...subs: WordArg[]): string {
  const s = subs.length === 0 ? lookup(t, key) : t(key as MessageKey, ...subs);
  if (s === null || s === '' || s === key) throw new UnknownWord(key);
  return s;
}
