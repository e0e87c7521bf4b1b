/**
 * A quarantine entry in the UI's language: why it was kept aside (lib/collect gives it as a code
 * with its figures, record.ts QuarantineWhy) and where it came from (the imported file's name and
 * the report's place in it, or a saved report), never the raw storage key (`import:2026-…Z:3`),
 * which stays in the item's title. An entry kept before the codes were has only the core's
 * Chinese reason: it is shown as written.
 */
import type { MessageKey, Translate } from '../i18n.ts';
import type { QuarantineEntry, QuarantineWhy } from '../../lib/collect/record.ts';
import { formatTime } from './labels.ts';

const ZOD_PROBLEMS = new Set(['too_small', 'too_big', 'invalid_value', 'invalid_format']);

/** The kind of value a stored value was ([kind, text] from lib/collect/migrate.ts kindOf). */
function valueWords(t: Translate, kind: string, text: string): string {
  if (kind === 'undefined') return t('dashQValueUndefined');
  if (kind === 'null') return t('dashQValueNull');
  if (kind === 'array') return t('dashQValueArray');
  if (kind === 'string') return t('dashQValueString', text);
  return t('dashQValueType', kind);
}

function problemWords(t: Translate, code: string, expected: string): string {
  if (code === 'invalid_type' && expected) return t('dashQProblem_invalid_type', expected);
  if (ZOD_PROBLEMS.has(code)) return t(`dashQProblem_${code}` as MessageKey);
  return t('dashQProblemOther', code || '?');
}

/** Why, in the UI's language; null for an entry with no code (its `reason` is then the only words). */
export function quarantineWhyText(t: Translate, why: QuarantineWhy | undefined): string | null {
  if (!why) return null;
  const a = why.args.map(String);
  switch (why.code) {
    case 'notRecord':
      return t('dashQ_notRecord', valueWords(t, a[0] ?? '', a[1] ?? ''));
    case 'unknownVersion':
      // no version at all: said so, not "无法识别的记录版本：空（undefined）", a programmer's word (ux67)
      return a[0] === 'undefined' ? t('dashQ_noVersion') : t('dashQ_unknownVersion', valueWords(t, a[0] ?? '', a[1] ?? ''));
    case 'notJsonText':
      return t('dashQ_notJsonText', a[0] ?? '');
    case 'tooNew':
      return t('dashQ_tooNew', a[0] ?? '', a[1] ?? '');
    case 'field': {
      const [version = '', path = '', code = '', expected = '', more = '0'] = a;
      return t('dashQ_field', version, path || t('dashQWhole'), problemWords(t, code, expected), Number(more) > 0 ? t('dashQMore', more) : '');
    }
    default:
      return t(`dashQ_${why.code}` as MessageKey);
  }
}

/** Where the value came from: "Imported from “x.json”, report 3", "A saved report". */
export function quarantineSource(t: Translate, q: Pick<QuarantineEntry, 'key' | 'file' | 'entry'>): string {
  // entries kept before the file's name was: the report's place is the key's last part (0-based)
  const place = q.entry ?? (/^import:.+Z:(\d+)$/.exec(q.key) ? Number(/:(\d+)$/.exec(q.key)![1]) + 1 : undefined);
  if (q.file !== undefined) return place !== undefined ? t('dashQFromFileEntry', q.file, place) : t('dashQFromFile', q.file);
  if (q.key.startsWith('import:')) return place !== undefined ? t('dashQFromImportEntry', place) : t('dashQFromImport');
  if (q.key.startsWith('report:')) return t('dashQFromStored');
  return t('dashQFromOther', q.key);
}

/**
 * The name of the button that clears one entry: the entry, as its line says it (where from, and when), so that a
 * screen reader's list of buttons tells them apart ("清除此条：导入自“x.json”的第3条 · 2026-11-22 08:00 隔离"); its
 * reason is the button's description (data-tools.tsx).
 */
export function quarantineDropName(t: Translate, q: Pick<QuarantineEntry, 'key' | 'file' | 'entry' | 'at'>): string {
  return `${t('dashQuarantineDrop')}${t('labelColon')}${quarantineSource(t, q)}${q.at ? ` · ${t('dashQKeptAt', formatTime(q.at))}` : ''}`;
}

/**
 * The quarantine as a JSON export carries it (the collection's and the quarantine's own): each reason in the UI's
 * language as the dashboard says it (ux86's walk: the export kept zod's English inside the core's Chinese sentence,
 * which the dashboard words); zod's own words stay in the reason's figures (`why.args`), the raw value as stored.
 * An entry with no code keeps the core's reason.
 */
export function quarantineExported<Q extends Pick<QuarantineEntry, 'reason' | 'why'>>(t: Translate, entries: readonly Q[]): Q[] {
  return entries.map((q) => ({ ...q, reason: quarantineWhyText(t, q.why) ?? q.reason }));
}
