/**
 * The panel's part of the collection: whether this page is kept (保存 / 不再保存), what changed
 * since it was last seen, and the cross-year findings in their own group "跨年度", each with a link
 * to last year's page. Renders what it is given; the lens owns the calls (page-collect.ts).
 */
import type { CrossYearFinding } from '../../lib/collect/record.ts';
import type { FindingOut } from '../../lib/report/schema.ts';
import type { CollectPageState } from '../messages.ts';
import type { Translate } from '../i18n.ts';
import { FindingText } from '../finding-words.tsx';
import { crossItems, crossProblemCount } from '../../lib/collect/cross-problems.ts';

export interface CollectView {
  /** null: not known yet, or the background could not be reached */
  state: CollectPageState | null;
  busy: boolean;
  onSave: () => void;
  onForget: () => void;
}

/** Styles added to the panel's shadow root (PANEL_CSS keeps the rest). */
export const COLLECT_CSS = `
.save{font-size:12px;line-height:20px;padding:0 8px;border:1px solid var(--ln);border-radius:11px;color:var(--ac);white-space:nowrap}
.save.saved{color:var(--ok);background:var(--obg);border-color:transparent}
.save[aria-disabled=true]{opacity:.6;cursor:default}
.changed{margin-top:10px;padding:7px 9px;border-radius:8px;background:var(--wbg);font-size:12px;color:var(--wa)}
.changed li{color:var(--fg)}
.changed li::before{content:"· "}
.cross{border-left-color:var(--bad);cursor:default}
.cross a{color:var(--ac)}
.cross .go{display:block;width:100%;text-align:left}
[data-group=cross] .cross-break{margin:4px 0 2px;font-size:12px}
`;

/** Only a web page is a link target: a record imported from a file could carry `javascript:`. */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The page's cross-year problems, as the dashboard counts them: a break of 结转 once, whatever columns it holds (dash98). */
export function crossProblems(state: CollectPageState | null): number {
  return state ? crossProblemCount(state.crossYear) : 0;
}

const fmt = (v: number | null): string => (v === null ? '空白' : String(v));

/**
 * 保存 / 已保存 in the panel's bar: no height of its own, so the panel does not grow over the page
 * (it is already at its full height on a report with findings). 已保存 clicked forgets the page.
 */
export function CollectToggle({ t, view }: { t: Translate; view: CollectView }) {
  const s = view.state;
  if (!s && !view.busy) return null;
  const kind = !s ? 'pending' : s.saved ? 'saved' : 'not-saved';
  const hint = kind === 'saved' ? t('collectForgetHint') : kind === 'not-saved' ? t('collectSaveHint') : t('collectHeader');
  return (
    <button
      class={`save ${kind}`}
      data-collect={kind}
      aria-pressed={kind === 'saved' ? 'true' : 'false'}
      aria-label={hint}
      title={hint}
      // aria-disabled, not disabled, while the collection answers: a disabled button cannot take the focus (显示面板, the
      // keyboard's command put it there) and drops it to <body> when it turns disabled under the keyboard (ux62)
      aria-disabled={view.busy || !s ? 'true' : undefined}
      onClick={view.busy || !s ? undefined : s.saved ? view.onForget : view.onSave}
    >
      {kind === 'saved' ? t('collectSavedShort') : kind === 'not-saved' ? t('collectSave') : '…'}
    </button>
  );
}

/** "与上次查看相比有变化", with each changed figure before and after. */
export function CollectChanges({ t, view }: { t: Translate; view: CollectView }) {
  const s = view.state;
  if (s?.status !== 'changed') return null;
  return (
    <section class="changed" data-collect="changed" aria-label={t('collectChanged')}>
      <p>{t('collectChanged')}</p>
      <ul>
        {s.changes.length > 0
          ? s.changes.map((c) => <li key={c.name}>{`${c.label}：${fmt(c.before)} → ${fmt(c.after)}`}</li>)
          : <li>{t('collectTextChanged')}</li>}
      </ul>
    </section>
  );
}

/**
 * The 跨年度 group. `target`: the finding's marks on this page, when it names a cell or a sentence
 * found here (cross-marks.ts); its message is then a button that scrolls there, as the report's own
 * findings do. The link to the other year's report stands beside it, never inside it.
 */
export function CrossYearGroup({ t, findings, target, onFinding }: {
  t: Translate;
  findings: readonly CrossYearFinding[];
  target?: (f: CrossYearFinding) => FindingOut | null;
  onFinding?: (f: FindingOut) => void;
}) {
  if (findings.length === 0) return null;
  const one = (f: CrossYearFinding, i: number) => {
    const href = safeHref(f.otherUrl);
    const here = onFinding ? target?.(f) ?? null : null;
    const message = (
      <span class="msg">
        <span class="sev">{f.severity === 'error' ? t('severityError') : t('severityWarning')}</span>
        {/* in the UI's language where its code is worded, else the core's Chinese (finding-words.tsx) */}
        <FindingText t={t} f={f} />
      </span>
    );
    return (
      <div key={i} class={`finding cross ${f.severity}${here ? ' here' : ''}`} data-rule={f.rule}>
        {here ? (
          <button class="go" title={t('crossGoHint')} onClick={() => onFinding!(here)}>
            {message}
          </button>
        ) : message}
        {href && (
          <a class="sub" href={href} target="_blank" rel="noopener noreferrer">
            {f.otherYear !== null ? t('collectOpenYear', f.otherYear) : t('collectOpenOther')}
          </a>
        )}
      </div>
    );
  };
  return (
    <div data-group="cross">
      <h3>{t('collectGroupCross')}</h3>
      <ul>
        {/* a break of 结转 with one report is one problem (dash98): its columns under one line, each still marking its cell */}
        {crossItems(findings).map((group, i) => (
          <li key={`${group[0]!.rule}-${i}`} data-break={group.length > 1 ? group.length : undefined}>
            {group.length > 1 && <p class="cross-break">{t('crossCarryBreak', group[0]!.otherYear ?? '?', group.length)}</p>}
            {group.map(one)}
          </li>
        ))}
      </ul>
    </div>
  );
}
