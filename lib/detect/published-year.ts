/**
 * A report titled by the year it was published in, not the year it reports on: "青溪市司法局2025年政府
 * 信息公开工作年度报告", 成文日期 2025-01-15, its text "统计期限自2024年1月1日起至2024年12月31日止" (det60).
 * The 条例 (art. 49) has the report out by 31 January of the next year, so a report published in its
 * title's year, in that year's first half, cannot be on that year: its text's whole year is the year.
 * The twin keeps its title: a report titled 2024 and published in 2025 whose period sentence was
 * copied from last year's report ("统计期限…2023年…") is the 2024 report.
 */
import type { Line } from './lines.ts';

/** A date label and its date, in one line or the label's cell and the next ("成文日期:" | "2025-01-15"). */
const DATE_LABEL = /(?:发布|成文|发文|印发|公开|生成)(?:时间|日期)[:]?$/;
const DATE_AFTER_LABEL = /(?:发布|成文|发文|印发|公开|生成)(?:时间|日期)[:]?(\d{4})(?:[-/.年])(\d{1,2})/;
const DATE_AT_START = /^(\d{4})(?:[-/.年])(\d{1,2})(?:[-/.月])\d{1,2}/;
/** A 落款's date alone on its line. */
const SIGNED = /^(\d{4})年(\d{1,2})月\d{1,2}日$/;

export interface Dated {
  year: number;
  month: number;
}

/** Every date the page gives as the report's publication or signing: its labelled dates and its 落款's. */
export function publicationDates(lines: readonly Line[]): Dated[] {
  const out: Dated[] = [];
  const push = (y: string | undefined, m: string | undefined) => {
    if (y && m) out.push({ year: Number(y), month: Number(m) });
  };
  for (let i = 0; i < lines.length; i++) {
    const key = lines[i]!.key;
    if (key.length > 60 || lines[i]!.isLink) continue;
    const m = DATE_AFTER_LABEL.exec(key);
    if (m) push(m[1], m[2]);
    else if (DATE_LABEL.test(key)) {
      const n = DATE_AT_START.exec(lines[i + 1]?.key ?? '');
      if (n) push(n[1], n[2]);
    } else {
      const s = SIGNED.exec(key);
      if (s) push(s[1], s[2]);
    }
  }
  return out;
}

/**
 * The year reported on, when the title names the year of publication: textYear (the text's statistics
 * period or whole year, title.ts yearFromText) is the title's year less one, and the page dates the
 * report in the title's year's first half, and no date of the page is later. Otherwise the title's.
 */
export function reportedYear(titleYear: number, textYear: () => number | null, lines: readonly Line[]): number {
  const dates = publicationDates(lines);
  if (dates.length === 0 || !dates.every((d) => d.year === titleYear && d.month <= 6)) return titleYear;
  return textYear() === titleYear - 1 ? titleYear - 1 : titleYear;
}
