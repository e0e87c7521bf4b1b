/**
 * The panel's last section, what could not be read or checked: the report's own (tables missing, checks not made,
 * the text's claims not judged, the map's notes), then the comparisons with its other years not made. The text's
 * claims not judged are a list of their own under their count, collapsed at first: each sentence, why it could not be
 * judged, and a jump to it on the page (ux63; the count alone said how many, never which). A reason with a code
 * (en63: narrative.skips' note) is worded in the UI's language; the others are the core's Chinese, marked so.
 */
import { Component } from 'preact';
import type { CrossYearSkip } from '../lib/collect/record.ts';
import type { Translate } from './i18n.ts';
import type { ClaimSkip, ReportView } from './findings-view.ts';
import { crossSkipItems, unreadParts } from './results-text.ts';
import { skipNoteWords } from './text-finding-words.ts';

export interface UnreadProps {
  t: Translate;
  lang: string;
  view: ReportView;
  skips: readonly CrossYearSkip[];
  /** a report before 2019 with no table checked (results-text.ts noStandardTables): nothing unread says only its text was checked */
  noTables?: boolean;
  /** whether a claim's sentence was found on the page (nothing to jump to otherwise); absent: no jump offered */
  sentenceFound?: (quote: string) => boolean;
  onSentence?: (quote: string) => void;
}

/** What could not be read or checked: the report's own, then the comparisons with its other years not made. */
export function Unread(props: UnreadProps) {
  const { t, view } = props;
  const parts = unreadParts(t, view);
  const notCompared = crossSkipItems(t, props.skips);
  const none = parts.before.length + parts.after.length + notCompared.length === 0 && parts.claims === null;
  return (
    <section class="unread" aria-label={t('unreadHeader')}>
      <h2>{t('unreadHeader')}</h2>
      <ul>
        {none && <li>{props.noTables ? t('nothingUnreadPre2019') : t('nothingUnread')}</li>}
        {parts.before.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
        {parts.claims !== null && (
          <li key="claims" class="claims">
            <SkippedClaims {...props} line={parts.claims} claims={view.unread.claims} />
          </li>
        )}
        {parts.after.map((s, i) => (
          <li key={`after-${i}`}>{s}</li>
        ))}
        {notCompared.map((s, i) => (
          <li key={`cross-${i}`} data-rule="cross.skipped">
            {s}
          </li>
        ))}
      </ul>
    </section>
  );
}

interface SkippedProps extends UnreadProps {
  /** the count's line ("正文中 3 处数字陈述无法判断") */
  line: string;
  claims: readonly ClaimSkip[];
}

/**
 * The count's line, and under it, once opened, each claim: its sentence (a button: the page scrolls to it and it
 * flashes, unmarked, as nothing was found wrong in it) and why. Collapsed at first: the reasons are for the reader who
 * asks, and a page may have a dozen. The sentences are looked for on the page only once the list is open.
 * A class: preact/hooks would add 1 KB gzipped to every page the lens runs on (panel.tsx).
 */
class SkippedClaims extends Component<SkippedProps, { open: boolean }> {
  override state = { open: false };

  private toggle = (e: Event): void => {
    this.setState({ open: (e.currentTarget as HTMLDetailsElement).open });
  };

  override render() {
    const { t, lang, line, claims } = this.props;
    // a report kept before its reasons were (narrative.skips): the count alone, as before
    if (claims.length === 0) return <>{line}</>;
    const open = this.state.open;
    return (
      <details open={open} onToggle={this.toggle} data-list="claims-skipped">
        <summary>{line}</summary>
        {open && (
          <ol class="skips">
            {claims.map((c, i) => {
              const found = this.props.sentenceFound?.(c.quote) ?? false;
              // a reason with a code (en63) in the UI's language; the others in the core's Chinese, said so in English
              const worded = lang === 'zh-CN' ? null : skipNoteWords(t, c.note);
              return (
                <li key={i} data-rule={c.rule}>
                  <button class="skip" aria-disabled={found ? undefined : 'true'} onClick={() => found && this.props.onSentence?.(c.quote)}>
                    {/* the page's sentence, in its own language; a reason not coded yet is the core's Chinese: said so in English */}
                    <span class="quote" lang="zh-CN">{t('dashQuote', c.quote)}</span>
                    {worded !== null ? (
                      <span class="sub">
                        {t('skipWhyWorded')}
                        <span class="why">{worded}</span>
                      </span>
                    ) : (
                      <span class="sub">
                        {t('skipWhy')}
                        <span class="why" lang={lang === 'zh-CN' ? undefined : 'zh-CN'}>{c.detail}</span>
                      </span>
                    )}
                    {!found && <span class="sub">{t('notFoundOnPage')}</span>}
                  </button>
                </li>
              );
            })}
          </ol>
        )}
      </details>
    );
  }
}
