/**
 * A share of one of table 三's results that names no whole, whose whole the text does not give for
 * sure (rule text.share): "二是公开比例稳步提升，予以公开24件，占比34.4%" under "一是全年办结79件"
 * (温州市鹿城区人民政府 2021, red team 23 m12: the whole guessed nearby, a skip), "（2）部分公开3件，
 * 占17.3%；" in a paragraph of its own after "…办结21件。办理结果如下：" (广州市天河区教育局 2023, m17:
 * no whole found). shares.ts leaves them: the whole is a guess. But a result of the applications is
 * a share of the applications, and the wholes a reader could mean are few: every one is tried —
 * table 三's 办理结果总计, that less 上年结转, 本年新收, 本年新收 + 上年结转 (for 予以公开 and 部分公开, their
 * sum too: 公开类), the sum of the results listed with shares beside it, and every count in 件 no
 * smaller than the part in its sentence (after it too: "…占比82.1%，…两类合计39件") and the sentences
 * before it back to the start of the paragraph before (the guess, and whatever else a careless
 * writer may have divided by). One that fits: a pass. None: the share is wrong whichever whole is meant, an error against 办理结果总计.
 * (Table 三's wholes as the table rules would correct the cells they doubt are tried too: a table's
 * typo is not the text's mistake.)
 * Read narrowly:
 * - the share names no whole ("占", "占比"), and is no round figure ("约占", "超过50%", "50%以上");
 *   "占办结总数的…" and the like are shares.ts's and share-wholes.ts's;
 * - the part's own words name one result of table 三 (予以公开, 部分公开, 不予公开, 无法提供, 不予
 *   处理, 其他处理) right before its figure, and the figure is that row's (or, for 予以公开, 予以公开 +
 *   部分公开): a part of the applications ("网上申请", "区本级予以公开") is not read;
 * - in a sentence or paragraph about applications.
 */
import { addDec, cmpDec, decToNumber, percentFits, percentText, toDec, withDecimals, type Dec } from './decimal.ts';
import { isCount, semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { otherPeriod } from './period.ts';
import { RULE, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { labelPart, part as notePart, said, type Raw, type TextNoteCode } from './note-words.ts';
import type { NotePart } from '../types.ts';
import { clauseStart } from './quote.ts';
import { APPLY_MEASURES, pickMeasureAt, readingValue } from './measures.ts';
import { RESULT_MEASURES } from './paragraph-topic.ts';
import type { ShareClaim } from './shares.ts';
import { withRunWhole } from './share-runs.ts';

/** The words of a result right before its figure, a list's mark or quotes around it at most. */
export const RESULT_WORDS = /^(?:[（(]?[0-9０-９一二三四五六七八九十]{1,2}[）).．、]|[①-⑳]|其中[，,：:]?)?[“"「『]?(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)[”"」』]?(?:的)?(?:申请)?$/;

/** Words of a round share before it. */
const APPROX = /约|近|超过?|逾|将近|大概|大约|接近|不足|不到/;

/** A paragraph opening as one item of a numbered list of results ("（2）部分公开3件，占14.3%；"). */
const RESULT_ITEM = /^\s*(?:[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]|[0-9０-９]{1,2}[.．、]|[①-⑳])\s*[“"]?(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)/;

/**
 * Results as a numbered list, an item a paragraph ("办理结果如下：" then "（1）予以公开8件…", "（2）部分
 * 公开3件…"): an item is about the applications when the list's first item is (paragraph-topic.ts
 * reads a paragraph naming no topic after one about applications as going on with them).
 */
function aboutInResultsList(sentences: readonly SentenceFigures[], i: number, aboutAt: (i: number) => boolean): boolean {
  const firstOf = (k: number): number => {
    let j = k;
    while (j > 0 && sentences[j - 1]?.para === sentences[k]?.para) j--;
    return j;
  };
  let j = firstOf(i);
  if (!RESULT_ITEM.test(sentences[j]?.text ?? '')) return false;
  for (let n = 0; n < 8 && j > 0; n++) {
    const prev = firstOf(j - 1);
    const p = sentences[prev] as SentenceFigures;
    if (p.para !== (sentences[j] as SentenceFigures).para - 1 || !RESULT_ITEM.test(p.text)) break;
    j = prev;
  }
  return aboutAt(j);
}

/** Words before the part's clause that make it a part's ("网上申请中，", "其中区本级…") or qualify it. */
const PART_LEAD = /中[，,：:]?\s*$|网上|网络|信函|当面|现场|本级|部门|乡镇|街道|涉及|关于|上年结转|其中/;

/** The words of a share claim's part in its ，-clause, before its figure. */
function resultWords(c: ShareClaim): string {
  const { s, f } = c.part;
  return s.text.slice(clauseStart(s.text, f.start), f.start).trim();
}

/** Are two shares in one list: one sentence, or items of one numbered list, a paragraph each? */
function sameList(sentences: readonly SentenceFigures[], a: ShareClaim, b: ShareClaim): boolean {
  const [sa, sb] = [a.share.s, b.share.s];
  if (sa === sb) return true;
  const [lo, hi] = sa.para < sb.para ? [sa.para, sb.para] : [sb.para, sa.para];
  if (lo === hi) return false;
  for (let p = lo; p <= hi; p++) {
    const first = sentences.find((x) => x.para === p);
    if (!first || !RESULT_ITEM.test(first.text)) return false;
  }
  return true;
}

/** Table 三's wholes of the applications a share of one result may be of. */
const WHOLE_IDS = ['processed', 'received'] as const;

/**
 * A share the other readings skipped, of a whole count of 件 named in its own sentence, computed
 * (not "约占60%", "占比超过50%", "近六成": a round figure) and naming no whole: the share and its
 * part, or null. What shareOfResult and share-of-applicant.ts read further.
 */
/** Words of a whole that is a wider body's, another kind's or another period's. */
const OTHER_WHOLE = /全区|全市|全县|全省|全国|全州|全系统|同类|各[^项类]|上一?年|去年|\d{4}\s*年/;

export function plainCountShare(c: ShareClaim, skipped: ClaimOutcome): { share: ShareClaim['share']['f']; s: ShareClaim['part']['s']; part: ShareClaim['part']['f'] } | null {
  if (skipped.check.outcome !== 'skip' || c.unread || c.unsure || (c.via !== 'none' && c.via !== 'nearby')) return null;
  const share = c.share.f;
  const { s, f: part } = c.part;
  if (share.approx || APPROX.test(share.label) || /^\s*(?:以上|左右|多|余)/.test(s.text.slice(share.end)) || share.shareOf !== '' || c.share.s !== s) return null;
  // "…分别占全区同类申请的20%、15%": the run's first share names the whole for the run, here a wider
  // body's or another period's (rt55: the 15% was compared with table 三's 62)
  if (OTHER_WHOLE.test(withRunWhole(s.figures, s.figures.indexOf(share)).shareOf)) return null;
  if (part.unit !== '件' || part.value.d > 0 || part.approx || part.ulp || part.paren !== null) return null;
  return { share, s, part };
}

/** A whole a share may be of, as its finding names it. */
export interface ShareWhole {
  value: Dec;
  raw: string;
  /** raw as a note's part (note-words.ts): a table's label and count, the page's words, a sum or difference of them */
  words: NotePart | Raw;
}

/** A whole of a table's: its label and count ("表三“办理结果总计”79件"). */
export const tableWhole = (label: string, v: number): ShareWhole => ({ value: toDec(v, 0), raw: `${label}${v}件`, words: notePart('count', labelPart(label), v) });
/** A whole as the page writes it ("79件"). */
export const pageWhole = (f: { value: Dec; raw: string }): ShareWhole => ({ value: f.value, raw: f.raw, words: notePart('quoted', f.raw) });
/** A whole that is the page's figures added up ("32件+7件"). */
export const sumWhole = (value: Dec, raws: readonly string[]): ShareWhole => ({ value, raw: raws.join('+'), words: notePart('plus', ...raws) });

/** The counts in 件 no smaller than the part, in its sentence and those before it back to the start of the paragraph before. */
export function countsBefore(sentences: readonly SentenceFigures[], at: number, part: ShareClaim['part']['f'], skip: (s: SentenceFigures, f: TextFigure) => boolean = () => false): ShareWhole[] {
  const s = sentences[at] as SentenceFigures;
  const out: ShareWhole[] = [];
  for (let k = at; k >= 0; k--) {
    const prev = sentences[k] as SentenceFigures;
    if (s.para - prev.para > 1) break;
    for (const f of prev.figures) {
      if (f !== part && isCount(f) && f.unit === '件' && cmpDec(f.value, part.value) >= 0 && !skip(prev, f)) out.push(pageWhole(f));
    }
  }
  return out;
}

/**
 * The share judged against every whole a reader may mean (the first is the one a wrong share is
 * told by): one that fits, a pass; none, an error. alsoTried: the other wholes, as the message names them.
 */
export function judgeShare(
  share: ShareClaim['share']['f'],
  part: ShareClaim['part']['f'],
  wholes: readonly ShareWhole[],
  quote: ClaimOutcome['check']['quote'],
  alsoTried: Extract<TextNoteCode, `tried${string}`>,
): ClaimOutcome | null {
  const first = wholes[0];
  if (!first) return null;
  const printed = share.printed;
  const seen = new Set<string>();
  const distinct = wholes.filter((w) => {
    const key = `${w.value.n}/${w.value.d}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const fit = distinct.find((w) => percentFits(part.value, w.value, printed) !== 'no');
  if (fit) {
    const shown = percentText(part.value, fit.value, Math.max(printed.d, 2));
    return { check: { rule: RULE.share, outcome: 'pass', quote, detail: `${part.raw} ÷ ${fit.raw} = ${shown}%，正文 ${share.raw}` } };
  }
  const should = withDecimals(percentText(part.value, first.value, printed.d), printed.d);
  const others = distinct.slice(1).map((w) => w.raw).join('、');
  const detail = `${part.raw} ÷ ${first.raw} = ${percentText(part.value, first.value, Math.max(printed.d, 2))}%，正文 ${share.raw}${others ? `；按${others}计算也都不符` : ''}`;
  const message = said('shareOf', part.raw, share.raw, first.words, should, notePart(alsoTried));
  return {
    check: { rule: RULE.share, outcome: 'fail', quote, detail },
    finding: textFinding(RULE.share, 'error', message, quote, Number(percentText(part.value, first.value, printed.d)), decToNumber(printed)),
  };
}

export function shareOfResult(
  c: ShareClaim,
  skipped: ClaimOutcome,
  sentences: readonly SentenceFigures[],
  figures: Readonly<Record<string, number | null>>,
  /** the figures as the table rules would correct the cells they doubt (their wholes are readings too) */
  corrected: readonly Readonly<Record<string, number | null>>[],
  year: number | null,
  aboutAt: (i: number) => boolean,
  /** every share claim of the text: the results listed with theirs beside this one */
  claims: readonly ShareClaim[] = [],
): ClaimOutcome | null {
  const plain = plainCountShare(c, skipped);
  if (!plain) return null;
  const { share, s, part } = plain;
  const words = resultWords(c);
  if (!RESULT_WORDS.test(words)) return null;
  const picked = pickMeasureAt(words, APPLY_MEASURES);
  if (!picked || !RESULT_MEASURES.has(picked.measure.id)) return null;
  const value = Number(part.value.n);
  if (!picked.measure.strict.some((rd) => readingValue(rd, figures) === value)) return null;
  // "在网上申请中，予以公开24件，占…", "2022年，予以公开…": a part's, another year's
  const lead = s.text.slice(semicolonClauseStart(s.text, part.start), clauseStart(s.text, part.start));
  if (PART_LEAD.test(lead) || otherPeriod(s.text, words, part.start, year)) return null;
  const at = sentences.indexOf(s);
  if (!aboutAt(at) && !aboutInResultsList(sentences, at, aboutAt)) return null;
  const wholes: ShareWhole[] = [];
  for (const fs of [figures, ...corrected]) {
    for (const id of WHOLE_IDS) {
      for (const rd of APPLY_MEASURES.find((m) => m.id === id)?.strict ?? []) {
        const v = readingValue(rd, fs);
        if (v !== null && Number.isInteger(v) && v > 0) wholes.push(tableWhole(rd.label, v));
      }
    }
  }
  // "予以公开32件，占53.3%" of 60: some reports leave 不予处理 (complaints, repeated requests) and
  // 其他处理 out of the base of their shares, as not answered on the merits
  for (const fs of [figures, ...corrected]) {
    const all = fs['t3.processed.total'];
    const notProcessed = fs['t3.notProcessed.total'];
    const other = fs['t3.other.total'];
    if (all == null) continue;
    for (const [less, label] of [
      [notProcessed, '减“不予处理”'],
      [other, '减“其他处理”'],
      [notProcessed == null || other == null ? null : notProcessed + other, '减“不予处理”与“其他处理”'],
    ] as const) {
      const v = less == null ? null : all - less;
      if (less && v !== null && Number.isInteger(v) && v > 0) wholes.push(tableWhole(`表三“办理结果总计”${label}`, v));
    }
  }
  // the first is 办理结果总计 (measures.ts: processed's first reading); without it, no finding
  const processed = wholes[0];
  if (!processed || figures['t3.processed.total'] == null) return null;
  // (not a sibling result's count, named alone: "其中予以公开32件，无法提供15件。不予公开5件，占33.3%" is no share of the 15 —
  // left57, change54 pinned it as a pass; a count naming two results, "予以公开和部分公开共39件", is still a base)
  const sibling = (t: SentenceFigures, f: TextFigure): boolean => {
    const w = (t.text.slice(clauseStart(t.text, f.start), f.start).split('、').pop() as string).trim();
    return RESULT_WORDS.test(w) && pickMeasureAt(w, APPLY_MEASURES)?.measure.id !== picked.measure.id;
  };
  wholes.push(...countsBefore(sentences, at, part, sibling));
  // "（1）予以公开32件，占82.1%；（2）部分公开7件，占17.9%": the shares of the results listed, each with
  // its own, may be of their sum (82.1% + 17.9% = 100%)
  // "予以公开32件，占82.1%" alone: of the 39 granted in full or in part (公开类), a base these reports use
  if (picked.measure.id === 'granted' || picked.measure.id === 'partial') {
    for (const fs of [figures, ...corrected]) {
      const v = readingValue({ names: ['t3.granted.total', 't3.partial.total'], label: '' }, fs);
      if (v !== null && v > 0) wholes.push(tableWhole('表三“予以公开”与“部分公开”之和', v));
    }
  }
  const listed = claims.filter((x) => x.share.f.unit === '%' && RESULT_WORDS.test(resultWords(x)) && sameList(sentences, x, c));
  if (listed.length >= 2 && listed.includes(c)) wholes.push(sumWhole(listed.reduce((acc, x) => addDec(acc, x.part.f.value), toDec(0, 0)), listed.map((x) => x.part.f.raw)));
  return judgeShare(share, part, wholes, skipped.check.quote, 'triedResult');
}
