/**
 * The panel's report: who and which year, the verdict, the key figures, the findings grouped by table and text (each a
 * button: the page scrolls to it), and what could not be read. Split from panel.tsx (ux90), which keeps the frame
 * around it: collapse, dock, drag, and where it stands for a jump.
 */
import type { FindingOut, ReportAnalysis } from '../lib/report/schema.ts';
import { FileLine } from './panel-file.tsx';
import type { Translate } from './i18n.ts';
import type { ReportView } from './findings-view.ts';
import { formatShare, type KeyFigure } from './key-figures.ts';
import { FIGURE_TABLE, unreadFigureTables } from './figures-unread.ts';
import { checkedLine, FIGURE_LABEL, GROUP_TITLE, metaLine, noStandardTables, verdictText } from './results-text.ts';
import { Unread } from './panel-unread.tsx';
import { CollectChanges, CrossYearGroup } from './collection/panel-section.tsx';
import { ruleLabel } from './rule-label.ts';
import { findingCard } from './finding-words.tsx';
import type { PanelProps } from './panel.tsx';

export function NotReport({ t }: { t: Translate }) {
  return (
    <p class="verdict none" role="status">
      {t('notReport')}
    </p>
  );
}

export function ReportBody(props: PanelProps & { report: ReportAnalysis; view: ReportView }) {
  const { t, report, view } = props;
  const kind = view.verdict.kind;
  const cross = props.collect?.state?.crossYear ?? [];
  const meta = metaLine(t, report, view);
  // while the text is checked, the tables' problems are shown as found (more may come); no other
  // verdict is, so that a page is never called consistent before its text was read
  const checking = props.prose === 'checking';
  const waiting = checking && kind !== 'problems';
  // the tables agree but the text's stage could not load: not "tables and text agree"
  const tablesOnly = props.prose === 'failed' && kind === 'ok';
  const verdictClass = kind === 'problems' ? 'bad' : kind === 'ok' && !props.prose ? 'ok' : 'none';
  return (
    <>
      <p class="who" lang={report.agency ? 'zh-CN' : undefined}>{report.agency ?? t('agencyUnknown')}</p>
      <p class="meta">{meta}</p>
      <p class={`verdict ${verdictClass}`} role="status" data-verdict={waiting ? 'checking' : tablesOnly ? 'partial' : kind} aria-busy={checking ? 'true' : undefined}>
        {waiting ? t('verdictChecking') : tablesOnly ? t('verdictTablesOnly') : verdictText(t, view, report)}
      </p>
      {props.file && <FileLine t={t} file={props.file} onReadFile={props.onReadFile} />}
      <p class="checked">
        {checking ? t('checkedTablesOnly', report.checks.passed)
          : props.prose === 'failed' ? t('proseFailed', report.checks.passed)
            : checkedLine(t, report)}
      </p>
      {report.tablesOnly && <p class="checked" data-tables-only="">{t('tablesOnlyPage')}</p>}
      <Figures t={t} figures={props.figures} view={view} template={report.template} />
      {props.collect && <CollectChanges t={t} view={props.collect} />}
      {(view.groups.length > 0 || cross.length > 0) && (
        <section aria-label={t('findingsHeader')}>
          <h2>{t('findingsHeader')}</h2>
          {view.groups.map((g) => (
            <div key={g.key} data-group={g.key}>
              <h3>{t(GROUP_TITLE[g.key])}</h3>
              <ul>
                {g.findings.map((f, i) => (
                  <li key={`${f.rule}-${i}`}>
                    <FindingItem t={t} lang={props.lang} f={f} found={props.located(f)} hidden={props.hiddenOnPage?.(f) ?? false} inFile={props.file?.state === 'read'} onClick={() => props.onFinding(f)} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <CrossYearGroup t={t} findings={cross} target={props.crossTarget} onFinding={props.onFinding} />
        </section>
      )}
      <Unread t={t} lang={props.lang} view={view} noTables={noStandardTables(report)} skips={props.collect?.state?.crossYearSkips ?? []} sentenceFound={props.sentenceFound} onSentence={props.onSentence} />
    </>
  );
}

function Figures({ t, figures, view, template }: { t: Translate; figures: KeyFigure[]; view: ReportView; template: string | null }) {
  // a table not read: its figures said once, with why, not as bare "—" that read as blanks (figures-unread.ts)
  const unread = unreadFigureTables(t, view, figures, template);
  return (
    <section aria-label={t('keyFigures')}>
      <h2>{t('keyFigures')}</h2>
      {unread.map((u) => (
        <p class="figs-unread" key={u.tables.join()} data-table={u.tables.join(' ')}>
          {u.text}
        </p>
      ))}
      <dl class="figures">
        {figures.filter((k) => !unread.some((u) => u.tables.includes(FIGURE_TABLE[k.key]))).map((k) => (
          <div class="fig" key={k.key} data-figure={k.key}>
            <dt>{t(FIGURE_LABEL[k.key])}</dt>
            <dd>
              {k.value === null ? '—' : String(k.value)}
              {k.share && (
                <span class="share" title={t(k.key === 'granted' ? 'figGrantedShareTip' : 'figCorrectedShareTip', String(k.share.part), String(k.share.whole))}>
                  {k.key === 'granted' ? formatShare(k.share) : t('figCorrected', formatShare(k.share))}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** inFile: the finding's cells are in the file read, not on the page (FileLine says so once). */
/**
 * The message in the UI's language where the finding's code is worded (finding-words.tsx), else the
 * core's Chinese, marked lang="zh-CN"; in English led by the rule's English name either way.
 */
function FindingItem({ t, lang, f, found, hidden, inFile, onClick }: { t: Translate; lang: string; f: FindingOut; found: boolean; hidden: boolean; inFile?: boolean; onClick: () => void }) {
  // the suspect said once: the sentence says what fails, the line under it the suspect (finding-words.tsx findingCard)
  const card = findingCard(t, f);
  return (
    <button class={`finding ${f.severity}`} data-rule={f.rule} onClick={onClick} aria-disabled={found && !hidden ? undefined : 'true'}>
      <span class="msg">
        {/* the colon for a screen reader: the chip and the sentence ran together in the button's name ("错误正文称…", "ErrorText: …") */}
        <span class="sev">
          {f.severity === 'error' ? t('severityError') : t('severityWarning')}
          <span class="sr">{t('labelColon')}</span>
        </span>
        {lang === 'en' && <span class="rule">{ruleLabel(t, f.rule)}</span>}
        <span lang={card.lang}>{card.text}</span>
      </span>
      {card.fix !== null && <span class="sub fix">{card.fix}</span>}
      {f.quote && <span class="sub">{t('quoteLine', f.quote)}</span>}
      {!found && !inFile && <span class="sub">{t('notFoundOnPage')}</span>}
      {found && hidden && !inFile && <span class="sub">{t('hiddenOnPage')}</span>}
    </button>
  );
}
