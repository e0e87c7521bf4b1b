/**
 * Shares (rule text.share): "同意公开433件，占82%" — 433 / 528 shown with the digits printed.
 * Tolerance comes from the digits (36.28% stands for [36.275, 36.285)); a share cut off rather
 * than rounded is accepted too.
 *
 * The whole a share is of, in order of certainty:
 * 1. the whole of the parts list the figure belongs to ("其中，概况类10945条，占13.65%");
 * 2. a total earlier in the same sentence ("共受理…528件，共办理答复528件，占100%"), or the one
 *    its head names ("在已办结的73件申请中，予以公开16件，占21.9%");
 * 3. the nearest total before it in this or the previous paragraph (seed 002: "累计公开政府信息
 *    962条" and, in the next paragraph, "政府网站公开信息349条，占比36.28%"). This is a guess:
 *    when the share does not fit, the check is skipped, never flagged.
 * Shares that together can make 100% claim a complete list: their parts must sum to the whole.
 * A run of shares ("分别占93.02%、6.98%") pairs with its run of counts: share-runs.ts.
 */
import { addDec, decToNumber, percentFits, percentText, cmpDec, withDecimals, type Dec } from './decimal.ts';
import type { Paragraph } from './extract-prose.ts';
import { isCount, semicolonClauseStart, SUBSET_PAREN, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { RULE, saidCheck, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { countRunBefore, type PartsGroup } from './parts-sum.ts';
import { quoteSpan, type At } from './quote.ts';
import { itemNamedShare, namedShareAt, sumFigure, summedShareParts } from './share-parts.ts';
import { confirmDividedWholes, confirmGuessedWholes } from './share-confirm.ts';
import { framedWholeBefore, namedInSentenceBefore, namedWholeBefore, namesWhole, sameBaseFit, wholeElsewhere, wholesBeside, type InTables } from './share-wholes.ts';
import { isShareAt, pairedCount, withRunWhole } from './share-runs.ts';
import { markRoundingAdjustments } from './share-lists.ts';
import { nestedOverallWholes } from './share-nested.ts';
import { roundedUpAbout } from './share-about.ts';
import { leadWholeBefore } from './share-lead.ts';
import { namedNewWhole } from './share-named-new.ts';
import { inRange, thisYearWhole } from './qizhong-whole.ts';
import { part, part as notePart, renderTextNote, said } from './note-words.ts';
import type { NotePart } from '../types.ts';
import { lastYearsShareBefore } from './share-from-to.ts';
import { changeAgain } from './share-past-change.ts';
import { namesAnotherWhole, roundedShareCanFit } from './share-rounded.ts';
import { bracketWholeShare } from './share-bracket-whole.ts';
import { approxQizhongWhole, approxWholeShare, namesKindWhole } from './share-approx.ts';
import { lastMark } from '../text/marks.ts';

export interface ShareClaim {
  share: At;
  part: At;
  whole: At | null;
  /**
   * how the whole was found: 'list', 'sentence' and 'named' (the share's own words name it:
   * namedWholeBefore) are read from the text, 'nearby' is a guess
   */
  via: 'list' | 'sentence' | 'named' | 'nearby' | 'none';
  /**
   * other wholes the sentence offers ('sentence' only): the other counts before the part, and
   * the whole plus 上年结转 ("收到86件，上年结转5件，其中予以公开42件，占46.15%" is of 91)
   */
  others?: { value: Dec; raw: string }[];
  /** the whole is the count a 其中 opening the part's clause divides: read, not guessed */
  direct?: boolean;
  /**
   * a guessed ('nearby') whole the sentence's other shares confirm (confirmGuessedWholes): all of
   * them but this one fit it, and the list's counts add up to it ('sum') or its shares total 100%
   * ('shares'); or its sentence opens on dividing the sentence the guess is from, and its counts
   * add up to it ('divides': confirmDividedWholes)
   */
  confirmed?: 'sum' | 'shares' | 'divides';
  /**
   * ('nearby' only) the counts of the share's own sentence before its count that no share is said
   * of: the base the text may mean ("本年度收到申请62件，予以公开32件，占51.6%", a 收到 no total's
   * word names). One that fits is a pass; none fitting changes nothing.
   */
  beside?: { value: Dec; raw: string }[];
  /** the share is not read, and why (a share of a sum whose parts are not clear: share-parts.ts) */
  unread?: string;
  /**
   * the part and whole are read, but not that the whole is the part's ("其中行政处罚占75%" after a
   * 共计 no list adds up to): a share that holds is a pass, one that does not a skip, with this why
   */
  unsure?: NotePart;
  /**
   * the share is one unit of its last digit off its rounding, and its list's shares as printed
   * total exactly 100% (markRoundingAdjustments): a 尾差调整, the rounding nudged so that the list
   * totals 100%, which is no arithmetic error
   */
  adjusted?: string;
}

/** Table 三's wholes a share's words name, when the text gives none that fits (share-wholes.ts tableWholesNamed). */
export type TableWholes = (c: ShareClaim) => readonly { value: Dec; raw: string }[];

/** Between a count and a change said of it: a comparison's words and nothing else ("，同比增长", "，较上年增加"). */
const CHANGE_BETWEEN = /^[，,]\s*(?:同比|环比|较上年|比上年|较去年|比去年|与上年相比|(?:较|比)\d{4}年)[^，,；;。\d]{0,4}$/;

/** Labels of a figure that is a total. */
const TOTAL = /共|累计|全年|总|合计|全部|全市|全区|全县|全镇|全乡/;

/** The count a share is of: the nearest count before it in the same ；-clause, at most a few words back. */
const OTHER_YEAR_PAREN = /^(?:上一?年|去年|同期|\d{4}\s*年)/;

export function shareSubject(s: SentenceFigures, share: TextFigure): TextFigure | null {
  // "分别为80件、6件，分别占93.02%、6.98%": the shares pair with the counts in order
  if (share.label.includes('分别') || /^\s*[、和及与]\s*$/.test(share.label)) return pairedCount(s, share);
  const before = s.figures.filter((f) => f.end <= share.start);
  // "政策解读48条，同比增长20%，占11.65%": a change said of the count between it and its share is
  // not what the share is of (session 23: such shares went unread)
  let k = before.length - 1;
  while (k > 0 && before[k]!.change !== null && (CHANGE_BETWEEN.test(s.text.slice(before[k - 1]!.end, before[k]!.start)) || changeAgain(before, k, s.text))) k--;
  if (k > 0 && lastYearsShareBefore(before[k], share)) k--; // ("占比由上年的45.3%提高到50.8%": last year's share between, share-from-to.ts)
  let prev = before[k];
  if (!prev || !isCount(prev)) return null;
  // (after a change said of it, the words from that change on are what stands between)
  let between = s.text.slice(k < before.length - 1 ? before[before.length - 1]!.end : prev.end, share.start);
  // "同意公开53件（含部分公开11件），占60.23%": the share is of the figure the parenthesis
  // qualifies, not of the subset inside it
  // (and "6条（上年为4条），占50%": a count of another year in the bracket is no subject either — rt46: the 4 was read as the part)
  if (prev.paren !== null && (SUBSET_PAREN.test(prev.paren) || (prev.paren !== share.paren && OTHER_YEAR_PAREN.test(prev.paren))) && !inParen(between)) {
    const open = lastMark(s.text, '（(', prev.start);
    const outer = before.filter((f) => f.end <= open);
    const o = outer[outer.length - 1];
    if (!o || !isCount(o) || !/^\s*$/.test(s.text.slice(o.end, open))) return null;
    const close = s.text.slice(prev.end).search(/[)）]/);
    if (close < 0) return null;
    prev = o;
    between = s.text.slice(before[before.length - 1]!.end + close + 1, share.start);
  }
  if (/[；;]/.test(between) || between.length > 12) return null;
  // "予以公开900件，部分公开67，占4.61%": a number printed without its unit stands between, the share is of it (recall46)
  if (/[\d０-９]/.test(between)) return null;
  // "共收到申请86件，网上申请占比81.4%": the share's clause names its own subject, of which the
  // figure before is no count; "42件，约占…", "42件，所占比例为…" name none
  const clause = between.slice(lastMark(between, '，,、（(') + 1);
  const lead = clause.search(/占|比例|比重/);
  if (lead > 0 && !/^(?:约|仅|只|共|合计|总计|累计|所|其|即|则|达|数量|件数|条数)+$/.test(clause.slice(0, lead).trim())) return null;
  return prev;
}

/**
 * The count a "在…N件中，" or "…的N件中，" heading the sentence names ("在已办结的73件申请中，予以公开
 * 16件，占21.9%；部分公开7件，占9.6%": red team 10, page 24): the whole of every share after it.
 */
function zhongWhole(s: SentenceFigures, part: TextFigure): TextFigure | null {
  for (const f of s.figures) {
    if (f.end > part.start) break;
    if (!isCount(f) || f.unit !== part.unit || cmpDec(f.value, part.value) < 0) continue;
    if (s.text.includes('中', f.end) && /^[^，,；;。\d（）()]{0,8}?中\s*[，,：:]/.test(s.text.slice(f.end)) && /^(?:在|从|于)?[^，,；;。\d]{0,12}$/.test(s.text.slice(0, f.start).trimStart())) return f;
  }
  return null;
}

/** A share of the total, by no other name: "占总数的", "占全部的". */
const ALL_OF = /^(?:总数|总量|全部|所有)(?:的)?$/;

/** The totals (`fits`) of the sentences before sentence i, in its paragraph and the one before. */
function totalsBefore(sentences: readonly SentenceFigures[], i: number, fits: (f: TextFigure) => boolean): { value: Dec; raw: string }[] {
  const s = sentences[i] as SentenceFigures;
  const out: { value: Dec; raw: string }[] = [];
  for (let k = i - 1; k >= 0; k--) {
    const prev = sentences[k] as SentenceFigures;
    if (s.para - prev.para > 1) break;
    for (const f of prev.figures) if (fits(f)) out.push({ value: f.value, raw: f.raw });
  }
  return out;
}

/** The count right before the parenthesis `f` stands in ("53件（含部分公开11件）" → 53件), or null. */
function qualifiedBy(s: SentenceFigures, f: TextFigure): TextFigure | null {
  const open = lastMark(s.text, '（(', f.start);
  const outer = s.figures.filter((x) => x.end <= open);
  const o = outer[outer.length - 1];
  return o && isCount(o) && o.unit === f.unit && /^\s*$/.test(s.text.slice(o.end, open)) ? o : null;
}

/** Does the text between a figure and its share still stand inside the figure's parenthesis? */
function inParen(between: string): boolean {
  return !/[)）]/.test(between);
}

export function resolveShares(sentences: readonly SentenceFigures[], groups: readonly PartsGroup[], inTables: InTables = () => false): ShareClaim[] {
  const inGroup = new Map<TextFigure, PartsGroup>();
  for (const g of groups) for (const p of g.parts) if (!inGroup.has(p.f)) inGroup.set(p.f, g);
  const out: ShareClaim[] = [];
  sentences.forEach((s, i) => {
    // the counts of the sentence that have a share of their own, and the whole that share names in
    // words: "其中微信公众号发布信息293条，占全部公开信息的61.5%，政府网站公开信息183条，占全部公开信息的
    // 38.5%" (hunt37: a real 2021 街道 report) — 293 is a part of 全部公开信息 as 183 is, never its whole
    const namedShareOf = new Map<TextFigure, string>();
    for (const f of s.figures) {
      if (!f.share || f.shareOf === '') continue;
      const subject = shareSubject(s, f);
      if (subject) namedShareOf.set(subject, f.shareOf);
    }
    for (let k = 0; k < s.figures.length; k++) {
      const share = s.figures[k] as TextFigure;
      // "62件，占全省…申请总数（1268件）的4.9%": the whole in a bracket inside the share's words (share-bracket-whole.ts)
      const bw = bracketWholeShare(s, k);
      if (bw) out.push({ share: { s, f: share }, part: { s, f: bw.part }, whole: { s, f: bw.whole }, via: 'sentence', direct: true });
      if (bw || share.approx || !(share.share || isShareAt(s.figures, k))) continue;
      // "其中自然人申请56件、商业企业申请3件，合计占比95.2%": of the listed parts' sum
      const summed = summedShareParts(s, share);
      if (summed && 'unread' in summed) {
        const last = s.figures.filter((f) => f.end <= share.start).pop() as TextFigure;
        out.push({ share: { s, f: share }, part: { s, f: last }, whole: null, via: 'none', unread: summed.unread });
        continue;
      }
      // "共计200件，其中行政处罚占75%": the part named, its count earlier in the ；-clause
      const named = summed ? null : namedShareAt(s, share);
      if (named) {
        if (!named.part) continue; // check-narrative.ts namedShareOutcome: table 二 or a skip
        const g = inGroup.get(named.part);
        // the whole is the part's when a list holding the part adds up to it ("150件、50件，共计200件")
        const listed = g !== undefined && g.whole.s === s && g.whole.f === named.whole && !g.guess && !g.tentative &&
          cmpDec(g.parts.reduce((acc, p) => addDec(acc, p.f.value), { n: 0n, d: 0 } as Dec), named.whole.value) === 0;
        out.push({
          share: { s, f: share }, part: { s, f: named.part }, whole: { s, f: named.whole }, via: listed ? 'list' : 'sentence', direct: true,
          ...(listed ? {} : { unsure: notePart('shareWholeUnlisted', named.whole.raw, named.part.raw) }),
        });
        continue;
      }
      const part = summed ? sumFigure(summed.parts) : shareSubject(s, share);
      // "…动漫解读文件7个，…，动漫解读占比30.4%": the share's words name an item of a list before it
      const item = part || summed ? null : itemNamedShare(s, share, groups);
      if (item) out.push({ share: { s, f: share }, part: { s, f: item.part }, whole: item.whole, via: 'list', direct: true });
      if (!part) continue;
      const claim: ShareClaim = { share: { s, f: share }, part: { s, f: part }, whole: null, via: 'none' };
      const g = inGroup.get(summed ? (summed.parts[0] as TextFigure) : part);
      // "部分公开11件（含涉及第三方5件，占45.45%）": a share inside the parenthesis that makes its
      // figure a subset is, most likely, of the figure the parenthesis qualifies (5 of 11), but
      // may be of the total: a guess either way
      const qualified = part.paren !== null && SUBSET_PAREN.test(part.paren) && share.paren === part.paren ? qualifiedBy(s, part) : null;
      if (qualified) {
        out.push({ ...claim, whole: { s, f: qualified }, via: 'nearby' });
        continue;
      }
      const fits = (f: TextFigure): boolean =>
        f !== part && isCount(f) && f.unit === part.unit && TOTAL.test(f.label) && cmpDec(f.value, part.value) >= 0;
      if (g && !inRange(g.whole.s, g.whole.f) && (!summed || summed.parts.every((p) => g.parts.some((x) => x.f === p)))) {
        claim.whole = g.whole;
        claim.via = g.guess ? 'nearby' : 'list'; // a list whose whole is a guess gives a guessed whole
      } else {
        const inSentence = s.figures.filter((f) => f.end <= part.start && fits(f) && !(share.shareOf !== '' && namedShareOf.get(f) === share.shareOf));
        // "办结88件，其中予以公开42件，占47.73%": a part that opens a 其中 is of the count before it, this year's ("62件（上年为
        // 54件），其中网上申请40件，占60.5%" is wrong for 64.5%, not for 74.1%: last year's 54 is one of the others — rt74)
        const qz = thisYearWhole(s, part) ?? approxQizhongWhole(s, part); // (or "约1.2万条，其中…": share-approx.ts)
        const framed = qz ? null : zhongWhole(s, part);
        const q = qz ?? framed;
        const w = q ?? inSentence[inSentence.length - 1];
        if (w) {
          claim.whole = { s, f: w };
          claim.via = 'sentence';
          const others = s.figures
            .filter((f) => f !== w && f !== part && f.end <= part.start && isCount(f) && f.unit === part.unit && cmpDec(f.value, part.value) >= 0)
            .map((f) => ({ value: f.value, raw: f.raw }));
          const carried = s.figures.find((f) => f.end <= part.start && f !== w && isCount(f) && f.unit === w.unit && /结转/.test(f.label) && !/下一?年/.test(f.label));
          if (carried) others.push({ value: addDec(w.value, carried.value), raw: `${w.raw}+${carried.raw}` });
          // "承办的30件市人大代表建议、159件市政协提案全部办结，其中A类120件，占63.5%" (red team 27,
          // c12): the 其中 may divide the sum of the run of counts its whole ends
          const run = countRunBefore(s, w);
          if (run.length >= 2) others.push({ value: run.reduce((acc, f) => addDec(acc, f.value), { n: 0n, d: 0 } as Dec), raw: run.map((f) => f.raw).join('+') });
          // "在已经答复的18件申请中，“同意公开”的14件，占总数的70%" (a 2017 report, hunt33): the
          // frame's count is one whole, but a share of "总数" may as well be of the total the
          // sentences before give (共受理申请20件), as the text's other shares of it say
          if (framed && ALL_OF.test(share.shareOf)) others.push(...totalsBefore(sentences, i, fits));
          claim.others = others;
          if (q) claim.direct = true;
        } else {
          let guess: At | null = null;
          for (let k = i - 1; k >= 0 && !guess; k--) {
            const prev = sentences[k];
            if (!prev || s.para - prev.para > 1) break;
            const c = prev.figures.filter(fits);
            const last = c[c.length - 1];
            if (last) guess = { s: prev, f: last };
          }
          const named = leadWholeBefore(sentences, i, part) ?? framedWholeBefore(sentences, i, part) ?? namedWholeBefore(sentences, i, part, withRunWhole(s.figures, k), inTables);
          if (named) {
            // the guess a careless writer may have divided by stays a reading that passes
            claim.whole = named;
            claim.via = 'named';
            claim.direct = true;
            if (guess && guess.f !== named.f) claim.others = [{ value: guess.f.value, raw: guess.f.raw }];
          } else if (guess) {
            claim.whole = guess;
            claim.via = 'nearby';
          }
        }
      }
      out.push(claim);
    }
  });
  nestedOverallWholes(out);
  confirmGuessedWholes(out);
  confirmDividedWholes(out, sentences);
  markRoundingAdjustments(out);
  const ofShares = new Set(out.map((c) => c.part.f));
  for (const c of out) {
    if (c.via !== 'nearby') continue;
    const { s, f: part } = c.part;
    c.beside = s.figures
      .filter((f) => f.end <= part.start && !ofShares.has(f) && isCount(f) && f.unit === part.unit && cmpDec(f.value, part.value) >= 0 && f.change === null)
      .map((f) => ({ value: f.value, raw: f.raw }));
  }
  return out;
}


export function evaluateShare(c: ShareClaim, paragraphs: readonly Paragraph[], year: number | null = null, tables: TableWholes = () => []): ClaimOutcome {
  const quote = quoteSpan(paragraphs, c.part, c.share);
  if (c.unread) return { check: { rule: RULE.share, outcome: 'skip', quote, detail: c.unread } };
  // a whole the share names that the text does not give, but table 三 does ("占办结总数的64.6%"
  // with no 办结 count in the prose): a reading that holds is a pass; one that does not stays a skip
  const orTables = (skip: ClaimOutcome): ClaimOutcome => {
    const printed = c.share.f.printed;
    const fit = tables(c).find((w) => w.value.n > 0n && percentFits(c.part.f.value, w.value, printed) !== 'no');
    if (!fit) return skip;
    const shown = percentText(c.part.f.value, fit.value, Math.max(printed.d, 2));
    return { check: { rule: RULE.share, outcome: 'pass', quote, detail: `${c.part.f.raw} ÷ ${fit.raw} = ${shown}%，正文 ${c.share.f.raw}` } };
  };
  if (!c.whole) {
    return orTables({ check: saidCheck(RULE.share, 'skip', quote, said('shareNoWhole')) });
  }
  const { f: whole } = c.whole;
  if (whole.approx) return approxWholeShare(c, quote); // ("（1200余件）的5.1%", "约1.2万条，其中…": share-approx.ts)
  const printed = c.share.f.printed;
  const fit = percentFits(c.part.f.value, whole.value, printed);
  const actualText = percentText(c.part.f.value, whole.value, Math.max(printed.d, 2));
  const detail = `${c.part.f.raw} ÷ ${whole.raw} = ${actualText}%，正文 ${c.share.f.raw}`;
  const calc = part('shareCalc', c.part.f.raw, whole.raw, actualText, c.share.f.raw);
  // (a share naming 新收 read against another count, the sentence giving 新收's apart: share-named-new.ts)
  const ofNew = namedNewWhole(c);
  if (ofNew) return evaluateShare({ ...c, whole: { s: c.share.s, f: ofNew }, via: 'sentence', direct: true, others: [], beside: [] }, paragraphs, year, tables);
  if (fit !== 'no') return { check: { rule: RULE.share, outcome: 'pass', quote, detail } };
  if (c.unsure) return { check: saidCheck(RULE.share, 'skip', quote, said('shareBut', calc, c.unsure)) };
  if (!namesWhole(c.share.f.shareOf, whole) || namesKindWhole(c.share.f.shareOf, whole, c.part.f)) {
    return orTables({ check: saidCheck(RULE.share, 'skip', quote, said('shareNotThatWhole', calc, c.share.f.shareOf, whole.raw)) });
  }
  // a whole of the text (its own sentence's, or one the share names in the sentences before)
  // that is another period's or a wider body's
  if (((c.via === 'sentence' && !c.direct) || c.via === 'named') && wholeElsewhere(c, year)) {
    return { check: saidCheck(RULE.share, 'skip', quote, said('shareElsewhere', calc, whole.raw)) };
  }
  if ((c.part.f.ulp || whole.ulp) && roundedShareCanFit(c.part.f, whole, printed)) {
    return { check: saidCheck(RULE.share, 'skip', quote, said('shareRounded', calc)) };
  }
  if ((c.part.f.ulp || whole.ulp) && namesAnotherWhole(c.share.f.shareOf, whole, c.part.s.figures.filter((f) => f.end <= c.part.f.start && isCount(f)))) {
    return orTables({ check: saidCheck(RULE.share, 'skip', quote, said('shareNotThatWhole', calc, c.share.f.shareOf, whole.raw)) });
  }
  const besideFit = (c.beside ?? []).find((o) => percentFits(c.part.f.value, o.value, printed) !== 'no');
  if (besideFit) {
    const shown = percentText(c.part.f.value, besideFit.value, Math.max(printed.d, 2));
    return { check: { rule: RULE.share, outcome: 'pass', quote, detail: `${c.part.f.raw} ÷ ${besideFit.raw} = ${shown}%，正文 ${c.share.f.raw}` } };
  }
  if (c.via === 'nearby' && !namedInSentenceBefore(c, year) && !c.confirmed) {
    return orTables({ check: saidCheck(RULE.share, 'skip', quote, said('shareNearby', calc)) });
  }
  if (c.via === 'nearby' || c.via === 'named') {
    // the whole named in the sentence before: its 上年结转 may be in it ("共受理申请90件，另有上年
    // 结转4件。…占受理总数的54.3%" is of 94), or another of its counts may be the base the share
    // means ("新收申请90件，加上上年结转4件，共受理94件。…占受理总数的56.7%" is of 新收 90)
    const alt = wholesBeside(c).find((o) => percentFits(c.part.f.value, o.value, printed) !== 'no');
    if (alt) {
      const shown = percentText(c.part.f.value, alt.value, Math.max(printed.d, 2));
      return { check: { rule: RULE.share, outcome: 'pass', quote, detail: `${c.part.f.raw} ÷ ${alt.raw} = ${shown}%，正文 ${c.share.f.raw}` } };
    }
  }
  // another count of the sentence may be the base the text means: any that fits is accepted,
  // and with several to choose from, none fitting, the base is not known
  const alt = (c.others ?? []).find((o) => percentFits(c.part.f.value, o.value, printed) !== 'no');
  if (alt) {
    const shown = percentText(c.part.f.value, alt.value, Math.max(printed.d, 2));
    return { check: { rule: RULE.share, outcome: 'pass', quote, detail: `${c.part.f.raw} ÷ ${alt.raw} = ${shown}%，正文 ${c.share.f.raw}` } };
  }
  if ((c.others ?? []).length > 0 && !c.direct) {
    return { check: { rule: RULE.share, outcome: 'skip', quote, detail: `${detail}；句中另有可作基数的数，所指不明，不作判断` } };
  }
  // "无法提供15件，占23.8%，其中本机关不掌握…12件，占19.0%": on the base its whole's own share is of
  const sameBase = c.direct ? sameBaseFit(c, c.whole.s.figures.find((x) => x.share && x.start > whole.end && shareSubject(c.whole!.s, x) === whole) ?? null) : null;
  if (sameBase) return { check: { rule: RULE.share, outcome: 'pass', quote, detail: sameBase } };
  const expected = Number(percentText(c.part.f.value, whole.value, printed.d));
  // as many decimals as the text printed: "80.0%" is wrong for "83.0%", not "83%"
  const should = withDecimals(percentText(c.part.f.value, whole.value, printed.d), printed.d);
  if (c.adjusted) return { check: { rule: RULE.share, outcome: 'skip', quote, detail: `${detail}；四舍五入应为${should}%，${c.adjusted}` } };
  const about = roundedUpAbout(c);
  if (about) return { check: { rule: RULE.share, outcome: 'skip', quote, detail: `${detail}；四舍五入应为${should}%，${about}` } };
  if (c.via === 'nearby' && c.confirmed) {
    // a table 三 whole the share may mean still passes it; the guess confirmed is an error when the
    // counts add up to it, a warning when only the shares' 100% says the list is whole
    const byTables = orTables({ check: { rule: RULE.share, outcome: 'skip', quote, detail } });
    if (byTables.check.outcome === 'pass') return byTables;
    const whyPart = part(c.confirmed === 'sum' ? 'whySum' : c.confirmed === 'divides' ? 'whyDivides' : 'whyShares', whole.raw);
    const why = renderTextNote(whyPart);
    const message = said('shareWhy', c.part.f.raw, c.share.f.raw, whole.raw, should, whyPart);
    return {
      check: { rule: RULE.share, outcome: 'fail', quote, detail: `${detail}；${why}` },
      finding: textFinding(RULE.share, c.confirmed === 'shares' ? 'warning' : 'error', message, quote, expected, decToNumber(printed)),
    };
  }
  const message = said('share', c.part.f.raw, c.share.f.raw, whole.raw, should);
  return {
    check: { rule: RULE.share, outcome: 'fail', quote, detail },
    finding: textFinding(RULE.share, 'error', message, quote, expected, decToNumber(printed)),
  };
}
