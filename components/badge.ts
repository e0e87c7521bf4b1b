/**
 * The toolbar badge of a tab, from its report's verdict (lib/collect/build.ts verdictOf, with the
 * collection's cross-year findings): the number of inconsistencies in red; a green ✓ only when
 * every table the template has was read and held; a grey ✓ when what was read holds but a table
 * was not found (partial), and a grey – when nothing could be checked. Before, partial and
 * unchecked both showed the green ✓, which claimed more than was checked. The tooltip (the
 * action's title for that tab) says the verdict in words, in the UI language.
 */
import type { Translate } from './i18n.ts';
import type { TabState } from './messages.ts';

export type BadgeVerdict = NonNullable<TabState['verdict']>;

export interface BadgeLook {
  text: string;
  color: string;
  /** the toolbar button's tooltip for the tab */
  title: string;
}

export const BADGE_COLORS = { bad: '#c62828', ok: '#2e7d32', grey: '#616161' } as const;

export function badgeLook(verdict: BadgeVerdict, problems: number, t: Translate): BadgeLook {
  const title = (words: string): string => t('badgeTitle', words);
  if (verdict === 'problems' || problems > 0) {
    return { text: String(problems), color: BADGE_COLORS.bad, title: title(t('verdictProblems', problems)) };
  }
  if (verdict === 'ok') return { text: '✓', color: BADGE_COLORS.ok, title: title(t('verdictOk')) };
  if (verdict === 'partial') return { text: '✓', color: BADGE_COLORS.grey, title: title(t('verdictPartial')) };
  return { text: '–', color: BADGE_COLORS.grey, title: title(t('verdictUnchecked')) };
}
