/**
 * The list's 结转不符 tag, on both years of a pair whose carry-over does not follow. The summaries'
 * check (lib/collect/list-query.ts carryOverFlags) reads the totals from the later year's side: its 二、上年结转
 * against the year before's 四、结转下年度. A report's detail page and the list's 问题数 count the same
 * mismatch on both years (lib/collect/cross-year.ts checks a report against the year before and the
 * year after), so the earlier year is tagged too, its tooltip seen from its side (its 结转下年度
 * against the next year's 上年结转); a report between two mismatched years has one tag saying both.
 * A column whose carry-over differs while the totals agree (自然人 3 against 2, 商业企业 0 against 1) is tagged
 * as well once the list's cross-year counts come (CrossCount.carry: the same cross.carry-over findings the detail
 * lists), its tooltip naming the columns from the report's side (ux70: the tag said totals only, while "跨年度 n"
 * counted the columns). A pair the totals tag keeps its totals' line, and once the counts come it names the columns
 * behind them from each side too (ux71: "上年结转总计 5（自然人 5），而 2020 年报告结转下年度总计为 4（自然人 4）").
 * A year whose carry-over follows its neighbours' has none.
 */
import type { MessageKey, Translate } from '../i18n.ts';
import type { CarryOverFlag } from '../../lib/collect/list-query.ts';
import type { CarryColumn, CrossCount } from '../../lib/collect/cross-count.ts';

/**
 * One mismatch as seen from a report: 'last' its 上年结转 against the year before, 'next' its 结转下年度 against the year after;
 * the totals' (with the columns that differ, once the counts give them), or the columns' alone.
 */
export type CarryTagPart = (CarryOverFlag & { direction: 'last' | 'next'; columns?: readonly CarryColumn[] }) | ColumnsPart;

/** Columns whose carry-over differs while the totals agree (or the totals' check could not tell), from the counts. */
export interface ColumnsPart {
  direction: 'last' | 'next';
  otherId: string;
  otherYear: number;
  columns: readonly CarryColumn[];
}

/**
 * The tags by report id: each later year's flag, and the same pair seen from the earlier year (actual and expected
 * swapped); then each pair of years whose carry-over differs in columns only, from the cross-year counts.
 */
export function carryTags(flags: ReadonlyMap<string, CarryOverFlag>, cross: Readonly<Record<string, CrossCount>> = {}): Map<string, CarryTagPart[]> {
  const out = new Map<string, CarryTagPart[]>();
  const add = (id: string, part: CarryTagPart): void => {
    const list = out.get(id);
    // two copies of the next year's report (one content, two addresses) are one mismatch: said once
    if (list?.some((p) => p.direction === part.direction && p.otherYear === part.otherYear)) return;
    if (list) list.push(part);
    else out.set(id, [part]);
  };
  for (const [id, f] of flags) {
    add(id, { ...f, direction: 'last' });
    // the flag's other report is of the year before (carryOverFlags reads year − 1)
    add(f.otherId, { otherId: id, otherYear: f.otherYear + 1, expected: f.actual, actual: f.expected, direction: 'next' });
  }
  // the columns the totals hide; a pair the totals already tag keeps its totals' line, naming its columns (ux71)
  for (const [id, c] of Object.entries(cross)) {
    const pairs = new Map<string, CarryColumn[]>();
    for (const col of c.carry ?? []) {
      const key = `${col.direction} ${col.otherYear}`;
      const list = pairs.get(key);
      // two copies of the other year's report: each column once
      if (list?.some((x) => x.column === col.column)) continue;
      if (list) list.push(col);
      else pairs.set(key, [col]);
    }
    for (const columns of pairs.values()) {
      const { direction, otherId, otherYear } = columns[0]!;
      const totals = out.get(id)?.find((p) => 'actual' in p && p.direction === direction && p.otherYear === otherYear);
      if (totals && 'actual' in totals) {
        // the totals are the line's own figures: the other columns in brackets
        const others = columns.filter((col) => col.column !== 'total');
        if (others.length > 0 && !totals.columns) totals.columns = others;
      } else add(id, { direction, otherId, otherYear, columns });
    }
  }
  // the year before's side first, as the detail page lists them
  for (const list of out.values()) list.sort((a, b) => a.otherYear - b.otherYear);
  return out;
}

/** "自然人 3、商业企业 0": each column's name and the one side's figure. */
function columnsSaid(t: Translate, columns: readonly CarryColumn[], side: 'actual' | 'expected'): string {
  return columns.map((c) => `${t(`crossNote_col_${c.column}` as MessageKey)} ${c[side] ?? '—'}`).join(t('crossNote_listSep'));
}

function hintOf(t: Translate, p: CarryTagPart): string {
  if (!('actual' in p)) {
    return t(p.direction === 'last' ? 'dashCarryColsHint' : 'dashCarryColsHintNext', columnsSaid(t, p.columns, 'actual'), p.otherYear, columnsSaid(t, p.columns, 'expected'));
  }
  if (p.columns) {
    const key = p.direction === 'last' ? 'dashCarryTotalColsHint' : 'dashCarryTotalColsHintNext';
    return t(key, p.actual, columnsSaid(t, p.columns, 'actual'), p.otherYear, p.expected, columnsSaid(t, p.columns, 'expected'));
  }
  return p.direction === 'last' ? t('dashCarryHint', p.actual, p.otherYear, p.expected) : t('dashCarryHintNext', p.actual, p.otherYear, p.expected);
}

export function CarryTag({ t, parts }: { t: Translate; parts: readonly CarryTagPart[] }) {
  const hint = parts.map((p) => hintOf(t, p)).join('\n'); // one line each, in the tooltip
  return (
    <span class="tag bad" data-carry={parts.map((p) => p.otherId).join(' ')} title={hint} aria-label={hint}>
      {t('dashCarryTag')}
    </span>
  );
}
