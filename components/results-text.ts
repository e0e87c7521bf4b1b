/**
 * The panel's results as plain text, for the clipboard ("复制核对结果"): what an evaluator pastes
 * into an assessment or a journalist into a note, with the page's address so that the reader can
 * check it by eye. The same parts, in the same order and words, as the panel shows: who and which
 * year, the verdict, the key figures, every finding with its suspect cell and its quote, the
 * cross-year findings, what could not be read. Nothing is computed here: every figure and
 * sentence is the report's (lib/) or the locale file's.
 */
import type { FindingOut, ReportAnalysis } from '../lib/report/schema.ts';
import type { CrossYearFinding, CrossYearSkip } from '../lib/collect/record.ts';
import type { MessageKey, Translate } from './i18n.ts';
import type { GroupKey, ReportView } from './findings-view.ts';
import { formatShare, type KeyFigure } from './key-figures.ts';
import { NO_TABLES_ON_PAGE, TABLES_ARE_PICTURES, tableIsPicture } from '../lib/map/notes.ts';
import { FIGURE_TABLE, unreadFigureTables } from './figures-unread.ts';
import { findingCard, findingWords } from './finding-words.tsx';

export interface ResultsTextInput {
  t: Translate;
  report: ReportAnalysis;
  /** the view the panel shows, cross-year problems counted in its verdict */
  view: ReportView;
  figures: readonly KeyFigure[];
  cross: readonly CrossYearFinding[];
  /** the comparisons across years that could not be made: listed with what was not checked, never counted */
  crossSkips?: readonly CrossYearSkip[];
  /** the page's address */
  url: string;
  /** when the text was copied (reports are edited after publication: a note says when it was true) */
  at: Date;
  /** the extension's version */
  version: string;
}

/** "2026-12-01 11:10", local time. */
function localTime(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

export const GROUP_TITLE: Record<GroupKey, MessageKey> = {
  t2: 'groupT2', t3: 'groupT3', t4: 'groupT4', text: 'groupText', other: 'groupOther', general: 'groupGeneral',
};
export const TEMPLATE_NAME: Record<string, MessageKey> = {
  '2021': 'template2021', '2019': 'template2019', pre2019: 'templatePre2019', unknown: 'templateUnknown',
};
export const FIGURE_LABEL: Record<KeyFigure['key'], MessageKey> = {
  new: 'figNew', processed: 'figProcessed', granted: 'figGranted', carriedForward: 'figCarriedForward', review: 'figReview', suit: 'figSuit',
};
export const TABLE_NAME = { t2: 'table2', t3: 'table3', t4: 'table4' } as const;

/** A report before 2019 of which no table was checked: "表格与正文一致", "所有表格均已读取并核对" would speak of tables it has none of (ux66). */
export const noStandardTables = (report: Pick<ReportAnalysis, 'template' | 'checks'>): boolean => report.template === 'pre2019' && report.checks.passed === 0;

/** `report`: where given, a report before 2019 with no table checked is said to agree in its text alone. */
export function verdictText(t: Translate, view: ReportView | null, report?: Pick<ReportAnalysis, 'template' | 'checks'>): string {
  if (!view) return t('notReport');
  if (view.verdict.kind === 'problems') return t('verdictProblems', view.verdict.count);
  if (view.verdict.kind === 'ok') return report && noStandardTables(report) ? t('verdictOkTextOnly') : t('verdictOk');
  return view.verdict.kind === 'partial' ? t('verdictPartial') : t('verdictUnchecked');
}

/**
 * The template, in words. A report whose tables are pictures has none that can be told (its
 * labels are in the pictures), nor has one that is an attached file: "格式未识别" would read as a
 * failure to read tables that are there.
 */
export function templateLine(t: Translate, report: Pick<ReportAnalysis, 'template'>, view: Pick<ReportView, 'tablesArePictures' | 'inAttachment' | 'tablesInAttachment'>): string {
  const template = report.template ?? 'unknown';
  if (template === 'unknown' && view.tablesArePictures) return t('templatePictures');
  if (template === 'unknown' && view.inAttachment) return t('templateAttachment');
  if (template === 'unknown' && view.tablesInAttachment) return t('templateTablesAttachment');
  return t(TEMPLATE_NAME[template] ?? 'templateUnknown');
}

/** "2023 年度 · 2021 年新版格式" */
export function metaLine(t: Translate, report: ReportAnalysis, view: ReportView): string {
  return [report.year !== null ? t('yearLabel', report.year) : t('yearUnknown'), templateLine(t, report, view)].join(' · ');
}

/**
 * "49 项表格校验通过，正文 16 处数字陈述已核对"; where no table check was made at all (a report before 2019, tables that
 * are pictures or in a file), "未做表格校验，…": "0 项表格校验通过" read as every table check failed (ux66).
 */
export function checkedLine(t: Translate, report: Pick<ReportAnalysis, 'checks' | 'narrative'>): string {
  const { passed, failed } = report.checks;
  return passed + failed === 0 ? t('checkedTextOnly', report.narrative.checked) : t('checkedSummary', passed, report.narrative.checked);
}

/** A key figure's value with its share: "35（61.4%）", "3（纠正 0.0%）", "—" for a blank. */
export function figureValue(t: Translate, k: KeyFigure): string {
  const value = k.value === null ? '—' : String(k.value);
  if (!k.share) return value;
  return `${value}（${k.key === 'granted' ? formatShare(k.share) : t('figCorrected', formatShare(k.share))}）`;
}

/**
 * The core's reason a table is missing (lib/map/notes.ts), in the UI's language: the English panel
 * said "表三在页面上是图片…" in Chinese. The Chinese messages are the core's own words; a reason
 * of no known shape is given as the core wrote it.
 */
export function reasonText(t: Translate, why: string): string {
  if (why === TABLES_ARE_PICTURES) return t('unreadTablesPictures');
  if (why === NO_TABLES_ON_PAGE) return t('unreadNoTablesOnPage');
  for (const k of ['t2', 't3', 't4'] as const) if (why === tableIsPicture(k)) return t('unreadTablePicture', t(TABLE_NAME[k]));
  const file = /^报告全文在(.+?)附件“(.+)”中，无法读取其中的表格和数字$/.exec(why);
  if (file) return t('unreadReportInFile', file[1]!, file[2]!);
  const tables = /^报告的表格在(.+?)附件“(.+)”中，未读取$/.exec(why);
  if (tables) return t('unreadTablesInFile', tables[1]!, tables[2]!);
  return why;
}

/**
 * What the panel lists under 未能读取或核对, in its order, in three parts: the lines before the text's claims not
 * judged, that count's line (null when none: the panel opens it onto each claim, components/panel-unread.tsx), and the
 * lines after it.
 */
export function unreadParts(t: Translate, view: ReportView): { before: string[]; claims: string | null; after: string[] } {
  const u = view.unread;
  const before: string[] = [];
  const reasons = u.missingReason?.split('；') ?? [];
  // a table whose reason is said ("the page shows table 3 as a picture") is not also "not found on the page" (ux60)
  const explained = (k: 't2' | 't3' | 't4') => reasons.some((why) => why === tableIsPicture(k) || why === TABLES_ARE_PICTURES || /^报告(?:全文|的表格)在.+附件“.+”中/.test(why));
  for (const k of u.missingTables) if (!explained(k)) before.push(t('missingTable', t(TABLE_NAME[k])));
  before.push(...reasons.map((why) => reasonText(t, why)));
  if (u.skippedChecks > 0) before.push(t('skippedChecks', u.skippedChecks));
  // (every coded note in the UI's language: the map's, the tables' blanks counted as 0, a text finding told as the table's slip)
  const after = u.notes.map((n) => findingWords(t, n).text);
  return { before, claims: u.skippedClaims > 0 ? t('skippedClaims', u.skippedClaims) : null, after };
}

/** What the panel lists under 未能读取或核对, in its order, as lines. */
export function unreadItems(t: Translate, view: ReportView): string[] {
  const { before, claims, after } = unreadParts(t, view);
  return [...before, ...(claims !== null ? [claims] : []), ...after];
}

/**
 * The comparisons with the body's other years that could not be made, in the words of the core
 * (crossYearSkips): "跨年度未核对：…". They go with what could not be read or checked, not with the
 * inconsistencies: nothing was found, and nothing may read as checked.
 */
export function crossSkipItems(t: Translate, skips: readonly CrossYearSkip[]): string[] {
  return skips.map((k) => t('crossSkippedLine', findingWords(t, k).text));
}

function severity(t: Translate, s: FindingOut['severity']): string {
  return s === 'error' ? t('severityError') : t('severityWarning');
}

/** One finding: "1. 【错误】message", then its suspect line and its quote, indented. */
function findingLines(t: Translate, f: FindingOut, n: number): string[] {
  // the suspect said once, as the panel's card says it (finding-words.tsx findingCard)
  const card = findingCard(t, f);
  const lines = [`${n}. 【${severity(t, f.severity)}】${card.text}`];
  if (card.fix !== null) lines.push(`   ${card.fix}`);
  if (f.quote) lines.push(`   ${t('quoteLine', f.quote)}`);
  return lines;
}

/** The key figures as the panel shows them: a table not read said once, with why (figures-unread.ts). */
function figuresLine(t: Translate, view: ReportView, figures: readonly KeyFigure[], template: string | null): string {
  const unread = unreadFigureTables(t, view, figures, template);
  const shown = figures.filter((k) => !unread.some((u) => u.tables.includes(FIGURE_TABLE[k.key]))).map((k) => `${t(FIGURE_LABEL[k.key])} ${figureValue(t, k)}`);
  return [...unread.map((u) => u.text), ...shown].join('；');
}

export function resultsText({ t, report, view, figures, cross, crossSkips = [], url, at, version }: ResultsTextInput): string {
  const out: string[] = [
    `${t('extName')} · ${t('copyTitle')}`,
    report.agency ?? t('agencyUnknown'),
    metaLine(t, report, view),
    t('copyPage', url),
    t('copyAt', localTime(at), version),
    '',
    verdictText(t, view, report),
    checkedLine(t, report),
    ...(report.tablesOnly ? [t('tablesOnlyPage')] : []),
    '',
    `${t('keyFigures')}：${figuresLine(t, view, figures, report.template)}`,
  ];
  let n = 0;
  if (view.groups.length > 0 || cross.length > 0) {
    out.push('', `${t('findingsHeader')}`);
    for (const g of view.groups) {
      out.push(`〔${t(GROUP_TITLE[g.key])}〕`);
      for (const f of g.findings) out.push(...findingLines(t, f, ++n));
    }
    if (cross.length > 0) {
      out.push(`〔${t('collectGroupCross')}〕`);
      for (const c of cross) {
        out.push(`${++n}. 【${severity(t, c.severity)}】${findingWords(t, c).text}`);
        if (c.otherUrl) out.push(`   ${t('copyPage', c.otherUrl)}`);
      }
    }
  }
  const unread = [...unreadItems(t, view), ...crossSkipItems(t, crossSkips)];
  out.push('', t('unreadHeader'), ...(unread.length > 0 ? unread : [noStandardTables(report) ? t('nothingUnreadPre2019') : t('nothingUnread')]).map((s) => `· ${s}`));
  return `${out.join('\n')}\n`;
}
