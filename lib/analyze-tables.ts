/**
 * The core's first stage: detect → grids → mapped tables → rules (+ suspect), and what the
 * narrative stage will read (analyze.ts completeAnalysis runs it). Apart so that the lens can
 * show the tables' findings before the narrative's code (two thirds of the core) has loaded:
 * nothing here imports the narrative's readers, only its input's type and the table suspects.
 * No browser globals, no extension APIs.
 */
import { detectPage } from './detect/detect-report.ts';
import { textReader, withDocumentReader, type TextReader } from './text/traditional.ts';
import { listTables } from './detect/page-text.ts';
import { collectLines } from './detect/lines.ts';
import type { ReportAnalysis } from './report/schema.ts';
import type { Finding } from './types.ts';
import { parseGrid, type Grid } from './grid/parse-grid.ts';
import { ariaTables } from './grid/aria-tables.ts';
import { stitchRowTables } from './grid/row-tables.ts';
import { allAround, findTables, tablesAround, type TableRoles } from './map/find-tables.ts';
import { otherYearTableNote } from './map/year-tables.ts';
import { channelsTableRows } from './map/t3-channels-table.ts';
import { rolesOfShownTables, sameTable3 } from './map/page-copies.ts';
import { mapTable2 } from './map/map-table2.ts';
import { mapTable3 } from './map/map-table3.ts';
import { mapTable4 } from './map/map-table4.ts';
import { t3ColumnIndex, type MappedTable3, type MappedTables } from './map/mapped.ts';
import { missingTable, NO_TABLES_ON_PAGE, unmapped, unreadTable, reportInAttachment, tableIsPicture, tablesInAttachment, TABLES_ARE_PICTURES } from './map/notes.ts';
import { mapNote, type MapNote } from './map/note-words.ts';
import { picturedSections } from './detect/picture-tables.ts';
import { headingBefore } from './dom/heading-before.ts';
import { levelFigures, levelTable3, PART_SCOPE, WHOLE_SCOPE } from './level-table3.ts';
import { veiledArticle } from './dom/hidden.ts';
import { otherReportStart, ownReportStart } from './dom/other-report-title.ts';
import { runRules } from './rules/run-rules.ts';
import { blankTotalsFilled, collectFigures, t3TotalParts, withTable3 } from './report/figures.ts';
import type { NarrativeInput } from './narrative/check-narrative.ts';
import { correctedFigures, corrections } from './narrative/table-suspects.ts';
import { otherT3Note } from './rules/note-words.ts';

export interface AnalyzeOptions {
  url?: string;
  /** a clock, so that Node and the browser can both time the stages */
  now?: () => number;
}

/** A note's message and its code with figures, for a finding of its own rule. */
const noteOf = (n: MapNote): Pick<Finding, 'message' | 'note'> => ({ message: n.message, note: { code: n.code, args: n.args } });

const EMPTY_CHECKS = { passed: 0, failed: 0, skipped: 0, passedWithBlanks: 0 };

interface PickedTable3 {
  report: MappedTable3 | null;
  /** the grids of table 三 the figures come from, then those of every other readable one */
  grids: Grid[];
  others: MappedTable3[];
  /** the grids of each of others, in its order */
  otherGrids: Grid[][];
  /** which of the page's tables 三 (page order: roles.t3, then roles.t3Others) is the report's */
  index: number;
}

/**
 * No table of the three found, no template told, and the report is on 2019 or later (the year the
 * 国办 tables began; a report before has none: detect/template.ts 'pre2019'). A report of unknown
 * year says nothing: it may be one from before the tables.
 */
function noTablesAfter2018(template: string | null, year: number | null, roles: TableRoles): boolean {
  return template === 'unknown' && year !== null && year >= 2019 && roles.t2.length === 0 && roles.t3.length === 0 && roles.t4.length === 0;
}

/**
 * The report's own table 三 among every complete one on the page (find-tables.ts t3Others), and
 * the others. The report's is the widest: a 区 report's 全区 summary holds its 区政府本级 table
 * and its 部门s' (一 + 二, the applications it handled, is the largest), whatever their order on
 * the page. Only the chosen table's mapping notes are kept; another table whose rows or columns
 * cannot be read is left unchecked without a word (it is not the report's, or not table 三 at
 * all: a 2022/2023 comparison placed before it).
 */
function pickReportTable3(roles: TableRoles, notes: Finding[]): PickedTable3 {
  // its columns go on in a grid of their own (find-tables.ts t3ColumnsApart): not read, said — the
  // first part alone is no table without its 总计
  if (roles.t3Others.length === 0 && roles.t3.some((g) => roles.t3ColumnsApart?.includes(g))) {
    notes.push(unreadTable(roles.t3[0]!.tableIndex, 0, mapNote('t3ColumnsUnread')));
    return { report: null, grids: roles.t3, others: [], otherGrids: [], index: 0 };
  }
  if (roles.t3Others.length === 0) return { report: mapTable3(roles.t3, notes), grids: roles.t3, others: [], otherGrids: [], index: 0 };
  const sets = [roles.t3, ...roles.t3Others].map((grids) => {
    const own: Finding[] = [];
    // (a first part whose columns go on in the table after it: not read alone, as above)
    const apart = grids.some((g) => roles.t3ColumnsApart?.includes(g));
    if (apart) own.push(unreadTable(grids[0]!.tableIndex, 0, mapNote('t3ColumnsUnread')));
    const m = apart ? null : mapTable3(grids, own);
    return { grids, notes: own, mapped: m, size: m ? handled(m) : null };
  });
  // a grid whose rows or columns cannot be read as table 三's (a 2022/2023 comparison or a
  // per-unit breakdown with table 三's row labels) does not compete; when a size cannot be read
  // (its 一 or 二 总计 not read), which is widest is not known: the first readable one is taken
  const readable = sets.filter((s) => s.mapped !== null);
  let best = readable[0] ?? sets[0]!;
  if (readable.every((s) => s.size !== null)) for (const s of readable) if (s.size! > best.size!) best = s;
  notes.push(...best.notes);
  // a copy of the report's table (a phone layout's, hidden by a class): not checked twice
  const copies = sets.filter((s) => s !== best && s.mapped && best.mapped && sameTable3(best.mapped, s.mapped));
  const others = sets.filter((s) => s !== best && s.mapped && !copies.includes(s));
  return { report: best.mapped, grids: [...best.grids, ...others.flatMap((s) => s.grids), ...copies.flatMap((s) => s.grids)], others: others.map((s) => s.mapped!), otherGrids: others.map((s) => s.grids), index: sets.indexOf(best) };
}

/** 一 + 二 总计 of a mapped table 三 (a blank counts 0), or null when either was not read. */
function handled(t3: MappedTable3): number | null {
  const total = t3ColumnIndex('total');
  const a = t3.rows.get('new')?.cells[total];
  const b = t3.rows.get('carried')?.cells[total];
  return a && b ? (a.value ?? 0) + (b.value ?? 0) : null;
}

/**
 * Tables 二, 三 and 四 the page draws as <div role=table> grids, where no <table> was found for
 * them: each put in roles. A grid holding a <table> is layout, as a table holding one is.
 */
function readAriaTables(doc: Document, offset: number, scope: Element | null, roles: TableRoles): void {
  const grids: Grid[] = [];
  ariaTables(doc).forEach((el, k) => {
    if ((scope && !scope.contains(el)) || el.querySelector('table, [role="table"]')) return;
    grids.push(parseGrid(el, offset + k));
  });
  if (grids.length === 0) return;
  const more = findTables(grids);
  for (const k of ['t2', 't3', 't4'] as const) if (roles[k].length === 0) roles[k] = more[k];
  if (roles.t3Others.length === 0) roles.t3Others = more.t3Others;
}

/**
 * The tables' stage done, the narrative's to come: analysis holds the rules' findings and the
 * mapping notes (no narrative yet), prose what the narrative stage reads (null on a page that is
 * not a report: analysis is then complete).
 */
export interface TablesStage {
  analysis: ReportAnalysis;
  prose: ProseJob | null;
}

export interface ProseJob {
  /** null when the page has no element to read (no body): the narrative says it read nothing */
  input: NarrativeInput | null;
  /** the table rules' findings, and the notes on the tables, as the report lists them around the narrative's */
  rules: Finding[];
  notes: Finding[];
  /** the page's text reader (traditional characters read in simplified ones), decided in this stage */
  reader: TextReader | null;
  now: () => number;
  /** when the analysis began, and when the narrative stage may begin */
  t0: number;
  t4: number;
}

export function analyzeTables(doc: Document, options: AnalyzeOptions = {}): TablesStage {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  // a page shown in traditional characters (a portal's 繁體 switch) is read in simplified ones,
  // every character at its own offset (text/traditional.ts)
  return withDocumentReader(doc, () => analyzeRead(doc, options, now, t0));
}

function analyzeRead(doc: Document, options: AnalyzeOptions, now: () => number, t0: number): TablesStage {
  const { detection, page } = detectPage(doc, options.url);
  const t1 = now();
  const base: ReportAnalysis = {
    schemaVersion: 1,
    isReport: detection.isReport,
    reason: detection.reason,
    title: detection.title,
    year: detection.year,
    agency: detection.agency,
    ...(detection.agencyRegion ? { agencyRegion: detection.agencyRegion } : {}),
    ...(detection.tablesOnly ? { tablesOnly: true as const } : {}),
    template: detection.template,
    tables: { t2: [], t3: [], t4: [] },
    figures: {},
    figureRefs: {},
    findings: [],
    checks: { ...EMPTY_CHECKS },
    narrative: { checked: 0, passed: 0, failed: 0, skipped: 0, summary: '' },
    timings: { detectMs: t1 - t0, gridMs: 0, mapMs: 0, rulesMs: 0, narrativeMs: 0, totalMs: 0 },
  };
  if (detection.attachment) {
    const { kind, name, href } = detection.attachment;
    base.attachment = { kind, name, href: absoluteHttp(href, options.url) };
  }
  if (detection.tablesFile) {
    const { kind, name, href } = detection.tablesFile;
    base.tablesFile = { kind, name, href: absoluteHttp(href, options.url) };
  }
  if (!detection.isReport) {
    base.timings.totalMs = now() - t0;
    return { analysis: base, prose: null };
  }
  const notes: Finding[] = [];
  // a 公众号 article saved as its HTML alone: hidden until WeChat's script runs, read as the
  // article every reader sees (dom/hidden.ts isScriptVeil), and said
  if (veiledArticle(doc)) {
    notes.push({
      rule: 'page.script-veil', severity: 'info', suspect: null, quote: null, cells: [],
      ...noteOf(mapNote('scriptVeil')),
    });
  }
  // CellRef.table indexes every <table> of the document, in document order (read by the
  // detector's walk of the page; the selector path only when that walk could not list them)
  const tables = page?.tables ?? listTables(doc);
  const cellText = page?.cellText;
  const scope = detection.container ?? doc.body ?? doc.documentElement;
  const grids: Grid[] = [];
  tables.forEach(({ el: table, layout }, i) => {
    // a table that holds another table is layout, never data: it is not read at all (its
    // cells' text would be the whole page)
    if (layout || (scope && !scope.contains(table))) return;
    const g = parseGrid(table, i, cellText);
    if (g.truncated) {
      notes.push({
        rule: 'grid.truncated', severity: 'info', suspect: null, quote: null, cells: [{ table: i, row: 0, col: 0 }],
        ...noteOf(mapNote('gridTruncated', i + 1, g.rowCount, g.slots.length)),
      });
    }
    grids.push(g);
  });
  const t2 = now();
  // a copy the page hides (a print or older version styled display:none) is not read where the
  // page shows a table of its kind (map/page-copies.ts); table 三 written one <table> a row, stitched
  const { roles, hidden } = rolesOfShownTables(stitchRowTables(grids), detection.year);
  // …and said, where it differs from the table shown (rt58): which of the two is the report's the page
  // does not say (a stale print copy, or this year's tables in a hidden tab beside last year's shown);
  // a figure of the text that fits a hidden table 三 is not called a mistake (otherT3Figures below)
  const hiddenT3 = hidden.filter((h) => h.kind === 't3').map((h) => ({ h, m: mapTable3(h.grids, []) }));
  // no <table> is table 三 of a report on the national template: it may be drawn in divs with ARIA
  // roles (grid/aria-tables.ts); those grids are indexed after every <table> of the page
  if (roles.t3.length === 0 && (detection.template === '2019' || detection.template === '2021')) readAriaTables(doc, tables.length, scope, roles);
  if (detection.template === '2019' || detection.template === '2021' || detection.tablesArePictures || detection.attachment) {
    // a report whose tables are pictures, or that is an attached file, has no labels to tell its
    // template by: its tables are said missing all the same, and why
    const why = detection.tablesArePictures ? TABLES_ARE_PICTURES
      : detection.attachment ? reportInAttachment(detection.attachment)
      : detection.tablesFile ? tablesInAttachment(detection.tablesFile) : undefined;
    // a table missing where a picture stands in its section (a screenshot of it, the others read)
    const pictured = why === undefined && (['t2', 't3', 't4'] as const).some((k) => roles[k].length === 0) && doc.body
      ? picturedSections(doc.body, page?.lines ?? collectLines(doc.body), null) : null;
    (['t2', 't3', 't4'] as const).forEach((k, i) => {
      if (roles[k].length === 0) notes.push(missingTable(k, why ?? (pictured?.[i] ? tableIsPicture(k) : undefined)));
    });
  } else if (noTablesAfter2018(detection.template, detection.year, roles)) {
    // a report on 2019 or later has the three tables whatever its template: none found on the page
    // (an attachment, a frame of another site, a page that lost them) is said, so that a report
    // whose text alone was checked is never shown as one whose tables agree with it
    const why = detection.tablesFile ? tablesInAttachment(detection.tablesFile) : NO_TABLES_ON_PAGE;
    for (const k of ['t2', 't3', 't4'] as const) notes.push(missingTable(k, why));
  }
  const t3Notes: Finding[] = [];
  const t3Sets = pickReportTable3(roles, t3Notes);
  // (a hidden table 三 whose figures are those of one read — its text differing only in a 件 or a mark — is a copy: nothing to say)
  const shownT3 = [t3Sets.report, ...t3Sets.others].filter((m): m is MappedTable3 => m !== null);
  const hiddenOther = hiddenT3.filter(({ m }) => !(m && shownT3.some((o) => sameTable3(o, m))));
  for (const h of hidden.filter((x) => x.kind !== 't3' || hiddenOther.some(({ h: y }) => y === x))) {
    const at = h.grids[0]!.tableIndex;
    // a table 三 the page labels with another year than the report's, shown or hidden (tabs59): left aside as that year's
    if (h.year !== undefined && detection.year !== null && h.kind !== 't3') notes.push(otherYearTableNote(h.kind, at, h.year, detection.year, !!h.shown));
    else if (h.year !== undefined && detection.year !== null) notes.push(unmapped(at, 0, mapNote('otherYear', at + 1, h.year, detection.year, h.shown ? 1 : 0)));
    else notes.push(unmapped(at, 0, mapNote('hiddenCopy', at + 1, h.kind, h.kind === 't3' ? 1 : 0)));
  }
  // with several tables 三, the report's tables 二 and 四 are those around its own
  const own = roles.t3Others.length === 0 ? roles : tablesAround(roles, t3Sets.index);
  const table2 = mapTable2(own.t2, notes);
  notes.push(...t3Notes); // the notes in table order, 二 then 三 then 四
  // the channels of 一 in a small table of their own after table 三 (map/t3-channels-table.ts)
  const channels = roles.t3Channels && t3Sets.report && t3Sets.grids.includes(roles.t3Channels.after) ? channelsTableRows(roles.t3Channels.grid, t3Sets.report, detection.year) : null;
  if (channels && t3Sets.report && !t3Sets.report.added?.some((r) => r.kind === 'channel' && r.under === 'new')) t3Sets.report.added = [...(t3Sets.report.added ?? []), ...channels];
  const mapped: MappedTables = { t2: table2, t3: t3Sets.report, t4: mapTable4(own.t4, notes), notes };
  const t3 = now();
  const rules = runRules(mapped);
  // another table 三 (a 区政府本级 table beside the 全区 summary, a 部门's own): its identities are
  // checked too, each finding saying which table it is about; its figures are not the report's
  for (const other of t3Sets.others) {
    const r = runRules({ t2: null, t3: other, t4: null, notes: [] });
    // a message naming its table ("表三「总计」一列有…") names it once: "…（另一张表三）：「总计」一列有…"
    for (const f of r.findings) {
      if (f.severity === 'info') rules.findings.push(f);
      else {
        const { note: _, ...rest } = f;
        rules.findings.push({ ...rest, ...otherT3Note(other.tableIndexes[0]! + 1, f) });
      }
    }
    for (const k of ['passed', 'failed', 'skipped', 'passedWithBlanks'] as const) rules.checks[k] += r.checks[k];
  }
  const figureSet = collectFigures(mapped);
  const t4 = now();
  // the narrative stage reads the prose around the tables, and the table figures by name
  const dataTables = [...allAround(roles), ...roles.t3, ...roles.t3Others.flat(), ...(roles.t3Joined ?? []), ...(roles.t4Joined ?? []), ...hidden.flatMap((h) => h.grids)].map((g) => g.table);
  // a table 三 headed as the 本级 part of the body ("…情况（区政府本级）") is not what the text's
  // figures for the whole body are about: the text is not compared with it (said in a note)
  let textFigures = figureSet.figures;
  const only = t3Sets.others.length === 0 ? t3Sets.grids[0] : undefined;
  const heading = only ? headingBefore(only.table) : '';
  if (only && heading.includes('本级') && PART_SCOPE.test(heading) && !WHOLE_SCOPE.test(heading)) {
    textFigures = withTable3(figureSet.figures, {});
    notes.push({
      rule: 'map.part-scope', severity: 'info', suspect: null, quote: null, cells: [{ table: only.tableIndex, row: 0, col: 0 }],
      ...noteOf(mapNote('partScope', heading)),
    });
  }
  // a 部门's report (or another year's) after the report's own, under its own title: its prose is
  // not about these tables
  const ownT3 = t3Sets.report ? t3Sets.grids[0]?.table : undefined;
  const lines = scope && ownT3 ? page?.lines ?? collectLines(doc.body ?? doc.documentElement) : [];
  const otherReportFrom = scope && ownT3 ? otherReportStart(lines, scope, ownT3, detection.agency, detection.year) : null;
  // …and a 部门's report before the report's own (its table 三 not the page's first): from the
  // report's own title line on
  const ownReportFrom = scope && ownT3 && t3Sets.index > 0 ? ownReportStart(lines, scope, ownT3, detection.agency, detection.year) : null;
  // the figures as the table rules would correct the cells they doubt: a text figure that fits them
  // is not the text's mistake (narrative/table-suspects.ts), in the report's table 三 or another one
  const fixes = corrections(rules.findings);
  const t3Parts = t3TotalParts(t3Sets.report);
  const corrected = (set: { figures: Record<string, number | null>; refs: typeof figureSet.refs; partRefs: typeof figureSet.partRefs }) => correctedFigures(set, fixes);
  const input: NarrativeInput | null = scope
    ? {
        container: scope, exclude: dataTables, figures: textFigures, figureRefs: figureSet.refs, figureParts: figureSet.partRefs,
        correctedFigures: corrected({ ...figureSet, figures: textFigures }),
        correctedWithTotals: correctedFigures({ ...figureSet, figures: textFigures }, fixes, true),
        // the totals a page leaves blank, added up from their parts, in a table whose identities
        // all hold: where a rule fails (a stray 1 in a row left blank, its blank 总计 right, red team
        // 12 s63), which part slipped is the rules' to say, not a sum of the text's to doubt
        filledTotals: blankTotalsFilled(textFigures, { t3: !failedOn(rules.findings, 't3.'), t4: !failedOn(rules.findings, 't4.'), t3Parts }, figureSet.blankTotals),
        // table 三 drawn without its 总计 column: a claim is compared with its columns' sum, or
        // skipped saying why (vs-table-compare.ts)
        t3WithoutTotal: t3Parts !== null,
        fromTables: figureSet.fromTables, year: detection.year, otherReportFrom, ownReportFrom, agency: detection.agency,
        noneMarked: figureSet.noneMarked, t2InWan: figureSet.inWan,
        // a figure of the prose that fits another table 三 (本级's beside 全区's) is not a mistake
        // (and, where the rules doubt a cell of it, that table as they would correct it)
        levelT3: levelFigures(levelTable3(t3Sets), { ...figureSet, figures: textFigures }, (set) => correctedFigures(set, fixes)),
        otherT3Figures: [...t3Sets.others, ...hiddenOther.flatMap(({ m }) => (m ? [m] : []))].flatMap((o) => {
          const set = collectFigures({ t2: null, t3: o, t4: null, notes: [] });
          const fixed = corrected(set);
          return fixed ? [set.figures, fixed] : [set.figures];
        }),
        // (those the page labels with another year, with it: txt62)
        yearT3: hiddenT3.flatMap(({ h, m }) => (m && h.year !== undefined && h.year !== detection.year ? [{ year: h.year, figures: collectFigures({ t2: null, t3: m, t4: null, notes: [] }).figures }] : [])),
      }
    : null;
  base.tables = {
    t2: own.t2.map((g) => g.tableIndex),
    // the report's table 三 first, then any other the page has (their findings group under 表三)
    t3: t3Sets.grids.map((g) => g.tableIndex),
    t4: own.t4.map((g) => g.tableIndex),
  };
  base.figures = figureSet.figures;
  base.figureRefs = figureSet.refs;
  if (Object.keys(figureSet.notes).length > 0) base.figureNotes = figureSet.notes;
  base.findings = [...rules.findings, ...notes];
  base.checks = rules.checks;
  base.timings = { ...base.timings, gridMs: t2 - t1, mapMs: t3 - t2, rulesMs: t4 - t3 };
  // the reader was decided at the detector's first read of the body (textReader() decides it now if not)
  return { analysis: base, prose: { input, rules: rules.findings, notes, reader: textReader(), now, t0, t4 } };
}

/** Whether a table rule of that table (rule ids starting `prefix`: 't3.', 't4.') fails on the page. */
function failedOn(findings: readonly Finding[], prefix: string): boolean {
  return findings.some((f) => f.severity === 'error' && f.rule.startsWith(prefix));
}

/** An address resolved against the page's, when it is http(s); else null. */
function absoluteHttp(href: string, base: string | undefined): string | null {
  try {
    const u = base ? new URL(href, base) : new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
