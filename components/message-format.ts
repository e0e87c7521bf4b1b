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

/** A message as the lens carries it (components/build/lens-messages.ts): its placeholders' contents in place ("$COUNT$" → "$1"). */
export function lensText(entry: MessageEntry): string {
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
}

/**
 * A message with its $NAME$ placeholders filled from subs, as browser.i18n.getMessage does: the placeholders' contents
 * put in place (lensText, the lens's form already), then their $1…$9 (no message has a $digit of its own).
 */
export function formatMessage(entry: MessageEntry | string | undefined, subs: readonly string[]): string {
  if (!entry) return '';
  return (typeof entry === 'string' ? entry : lensText(entry)).replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
}
