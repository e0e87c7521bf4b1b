/**
 * The readable report of one checked file (the default output, without --json): findings first,
 * errors before warnings before infos, each with its message and the cells it involves, then the
 * check summary and the key figures. Cell places are written 1-based ("第4个表格第7行第3列"), as a
 * reader counts on the page; the JSON keeps the spec's 0-based CellRef.
 */
import type { CheckedFile } from './load-page.ts';
import type { CellRefJson, FileJson } from './to-json.ts';
import { countSeverities, toFileJson } from './to-json.ts';
import { sortFigureNames } from '../lib/report/figure-order.ts';
import { missingTableOf, missingTableReason, missingTablesLine, saysReportInAttachment, saysTablesArePictures, saysTablesInAttachment } from '../lib/map/notes.ts';
import { T2_COLUMN_NAMES, T2_ITEM_NAMES, T3_COLUMN_NAMES, T4_GROUP_NAMES, T4_ITEM_NAMES, t3RowName } from '../lib/rules/names.ts';

const SEVERITY_LABEL = { error: '错误', warning: '警告', info: '提示' } as const;
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** The table-三 rows whose 总计 column is a key figure (the rows of the template, not their items). */
const KEY_T3_ROWS = ['new', 'carried', 'granted', 'partial', 'denied', 'unable', 'notProcessed', 'other', 'processed', 'carriedForward'];

export function cellPlace(c: CellRefJson): string {
  return `第${c.table + 1}个表格第${c.row + 1}行第${c.col + 1}列`;
}

/** A figure name in words, e.g. t3.new.total → 表三 一、本年新收 · 总计. Unknown parts stay as they are. */
export function figureLabel(name: string): string {
  const parts = name.split('.');
  const table = parts[0];
  const col = parts[parts.length - 1] ?? '';
  const row = parts.slice(1, -1).join('.');
  if (table === 't3') return `表三 ${t3RowName(row)} · ${T3_COLUMN_NAMES[col] ?? col}`;
  if (table === 't4') return `表四 ${T4_GROUP_NAMES[row] ?? row} · ${T4_ITEM_NAMES[col] ?? col}`;
  if (table === 't2') return `表二 ${T2_ITEM_NAMES[row] ?? row} · ${T2_COLUMN_NAMES[col] ?? col}`;
  return name;
}

export function isKeyFigure(name: string): boolean {
  const parts = name.split('.');
  if (parts[0] === 't2') return true;
  if (parts[0] === 't4') return parts[2] === 'total';
  if (parts[0] === 't3') return parts.length === 3 && parts[2] === 'total' && KEY_T3_ROWS.includes(parts[1] ?? '');
  return false;
}

/** Where a line of the readable report is broken: a terminal's usual 80 columns. */
const REPORT_COLUMNS = 80;
const INVOLVED = '          涉及：';

/** Columns a terminal gives the text: two for a CJK or full-width character, one for ASCII. */
function columns(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.charCodeAt(0) < 0x80 ? 1 : 2;
  return n;
}

/**
 * The cells a finding involves: each table named once, before the first of its cells
 * ("第2个表格第6行第10列、第7行第10列、第3个表格第4行第2列"), the list broken between cells at 80 columns
 * and each line after the first indented under the first cell. One line of up to ~200 cells
 * (2,400 characters) wrapped at the terminal's edge, mid-cell, its rest at the left margin.
 */
export function involvedLines(cells: readonly CellRefJson[], width = REPORT_COLUMNS): string[] {
  const indent = ' '.repeat(columns(INVOLVED));
  const lines: string[] = [];
  let line = INVOLVED;
  let used = columns(INVOLVED);
  let table = -1;
  cells.forEach((c, i) => {
    const place = c.table === table ? `第${c.row + 1}行第${c.col + 1}列` : cellPlace(c);
    table = c.table;
    const item = i < cells.length - 1 ? `${place}、` : place;
    if (line !== INVOLVED && used + columns(item) > width) {
      lines.push(line);
      line = indent;
      used = indent.length;
    }
    line += item;
    used += columns(item);
  });
  lines.push(line);
  return lines;
}

function formatNumber(v: number | null): string {
  return v === null ? '（空白）' : String(v);
}

export function formatFileText(checked: CheckedFile): string {
  const json = toFileJson(checked);
  const a = checked.analysis;
  const out: string[] = [`== ${json.file}`];
  for (const w of checked.warnings) out.push(`   注意：${w}`);
  if (json.error !== undefined) {
    out.push(`   无法检查：${json.error}`);
    return out.join('\n') + '\n';
  }
  if (!json.isReport) {
    out.push(`   不是政府信息公开工作年度报告${a?.reason ? `（${a.reason}）` : ''}`);
    return out.join('\n') + '\n';
  }
  out.push(`   ${headline(json, a?.title ?? null)}`);
  out.push(...formatFindings(json));
  if (a) {
    const c = a.checks;
    let line = `   检查：通过 ${c.passed} 项，未通过 ${c.failed} 项，无法检查 ${c.skipped} 项`;
    if (c.passedWithBlanks > 0) line += `（通过的项中有 ${c.passedWithBlanks} 项是把空白按 0 计才成立）`;
    out.push(line);
    // says so when the prose has no checkable claim, rather than implying it was checked
    if (a.tablesOnly) out.push('   本页只有年度报告的统计表，没有正文可核对');
    else if (a.narrative.summary) out.push(`   ${a.narrative.summary}`);
  }
  const keys = sortFigureNames(Object.keys(json.figures).filter(isKeyFigure));
  if (keys.length > 0) {
    out.push('   主要数字：');
    for (const k of keys) out.push(`     ${figureLabel(k)}：${formatNumber(json.figures[k] ?? null)}`);
  } else {
    out.push('   未能读出表格中的数字。');
  }
  return out.join('\n') + '\n';
}

function headline(json: FileJson, title: string | null): string {
  const bits = [json.agency ?? '（未识别发布机关）', json.year !== null ? `${json.year} 年度` : '（未识别年度）'];
  if (json.template) bits.push(templateWords(json));
  if (!json.agency && title) bits.push(`标题：${title}`);
  return bits.join(' · ');
}

/**
 * The template in words; a report whose tables are pictures has none that can be told (its
 * labels are in the pictures), which "未识别" would hide behind a failure to read.
 */
function templateWords(json: FileJson): string {
  if (json.template !== 'unknown') return `表格模板 ${json.template}`;
  if (saysTablesArePictures(json.findings)) return '表格是图片，无法读取（表格模板无从识别）';
  if (saysTablesInAttachment(json.findings)) return '表格在附件中，未读取（表格模板无从识别）';
  return saysReportInAttachment(json.findings) ? '报告在附件中，无法读取（表格模板无从识别）' : '表格模板未识别';
}

function formatFindings(json: FileJson): string[] {
  const { errors, warnings, infos } = countSeverities(json.findings);
  if (json.findings.length === 0) return ['   未发现问题。'];
  const lines = [`   发现：错误 ${errors} 处，警告 ${warnings} 处，提示 ${infos} 处`];
  const sorted = json.findings
    .map((f, i) => ({ f, i }))
    .sort((x, y) => SEVERITY_RANK[x.f.severity] - SEVERITY_RANK[y.f.severity] || x.i - y.i);
  // tables missing for one reason: one line for all of them
  const missing = json.findings.filter((f) => missingTableOf(f));
  const reasons = new Set(missing.map((f) => missingTableReason(f)));
  const together = missing.length > 1 && reasons.size === 1;
  for (const { f } of sorted) {
    if (together && missingTableOf(f)) {
      if (f !== missing[0]) continue;
      lines.push(`   [${SEVERITY_LABEL.info}] ${missingTablesLine(missing.map((m) => missingTableOf(m)!), missingTableReason(f))}（${f.rule}）`);
      continue;
    }
    lines.push(`   [${SEVERITY_LABEL[f.severity]}] ${f.message}（${f.rule}）`);
    if (f.quote) lines.push(`          原文：「${f.quote}」`);
    if (f.suspect) {
      let s = `          最可能有误：${cellPlace(f.suspect)}`;
      if (f.expected !== undefined && f.actual !== undefined) s += `，现为 ${f.actual}，应为 ${f.expected}`;
      lines.push(s);
    }
    if (f.cells.length > 0) lines.push(...involvedLines(f.cells));
  }
  return lines;
}

export function formatSummary(files: readonly FileJson[]): string {
  let reports = 0;
  let withErrors = 0;
  let failed = 0;
  for (const f of files) {
    if (f.error !== undefined) failed++;
    else if (f.isReport) {
      reports++;
      if (f.findings.some((x) => x.severity === 'error')) withErrors++;
    }
  }
  const other = files.length - reports - failed;
  return `共 ${files.length} 个文件：年报 ${reports} 份（其中有算术错误的 ${withErrors} 份），非年报 ${other} 个，无法检查 ${failed} 个。\n`;
}
