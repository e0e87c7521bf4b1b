/**
 * Both locale files as tables, for a forced language (settings), and in the lens for the
 * browser's own choice too (entrypoints/content/lens.tsx, loadTranslate: no getMessage IPC).
 */
import zhCN from '../public/_locales/zh_CN/messages.json';
import en from '../public/_locales/en/messages.json';
import type { MessageTable } from './i18n.ts';
import type { Language } from './settings-read.ts';

export const LOCALE_TABLES: Record<Exclude<Language, 'auto'>, MessageTable> = { zh_CN: zhCN, en };

export function localeTable(language: Language): MessageTable | null {
  return language === 'auto' ? null : LOCALE_TABLES[language];
}
