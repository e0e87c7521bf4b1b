/**
 * Runs of shares (rule text.share, shares.ts): "自然人、法人分别为80件、6件，分别占93.02%、6.98%" — a
 * percentage joined to a share by 、/和/及/与 continues it, pairs with the count in the same place of
 * the run of counts before, and shares the whole the run's first share names ("占办结总数的比例分别为
 * 37.7%、11.3%": red team 23 m40).
 */
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';

/** A share, or a percentage that continues a 、-run of shares ("分别占93.02%、6.98%"). */
export function isShareAt(figs: readonly TextFigure[], k: number): boolean {
  const f = figs[k];
  if (!f || f.unit !== '%') return false;
  return f.share || (/^[、和及与]$/.test(f.label) && k > 0 && isShareAt(figs, k - 1));
}

/**
 * A share that continues a run ("占办结总数的比例分别为37.7%、11.3%", its label "、") with the whole the
 * run's first share names: the words are said once for the run (red team 23 m40).
 */
export function withRunWhole(figs: readonly TextFigure[], k: number): TextFigure {
  const share = figs[k] as TextFigure;
  if (share.shareOf || !/^[、和及与]$/.test(share.label)) return share;
  let first = k;
  while (first > 0 && isShareAt(figs, first - 1) && !(figs[first] as TextFigure).share) first--;
  const lead = figs[first] as TextFigure;
  return lead.share && lead.shareOf ? { ...share, shareOf: lead.shareOf } : share;
}

/**
 * "自然人、法人分别为80件、6件，分别占93.02%、6.98%": the share's place in its 、-run of shares
 * is its count's place in the 、-run of counts before the run; null when the runs' lengths differ.
 */
export function pairedCount(s: SentenceFigures, share: TextFigure): TextFigure | null {
  const figs = s.figures;
  const at = figs.indexOf(share);
  const joined = (a: TextFigure, b: TextFigure): boolean => /^\s*[、和及与]\s*$/.test(s.text.slice(a.end, b.start));
  // counts may each carry their words: "网上申请41件、信函申请15件、当面申请6件，分别占…"
  // or, under 分别占, by commas: "网上申请40件，信函申请22件，分别占64.5%、35.5%" (change54); a clause that opens
  // a list or names a whole (其中, 共, 合计…) ends the run, and its length must still be the shares'
  let respectively = false;
  const listed = (a: TextFigure, b: TextFigure): boolean => {
    const between = s.text.slice(a.end, b.start);
    if (/^\s*[、和及与][^\d，,；;。：:（）()]{0,12}$/.test(between)) return true;
    return respectively && /^\s*[，,][^\d，,；;。：:（）()、]{1,12}$/.test(between) && !/其中|包括|共|合计|总|另|分别|占|率/.test(between);
  };
  let first = at;
  while (first > 0 && isShareAt(figs, first - 1) && joined(figs[first - 1] as TextFigure, figs[first] as TextFigure)) first--;
  let last = at;
  while (last + 1 < figs.length && isShareAt(figs, last + 1) && joined(figs[last] as TextFigure, figs[last + 1] as TextFigure)) last++;
  // (分别 between the last count and the first share: "…22件，分别占64.5%")
  const lead = figs[first - 1];
  respectively = !!lead && /分别/.test(s.text.slice(lead.end, (figs[first] as TextFigure).start));
  let c = first - 1;
  const counts: TextFigure[] = [];
  for (let k = c; k >= 0; k--) {
    const f = figs[k] as TextFigure;
    if (!isCount(f)) return null;
    counts.unshift(f);
    if (!(k > 0 && listed(figs[k - 1] as TextFigure, f))) break;
  }
  c = counts.length;
  if (c !== last - first + 1) return null;
  return counts[at - first] ?? null;
}
