/**
 * One report in full: who, which year, the verdict; its figures over the years next to the body's
 * other reports; the cross-year findings (with last year's page) and what could not be compared; its own findings; what changed
 * between sightings; "the same body" with a way to correct it; and the figures laid out as the
 * report's tables 二, 三, 四.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../i18n.ts';
import type { CollectionApi, ReportSummary, StoredReport } from '../../lib/collect/record.ts';
import { unreadWhole } from '../findings-view.ts';
import { noStandardTables, templateLine } from '../results-text.ts';
import { looseFigures, tableLayouts, type TableLayout } from '../../lib/collect/figure-layout.ts';
import { History, SameBody } from './body-history.tsx';
import { CrossYearSection, crossProblems, crossYears, useCrossYear, type Cross } from './cross-year-section.tsx';
import type { RevisionCross } from '../../lib/collect/revision-cross.ts';
import { findingCard } from '../finding-words.tsx';
import type { FindingOut } from '../../lib/report/schema.ts';
import {
  colLabel, figureLabel, formatNumber, formatTime, rowLabel, ruleLabel, safeHref, tableLabel, templateLabel, verdictLabel,
} from './labels.ts';

export interface ReportDetailProps {
  t: Translate;
  lang: string;
  api: CollectionApi;
  id: string;
  /** every report's summary: the body's other years, the charts */
  all: readonly ReportSummary[];
  /** changes whenever the collection does: read the record again */
  version: number;
  onBack: () => void;
  onOpen: (id: string) => void;
  /** after a change to the collection (the body key) */
  onChanged: () => Promise<void>;
}

/** The full record of one report, read when the id or the collection changes. */
export function ReportDetail(props: ReportDetailProps) {
  const { t, api, id, version, onBack } = props;
  const [record, setRecord] = useState<StoredReport | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    api.get(id).then(
      (r) => live && setRecord(r),
      () => live && setRecord(null),
    );
    return () => {
      live = false;
    };
  }, [api, id, version]);
  if (record === undefined) return <p class="muted" role="status">{t('dashLoading')}</p>;
  if (record === null || record.id !== id) {
    return (
      <p class="note bad" role="alert">
        {t('dashNotFound')}{' '}
        <button type="button" class="link" onClick={onBack}>
          {t('dashBack')}
        </button>
      </p>
    );
  }
  return <RecordView {...props} record={record} />;
}

function RecordView({ t, lang, api, record: r, all, onBack, onOpen, onChanged }: ReportDetailProps & { record: StoredReport }) {
  const title = useRef<HTMLHeadingElement>(null);
  // a new page for a screen reader or the keyboard: start at its heading
  useEffect(() => title.current?.focus(), [r.id]);

  const href = safeHref(r.url);
  // asked here, not in the section: the header says the cross-year count beside the report's own verdict
  const cross = useCrossYear(api, r);
  const crossCount = crossProblems(cross);
  return (
    <article class="detail" aria-labelledby="detail-title">
      <p>
        <button type="button" class="ghost back" onClick={onBack}>
          {/* the arrow is not read out ("left arrow, back to the list") */}
          <span aria-hidden="true">← </span>
          {t('dashBack')}
        </button>
      </p>
      <header class="detail-head">
        <h2 id="detail-title" tabIndex={-1} ref={title}>
          {r.body ?? r.title ?? r.url}
        </h2>
        <p class="meta">
          {r.year !== null ? t('yearLabel', r.year) : t('yearUnknown')} · {r.template === 'unknown' ? templateLine(t, r, unreadWhole(r.findings)) : templateLabel(t, r.template)}
          {r.region ? ` · ${r.region}` : ''} · <span class={`chip ${r.verdict}`} data-verdict={r.verdict}>{verdictLabel(t, r.verdict)}</span>
          {r.problems > 0 ? ` ${t('dashProblemsCount', r.problems)}` : ''}
          {/* the chip is the report's own verdict; what last year's report contradicts is said beside it, not hidden below a green 一致 */}
          {crossCount > 0 && (
            <>
              {' · '}
              <button type="button" class="link chip problems" data-cross-problems={crossCount} onClick={() => document.getElementById('cross-section')?.scrollIntoView()}>
                {t('dashCrossProblems', crossCount, crossYears(cross).join(t('dashYearsAnd')))}
              </button>
            </>
          )}
        </p>
        {r.title && <p class="sub">{r.title}</p>}
        {r.fromFile && <p class="sub from-file">{t(r.fromFile.holds === 'tables' ? 'dashTablesFromFile' : 'dashReportFromFile', r.fromFile.name)}</p>}
        <p class="sub">
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {t('dashOpenPage')} ↗
            </a>
          ) : (
            r.url
          )}
          {' · '}
          {t('dashSeen', formatTime(r.firstSeen), formatTime(r.lastSeen))}
        </p>
      </header>

      <SameBody t={t} api={api} record={r} all={all} onOpen={onOpen} onChanged={onChanged} />
      <History t={t} lang={lang} record={r} all={all} />

      <CrossYearSection t={t} id={r.id} year={r.year} cross={cross} all={all} onOpen={onOpen} usersKey={r.bodyKeyOverride !== null} />

      <section aria-labelledby="findings-title">
        <h3 id="findings-title">{t('dashFindingsHeader', r.findings.length)}</h3>
        {r.findings.length === 0 ? (
          // a report before 2019 has no tables to agree with its text (ux66's panel wording; ux67: the dashboard said 表格与正文一致)
          <p class="muted">{r.verdict === 'ok' ? t(noStandardTables(r) ? 'verdictOkTextOnly' : 'verdictOk') : t('dashNoFindings')}</p>
        ) : (
          <ul class="findings" data-list="findings">
            {r.findings.map((f, i) => (
              <li key={i} class={`finding ${f.severity}`} data-rule={f.rule}>
                <span class="sev">{t(f.severity === 'error' ? 'severityError' : f.severity === 'warning' ? 'severityWarning' : 'dashSeverityInfo')}</span>
                <FindingCardText t={t} f={f} />
                <span class="sub">
                  {ruleLabel(t, f.rule)}
                  {f.quote ? ` · ${t('dashQuote', f.quote)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="revisions-title">
        <h3 id="revisions-title">{t('dashRevisionsHeader')}</h3>
        {r.revisions.length === 0 ? (
          <p class="muted">{t('dashRevisionsNone')}</p>
        ) : (
          <ol class="revisions">
            {[...r.revisions].reverse().map((rev) => (
              <li key={rev.at}>
                <p>
                  <strong>{formatTime(rev.at)}</strong> · {t('dashRevisionFindings', rev.findingsBefore, rev.findingsAfter)}
                  {/* its cross-year problems too, where it had or has any (dash98: "问题数 0 → 0" over a break mended, 2 → 0) */}
                  <RevisionCrossLine t={t} rc={revisionCrossOf(cross, rev.at)} />
                </p>
                {rev.figures.length === 0 ? (
                  <p class="muted">{t('dashRevisionTextOnly')}</p>
                ) : (
                  <table class="changes">
                    <thead>
                      <tr>
                        <th scope="col">{t('dashFigure')}</th>
                        <th scope="col" class="num">{t('dashBefore')}</th>
                        <th scope="col" class="num">{t('dashAfter')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {rev.figures.map((c) => (
                        <tr key={c.name}>
                          <th scope="row">{figureLabel(t, c.name)}</th>
                          <td class="num">{formatNumber(lang, c.before)}</td>
                          <td class="num">{formatNumber(lang, c.after)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="tables-title">
        <h3 id="tables-title">{t('dashTablesHeader')}</h3>
        <FigureTables t={t} lang={lang} figures={r.figures} />
      </section>
    </article>
  );
}

/** The figures as the report's own tables; a cell the page does not have is left empty, a blank shows "—". */
export function FigureTables({ t, lang, figures }: { t: Translate; lang: string; figures: StoredReport['figures'] }) {
  const layouts = tableLayouts(figures);
  const loose = looseFigures(figures);
  if (layouts.length === 0 && loose.length === 0) return <p class="muted">{t('dashNoFigures')}</p>;
  return (
    <>
      {layouts.map((l) => (
        <LayoutTable key={l.table} t={t} lang={lang} layout={l} />
      ))}
      {loose.length > 0 && (
        <dl class="loose">
          {loose.map(([name, v]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{formatNumber(lang, v)}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

function LayoutTable({ t, lang, layout }: { t: Translate; lang: string; layout: TableLayout }) {
  return (
    <div class="table-wrap">
      <table class="figures" data-table={layout.table}>
        <caption>{tableLabel(t, layout.table)}</caption>
        <thead>
          <tr>
            <td />
            {layout.columns.map((c) => (
              <th key={c} scope="col" class="num">
                {colLabel(t, layout.table, c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layout.rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row" class={row.depth ? 'item' : ''}>
                {rowLabel(t, layout.table, row.key)}
              </th>
              {row.cells.map((v, i) => (
                <td key={i} class="num">
                  {v === undefined ? '' : formatNumber(lang, v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A finding as the panel's card says it (finding-words.tsx findingCard): the sentence, and under it the suspect's figures
 * and cell, said once (ux67: the dashboard kept the sentence with its suspect inside, three lines long in English).
 */
function FindingCardText({ t, f }: { t: Translate; f: FindingOut }) {
  const card = findingCard(t, f);
  return (
    <>
      <span lang={card.lang}>{card.text}</span>
      {card.fix && <span class="fix">{card.fix}</span>}
    </>
  );
}

/** A revision's cross-year problems before and after, from the store's answer (absent: an older build's, or still coming). */
const revisionCrossOf = (cross: Cross | null, at: string): RevisionCross | null =>
  cross && !('failed' in cross) ? cross.revisions?.find((x) => x.at === at) ?? null : null;

function RevisionCrossLine({ t, rc }: { t: Translate; rc: RevisionCross | null }) {
  if (!rc || (rc.before === 0 && rc.after === 0)) return null;
  return <span data-revision-cross={`${rc.before}-${rc.after}`}>{' · '}{t('dashRevisionCross', rc.before, rc.after)}</span>;
}
