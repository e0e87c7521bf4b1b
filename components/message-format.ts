/**
 * The locale files' messages filled in, as browser.i18n.getMessage does (components/i18n.ts): apart from i18n.ts so
 * that the build (components/build/lens-messages.ts) and its tests read it without the extension's API.
 */
export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type MessageTable = Record<string, MessageEntry>;
/** A table whose entries may be the lens's form: the text with the placeholders' contents in place (components/build/lens-messages.ts). */
export type LooseTable = Readonly<Record<string, MessageEntry | string>>;

/**
 * A message with its $NAME$ placeholders filled from subs, as browser.i18n.getMessage does; in the lens's form, its
 * $1…$9 (components/build/lens-messages.ts).
 */
export function formatMessage(entry: MessageEntry | string | undefined, subs: readonly string[]): string {
  if (typeof entry === 'string') return entry.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  if (!entry) return '';
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    if (content === undefined) return whole;
    return content.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  });
}
