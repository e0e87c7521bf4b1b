/**
 * The messages between the content script, the background and the popup. The content script
 * answers for its tab; the background only keeps the toolbar badge.
 */

/** content → background: the count for the toolbar badge (null: not a report, no badge) */
export interface AnalysisMessage {
  type: 'nianbao-lens/analysis';
  problems: number | null;
}

/** content → background: the locale table for a forced language */
export interface LocaleRequest {
  type: 'nianbao-lens/locale';
  language: 'zh_CN' | 'en';
}

export function isLocaleRequest(m: unknown): m is LocaleRequest {
  const x = m as { type?: unknown; language?: unknown } | null;
  return x?.type === 'nianbao-lens/locale' && (x.language === 'zh_CN' || x.language === 'en');
}

/** popup/background → content script */
export type TabRequest =
  | { type: 'nianbao-lens/run' }
  | { type: 'nianbao-lens/state' }
  | { type: 'nianbao-lens/toggle-panel' };

/** What the content script answers: where the check of its page stands. */
export interface TabState {
  status: 'idle' | 'not-report' | 'report';
  problems: number | null;
  /** the panel's verdict: problems found, all checks held, or nothing could be checked */
  verdict: 'problems' | 'ok' | 'unchecked' | null;
  agency: string | null;
  year: number | null;
  panel: boolean;
}

export function isTabRequest(m: unknown): m is TabRequest {
  const type = (m as { type?: unknown } | null)?.type;
  return type === 'nianbao-lens/run' || type === 'nianbao-lens/state' || type === 'nianbao-lens/toggle-panel';
}

export function isAnalysisMessage(m: unknown): m is AnalysisMessage {
  const x = m as { type?: unknown; problems?: unknown } | null;
  return x?.type === 'nianbao-lens/analysis' && (x.problems === null || typeof x.problems === 'number');
}
