/**
 * Report titles Word or a CMS editor broke over lines (detect-report.ts classify joins them before
 * matching): within one block by <br>, or over two blocks of one tag.
 */
import type { Line } from './lines.ts';
import { tagOf } from '../dom/attr.ts';
import { matchReportTitle, type TitleMatch } from './title.ts';

/**
 * A heading Word broke with <br> ("东湖市青山区白沙镇<br>2023年政府信息公开<br>工作年度报告"): its
 * lines share one block. Joins the short lines from `at` on, up to four, when the phrase appears
 * only across them; null otherwise. A title typed as two paragraphs splits the phrase over two
 * blocks of one tag ("襄城区人社局2024年政府信息公开工作" / "年度报告", detect41): joined when the
 * first holds "公开" and the whole names its year.
 */
export function brokenHeading(lines: readonly Line[], at: number): { line: Line; match: TitleMatch; next: number } | null {
  const first = lines[at]!;
  let key = first.key;
  let text = first.text;
  let blocks = false;
  for (let j = at + 1; j < at + 4; j++) {
    const l = lines[j];
    const prev = lines[j - 1]!;
    if (!l || l.isLink || l.key.length > 40 || /[,。;!?]/.test(l.key)) return null;
    if (l.el !== prev.el) {
      if (!splitOver(prev, l)) return null;
      blocks = true;
    }
    key += l.key;
    text += l.text;
    if (key.length > 80) return null;
    if (!key.includes('信息公开')) continue;
    const match = matchReportTitle(key);
    if (match && (!blocks || match.year !== null)) return { line: { ...first, key, text }, match, next: j + 1 };
  }
  return null;
}

/** next is the block right after line's, of the same tag, and line's ends inside the phrase ("…公开", "…公开工作"). */
export function splitOver(line: Line, next: Line | undefined): boolean {
  return next !== undefined && next.el !== line.el && (line.key.endsWith('公开') || line.key.endsWith('公开工作'))
    && line.el.nextElementSibling === next.el && tagOf(line.el) === tagOf(next.el);
}
