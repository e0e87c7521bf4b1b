/**
 * A finding's sentence in the UI's language. The core words each finding in Chinese (its message,
 * which the batch checker and the Chinese panel say as it always has); a finding that also carries a
 * code and its figures (Finding.note) is worded from them through the locale files, family by family:
 * the mapping stage's notes (map-note-words.ts), the tables' identities and blank totals
 * (table-finding-words.ts), the checks across years and their skips (cross-finding-words.ts) and the
 * text's claims (text-finding-words.ts). The Chinese locale's words are the core's, so either way the Chinese panel reads
 * the same. A finding with no code this build words (a report kept before codes, a code of a newer
 * build) is shown as the core wrote it, marked lang="zh-CN" so that a screen reader of the English
 * panel reads it with a Chinese voice.
 */
import type { FindingOut } from '../lib/report/schema.ts';
import type { Translate } from './i18n.ts';
import { mapNoteWords } from './map-note-words.ts';
import { tableFindingWords, tableSuspectApart } from './table-finding-words.ts';
import { crossFindingWords } from './cross-finding-words.ts';
import { textNoteWords } from './text-finding-words.ts';

/** What a family's wording reads: the core's sentence and, where it has one, its code and figures. */
export interface Worded {
  message: string;
  note?: FindingOut['note'];
  /** the finding's rule, where the caller has it: a family words only its own rules' codes */
  rule?: string;
}

/** A family's wording: the sentence from the note's code and figures, or null when the code is not one of its own. */
export type Wording = (t: Translate, f: Worded) => string | null;

/**
 * A check that threw, caught and said (lib/rules/run-rules.ts core.internal, lib/narrative/narrative-types.ts
 * guarded): the rule's id and the error as caught, which are no Chinese of the core's (en62).
 */
const thrownWords: Wording = (t, f) => {
  const n = f.note;
  if (!n || (n.code !== 'ruleThrew' && n.code !== 'textThrew') || n.args.length !== 2 || !n.args.every((a) => typeof a === 'string')) return null;
  return t(n.code === 'ruleThrew' ? 'findingRuleThrew' : 'findingTextThrew', ...(n.args as string[]));
};

/** Each family's wording, tried in turn. */
const WORDINGS: readonly Wording[] = [mapNoteWords, tableFindingWords, crossFindingWords, textNoteWords, thrownWords];

export interface FindingWords {
  text: string;
  /** 'zh-CN' when the text is the core's own Chinese sentence (no code worded it), else undefined: the UI's language */
  lang: 'zh-CN' | undefined;
}

export function findingWords(t: Translate, f: Worded): FindingWords {
  if (f.note) {
    for (const word of WORDINGS) {
      const text = word(t, f);
      if (text !== null) return { text, lang: undefined };
    }
  }
  return { text: f.message, lang: 'zh-CN' };
}

/** The finding's sentence as a span, with its lang where it is the core's Chinese. */
export function FindingText({ t, f }: { t: Translate; f: Worded }) {
  const w = findingWords(t, f);
  return <span lang={w.lang}>{w.text}</span>;
}

/** A finding as its card shows it: the sentence, and the line with its suspect's figures, if it has one. */
export interface FindingCard extends FindingWords {
  /** "最可能出错的单元格现为 31，应为 30（「（一）予以公开」自然人；改后 2 项校验同时成立）"; null: no suspect to fix */
  fix: string | null;
}

/**
 * The card's sentence and suspect line, the suspect said once (ux66): where the sentence would name the suspect
 * (a failed sum's "；最可能出错的是…（现为31），改为30即可同时满足2项校验"), it says the failed sum alone and the
 * line under it says the suspect's cell, its figures and how many checks its fix satisfies. A sentence of the
 * core's own (no code worded it) keeps its words and the bare line, as before.
 */
export function findingCard(t: Translate, f: FindingOut): FindingCard {
  const line = f.suspect !== null && f.expected !== undefined && f.actual !== undefined ? t('suspectLine', String(f.actual), String(f.expected)) : null;
  const apart = line !== null ? tableSuspectApart(t, f) : null;
  if (apart) return { text: apart.text, lang: undefined, fix: `${line}${apart.where}` };
  return { ...findingWords(t, f), fix: line };
}
