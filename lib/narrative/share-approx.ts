/**
 * Shares of a whole written approximately (txt78: rt79's and rt80's misses): "全年主动公开政府信息约1.2万条，其中政策文件
 * 1500条，占12.5%", "12.6万余条，其中…1.3万条，占10.3%", "占全省申请总数（1200余件）的5.1%", "（近1300件）". An approximate
 * figure was no whole (figures-in-text.ts isCount), and such shares said "找不到占比所对应的总数". The words allow a range:
 * with `place` the unit of the figure's last non-zero digit (1200 → 100, 1.2万 → 1000, 1万 → 10000; a 万/亿 figure's
 * rounding at least), "N余/N多" is N to N + place, "近N/将近N" N − place to N, "约N/大约N/N左右" N − place to N + place;
 * "N以上/超过N/逾N" any count from N and "不足N/不到N/N以下" any up to N (rt83: one bound only, "超过1.2万条" is true of 13760). A share no value of that range gives (the part ± one unit of its last 万/亿 digit, the
 * printed share ± one unit of its last digit) is flagged, as a warning (the range is the words' reading, not a figure);
 * one that some value gives is a skip saying so, never a pass. Words of no range ("上万", two figures or one) stay unread.
 */
import { decToNumber, percentText } from './decimal.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { RULE, saidCheck, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { part as notePart, said } from './note-words.ts';
import { namesAnotherWhole } from './share-rounded.ts';
import { namesWhole } from './share-wholes.ts';
import { RANGE_MARK } from './qizhong-whole.ts';
import type { ShareClaim } from './shares.ts';

const BELOW = /(?:近|将近|不足|不到)$/;
const ABOUT = /(?:约|大约)$/;
const ABOVE = /(?:超过|逾)$/;
const NEAR = /(?:近|将近)$/;

/** The values an approximate count's words allow, [lo, hi] in its base unit, or null when they say no range read here. */
export function approxRange(f: Pick<TextFigure, 'value' | 'ulp' | 'raw' | 'label' | 'approx'>): [number, number] | null {
  const known = RANGES.get(f);
  if (known) return known;
  const v = decToNumber(f.value);
  if (!f.approx || !Number.isInteger(v) || v <= 0) return null;
  let place = 1;
  while (v % (place * 10) === 0) place *= 10;
  if (f.ulp) place = Math.max(place, decToNumber(f.ulp));
  const after = /(?:余|多|以上)/.test(f.raw) ? 'above' : /左右/.test(f.raw) ? 'about' : /以下/.test(f.raw) ? 'below' : null;
  const before = BELOW.test(f.label) ? 'below' : ABOUT.test(f.label) ? 'about' : ABOVE.test(f.label) ? 'above' : null;
  if (after && before && after !== before && !(before === 'about')) return null; // ("近1200余件": words that disagree)
  const how = after ?? before;
  // (rt83: "超过1.2万条", "1200件以上", "逾1200件" are true of any count past N, "不足1300件", "1300件以下" of any below it — a
  // bound on one side only; 余/多 and 近 say the next place as well)
  if (how === 'above') return /余|多/.test(f.raw) ? [v, v + place] : [v, Infinity];
  if (how === 'below') return NEAR.test(f.label) ? [v - place, v] : [0, v];
  if (how === 'about') return [v - place, v + place];
  return null;
}

/**
 * The approximate whole a 其中 opening the part's own words divides, right after it: "约1.2万条，其中政策文件1500条，占…".
 * Only the figure right before the part, in its unit, with a range its words give.
 */
export function approxQizhongWhole(s: SentenceFigures, part: TextFigure): TextFigure | null {
  const w = s.figures[s.figures.indexOf(part) - 1];
  if (!w || w.unit !== part.unit || w.change !== null || w.paren !== part.paren) return null;
  if (!/^(?:之间)?[，,]\s*其中[，,：:]?[^，,；;。！？()（）\d]{0,24}$/.test(s.text.slice(w.end, part.start))) return null;
  const whole = w.approx ? w : rangeWhole(s, w);
  const r = whole && approxRange(whole);
  return r && r[1] >= decToNumber(part.value) ? whole : null;
}

/** The ranges read as wholes (rangeWhole): the figure standing for "1200件至1300件" → [1200, 1300]. */
const RANGES = new WeakMap<object, [number, number]>();

/**
 * fix85: "全省共收到申请1200件至1300件，其中我厅62件，占4.9%" — a range of two counts of one unit is an approximate whole, any
 * count from N to M (the 1300 was read as an exact whole, 4.8% an error): one figure standing for both, read as approxRange's.
 */
function rangeWhole(s: SentenceFigures, top: TextFigure): TextFigure | null {
  const lo = s.figures[s.figures.indexOf(top) - 1];
  if (!lo || lo.approx || top.approx || lo.unit !== top.unit || !isCount(lo) || !isCount(top) || lo.paren !== top.paren) return null;
  if (!RANGE_MARK.test(s.text.slice(lo.end, top.start)) || /较|比|同比/.test(lo.label)) return null;
  const a = decToNumber(lo.value);
  const b = decToNumber(top.value);
  if (!(a > 0 && a < b)) return null;
  const f: TextFigure = { ...top, start: lo.start, label: lo.label, raw: s.text.slice(lo.start, top.end), approx: true };
  RANGES.set(f, [a, b]);
  return f;
}

const pct = (x: number, d: number): string => x.toFixed(d);

/**
 * rt83: a whole named in words whose head the approximate whole's words do not hold ("约1.2万条，其中政策文件1500条，占政策类信息的
 * 93.8%": of the policy items, not of the 1.2万) — namesWhole takes any shared word ("信息"); a range is no figure to hold it to.
 */
function namesOtherWords(shareOf: string, whole: TextFigure): boolean {
  const head = shareOf.replace(/^的|的$/g, '').slice(0, 2);
  return head.length === 2 && !/总|全|所有|各/.test(head) && !whole.label.includes(head);
}

/**
 * fix85: the exact whole's twin (shares.ts evaluateShare) — "12000条，其中政策文件1500条，占政策类信息的93.8%" is of the policy items,
 * not of the 12000. Narrower than namesOtherWords, as an exact whole holds a share to more than its head word ("占政府信息公开申请总数的"
 * after "新收申请62件" is still of them): the head names a kind ("…类…") or is the part's own word ("政策文件" → 政策).
 */
export function namesKindWhole(shareOf: string, whole: TextFigure, part: TextFigure): boolean {
  const head = shareOf.replace(/^的|的$/g, '').slice(0, 2);
  return namesOtherWords(shareOf, whole) && (/类/.test(shareOf) || part.label.includes(head));
}

/** The approximate whole as the text words it: "近1300件", "约1.2万条", "1200余件". */
const wordedWhole = (f: TextFigure): string => `${/(?:将近|大约|不足|不到|超过|近|约|逾)$/.exec(f.label)?.[0] ?? ''}${f.raw}`;

/** A share read against an approximate whole: a warning when no value its words allow gives it, else a skip. */
export function approxWholeShare(c: ShareClaim, quote: string): ClaimOutcome {
  const whole = (c.whole as NonNullable<ShareClaim['whole']>).f;
  const raw = wordedWhole(whole);
  // a share naming another whole than the approximate one ("约1.2万条，其中…占全省同类信息的5%"): as shares.ts says of exact ones
  const of = c.share.f.shareOf;
  if (!namesWhole(of, whole) || namesAnotherWhole(of, whole, c.part.s.figures.filter((f) => f.end <= c.part.f.start && isCount(f))) || namesOtherWords(of, whole)) {
    const calc = notePart('shareCalc', c.part.f.raw, raw, percentText(c.part.f.value, whole.value, 2), c.share.f.raw);
    return { check: saidCheck(RULE.share, 'skip', quote, said('shareNotThatWhole', calc, of, raw)) };
  }
  const range = approxRange(whole);
  if (!range || range[1] <= 0 || (range[0] <= 0 && ABOUT.test(whole.label))) return { check: saidCheck(RULE.share, 'skip', quote, said('shareApproxNoRange', raw)) };
  const p = decToNumber(c.part.f.value);
  const up = c.part.f.ulp ? decToNumber(c.part.f.ulp) : 0;
  const printed = c.share.f.printed;
  const d = Math.max(printed.d, 1);
  const lo = (100 * Math.max(0, p - up)) / range[1];
  const hi = range[0] > 0 ? Math.min(100, (100 * (p + up)) / range[0]) : 100;
  const shown = decToNumber(printed);
  const unit = 10 ** -printed.d;
  const span = `${pct(lo, d)}%–${pct(hi, d)}%`;
  if (lo <= shown + unit && hi >= shown - unit) {
    return { check: saidCheck(RULE.share, 'skip', quote, said('shareApproxFits', c.part.f.raw, raw, span, c.share.f.raw)) };
  }
  const nearest = Number(pct(shown > hi ? hi : lo, printed.d));
  const message = said('shareApprox', c.part.f.raw, c.share.f.raw, raw, span);
  return {
    check: { rule: RULE.share, outcome: 'fail', quote, detail: `${c.part.f.raw} ÷ ${raw} 约为${span}，正文 ${c.share.f.raw}` },
    finding: textFinding(RULE.share, 'warning', message, quote, nearest, shown),
  };
}
