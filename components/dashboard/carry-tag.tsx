/**
 * The list's 结转不符 tag, on both years of a pair whose carry-over totals disagree. The summaries'
 * check (lib/collect/list-query.ts carryOverFlags) reads it from the later year's side: its 二、上年结转
 * against the year before's 四、结转下年度. A report's detail page and the list's 问题数 count the same
 * mismatch on both years (lib/collect/cross-year.ts checks a report against the year before and the
 * year after), so the earlier year is tagged too, its tooltip seen from its side (its 结转下年度
 * against the next year's 上年结转); a report between two mismatched years has one tag saying both.
 * A year whose totals agree with its neighbours' has none (ux69: the earlier year was untagged).
 */
import type { Translate } from '../i18n.ts';
import type { CarryOverFlag } from '../../lib/collect/list-query.ts';

/** One mismatch as seen from a report: 'last' its 上年结转 against the year before, 'next' its 结转下年度 against the year after. */
export interface CarryTagPart extends CarryOverFlag {
  direction: 'last' | 'next';
}

/** The tags by report id: each later year's flag, and the same pair seen from the earlier year (actual and expected swapped). */
export function carryTags(flags: ReadonlyMap<string, CarryOverFlag>): Map<string, CarryTagPart[]> {
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
  // the year before's side first, as the detail page lists them
  for (const list of out.values()) list.sort((a, b) => a.otherYear - b.otherYear);
  return out;
}

export function CarryTag({ t, parts }: { t: Translate; parts: readonly CarryTagPart[] }) {
  const hint = parts
    .map((p) => (p.direction === 'last' ? t('dashCarryHint', p.actual, p.otherYear, p.expected) : t('dashCarryHintNext', p.actual, p.otherYear, p.expected)))
    .join('\n'); // one line each, in the tooltip
  return (
    <span class="tag bad" data-carry={parts.map((p) => p.otherId).join(' ')} title={hint} aria-label={hint}>
      {t('dashCarryTag')}
    </span>
  );
}
