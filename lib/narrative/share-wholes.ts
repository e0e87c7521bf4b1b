/**
 * The whole a share names (shares.ts): "占办结总数的33.6%" read against the counts before it
 * (namedWholeBefore, and table 三: countInTable3), a whole of another period or a wider body
 * (wholeElsewhere), and the other wholes a guessed whole's sentence offers (wholesBeside).
 */
import { addDec, subDec, decToNumber, cmpDec, toDec, type Dec } from './decimal.ts';
import { isCount, semicolonClauseStart, SUBSET_PAREN, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { otherPeriod } from './period.ts';
import { clauseStart, type At } from './quote.ts';
import { APPLY_MEASURES, pickMeasureAt, readingValue } from './measures.ts';
import type { ShareClaim } from './shares.ts';

/**
 * resolveShares' answer to "does table 三 hold this count of the prose?" (check-narrative.ts
 * inTables): a named whole from the paragraph before is read only when the table confirms it.
 */
export type InTables = (f: TextFigure) => boolean;

/** The two-character words of a share's whole ("办结总数" → 办结), generic ones left out. */
function wholeWords(shareOf: string): string[] {
  const words = specificWords(shareOf);
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words.slice(i, i + 2);
    if (!/\s/.test(w)) out.push(w);
  }
  return out;
}

/**
 * Does a count's label hold a word of a share's whole? The 公开 of "政府信息公开申请" is the name of the
 * applications, not a 公开 the share's whole may mean: "予以公开32件，占公开类答复的82.1%" is of those
 * granted in full or in part, not of "共收到政府信息公开申请62件" (probing in session gaps28).
 */
function labelNames(label: string, w: string): boolean {
  return label.replace(/信息公开/g, '信息').includes(w);
}

/**
 * The whole a share names but does not give ("予以公开2,758件，占办结总数的33.6%", red team 11
 * page 89), read from the text before it: in its own sentence, before the part, no count that
 * could be the whole; in the sentences before, back to the start of the paragraph before its
 * own, exactly one count (one value) whose words hold a word of the share's whole ("办结9,308件"
 * for 办结总数) and is no smaller than the part; one from the paragraph before only when table
 * 三 holds it too (the whole the writer named is then the table's, not some other topic's).
 * Null when the share names no particular whole, or none or several counts answer it.
 */
export function namedWholeBefore(sentences: readonly SentenceFigures[], i: number, part: TextFigure, share: TextFigure, inTables: InTables): At | null {
  const words = wholeWords(share.shareOf);
  if (words.length === 0) return null;
  const s = sentences[i] as SentenceFigures;
  const mayBeWhole = (f: TextFigure): boolean => f !== part && isCount(f) && f.unit === part.unit && cmpDec(f.value, part.value) >= 0;
  // "…分别为20件、6件、14件，占办结总数的比例分别为…" (red team 23 m40): the part's siblings in its
  // run of counts are no whole of it
  const siblings = countRunOf(s, part);
  if (s.figures.some((f) => f.end <= part.start && mayBeWhole(f) && !siblings.has(f))) return null;
  let found: At | null = null;
  for (let k = i - 1; k >= 0; k--) {
    const prev = sentences[k] as SentenceFigures;
    if (s.para - prev.para > 1) break;
    for (const f of prev.figures) {
      if (!mayBeWhole(f) || !words.some((w) => labelNames(f.label, w))) continue;
      if (found && cmpDec(found.f.value, f.value) !== 0) return null;
      found ??= { s: prev, f };
    }
  }
  return found && (found.s.para === s.para || inTables(found.f)) ? found : null;
}

/** A sentence opening on the whole it divides, named by a word: "所有答复件中，", "上述办结的申请中，". */
const WORD_FRAME = /^\s*(?:在)?(?:所有|全部|上述|以上|这些)(?:的)?([^\d，,；;。（）()]{2,6}?)(?:件|的申请|申请|事项)?中\s*[，,：:]/;

/**
 * "…答复政府信息公开申请98件（含上年度转结申请8件…）。所有答复件中，予以公开及部分公开的42件，占
 * 42.86%；…" (hunt34: a 2024 city office's report, its shares skipped against a guessed 受理 95): the
 * sentence names its whole by a word (答复), given in the sentence right before in the paragraph:
 * the one count there (one value) whose words hold that word and is no smaller than the part. Null
 * when the sentence opens on no such frame, offers a count before the part itself, or none or
 * several counts answer it.
 */
export function framedWholeBefore(sentences: readonly SentenceFigures[], i: number, part: TextFigure): At | null {
  const s = sentences[i] as SentenceFigures;
  const m = WORD_FRAME.exec(s.text);
  const prev = sentences[i - 1];
  if (!m || !prev || prev.para !== s.para) return null;
  const word = m[1] as string;
  const mayBeWhole = (f: TextFigure): boolean => f !== part && isCount(f) && f.unit === part.unit && cmpDec(f.value, part.value) >= 0;
  // (the list's other parts, each with its own share, are no whole of it)
  const shared = (f: TextFigure): boolean => s.figures[s.figures.indexOf(f) + 1]?.unit === '%';
  if (s.figures.some((f) => f.end <= part.start && mayBeWhole(f) && !shared(f))) return null;
  const named = prev.figures.filter((f) => mayBeWhole(f) && f.paren === null && labelNames(f.label, word));
  const first = named[0];
  return first && named.every((f) => cmpDec(f.value, first.value) === 0) ? { s: prev, f: first } : null;
}

/** The counts joined to `part` by 、/和/及/与 alone ("20件、6件、14件"), `part` among them. */
function countRunOf(s: SentenceFigures, part: TextFigure): Set<TextFigure> {
  const run = new Set<TextFigure>([part]);
  const at = s.figures.indexOf(part);
  const joined = (a: TextFigure | undefined, b: TextFigure | undefined): boolean =>
    !!a && !!b && isCount(a) && isCount(b) && a.unit === b.unit && /^\s*[、和及与]\s*$/.test(s.text.slice(a.end, b.start));
  for (let k = at; k > 0 && joined(s.figures[k - 1], s.figures[k]); k--) run.add(s.figures[k - 1] as TextFigure);
  for (let k = at; k + 1 < s.figures.length && joined(s.figures[k], s.figures[k + 1]); k++) run.add(s.figures[k + 1] as TextFigure);
  return run;
}

/**
 * Does table 三 hold a count of the prose ("办结9,308件": 办理结果总计 9308)? Its words name one of
 * table 三's measures (measures.ts), and one of that measure's strict readings equals it.
 */
export function countInTable3(f: TextFigure, figures: Readonly<Record<string, number | null>>): boolean {
  if (f.unit !== '件' || f.value.d > 0) return false;
  const picked = pickMeasureAt(f.label, APPLY_MEASURES);
  if (!picked) return false;
  const v = decToNumber(f.value);
  return picked.measure.strict.some((rd) => readingValue(rd, figures) === v);
}

/** Words of a share's whole that name no particular whole. */
const GENERIC_WHOLE = /总数|总量|总计|全部|全年|所有|数量|总|的/g;

/**
 * A share's whole without its generic words; "申请" too when more is left ("占新收申请的57.8%" names
 * 新收, red team 13: every count of the paragraph is 申请, 各镇（街道）'s and 网上申请's alike, and they
 * were taken for the whole it names). "占申请总数的" keeps 申请, its one word.
 */
function specificWords(shareOf: string): string {
  const words = shareOf.replace(GENERIC_WHOLE, ' ');
  // "占依申请公开总数的": the applications, named by 依申请 and 申请; its 公开 would name every
  // 予以公开, 部分公开, 主动公开… ("予以公开和部分公开共53件" taken for the whole of "予以公开42件，
  // 占依申请公开总数的48.8%", a share of 新收 86)
  if (/依申请/.test(words)) return words.replace(/依申请公开/g, '依申请 ');
  const rest = words.replace(/申请/g, ' ');
  return /[^\s]{2}/.test(rest) ? rest : words;
}

/**
 * Does the whole a share names ("占全部办结量的47.73%": "全部办结量") fit the figure taken as its
 * whole? Yes when it names none, or when a two-character word of it stands in that figure's label
 * ("办结" in "全年办结政府信息公开申请"). "占办结总数的" against "共受理申请86件" does not.
 */
export function namesWhole(shareOf: string, whole: TextFigure): boolean {
  const words = wholeWords(shareOf);
  return words.length === 0 || words.some((w) => labelNames(whole.label, w));
}

/**
 * A total of another period ("上年共收到申请100件", "近三年累计…") or of a wider body ("全市共收到
 * …" before "我县网上申请63件"): no whole of this year's part (claims12: were errors).
 */
export function wholeElsewhere(c: ShareClaim, year: number | null): boolean {
  if (!c.whole) return false;
  const { s: ws, f: whole } = c.whole;
  if (otherPeriod(ws.text, ws.text.slice(clauseStart(ws.text, whole.start), whole.start), whole.start, year)) return true;
  const wider = /全市|全省|全国|全州|全盟/.test(ws.text.slice(semicolonClauseStart(ws.text, whole.start), whole.start));
  const from = ws === c.share.s ? whole.end : 0;
  return wider && /我县|本县|我区|本区|我市|本市|我局|本局|本级|本单位|本部门|我镇|本镇|我乡|本乡/.test(c.share.s.text.slice(from, c.part.f.start));
}

/**
 * A guessed whole that the share names: "全年共受理政府信息公开申请27件，其中网上申请12件…。已全部
 * 答复，其中同意公开18件，占受理总数的72.0%" (red team 10b, page 33, a 2010 report). The whole
 * stands in the sentence right before, in the same paragraph; a word of the share's whole
 * ("受理") is in its label and in no other count's of that sentence; and the share's own sentence
 * offers no count before the part that could be its whole. Read, then, not guessed.
 */
export function namedInSentenceBefore(c: ShareClaim, year: number | null): boolean {
  if (!c.whole) return false;
  const { s: ws, f: whole } = c.whole;
  const { s } = c.share;
  if (ws.para !== s.para || s.seq - ws.seq !== 1) return false;
  if (wholeElsewhere(c, year)) return false;
  const named = wholeWords(c.share.f.shareOf).filter((w) => labelNames(whole.label, w));
  if (named.length === 0) return false;
  const alike = ws.figures.filter((f) => isCount(f) && f.unit === whole.unit && named.some((w) => labelNames(f.label, w)));
  if (alike.length !== 1) return false;
  return !s.figures.some((f) => f.end <= c.part.f.start && f !== c.part.f && isCount(f) && f.unit === c.part.f.unit && cmpDec(f.value, c.part.f.value) >= 0);
}

/** Other wholes the sentence of a guessed whole offers: its other counts not below the part, and the whole plus a 上年结转 beside it. */
export function wholesBeside(c: ShareClaim): { value: Dec; raw: string }[] {
  if (!c.whole) return [];
  const { s: ws, f: whole } = c.whole;
  const part = c.part.f;
  const same = ws.figures.filter((f) => f !== whole && f !== part && isCount(f) && f.unit === whole.unit);
  const out = same.filter((f) => cmpDec(f.value, part.value) >= 0).map((f) => ({ value: f.value, raw: f.raw }));
  const carried = same.find((f) => /结转/.test(f.label) && !/下一?年/.test(f.label) && !(f.paren !== null && SUBSET_PAREN.test(f.paren)));
  if (carried) out.push({ value: addDec(whole.value, carried.value), raw: `${whole.raw}+${carried.raw}` });
  // "受理申请94件（含上年结转4件）", "办结91件，其中上年结转4件": the share may be of this year's own
  const inside = same.find((f) => /结转/.test(f.label) && !/下一?年/.test(f.label) && (f === carried ? /其中/.test(f.label) : f.paren !== null && SUBSET_PAREN.test(f.paren)) && cmpDec(f.value, whole.value) < 0);
  if (inside) out.push({ value: subDec(whole.value, inside.value), raw: `${whole.raw}−${inside.raw}` });
  return out;
}

/** What a share's whole may say of all applications, named by no row of table 三: "申请总数", "全部申请", "申请量". */
const ALL_APPLICATIONS = /申请(?:总数|总量|量|数)|全部(?:的)?申请|所有(?:的)?申请|申请件/;

/**
 * The wholes of table 三 a share names (resolveShares found none in the text that fits): "占办结总数的"
 * → 办理结果总计 (and its reading less 上年结转), "占受理总数的" → 本年新收 and 新收 + 上年结转,
 * "占申请总数的" too. Only for a part counted in 件 in a sentence or paragraph about applications
 * (`about`); only ever a reading that passes, never a finding (shares.ts evaluateShare).
 */
export function tableWholesNamed(c: ShareClaim, figures: Readonly<Record<string, number | null>>, about: (c: ShareClaim) => boolean): { value: Dec; raw: string }[] {
  const part = c.part.f;
  if (part.unit !== '件' || part.value.d > 0 || !c.share.f.shareOf || !about(c)) return [];
  const picked = pickMeasureAt(c.share.f.shareOf, APPLY_MEASURES);
  const readings = picked
    ? picked.measure.strict
    : ALL_APPLICATIONS.test(c.share.f.shareOf)
      ? (APPLY_MEASURES.find((m) => m.id === 'received')?.strict ?? [])
      : [];
  const out: { value: Dec; raw: string }[] = [];
  for (const rd of readings) {
    const v = readingValue(rd, figures);
    if (v !== null && Number.isInteger(v) && v > 0) out.push({ value: toDec(v, 0), raw: `${rd.label}${v}件` });
  }
  return out;
}

/**
 * A 其中 part's share on the base its whole's own share is of: "无法提供15件，占23.8%，其中本机关不掌握
 * 相关政府信息12件，占19.0%" (found probing in session gaps28: an error against 15, 80.0%). 15 at 23.8%
 * says a base of about 63; 12 of that is 19.0%, as printed. The base is known only as far as the
 * whole's share is printed: its interval, and the part's share rounded, must overlap. The detail of the
 * pass, or null.
 */
export function sameBaseFit(c: ShareClaim, wholeShare: TextFigure | null): string | null {
  if (!c.whole || !wholeShare || wholeShare.approx || wholeShare.unit !== '%') return null;
  const w = decToNumber(c.whole.f.value);
  const part = decToNumber(c.part.f.value);
  const pw = decToNumber(wholeShare.printed);
  const ps = decToNumber(c.share.f.printed);
  if (w <= 0 || pw <= 0) return null;
  const hw = 0.5 * 10 ** -wholeShare.printed.d;
  const hs = 0.5 * 10 ** -c.share.f.printed.d;
  const lo = (part * (pw - hw)) / w;
  const hi = (part * (pw + hw)) / w;
  if (!(lo < ps + hs && hi > ps - hs)) return null;
  return `${c.part.f.raw}占比按${c.whole.f.raw}（占${wholeShare.raw}）所用的同一总数（约${((w * 100) / pw).toFixed(1)}件）计算，正文 ${c.share.f.raw}`;
}

/**
 * Words right after a share that change its base: "占比54.2%（不含上年结转）" (found probing in session
 * gaps28: an error against 办结 63, where 32 of 63 less the 4 carried is 54.2%). The base the share
 * is of is then not the whole read: a mismatch says nothing.
 */
export function baseQualifiedAfter(c: ShareClaim): boolean {
  const { s, f } = c.share;
  return /^\s*[（(]\s*(?:不含|不包括|未含|除|扣除|剔除|去除)/.test(s.text.slice(f.end));
}
