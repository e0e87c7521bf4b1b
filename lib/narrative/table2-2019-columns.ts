/**
 * Text against the 2019 form's own columns of table 二 (rule text.vs-table; spec/report-format.md
 * "Table 二"): 政府集中采购's 采购项目数量 and 采购总金额, and the 上一年项目数量 and 本年增/减 of
 * 行政许可, 其他对外管理服务事项, 行政处罚, 行政强制 and 行政事业性收费. text-vs-table2.ts leaves them
 * (项 counts kinds there, 政府集中采购 is no item of its). Read only in these shapes, the words
 * between the item (or the figure before) and the figure holding nothing else:
 * - "政府集中采购项目86项，采购总金额3712.5万元", "集中采购金额…元，共86个项目";
 * - a change against last year: "行政许可事项较上年减少6项", "收费项目21项，较上年减少2项";
 * - "由上年的312项减少至306项": the change, and last year's count against 上一年项目数量 (a warning:
 *   units fill that column with this year's count as often as with last year's);
 * - "本年新增12项" with no 较上年: additions may be netted by removals the text leaves out, so a
 *   difference is a warning; with words of both in the ；-clause, not read.
 * A bare "行政处罚事项1890项" is not read: this year's count or last year's, the text does not say.
 * Nothing is read in a ；-clause naming a part of the body, the whole region, a list (清单, 目录:
 * their 子项 count otherwise), savings or budgets, or another year.
 */
import type { CellRef } from '../types.ts';
import { semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { RULE, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { quoteClause } from './quote.ts';
import { otherPeriod } from './period.ts';
import { aboutPartOfBody, scopeBefore } from './body-part.ts';
import { t2ScopeVetoed } from './table2-measures.ts';
import { compareFee } from './text-vs-table2.ts';
import type { VsTableInput } from './vs-table-compare.ts';
import { labelPart, part, restated, said, type Said } from './note-words.ts';

type Item2019 = 'license' | 'otherServices' | 'penalty' | 'enforcement' | 'fees';

const ITEMS: readonly { item: Item2019; re: RegExp; zh: string }[] = [
  { item: 'otherServices', re: /其他对外管理服务事项/g, zh: '其他对外管理服务事项' },
  { item: 'license', re: /行政许可/g, zh: '行政许可' },
  { item: 'penalty', re: /行政处罚/g, zh: '行政处罚' },
  { item: 'enforcement', re: /行政强制/g, zh: '行政强制' },
  { item: 'fees', re: /行政事业性收费/g, zh: '行政事业性收费' },
];

/** Words in the ；-clause that make its figures no claim on these columns. */
const VETO = /清单|目录|子项|权责|权力|下放|承接|委托|审批时限|时限|材料|环节|平均|率|%|其中|分别|节约|节支|节省|节资|预算|中标|分散|自行|计划|拟|信息|公开|公示|办件|受理|申请/;

/** Filler dropped before a shape is matched. */
const FILLER = /[的了\s“”"]|全年|本年度|本年|今年|年内|共计|合计|总计|共有|现有|共|计|达到|达|为/g;

const KIND_UNITS = new Set(['项', '个']);
const ADD = /新增|增加|增长|上升/;
const REMOVE = /取消|减少|精简|削减|下降/;
const LAST_YEAR = /^(?:较|比|同比|与)?(?:上年|上一年|去年|上年度|上一年度)?(?:相比|同期)?[，,]?$/;

function itemsOf(seg: string): { item: Item2019; zh: string; end: number } | null {
  let found: (typeof ITEMS)[number] | null = null;
  let end = -1;
  // 其他对外管理服务事项 first, blanked, so that no later word is found inside it
  let cut = seg;
  for (const it of ITEMS) {
    it.re.lastIndex = 0;
    for (let m = it.re.exec(cut); m; m = it.re.exec(cut)) {
      if (found && found !== it) return null;
      found = it;
      end = Math.max(end, m.index + m[0].length);
    }
    if (found === it) cut = cut.replace(it.re, (w) => '□'.repeat(w.length));
  }
  return found ? { item: found.item, zh: found.zh, end } : null;
}

const cellOf = (input: VsTableInput, name: string): number | null => {
  const v = input.figures[name];
  return typeof v === 'number' && Number.isInteger(v) ? v : null;
};

const refs = (input: VsTableInput, ...names: string[]): CellRef[] => names.flatMap((n) => (input.figureRefs[n] ? [input.figureRefs[n] as CellRef] : []));

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/** A figure the reading may take at all: a whole count, of this year, for the body, not an aside or a list's part. */
function usable(s: SentenceFigures, f: TextFigure, input: VsTableInput, parts: ReadonlySet<TextFigure>): boolean {
  if (f.approx || f.paren !== null || parts.has(f)) return false;
  if (f.value.d > 0 && f.value.n % 10n ** BigInt(f.value.d) !== 0n && f.unit !== '元') return false;
  const scope = scopeBefore(s.text, f.start);
  if (t2ScopeVetoed(scope) || VETO.test(scope)) return false;
  return !aboutPartOfBody(s.text, f.start, input.body ?? null);
}

/**
 * Every 4-digit year the ；-clause names before the figure is the report's, or, for a base, the one
 * before it written as the base ("较2019年减少6项"): "2019年行政许可事项较上年减少3项" is 2019's own
 * change, not this year's (rt39).
 */
function yearsFit(clause: string, year: number | null, base: boolean): boolean {
  for (const m of clause.matchAll(/(\d{4})年/g)) {
    const y = Number(m[1]);
    const asBase = base && y === (year ?? 0) - 1 && /(?:较|比|与|同)$/.test(clause.slice(0, m.index));
    if (year === null || (y !== year && !asBase)) return false;
  }
  return !/上半年|下半年|季度|[一二三四1-4]季|月份|\d+月/.test(clause);
}

function pass(quote: string, detail: string): ClaimOutcome {
  return { check: { rule: RULE.vsTable, outcome: 'pass', quote, detail } };
}

function skip(quote: string, detail: string): ClaimOutcome {
  return { check: { rule: RULE.vsTable, outcome: 'skip', quote, detail } };
}

function fail(quote: string, detail: string, message: Said, severity: 'error' | 'warning', expected: number, actual: number, cells: CellRef[]): ClaimOutcome {
  return {
    check: { rule: RULE.vsTable, outcome: 'fail', quote, detail },
    finding: textFinding(RULE.vsTable, severity, message, quote, expected, actual, cells),
  };
}

/**
 * A difference in 政府集中采购 is a warning, never an error: the text may count the procurement the
 * body organised for others (a 采购中心's or 公共资源交易中心's business), the table its own; the
 * message says so (note-words-more.ts procurementNote: "（正文所说的可能含本机关为其他单位组织的采购…）").
 */
function softened(o: ClaimOutcome): ClaimOutcome {
  if (!o.finding) return o;
  // (the code procurementNote: the message's full stop replaced by the note, the note's code kept)
  const f = /。$/.test(o.finding.message) ? restated(o.finding, 'procurementNote') : o.finding;
  return { ...o, finding: { ...f, severity: 'warning' } };
}

/** 政府集中采购's project count and amount. */
function procurement(s: SentenceFigures, input: VsTableInput, parts: ReadonlySet<TextFigure>, year: number | null): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  const countName = 't2.procurement.procurementCount';
  const amountName = 't2.procurement.procurementAmount';
  if (input.figures[countName] === undefined && input.figures[amountName] === undefined) return out;
  let prevEnd = 0;
  for (const f of s.figures) {
    const from = semicolonClauseStart(s.text, f.start);
    const at = s.text.lastIndexOf('集中采购', f.start);
    const start = Math.max(prevEnd, at + 4);
    prevEnd = f.end;
    if (at < from || !usable(s, f, input, parts)) continue;
    const clause = s.text.slice(from, f.start);
    if (!yearsFit(clause, year, false) || otherPeriod(s.text, clause, f.start, year)) continue;
    if (/较|比上年|同比|上年|去年|增长|下降|减少|增加/.test(clause)) continue;
    const words = s.text.slice(start, f.start).replace(FILLER, '');
    const quote = quoteClause({ s, f });
    if (KIND_UNITS.has(f.unit) && f.value.d === 0) {
      // "集中采购项目86项", "采购项目数量86个", "…元，共86个项目"
      const named = /^(?:[，,、]?(?:采购)?项目(?:数量?|总数)?|[，,、]?)$/.test(words) && (f.unit === '项' || /项目/.test(words) || s.text.startsWith('项目', f.end));
      if (!named || (words.replace(/[，,、]/g, '') === '' && !s.text.startsWith('项目', f.end) && f.unit !== '项')) continue;
      const cell = cellOf(input, countName);
      if (cell === null) {
        out.push(skip(quote, '表二没有“政府集中采购”的“采购项目数量”'));
        continue;
      }
      const v = Number(f.value.n);
      out.push(v === cell
        ? pass(quote, `${f.raw} = 表二“政府集中采购”的“采购项目数量” ${cell}`)
        : fail(quote, `${f.raw} ≠ 表二“政府集中采购”的“采购项目数量” ${cell}`, said('procurementNote', part('vsCell', quote, labelPart('表二“政府集中采购”的“采购项目数量”'), cell)), 'warning', cell, v, refs(input, countName)));
    } else if (f.unit === '元') {
      // "采购总金额3712.5万元", "集中采购金额37125000元"
      if (!/^[，,、]?(?:项目|采购)*(?:合同)?总?(?:金额|总额|规模)$/.test(words)) continue;
      const cell = input.figures[amountName];
      if (typeof cell !== 'number') {
        out.push(skip(quote, '表二没有“政府集中采购”的“采购总金额”'));
        continue;
      }
      out.push(softened(compareFee(f, quote, input, '表二“政府集中采购”的“采购总金额”', amountName)));
    }
  }
  return out;
}

/** 本年增/减 and 上一年项目数量 of the items counted in kinds. */
function itemCounts(s: SentenceFigures, input: VsTableInput, parts: ReadonlySet<TextFigure>, year: number | null): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  const done = new Set<TextFigure>();
  for (let i = 0; i < s.figures.length; i++) {
    const f = s.figures[i]!;
    if (done.has(f) || !KIND_UNITS.has(f.unit) || f.value.d > 0) continue;
    const from = semicolonClauseStart(s.text, f.start);
    const clause = s.text.slice(from, f.start);
    const it = itemsOf(clause);
    if (!it || !usable(s, f, input, parts)) continue;
    // the figures between the item and this one: at most its own count, in kinds too
    const between = s.figures.filter((g) => g.start >= from + it.end && g.end <= f.start);
    if (between.length > 1 || between.some((g) => !KIND_UNITS.has(g.unit) || g.value.d > 0 || !usable(s, g, input, parts))) continue;
    const count = between[0] ?? null;
    const rest = s.text.slice(from + it.end, f.start);
    const words = (count ? rest.slice(0, count.start - from - it.end) + 'N' + rest.slice(count.end - from - it.end) : rest).replace(FILLER, '');
    const whole = s.text.slice(from, nextClauseEnd(s.text, f.end));
    const prevName = `t2.${it.item}.prevYear`;
    const changeName = `t2.${it.item}.change`;
    const prev = cellOf(input, prevName);
    const change = cellOf(input, changeName);
    const head = /^(?:事项|项目)?(?:数量?|总数)?/.exec(words)![0];
    const tail = words.slice(head.length);
    const quote = quoteClause({ s, f });
    const unknown = (what: string) => skip(quote, `表二“${it.zh}”的“${what}”为空或不是整数，未与正文比较`);

    // "由上年的312项减少至306项"
    const from2 = /^(?:由|从)(?:上年|上一年|去年|上年度|上一年度|(\d{4})年)(?:底|末)?$/.exec(tail);
    if (from2 && !count && (!from2[1] || (year !== null && Number(from2[1]) === year - 1))) {
      const next = s.figures[i + 1];
      if (!next || next.unit !== f.unit || !/^[，,]?(?:减少|增加|下降|增长|调整|变化|变更)?(?:至|到|为)$/.test(s.text.slice(f.end, next.start).replace(/[的了\s]/g, '')) || !usable(s, next, input, parts)) continue;
      done.add(next);
      if (prev === null || change === null) {
        out.push(unknown(prev === null ? '上一年项目数量' : '本年增/减'));
        continue;
      }
      const a = Number(f.value.n);
      const b = Number(next.value.n);
      const q = quoteClause({ s, f: next });
      if (b - a !== change) out.push(fail(q, `${next.raw} − ${f.raw} = ${signed(b - a)} ≠ 本年增/减 ${signed(change)}`, said('t2Change', q, part(b < a ? 'fewer' : 'more'), Math.abs(b - a), labelPart(`表二“${it.zh}”的“本年增/减”`), signed(change), prev, prev + change), 'error', prev + change, b, refs(input, changeName)));
      // the change holds; last year's count against 上一年项目数量, which units fill with this year's
      // count too: where it holds this year's (the text's second figure), no claim on it is made
      else if (a === prev) out.push(pass(q, `${f.raw} = 上一年项目数量，${signed(b - a)} = 本年增/减`));
      else if (b === prev) out.push(skip(q, `${signed(b - a)} = 本年增/减；表二“上一年项目数量”${prev}即正文的本年数，表中所填可能是本年数`));
      else out.push(fail(q, `${f.raw} ≠ 上一年项目数量 ${prev}`, said('t2Prev', it.zh, f.raw, labelPart(`表二“${it.zh}”的“上一年项目数量”`), prev), 'warning', prev, a, refs(input, prevName)));
      continue;
    }

    // a change: "较上年减少6项" (net), "新增12项" (maybe gross)
    const verb = /^(N)?[，,]?(.*?)(?:净)?(新增|增加|增长|上升|取消|减少|精简|削减|下降)$/.exec(tail);
    if (!verb || (verb[1] !== undefined) !== (count !== null)) continue;
    const base = verb[2]!;
    const net = base !== '' && /^(?:较|比|同比|与)/.test(base);
    if (!LAST_YEAR.test(base) && !/^(?:较|比|与)\d{4}年(?:相比)?[，,]?$/.test(base)) continue;
    // (a base year only where the change is against it: "2019年行政许可事项减少6项" is 2019's)
    if (!yearsFit(clause, year, net) || (!net && otherPeriod(s.text, clause, f.start, year))) continue;
    // words of adding and of removing both: the text gives the gross moves, the table the net
    if (ADD.test(whole) && REMOVE.test(whole)) continue;
    if (change === null) {
      out.push(unknown('本年增/减'));
      continue;
    }
    const v = Number(f.value.n) * (REMOVE.test(verb[3]!) ? -1 : 1);
    const cells = refs(input, changeName);
    if (v !== change) {
      out.push(fail(quote, `${signed(v)} ≠ 本年增/减 ${signed(change)}`,
        net ? said('vsCell', quote, labelPart(`表二“${it.zh}”的“本年增/减”`), signed(change))
          : said('oneSide', part('vsCell', quote, labelPart(`表二“${it.zh}”的“本年增/减”`), signed(change))),
        net ? 'error' : 'warning', change, v, cells));
      continue;
    }
    // (the count before it is not compared: units fill 上一年项目数量 with this year's count as often
    // as with last year's — "现有行政许可事项412项，较上年增加15项" beside 412 and +15 is how a
    // fixture of session 15 was written, and read as consistent)
    out.push(pass(quote, `${signed(v)} = 表二“${it.zh}”的“本年增/减”`));
  }
  return out;
}

/** Where the ，-clause after a position ends. */
function nextClauseEnd(text: string, pos: number): number {
  const m = /[；;。]/.exec(text.slice(pos));
  return m ? pos + m.index : text.length;
}

export function checkTable2Of2019Columns(sentences: readonly SentenceFigures[], input: VsTableInput, parts: ReadonlySet<TextFigure>): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  const year = input.year ?? null;
  for (const s of sentences) {
    if (s.figures.length === 0) continue;
    if (s.text.includes('集中采购')) out.push(...procurement(s, input, parts, year));
    if (/行政许可|其他对外管理服务事项|行政处罚|行政强制|行政事业性收费/.test(s.text)) out.push(...itemCounts(s, input, parts, year));
  }
  return out;
}
