/**
 * The panel's smaller parts: the copy button of its bar, and the tooltip beside a hovered cell
 * (components/panel.tsx renders both).
 */
import type { FindingOut } from '../lib/report/schema.ts';
import type { Translate } from './i18n.ts';
import { findingCard, findingWords } from './finding-words.tsx';

export interface Tooltip {
  x: number;
  y: number;
  /** shown above the point (near the bottom of the window) */
  above: boolean;
  suspect: boolean;
  findings: FindingOut[];
  /** the hovered element's top and bottom in the window (the panel's strip places the tooltip beside it: panel-strip.ts) */
  cell?: { top: number; bottom: number };
}

/** The last copy's outcome, shown on its button for a moment. */
export type Copied = 'done' | 'failed' | null;

/**
 * Copies the results as text; its icon and name say for a moment whether that worked, and a live
 * region says it to a screen reader.
 */
export function CopyButton({ t, copied, onClick }: { t: Translate; copied: Copied; onClick: () => void }) {
  const label = copied === 'done' ? t('copyDone') : copied === 'failed' ? t('copyFailed') : t('copyResults');
  return (
    <>
      <button class={`tool copy${copied ? ` ${copied}` : ''}`} aria-label={label} title={label} onClick={onClick} data-copy={copied ?? 'idle'}>
        {copied === 'done' ? '✓' : copied === 'failed' ? '!' : <CopyIcon />}
      </button>
      <span class="sr" aria-live="polite">
        {copied === 'done' ? t('copyDone') : copied === 'failed' ? t('copyFailed') : ''}
      </span>
    </>
  );
}

/**
 * Two sheets, drawn: the glyph it replaces (⧉, U+29C9) is in no CJK face and in few system faces,
 * and showed as an empty box on a Linux machine with only Noto CJK (the panel's screenshot).
 */
function CopyIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.4">
      <rect x="4.5" y="4.5" width="8" height="8" rx="1.2" />
      <path d="M9.5 2.5V2a1 1 0 0 0-1-1H2a1 1 0 0 0-1 1v6.5a1 1 0 0 0 1 1h.5" />
    </svg>
  );
}

export function TooltipBox({ t, tip }: { t: Translate; tip: Tooltip & { maxHeight?: number } }) {
  const style = { left: `${tip.x}px`, top: `${tip.y}px`, transform: tip.above ? 'translateY(-100%)' : 'none', ...(tip.maxHeight !== undefined ? { maxHeight: `${tip.maxHeight}px`, overflow: 'hidden' } : {}) };
  // on the suspect cell, its line once under the sentences, which then leave the suspect out (findingCard, ux66)
  const cards = tip.findings.map((f) => (tip.suspect ? findingCard(t, f) : { ...findingWords(t, f), fix: null }));
  const fix = cards.find((c) => c.fix !== null)?.fix ?? null;
  return (
    <div class="tip" role="tooltip" style={style}>
      <p class="head">{tip.suspect ? t('tooltipSuspect') : t('tooltipFlagged')}</p>
      {cards.map((c, i) => (
        <p key={i} lang={c.lang}>
          {c.text}
        </p>
      ))}
      {fix !== null && <p class="fix">{fix}</p>}
    </div>
  );
}
