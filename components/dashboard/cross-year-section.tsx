/**
 * A report's checks against the same body's other years in the dashboard's detail view: the
 * cross-year findings (with the other year's page and record), and the comparisons that could not
 * be made, each a grey "未核对" line with its reason (lib/collect/cross-year.ts crossYearSkips: a
 * year holding two different reports of the body, table-三 columns only one year has). A skip is a
 * "cannot check", never a finding: it counts in no verdict, and "no cross-year problem" is not said
 * while a comparison was left out, since nothing may read as checked that was not.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../i18n.ts';
import type { CollectionApi, CrossYearFinding, CrossYearSkip, ReportSummary, StoredReport } from '../../lib/collect/record.ts';
import { safeHref } from './labels.ts';
import { bodyGroupOf } from '../../lib/collect/chart-data.ts';
import { regionsDisagree, subsitesDisagree } from '../../lib/collect/cross-year.ts';
import { crossItems, crossProblemCount } from '../../lib/collect/cross-problems.ts';
import type { RevisionCross } from '../../lib/collect/revision-cross.ts';
import { FindingText } from '../finding-words.tsx';

/** What the store answered, or why it could not (never shown as "no cross-year problem"). */
export type Cross = { findings: CrossYearFinding[]; skips: CrossYearSkip[]; revisions?: RevisionCross[] } | { failed: string };

/**
 * The record's cross-year findings and skips: one call (the store reads the body's neighbours once
 * for both), asked again when the record or its body key changes; null while it is on its way.
 * The record's page asks it once for its header and this section.
 */
export function useCrossYear(api: CollectionApi, r: StoredReport): Cross | null {
  const [cross, setCross] = useState<Cross | null>(null);
  useEffect(() => {
    let live = true;
    setCross(null);
    api.lookup(r.id).then(
      (found) => live && setCross({ findings: found?.crossYear ?? [], skips: found?.crossYearSkips ?? [], ...(found?.revisionCross ? { revisions: found.revisionCross } : {}) }),
      (e: unknown) => live && setCross({ failed: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [api, r.id, r.bodyKeyOverride, r.lastSeen]);
  return cross;
}

/** How many problems the answer's findings are (a break of 结转 once, whatever columns it holds: crossProblemCount), 0 while none is known. */
export const crossProblems = (cross: Cross | null): number => (cross && !('failed' in cross) ? crossProblemCount(cross.findings) : 0);

/**
 * The years of the reports the problems are against, in order: the header names them ("与 2021 年度报告 5 处不符"). A report
 * meets its next year's report too (lib/collect/cross-year.ts), so "上一年度" was wrong on the older page (ux67).
 */
export const crossYears = (cross: Cross | null): number[] =>
  cross && !('failed' in cross)
    ? [...new Set(cross.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.otherYear).filter((y): y is number => typeof y === 'number'))].sort((a, b) => a - b)
    : [];

/**
 * Whether the collection holds the same body's report of the year before or after `id`'s (its summary's effective body
 * key): without one, nothing was compared, and the section says so rather than "no cross-year problem (or…)".
 */
export function hasNeighbour(all: readonly ReportSummary[], id: string, year: number): boolean {
  const self = all.find((x) => x.id === id);
  if (!self) return true;
  const key = bodyGroupOf(self);
  return all.some((x) => x.id !== id && bodyGroupOf(x) === key && (x.year === year - 1 || x.year === year + 1));
}

/**
 * The years next to `year` whose report of the same body the store surely compared `id`'s with: the same effective key,
 * and (unless the key is the user's, which joins whatever it names) regions and hosts that do not disagree, as the store's
 * sameBody asks (lib/collect/neighbour.ts). "没有跨年度问题" then names them (dash97: "（或尚未收集同一单位上一年度的
 * 报告）" stood under a 2022 report whose 2021 and 2023 were both collected and compared, and the reader could not
 * tell a check made from one not made). A year left out here only falls back to the hedged line.
 */
export function comparedYears(all: readonly ReportSummary[], id: string, year: number, usersKey: boolean): number[] {
  const self = all.find((x) => x.id === id);
  if (!self) return [];
  const key = bodyGroupOf(self);
  const same = (x: ReportSummary): boolean =>
    x.id !== id && bodyGroupOf(x) === key && (usersKey || (!regionsDisagree(x.region, self.region) && !subsitesDisagree(x.site, self.site)));
  return [year - 1, year + 1].filter((y) => all.some((x) => x.year === y && same(x)));
}

export interface CrossYearSectionProps {
  t: Translate;
  /** the report shown: its id and year (null: unknown) */
  id: string;
  year: number | null;
  cross: Cross | null;
  all: readonly ReportSummary[];
  onOpen: (id: string) => void;
  /** the report's body key is the user's correction */
  usersKey?: boolean;
}

/** The line under a report with no cross-year finding nor skip: what was compared, or that nothing was. */
function noneLine(t: Translate, all: readonly ReportSummary[], id: string, year: number | null, usersKey: boolean): string {
  if (year === null) return t('dashCrossNone');
  if (!hasNeighbour(all, id, year)) return t('dashCrossNoNeighbour', year - 1, year + 1);
  const years = comparedYears(all, id, year, usersKey);
  return years.length > 0 ? t('dashCrossNoneAgainst', years.join(t('dashYearsAnd'))) : t('dashCrossNone');
}

export function CrossYearSection({ t, id, year, cross, all, onOpen, usersKey = false }: CrossYearSectionProps) {
  return (
    <section id="cross-section" aria-labelledby="cross-title">
      <h3 id="cross-title">{t('dashCrossHeader')}</h3>
      {cross === null ? (
        <p class="muted">{t('dashLoading')}</p>
      ) : 'failed' in cross ? (
        <p class="muted" data-state="cross-failed">{t('dashCrossFailed', cross.failed)}</p>
      ) : cross.findings.length === 0 && cross.skips.length === 0 ? (
        <p class="muted" data-state="cross-none">
          {noneLine(t, all, id, year, usersKey)}
        </p>
      ) : (
        <>
          {cross.findings.length > 0 && <CrossFindings t={t} findings={cross.findings} all={all} onOpen={onOpen} />}
          {cross.skips.length > 0 && <CrossSkips t={t} skips={cross.skips} all={all} onOpen={onOpen} />}
        </>
      )}
    </section>
  );
}

function CrossFindings({ t, findings, all, onOpen }: { t: Translate; findings: CrossYearFinding[]; all: readonly ReportSummary[]; onOpen: (id: string) => void }) {
  return (
    <ul class="findings" data-list="cross">
      {crossItems(findings).map((group, i) => {
        const c = group[0]!;
        const other = safeHref(c.otherUrl);
        return (
          <li key={i} class={`finding ${c.severity}`} data-rule={c.rule} data-columns={group.length > 1 ? group.length : undefined}>
            <span class="sev">{t(c.severity === 'error' ? 'severityError' : 'severityWarning')}</span>
            {group.length === 1 ? (
              <FindingText t={t} f={c} />
            ) : (
              <>
                <span>{t('crossCarryBreak', c.otherYear ?? '?', group.length)}</span>
                <ul class="columns">
                  {group.map((f, j) => (
                    <li key={j} data-figure={f.figure ?? undefined}>
                      <FindingText t={t} f={f} />
                    </li>
                  ))}
                </ul>
              </>
            )}
            <span class="sub">
              {other && (
                <a href={other} target="_blank" rel="noopener noreferrer">
                  {t('dashOtherYearPage', c.otherYear ?? '?')} ↗
                </a>
              )}
              {all.some((x) => x.id === c.otherId) && (
                <button type="button" class="link" onClick={() => onOpen(c.otherId)}>
                  {t('dashOtherYearRecord')}
                </button>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Each comparison not made: its reason (the core's Chinese sentence, as text), and the reports it is about. */
function CrossSkips({ t, skips, all, onOpen }: { t: Translate; skips: CrossYearSkip[]; all: readonly ReportSummary[]; onOpen: (id: string) => void }) {
  return (
    <ul class="findings" data-list="cross-skipped">
      {skips.map((k, i) => {
        const reports = k.otherIds.map((id) => all.find((x) => x.id === id)).filter((x): x is ReportSummary => x !== undefined);
        return (
          <li key={i} class="finding info skipped" data-rule="cross.skipped">
            <span class="sev">{t('crossNotCompared')}</span>
            <FindingText t={t} f={k} />
            {reports.length > 0 && (
              <span class="sub">
                {reports.map((s) => (
                  <button key={s.id} type="button" class="link" onClick={() => onOpen(s.id)}>
                    {s.year ?? k.reportsYear} · {s.body ?? s.title ?? s.url}
                  </button>
                ))}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
