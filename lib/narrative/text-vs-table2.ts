/**
 * Text against table 二 (rule text.vs-table): the figures the prose gives for 规章 and 规范性文件
 * (制发, 废止, 现行有效, 2019's 对外公开总数), for the 处理决定 of 行政许可, 行政处罚 and 行政强制,
 * and for the 行政事业性收费 collected, against table 二's cells (spec/report-format.md "Table 二").
 *
 * Narrower than the comparison with tables 三 and 四 (text-vs-table.ts), on purpose: table 二 is
 * what reports restate least carefully, and the same words count other things ("公开规范性文件20件"
 * counts what was published, "清理规范性文件120件…废止5件" the review's results, "行政许可事项45项"
 * the kinds of licence). A figure is read only when
 * - the words from the previous figure (or its ，-clause's start) up to it name one item and one
 *   column that item has, or one of them with the other carried from the figure before it in the
 *   same ；-clause that was itself read ("制发规范性文件12件，废止3件": 废止 of 规范性文件), or in the
 *   ；-clause before when the new one opens with nothing but another column (continuesOverSemicolon);
 * - nothing in those words makes it no claim (T2_VETO), nor in its ；-clause (T2_SCOPE_VETO: 清理,
 *   其中, a part of the body, the whole region), nor its unit (项 counts kinds);
 * - it is a count of the report's year, for the body (body-part.ts, period.ts), not inside a
 *   parenthesis, not a part of a list (其中…), not a change.
 * A figure about 本年新公开 (2019) is no claim; 制发 in a 2019 table is 本年新制作数量, and a figure
 * that fits only 本年新公开数量 is a warning.
 */
import type { CellRef } from '../types.ts';
import { decToNumber, equalWithinRounding, formatDec, toDec, type Dec } from './decimal.ts';
import { isCount, semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { RULE, saidCheck, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { clauseStart, quoteClause, shownOf } from './quote.ts';
import { respectivelyDecisions } from './respectively-t2.ts';
import { againstCountInWan } from './t2-in-wan.ts';
import { COMPARED_WITH, otherPeriod } from './period.ts';
import { aboutPartOfBody, scopeBefore, type Body } from './body-part.ts';
import { readingValue, type Reading } from './measures.ts';
import { compare, type VsTableInput } from './vs-table-compare.ts';
import {
  isTable2Of2019,
  T2_ANY_ITEM,
  T2_BARE_COLUMN,
  T2_BETWEEN_OK,
  T2_COLUMN_WORDS,
  T2_COLUMN_ZH,
  T2_FILLER,
  T2_ITEM_COLUMNS,
  T2_ITEM_WORDS,
  T2_ITEM_ZH,
  T2_NAMES,
  t2ScopeVetoed,
  T2_UNITS,
  T2_VETO,
  t2Name,
  type T2Column,
  type T2Item,
} from './table2-measures.ts';
import { labelPart, part, said } from './note-words.ts';

/**
 * What a figure was read as: an item and column, or no claim. 'newPublished' is the 2019 form's
 * 本年新公开数量 ("本年新制作规范性文件2件，新公开2件，对外公开总数量37件"): no claim (公开 may
 * count another set), but the item it carries goes on to the column after it.
 */
interface Read {
  item: T2Item;
  column: T2Column | 'newPublished';
}

/** "新公开2件" after a figure of 规章 or 规范性文件: the 2019 column 本年新公开数量, nothing else. */
const NEW_PUBLISHED = /^(?:本年|本年度|全年)?新公开(?:数量?)?(?:共|为|计)?$/;

/** The items a segment names, and where the last one ends; null item when it names two. */
function itemsIn(segment: string): { item: T2Item | 'other' | null; end: number; count: number } {
  let item: T2Item | 'other' | null = null;
  let end = -1;
  let count = 0;
  for (const { item: it, re } of T2_ITEM_WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(segment); m; m = re.exec(segment)) {
      if (it !== item) count++;
      item = it;
      if (m.index + m[0].length > end) end = m.index + m[0].length;
    }
  }
  return { item: count === 1 ? item : null, end, count };
}

/** The one column a text names, null when none, 'many' when several. */
function columnIn(text: string): T2Column | null | 'many' {
  let found: T2Column | null = null;
  for (const { column, re } of T2_COLUMN_WORDS) {
    if (!re.test(text)) continue;
    if (found && found !== column) return 'many';
    found = column;
  }
  return found;
}

/** Every item word removed: what is left says the column ("行政处罚决定" → "决定"). */
function withoutItems(segment: string): string {
  let s = segment;
  for (const { re } of T2_ITEM_WORDS) s = s.replace(re, '|');
  return s;
}

/**
 * Reads one figure: what the words since the previous figure say, with what the previous
 * figure was read as (null: not read, or no previous figure in this ；-clause).
 */
function readFigure(s: SentenceFigures, f: TextFigure, segStart: number, prev: Read | null, first: boolean): Read | null {
  const segment = columnFirst(s.text.slice(segStart, f.start));
  const words = segment.replace(/对外公开总数量?/g, '对外总数');
  if (prev && (prev.item === 'regulations' || prev.item === 'normativeDocs') && NEW_PUBLISHED.test(segment.replace(/[\s、，,的]/g, ''))) {
    return { item: prev.item, column: 'newPublished' };
  }
  if (T2_VETO.test(words)) return null;
  const { item: named, end, count } = itemsIn(segment);
  if (count > 1 || named === 'other') return null;
  const colText = withoutItems(words).replace(/对外总数/g, '对外公开总数');
  const col = columnIn(colText);
  if (col === 'many') return null;
  let item: T2Item;
  let column: T2Column;
  if (named) {
    if (!T2_BETWEEN_OK.test(segment.slice(end))) return null;
    item = named;
    // "行政处罚决定60件" names no act: after a figure not read ("公示行政许可决定1300件，"), it is
    // that act's too
    if (col && (col !== 'decisions' || DECISION_ACT.test(colText) || first || prev)) column = col;
    else if (prev && prev.column !== 'newPublished' && T2_ITEM_COLUMNS[named].has(prev.column)) column = prev.column; // "制发规章2件、规范性文件12件"
    else {
      const bare = T2_BARE_COLUMN[named];
      if (!bare || !(first || prev)) return null; // "行政强制7件" after a claim, or first
      column = bare;
    }
  } else {
    // "废止3件" after "制发规范性文件12件，": only the column word, and the item carried
    if (!col || !prev) return null;
    if (colText.replace(T2_FILLER, '').replace(COLUMN_WORDS_G, '') !== '') return null;
    item = prev.item;
    column = col;
  }
  if (!T2_ITEM_COLUMNS[item].has(column)) return null;
  return { item, column };
}

/**
 * The 2019 column named around its item ("对外公开规范性文件总数38件"), put in the order the
 * column's own name has ("规范性文件对外公开总数"). Not after a word of the year ("全年对外公开规范性
 * 文件总数", "2019年对外公开…": may count 本年新公开数量), nor without 总数 ("对外公开规范性文件
 * 99件" counts what was published): those keep 公开, which makes them no claim.
 */
function columnFirst(segment: string): string {
  const m = COLUMN_AROUND_ITEM.exec(segment);
  if (!m || YEAR_WORD.test(segment.slice(0, m.index))) return segment;
  return segment.slice(0, m.index) + `${m[1]}对外公开总数` + segment.slice(m.index + m[0].length);
}

const COLUMN_AROUND_ITEM = /对外公开(规章(?!制度)|规范性文件)总数量?/;
const YEAR_WORD = /本年|今年|当年|全年|年内|年度|新|\d{4}年(?!底|末)/;

/** A decision's act: without one, 决定 is a noun that takes the act of the figure before it. */
const DECISION_ACT = /作出|做出|办理|办结|实施|采取/;

/** The column words, to see that a segment holds nothing else. */
const COLUMN_WORDS_G = new RegExp(T2_COLUMN_WORDS.map((c) => c.re.source).join('|'), 'g');

/** Is the figure one the table counts: the body's, of the year, a whole count? */
/** No figure a list's part (respectivelyDecisions' pairs, named one by one). */
const NO_PARTS: ReadonlySet<TextFigure> = new Set();

function isTableClaim(s: SentenceFigures, f: TextFigure, r: Read, year: number | null, partFigures: ReadonlySet<TextFigure>, body: Body | null, periodText: string, scopeAt = f.start): boolean {
  if (!T2_UNITS[r.item].has(f.unit)) return false;
  // a count is whole: "平均每月4.5件" is no count of the year
  if (r.item !== 'fees' && f.value.d > 0 && f.value.n % 10n ** BigInt(f.value.d) !== 0n) return false;
  if (partFigures.has(f)) return false;
  if (t2ScopeVetoed(scopeBefore(s.text, scopeAt))) return false;
  if (aboutPartOfBody(s.text, f.start, body)) return false;
  const clause = s.text.slice(clauseStart(s.text, f.start), f.start);
  if (COMPARED_WITH.test(clause)) return false;
  if (otherPeriod(periodText, clause, f.start, year)) return false;
  return true;
}

/** The measures of a count (built once per item, column and form: they are constants). */
const measures = new Map<string, { strict: readonly Reading[]; loose?: readonly Reading[] }>();

function measureOf(item: T2Item, column: T2Column, of2019: boolean): { strict: readonly Reading[]; loose?: readonly Reading[] } {
  const key = `${item}.${column}.${of2019}`;
  let m = measures.get(key);
  if (m) return m;
  const zh = T2_COLUMN_ZH[of2019 ? '2019' : '2021'];
  const reading = (c: T2Column | 'newPublished'): Reading => ({ names: [t2Name(item, c)], label: `表二“${T2_ITEM_ZH[item]}”的“${zh[c]}”` });
  // 制发 in a 2019 table is 本年新制作数量; that it fits only 本年新公开数量 is worth a warning
  m = column === 'newMade' && of2019 ? { strict: [reading('newMade')], loose: [reading('newPublished')] } : { strict: [reading(column)] };
  measures.set(key, m);
  return m;
}

/** The decimals a table figure shows (its shortest form: "23.50" reads 23.5, a wider tolerance). */
function decimalsOf(v: number): number {
  const t = String(v);
  const dot = t.indexOf('.');
  return dot < 0 || /e/i.test(t) ? 0 : Math.min(t.length - dot - 1, 8);
}

/**
 * A fee in 元 (TextFigure.value) against the table's 本年收费金额, in 万元 as the 2021 form's header
 * says, or in 元 as some units fill it: either fits, each within the rounding of both figures.
 */
export function compareFee(f: TextFigure, quote: string, input: VsTableInput, label: string, name: string): ClaimOutcome {
  const cell = input.figures[name];
  if (cell === undefined || cell === null) {
    return { check: saidCheck(RULE.vsTable, 'skip', quote, said('noTable', labelPart(label))) };
  }
  const d = decimalsOf(cell);
  const asWan: Dec = toDec(cell, d, 4);
  const asYuan: Dec = toDec(cell, d);
  // "0万元" is none at all, not a sum under 5000元 rounded off (the cell 12.35 read in 元 fitted it)
  const ulp = f.value.n === 0n ? null : f.ulp;
  const fits =
    equalWithinRounding(asWan, f.value, [ulp, { n: 10n ** 4n, d }]) || equalWithinRounding(asYuan, f.value, [ulp, { n: 1n, d }]);
  const wan = formatDec({ n: f.value.n, d: f.value.d + 4 });
  if (fits) return { check: { rule: RULE.vsTable, outcome: 'pass', quote, detail: `${f.raw} = ${label} ${cell}` } };
  const cells: CellRef[] = input.figureRefs[name] ? [input.figureRefs[name] as CellRef] : [];
  // "253,000元" is said in 万元 too, as the form's header counts it; the cell is given without a
  // unit, since units fill it in 元 as well (red team 10b, page 22: "3500万元" for a table in 元)
  const bare = label.replace(/[（(]单位[：:]万元[)）]/, '');
  const message = said('vsTable2Money', quote, /万元$/.test(f.raw) ? '' : part('wan', wan), labelPart(bare), cell);
  return {
    check: { rule: RULE.vsTable, outcome: 'fail', quote, detail: `${wan}万元 ≠ ${label} ${cell}` },
    finding: textFinding(RULE.vsTable, 'error', message, quote, cell, decToNumber({ n: f.value.n, d: f.value.d + 4 }), cells),
  };
}

/** Every unit some item of table 二 takes. */
const ANY_T2_UNIT = new Set(Object.values(T2_UNITS).flatMap((u) => [...u]));

/** Does the page have a table 二 the text can be compared with? */
export function hasTable2(figures: VsTableInput['figures']): boolean {
  for (const n of T2_NAMES) if (figures[n] !== undefined) return true;
  return false;
}

export function checkAgainstTable2(
  sentences: readonly SentenceFigures[],
  input: VsTableInput,
  /** figures that are parts of a list (其中…): never the table's */
  partFigures: ReadonlySet<TextFigure>,
): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  let of2019: boolean | undefined;
  for (const s of sentences) {
    if (s.figures.length === 0 || !T2_ANY_ITEM.test(s.text)) continue;
    let prev: Read | null = null;
    /** prev was a claim on the table (the body's, this year's): only such an item goes on over a ； */
    let prevClaimed = false;
    let prevClause = -1;
    let prevEnd = 0;
    const periodText = withoutChangeClauses(s);
    // "行政许可、行政处罚、行政强制分别为1268件、86件、5件" (respectively-t2.ts): each against its item
    // (a 合计 after them makes them a list's parts too — "…分别为1268件、68件，合计1336件": summed, and each still its
    // item's, the names pairing them as surely: left57, recall54 left them unread)
    for (const { f, item, namesAt } of respectivelyDecisions(s)) {
      const read: Read = { item, column: 'decisions' };
      if (!T2_UNITS[item].has(f.unit) || !isTableClaim(s, f, read, input.year ?? null, NO_PARTS, input.body ?? null, periodText, namesAt)) continue;
      of2019 ??= isTable2Of2019(input.figures);
      const m = measureOf(item, 'decisions', of2019);
      const quote = shownOf(s).slice(namesAt, f.end);
      out.push(againstCountInWan(m, f, quote, input) ?? compare(m, f, quote, input));
    }
    for (const f of s.figures) {
      const segStart = Math.max(prevEnd, clauseStart(s.text, f.start));
      // a figure in parentheses ("废止3件（含自然失效1件）") is an aside: the chain goes on past it
      if (f.paren !== null) continue;
      // so is a change against last year, or last year's figure ("制发规范性文件4件，较上年增加1件，
      // 废止1件": 废止 of 规范性文件; red team 21, c26): no claim, and the item carries over it
      if (f.change !== null || COMPARED_WITH.test(s.text.slice(segStart, f.start))) {
        prevEnd = f.end;
        continue;
      }
      const sameClause = prevClause === f.clause;
      const carried: Read | null = sameClause || (prevClaimed && continuesOverSemicolon(s, f, segStart, prev, prevClause)) ? prev : null;
      // "主动公开政府信息1286条" (most figures of such sentences): no unit of table 二's, nothing to read
      const read: Read | null = isCount(f) && ANY_T2_UNIT.has(f.unit) ? readFigure(s, f, segStart, carried, !sameClause) : null;
      prev = read;
      prevClause = f.clause;
      prevEnd = f.end;
      prevClaimed = false;
      if (!read || read.column === 'newPublished' || !isTableClaim(s, f, read, input.year ?? null, partFigures, input.body ?? null, periodText)) continue;
      prevClaimed = true;
      of2019 ??= isTable2Of2019(input.figures);
      const quote = quoteClause({ s, f });
      if (read.column === 'feeAmount') {
        const label = `表二“${T2_ITEM_ZH.fees}”的“${T2_COLUMN_ZH[of2019 ? '2019' : '2021'].feeAmount}”`;
        out.push(compareFee(f, quote, input, label, t2Name('fees', 'feeAmount')));
      } else {
        // a cell that is no count ("-2", "12.5") is the table's own error (rule t2.count): the
        // text is not measured against it
        const m = measureOf(read.item, read.column, of2019);
        const cell = input.figures[m.strict[0]?.names[0] ?? ''];
        const name = m.strict[0]?.names[0] ?? '';
        // ("1.28万" in the cell: compared as the count it stands for, t2-in-wan.ts)
        const wan = againstCountInWan(m, f, quote, input);
        // "制发行政规范性文件零件" beside a cell "无" (rt62 left it a skip, "表格中没有…"): the report's none, a 0 (a figure
        // other than 0 against it stays unread: the cell gives none)
        if (cell === null && f.value.n === 0n && input.noneMarked?.has(name)) {
          out.push({ check: { rule: RULE.vsTable, outcome: 'pass', quote, detail: `${f.raw} = ${m.strict[0]?.label} 0（表中该格填“无”或“—”，读作0）` } });
        } else if (wan) {
          out.push(wan);
        } else if (typeof cell === 'number' && (cell < 0 || !Number.isInteger(cell))) {
          out.push({ check: { rule: RULE.vsTable, outcome: 'skip', quote, detail: `${m.strict[0]?.label}为${cell}，不是件数，未与正文比较` } });
        } else {
          const o = compare(m, f, quote, input);
          const v = readingValue(m.strict[0]!, input.figures);
          out.push(o.check.outcome === 'fail' && v !== null && partAfterIsTables(s, f, v) ? { check: { ...o.check, outcome: 'skip', detail: `其后“其中”所列的数与表二相符，此数可能含未作处理决定的事项（${o.check.detail}）` } } : o);
        }
      }
    }
  }
  return out;
}

/**
 * "本年制发行政规范性文件4件，较上年增加1件；废止1件；现行有效25件" (red team 21, m16): a ；-clause
 * that opens with nothing but another column of the item just read (废止 after 制发, 现行有效 after
 * either) goes on with that item. The item is carried over a ； only so: from a figure of 规章 or
 * 规范性文件 read as a claim (the body's, this year's: "上年制发…5件；废止4件" is last year's) in the
 * ；-clause right before, the new clause's first figure, its words one column
 * word and filler (readFigure checks that), 废止 or 现行有效 (a second 制发 may count another set),
 * a column other than the one just read ("废止3件；废止5件" may be of something else), and no item
 * named ("制发规章2件；规范性文件12件" is left to no one).
 */
function continuesOverSemicolon(s: SentenceFigures, f: TextFigure, segStart: number, prev: Read | null, prevClause: number): boolean {
  if (!prev || prevClause < 0 || f.clause !== prevClause + 1) return false;
  if (prev.item !== 'regulations' && prev.item !== 'normativeDocs') return false;
  if (segStart !== semicolonClauseStart(s.text, f.start)) return false;
  const words = s.text.slice(segStart, f.start);
  if (T2_ANY_ITEM.test(words)) return false;
  const col = columnIn(withoutItems(words));
  return (col === 'abolished' || col === 'inForce') && col !== prev.column;
}

/**
 * The sentence with the ，-clause of every change against last year blanked ("制发规范性文件4件，
 * 较上年增加1件，废止1件": 上年 there is the base of the change, not the period of the 废止 after
 * it), for the other-period test (period.ts). Same length: offsets still hold. A base with no
 * change verb ("与2023年相比，…由5件减少到4件") keeps its year.
 */
function withoutChangeClauses(s: SentenceFigures): string {
  let text = s.text;
  for (const f of s.figures) {
    if (f.change === null) continue;
    const from = clauseStart(text, f.start);
    text = text.slice(0, from) + ' '.repeat(f.end - from) + text.slice(f.end);
  }
  return text;
}

/**
 * "全年共办理行政许可事项1453件，其中作出准予许可决定1268件" (table 二: 1268): a part after 其中 in
 * the figure's ；-clause is the table's figure, and the whole counts more than decisions (matters
 * handled, some withdrawn or still open). Session 23's probe found the whole flagged against 1268.
 */
function partAfterIsTables(s: SentenceFigures, f: TextFigure, value: number): boolean {
  const clauseEnd = s.text.slice(f.end).search(/[；;]/);
  const upTo = clauseEnd < 0 ? s.text.length : f.end + clauseEnd;
  const qizhong = s.text.indexOf('其中', f.end);
  if (qizhong < 0 || qizhong >= upTo) return false;
  // only a whole not worded as decisions ("办理…事项"), of which the part is ("作出…决定"): "作出行政处罚
  // 决定90件，其中简易程序86件" against 86 is the text's whole against the table's, and still compared
  if (DECISIONS.test(s.text.slice(clauseStart(s.text, f.start), f.start))) return false;
  return s.figures.some((g) => g.start > qizhong && g.end <= upTo && isCount(g) && g.unit === f.unit && decToNumber(g.value) === value && DECISIONS.test(s.text.slice(qizhong, g.start)));
}

/** Words of a 处理决定 itself, not of the matters handled. */
const DECISIONS = /决定/;
