/**
 * A rule id's name in the UI's language ('t3.balance' → "表三收支平衡…" / "Table 3 balance"), from the
 * locale files' dashRule_* keys; an id with no key yet shows as it is. Shared by the dashboard and
 * the panel, which names each finding's rule in English: the findings' own sentences come from the
 * core in Chinese (components/i18n.ts), so an English reader gets at least what kind of check failed.
 */
import type { MessageKey, Translate } from './i18n.ts';

/** The translator's answer, or null when the key has no message (it echoes the key back). */
export function lookup(t: Translate, key: string): string | null {
  const s = t(key as MessageKey);
  return s && s !== key ? s : null;
}

export const ruleLabel = (t: Translate, rule: string): string => lookup(t, `dashRule_${rule.replace(/[.-]/g, '_')}`) ?? rule;
