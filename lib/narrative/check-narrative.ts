/**
 * The narrative stage (issue #3): the text's own arithmetic, and the text against the tables.
 * It runs after the table stages and feeds the same kind of findings into the same report.
 *
 * prose (extract-prose) → figures in sentences (figures-in-text) → claims:
 *   parts of a whole (parts-sum, judged in parts-judge), shares (shares), year on year (year-on-year,
 *   and a rate's change in 个百分点: percentage-points; multiples in 倍 and 翻番: multiples), the
 *   办结率 (completion-rate), products (products), text against tables 三 and 四 (text-vs-table,
 *   and the zero claims: zero-claims) and against table 二 (text-vs-table2, its vocabulary in
 *   table2-measures).
 * Every claim found leaves a check (pass, fail, or skip with the reason); a failed one also
 * leaves a finding. A report whose prose makes no checkable claim returns no checks: the panel
 * says "正文没有可核对的数字陈述" (narrativeSummary) rather than implying it was checked.
 */
import type { Finding } from '../types.ts';
import type { NarrativeInput } from './narrative-input.ts';
import { extractProse } from './extract-prose.ts';
import { analyseSentences, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { guarded, RULE, type ClaimOutcome, type NarrativeCheck, type NarrativeResult } from './narrative-types.ts';
import { renderTextNote } from './note-words.ts';
import type { PartsGroup } from './parts-sum.ts';
import { findLeadingReadings, findQizhongGroups } from './parts-qizhong.ts';
import { findEnumeratedTotalGroups, findOutcomeGroups, findParenGroups, findPlusGroups, findRespectivelyTotals, findTrailingTotalGroups } from './parts-other-shapes.ts';
import { findByDimensionGroups } from './parts-by.ts';
import { findResultsAfterWhole, findResultsOpeningSentence } from './results-after-whole.ts';
import { findResultsAfterQizhongSentence } from './results-after-qizhong.ts';
import { findBareWholeGroups } from './bare-whole.ts';
import { withWithdrawnNext } from './withdrawn-next.ts';
import { findBracketItemGroups } from './bracket-items.ts';
import { findBareCaseOutcomes, findMessageKindLists } from './bare-heads.ts';
import { findExceptGroups } from './parts-except.ts';
import { findClosedOpenGroups } from './parts-closed-open.ts';
import { findRestGroups } from './parts-rest.ts';
import { findLonePartGroups } from './parts-lone.ts';
import { findClauseListTotals, findColonWholeGroups, findHeadWholeGroups, findInfoKindLists, findTotalAfterList } from './parts-heads.ts';
import { checkRemainders, evaluateGroup } from './parts-judge.ts';
import { evaluateShare, resolveShares, type ShareClaim } from './shares.ts';
import { withSlip } from './share-slip.ts';
import { shareListGroups } from './share-lists.ts';
import { baseQualifiedAfter, countInTable3, tableWholesNamed } from './share-wholes.ts';
import { shareOverReceived } from './share-of-received.ts';
import { shareOfResult } from './share-of-result.ts';
import { shareOfApplicant } from './share-of-applicant.ts';
import { shareAfterWhole } from './share-after-whole.ts';
import { checkShareTotals } from './share-totals.ts';
import { checkParagraphTables } from './paragraph-table.ts';
import { namedShareOutcomes } from './share-parts.ts';
import { checkNetChange } from './net-change.ts';
import { checkFlows } from './flow-in-items.ts';
import { checkFlowOverTwo } from './flow-two-sentences.ts';
import { checkPartFlow } from './flow-of-part.ts';
import { findHeadedListNext } from './headed-next.ts';
import { findAnsweredAmongNext } from './answered-among.ts';
import { findInfoAmongGroups } from './info-among.ts';
import { findResultRunGroups, shareInResultRun } from './result-run.ts';
import { paragraphAboutApplications } from './paragraph-topic.ts';
import { lastYearClaims } from './last-year-claims.ts';
import { checkOtherYearTables } from './other-year-table.ts';
import { checkAgainstTables, NOT_APPLICATION } from './text-vs-table.ts';
import { checkAgainstTable2, hasTable2 } from './text-vs-table2.ts';
import { checkTable2Of2019Columns } from './table2-2019-columns.ts';
import { isTable2Of2019 } from './table2-measures.ts';
import { checkZeroClaims } from './zero-claims.ts';
import { checkFeeZeroClaims } from './fee-zero-claim.ts';
import { checkCaseResultClaims } from './case-result-claims.ts';
import { checkCaseOutcomeWords } from './case-outcome-words.ts';
import { bodyOf, saysTablesArePart } from './body-part.ts';
import { checkRespectively } from './respectively.ts';
import { checkApplicantColumns } from './applicant-columns.ts';
import { checkChanges } from './year-on-year.ts';
import { checkBaseClauseChanges } from './yoy-base-clause.ts';
import { checkProducts } from './products.ts';
import { checkPointChanges } from './percentage-points.ts';
import { findOrdinalItemGroups } from './ordinal-items.ts';
import { findWordedClauseTotals } from './closing-totals.ts';
import { findWordedTotalNext } from './total-next.ts';
import { failedTwice, type FailedLists } from './same-list-twice.ts';
import { checkBracketShares } from './bracket-shares.ts';
import { findNewAndCarriedGroups } from './new-and-carried.ts';
import { checkMultiples } from './multiples.ts';
import { checkHalfChanges, checkTenthShares } from './tenths.ts';
import { checkRespectiveTenths } from './tenths-respectively.ts';
import { checkCompletionRates, type RateTables } from './completion-rate.ts';
import { checkDisclosureRates } from './disclosure-rate.ts';
import { checkDisclosureRatesAlone } from './disclosure-rate-alone.ts';
import { checkCorrectionRates } from './correction-rate.ts';
import { checkVerbRates } from './verb-rate.ts';
import { checkCorrectionRatesAlone } from './correction-rate-alone.ts';
import { checkCaseRatesAlone } from './case-rate-alone.ts';

export type { NarrativeCheck, NarrativeResult } from './narrative-types.ts';
export type { NarrativeInput } from './narrative-input.ts';


/** One group's identity: the same whole with the same parts is checked once. */
function groupKey(g: PartsGroup): string {
  let key = `${g.whole.s.seq}:${g.whole.f.start}`;
  for (const p of g.parts) key += `|${p.s.seq}:${p.f.start}`;
  return key;
}

/**
 * flatMap over the sentences with `least` figures at least (what the check needs before it reads
 * a sentence), without an array per sentence (most give no outcome).
 */
function eachSentence(sentences: readonly SentenceFigures[], least: number, check: (s: SentenceFigures) => ClaimOutcome[]): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  for (const s of sentences) {
    if (s.figures.length < least) continue;
    const found = check(s);
    for (const o of found) out.push(o);
  }
  return out;
}

/** Does any figure come from table 三 or 四? (without listing the ~200 names to find out) */
function hasTableFigures(figures: Readonly<Record<string, unknown>>): boolean {
  for (const k in figures) if (Object.hasOwn(figures, k) && /^t[34]\./.test(k)) return true;
  return false;
}

export function checkNarrative(input: NarrativeInput): NarrativeResult {
  const findings: Finding[] = [];
  const outcomes: ClaimOutcome[] = [];
  const { paragraphs, sentences: raw, markAt, fromAt } = extractProse(input.container, input.exclude, input.otherReportFrom, input.ownReportFrom);
  const sentences = analyseSentences(raw, paragraphs);

  const hasTables = input.fromTables ?? hasTableFigures(input.figures);
  // Parts of a whole first: shares and the table comparison need to know which figures are parts.
  const groups: PartsGroup[] = [];
  const seen = new Set<string>();
  // a figure of another year is no part of this year's lists (other-year.ts)
  const year = input.year ?? null;
  outcomes.push(
    ...guarded(RULE.partsSum, findings, () => {
      const out: ClaimOutcome[] = [];
      // (feed: the list's whole is the one its parts' shares and table comparisons use; a list read with
      // no 其中, results-after-whole.ts, is not: the shares after its items keep the wholes they had)
      const failedLists: FailedLists[] = [];
      const take = (readings: PartsGroup[], feed = true): void => {
        // (each reading's key made once: those seen before this call are left out, then all of these are seen)
        const fresh: PartsGroup[] = [];
        const keys: string[] = [];
        for (const g of readings) {
          const key = groupKey(g);
          if (seen.has(key)) continue;
          fresh.push(g);
          keys.push(key);
        }
        if (fresh.length === 0) return;
        for (const key of keys) seen.add(key);
        // (and each with the withdrawn the next sentence names, after them all: withdrawn-next.ts)
        const given = fresh.slice();
        for (const g of fresh) {
          const withdrawn = withWithdrawnNext(g, sentences, paragraphs);
          if (withdrawn) given.push(withdrawn);
        }
        const o = evaluateGroup(given, paragraphs);
        if (!o) return;
        // the reading that added up (its whole is no longer a guess), else the narrowest: shares use it
        if (feed) groups.push(o.check.outcome === 'pass' && o.group.guess ? { ...o.group, guess: false } : o.group);
        if (!failedTwice(failedLists, o)) out.push(o); // (the same items failing twice, same-list-twice.ts)
      };
      sentences.forEach((s, i) => {
        // "（1）予以公开4件；…（6）其他处理0件。以上共计办结12件": the list in the sentence before
        if (s.figures.length > 0) {
          for (const g of findTotalAfterList(sentences, i, year)) take([g]);
          for (const g of findWordedTotalNext(sentences, i, year)) take([g]);
        }
        // "公开政府信息（1000）条，其中工作动态（600）条，…": a form's blanks, no figure read (bracket-items.ts)
        for (const readings of findBracketItemGroups(s)) take(readings, false);
        // "…120条：一是工作动态80条；二是…" (ordinal-items.ts)
        for (const g of findOrdinalItemGroups(sentences, i, year)) take([g], false);
        // "在已经答复的9件申请中，“同意公开”的7件，…。“不予公开”的1件，…。", or "全年共答复申请48件。同意公开32件。…"
        // with one figure (result-run.ts)
        if (!hasTables && s.figures.length > 0) for (const g of findResultRunGroups(sentences, i)) take([g], false);
        // every other shape needs two figures in the sentence at least (most sentences have none)
        if (s.figures.length < 2) return;
        for (const readings of findQizhongGroups(s, year)) take(readings);
        const lead = findLeadingReadings(sentences, i, year);
        if (lead.length > 0) take(lead);
        // "…348条。主要类别包括：…" (headed-next.ts)
        for (const g of findHeadedListNext(sentences, i, year)) take([g]);
        // "…其中本年度答复21件…。在已答复的信件中，予以公开7件，…" (answered-among.ts)
        for (const g of findAnsweredAmongNext(sentences, i, year)) take([g]);
        // "…25条，在主动公开的信息中，工作动态信息5条，…" (info-among.ts)
        for (const g of findInfoAmongGroups(sentences, i, year)) take([g], false);
        for (const g of findParenGroups(s, year)) take([g]);
        for (const g of findOutcomeGroups(s)) take([g]);
        for (const g of findTrailingTotalGroups(s, year)) take([g]);
        for (const g of findEnumeratedTotalGroups(s, year)) take([g]);
        for (const g of findPlusGroups(s, year)) take([g]);
        for (const g of findExceptGroups(s, year)) take([g]);
        for (const g of findClosedOpenGroups(s, year)) take([g]);
        // "受理2035件，已答复1996件，其余39件正在办理中" (parts-rest.ts)
        for (const g of findRestGroups(s, paragraphs[s.para]?.text ?? '', year)) take([g]);
        for (const g of findLonePartGroups(s, year)) take([g]); // "上年结转申请4件，其中予以公开5件" (parts-lone.ts)
        for (const g of findRespectivelyTotals(s, year)) take([g]);
        for (const g of findHeadWholeGroups(s, year)) take([g]);
        for (const g of findColonWholeGroups(s, year)) take([g]);
        for (const g of findInfoKindLists(s, year)) take([g]);
        // "全年共办结申请86件，予以公开52件，…不予处理4件": results right after their whole, no 其中
        for (const g of findResultsAfterWhole(s, year, sentences[i + 1], paragraphs)) take([g], false);
        for (const g of findResultsOpeningSentence(sentences, i, year)) take([g], false);
        // "主动公开政府信息64，其中工作动态40条，…": a whole with no counter (bare-whole.ts)
        for (const g of findBareWholeGroups(s, year)) take([g], false);
        // "共收到申请40件，其中当面申请5件，网上申请35件。予以公开…" (results-after-qizhong.ts)
        for (const g of findResultsAfterQizhongSentence(sentences, i, year)) take([g], false);
        // "行政复议5件，维持3件，…", "办理网民留言320件，咨询类200件，…其他类40件" (bare-heads.ts)
        for (const g of findBareCaseOutcomes(s, year)) take([g], false);
        for (const g of findMessageKindLists(s, year)) take([g], false);
        // "全年共受理申请32件，本年度新收申请30件，结转上年度2件" (new-and-carried.ts)
        for (const g of findNewAndCarriedGroups(s, year)) take([g], false);
        for (const g of findClauseListTotals(s, year, sentences, i)) take([g]);
        // "…，其他处理4件，共计办结88件": a total naming what it counts (closing-totals.ts)
        for (const g of findWordedClauseTotals(s, year)) take([g]);
        for (const readings of findByDimensionGroups(sentences, i, year)) take(readings);
        out.push(...checkRemainders(s));
      });
      return out;
    }),
  );

  outcomes.push(
    ...guarded(RULE.share, findings, () => {
      const claims = resolveShares(sentences, groups, (f) => countInTable3(f, input.figures));
      const fromTables = (c: ShareClaim) => tableWholesNamed(c, input.figures, (x) => x.part.s.text.includes('申请') || paragraphAboutApplications(sentences, sentences.indexOf(x.part.s), NOT_APPLICATION));
      const correctedSets = [input.correctedFigures, input.correctedWithTotals].filter((x): x is Readonly<Record<string, number | null>> => !!x);
      const aboutApplications = (i: number) => !!sentences[i]?.text.includes('申请') || paragraphAboutApplications(sentences, i, NOT_APPLICATION);
      // a share of one result of table 三 whose whole the text does not give: every whole a reader could mean (share-of-result.ts)
      const out = claims.map((c) => {
        // (an error whose printed % is its part's of another count of the sentence says so: share-slip.ts)
        const o = withSlip(c, evaluateShare(c, paragraphs, year, fromTables));
        // "共受理62件，予以公开及部分公开39件，占61.9%" of the 63 closed: a result's share over all closed (share-of-received.ts)
        const received = shareOverReceived(c, o, [input.filledTotals ?? input.figures, ...correctedSets]);
        if (received) return received;
        // "占比54.2%（不含上年结转）": a base of its own, not the whole read
        if (o.check.outcome === 'fail' && baseQualifiedAfter(c)) return { check: { ...o.check, outcome: 'skip' as const, detail: `${o.check.detail}；占比后的括注另定了基数，不作判断` } };
        // …and of one applicant column ("自然人申请56件，占90.3%": share-of-applicant.ts)
        // (a result row whose 总计 the page left blank is read as its parts' sum, as text-vs-table reads it)
        return (o.check.outcome === 'skip' && (shareOfResult(c, o, sentences, input.filledTotals ?? input.figures, correctedSets, year, aboutApplications, claims) ?? shareOfApplicant(c, o, sentences, input.figures, correctedSets, year, aboutApplications, claims)
          ?? shareAfterWhole(c, o, sentences, input.figures, year, claims) ?? (hasTables ? null : shareInResultRun(c, o, sentences)))) || o;
      });
      out.push(...namedShareOutcomes(sentences, paragraphs, input.figures));
      // "其中予以公开42件（47.7%）": a bare percentage in a bracket after a list's item (bracket-shares.ts)
      out.push(...checkBracketShares(groups, paragraphs));
      // shares of a list of channels or applicants with no count beside them: a closed list totals 100% (share-totals.ts)
      for (const s of sentences) out.push(...checkShareTotals(s, paragraphs));
      for (const g of shareListGroups(claims)) {
        if (seen.has(groupKey(g))) continue;
        seen.add(groupKey(g));
        const o = evaluateGroup([g], paragraphs);
        if (o) out.push(o);
      }
      return out;
    }),
  );

  // (the sentence after: last year's figure may stand alone in it, "同比增长16.8%。2022年为54件。")
  outcomes.push(...guarded(RULE.change, findings, () => {
    const out: ClaimOutcome[] = [];
    sentences.forEach((s, i) => {
      if (s.figures.length >= 2) for (const o of checkChanges(s, paragraphs, year, sentences[i + 1] ?? null)) out.push(o);
      // "…80件。较上年的60件增加20件", "…80件，上年为60件，今年增加20件" (yoy-base-clause.ts)
      if (s.figures.length >= 1) for (const o of checkBaseClauseChanges(sentences, i, paragraphs, year)) out.push(o);
    });
    return out;
  }));
  // "公开率54.1%，较上年（50.7%）提高3.4个百分点", "是上年（13件）的2倍", "增长1.2倍"
  outcomes.push(...guarded(RULE.change, findings, () => {
    const out: ClaimOutcome[] = [];
    sentences.forEach((s, i) => {
      if (s.figures.length >= 2) out.push(...checkPointChanges(sentences, i, paragraphs, year));
    });
    return out;
  }));
  outcomes.push(...guarded(RULE.change, findings, () => eachSentence(sentences, 1, (s) => checkMultiples(s, year))));
  // "其中自然人提出56件，占九成", "较上年的54件减少一半" (tenths.ts); "…56件、…6件，分别占九成和一成" (tenths-respectively.ts)
  outcomes.push(...guarded(RULE.share, findings, () => eachSentence(sentences, 2, (s) => [...checkTenthShares(s), ...checkRespectiveTenths(s)])));
  outcomes.push(...guarded(RULE.change, findings, () => eachSentence(sentences, 2, checkHalfChanges)));
  // "新增账号2个，注销3个，现有11个，较上年减少1个"
  outcomes.push(...guarded(RULE.change, findings, () => eachSentence(sentences, 4, checkNetChange)));
  outcomes.push(...guarded(RULE.product, findings, () => eachSentence(sentences, 3, (s) => checkProducts(s, paragraphs))));

  const withTable2 = hasTable2(input.figures);
  // "本年度新收申请120件，上年结转5件，办结118件，结转下年度7件": table 三's identity in words, where
  // there is no table 三 to compare each figure with (flow-balance.ts)
  // (and in other words, where it reads nothing: "已回复49件，正在办理中3件", flow-words.ts)
  // (and counted in 项: flow-in-items.ts)
  if (!hasTables) outcomes.push(...guarded(RULE.partsSum, findings, () => eachSentence(sentences, 3, (s) => checkFlows(s, paragraphs, year))));
  // (and split over two sentences, "…收到申请42件，…。依法办结35件，结转下年度办理7件。": flow-two-sentences.ts)
  if (!hasTables) outcomes.push(...guarded(RULE.partsSum, findings, () => sentences.flatMap((_, i) => checkFlowOverTwo(sentences, i, paragraphs, year))));
  // (and with tables, a flow said of a part of the body, whose figures are no table's: flow-of-part.ts)
  if (hasTables) outcomes.push(...guarded(RULE.partsSum, findings, () => eachSentence(sentences, 3, (s) => checkPartFlow(s, paragraphs, year, bodyOf(input.agency), !!input.levelT3))));
  const partFigures = hasTables || withTable2 ? new Set<TextFigure>(groups.flatMap((g) => g.parts.map((p) => p.f))) : null;
  const vsTable = {
    figures: input.figures, figureRefs: input.figureRefs, figureParts: input.figureParts ?? null,
    corrected: input.correctedFigures || input.correctedWithTotals
      ? { of: input.figures, figures: input.correctedFigures ?? input.figures, withTotals: input.correctedWithTotals ?? null }
      : null, year: input.year ?? null, body: bodyOf(input.agency), noneMarked: input.noneMarked ?? null, inWan: input.t2InWan ?? null,
    others: input.otherT3Figures ?? null,
    years: input.yearT3 ?? null,
    level: input.levelT3 ?? null,
    filled: input.filledTotals ? { of: input.figures, figures: input.filledTotals, noTotalColumn: input.t3WithoutTotal === true } : null,
    t3WithoutTotal: input.t3WithoutTotal === true,
  };
  // the prose of another body's report on the page, under its title line, is not about these tables
  const own = markAt < paragraphs.length || fromAt > 0 ? sentences.filter((s) => s.para >= fromAt && s.para < markAt) : sentences;
  if (hasTables && partFigures) {
    outcomes.push(...guarded(RULE.vsTable, findings, () => checkAgainstTables(own, vsTable, partFigures)));
    // "2021年收到…57件" beside the page's table 三 labelled 2021: against that table (other-year-table.ts)
    outcomes.push(...guarded(RULE.vsTable, findings, () => checkOtherYearTables(own, vsTable, partFigures)));
    // "未收到政府信息公开申请", "未发生…行政复议、行政诉讼": a 0 against the same tables
    outcomes.push(...guarded(RULE.vsTable, findings, () => checkZeroClaims(own, vsTable, paragraphs)));
    // "复议2件、诉讼3件，均已审结", "无被纠错情况": table 四's 尚未审结 or 结果纠正 is 0
    outcomes.push(...guarded(RULE.vsTable, findings, () => checkCaseResultClaims(own, vsTable)));
    // "被申请行政复议1件，结果为维持": the outcome's column of table 四 (case-outcome-words.ts)
    outcomes.push(...guarded(RULE.vsTable, findings, () => checkCaseOutcomeWords(own, vsTable)));
    // "行政复议、行政诉讼分别为3件和5件": names and figures paired in order
    outcomes.push(...guarded(RULE.vsTable, findings, () => checkRespectively(own, vsTable)));
    // "其中自然人申请56件，法人或其他组织申请6件": table 三's columns of 本年新收
    outcomes.push(...guarded(RULE.vsTable, findings, () => checkApplicantColumns(own, vsTable)));
  }
  // "申请人类型 申请数量（件） 占比" and its rows, a paragraph each: a small table set as paragraphs, its
  // sums and shares, and its applicants against table 三 where the report's own prose is (paragraph-table.ts)
  outcomes.push(...guarded(RULE.partsSum, findings, () => {
    const ownSet = new Set(own);
    return checkParagraphTables(sentences, (s) => (hasTables && ownSet.has(s) ? vsTable : null), year);
  }));
  // "办结12件，办结率83.3%": against the sentence's own figures, and the report's own prose against table 三
  outcomes.push(
    ...guarded(RULE.share, findings, () => {
      const ownSet = new Set(own);
      const rateTables: RateTables | null = hasTables
        ? { figures: input.figures, figureRefs: input.figureRefs, year, body: vsTable.body, partTables: own.some((x) => saysTablesArePart(x.text)), others: vsTable.others }
        : null;
      const out: ClaimOutcome[] = [];
      sentences.forEach((s, i) => {
        if (s.figures.length === 0) return;
        out.push(...checkCompletionRates(sentences, i, paragraphs, ownSet.has(s) ? rateTables : null));
        // "其中予以公开98件，公开率62.7%": against the readings the sentence and table 三 allow
        if (s.figures.length >= 3 && hasTables) out.push(...checkDisclosureRates(s, paragraphs, ownSet.has(s) ? input.figures : null));
        // "全年政府信息公开率为61.9%": alone, against the readings table 三 allows
        if (hasTables && ownSet.has(s)) out.push(...checkDisclosureRatesAlone(sentences, i, input.figures, vsTable.corrected?.figures ?? null, year, vsTable.body, NOT_APPLICATION));
        // "行政复议5件中，结果纠正1件，纠正率为20%": against the sentence's own two counts
        if (s.figures.length >= 3) out.push(...checkCorrectionRates(s, paragraphs));
        // "共收到意见建议339条，采纳158条，采纳率46.6%": a rate named by its count's verb, against the count before
        if (s.figures.length >= 3) out.push(...checkVerbRates(s, paragraphs));
        // "复议结果维持6件、纠错2件，纠错率为25%": no whole named, against the list and table 四
        if (s.figures.length >= 2 && hasTables && ownSet.has(s)) out.push(...checkCorrectionRatesAlone(sentences, i, paragraphs, input.figures, vsTable.corrected?.figures ?? null, year, vsTable.body));
        // "行政复议维持率100%": no count at all, against table 四's one group (case-rate-alone.ts)
        if (hasTables && ownSet.has(s)) out.push(...checkCaseRatesAlone(s, input.figures, vsTable.corrected?.figures ?? null, year, vsTable.body));
      });
      return out;
    }),
  );
  // "全年制发规范性文件12件，废止3件", "作出行政处罚决定56件": against table 二
  if (withTable2 && partFigures) outcomes.push(...guarded(RULE.vsTable, findings, () => checkAgainstTable2(own, vsTable, partFigures)));
  // "政府集中采购项目86项", "行政许可事项较上年减少6项": the 2019 form's own columns (table2-2019-columns.ts)
  if (withTable2 && partFigures && isTable2Of2019(input.figures)) outcomes.push(...guarded(RULE.vsTable, findings, () => checkTable2Of2019Columns(own, vsTable, partFigures)));
  // "全年未收取行政事业性收费": a 0 against table 二's 本年收费金额
  if (withTable2) outcomes.push(...guarded(RULE.vsTable, findings, () => checkFeeZeroClaims(own, vsTable, NOT_APPLICATION)));

  const checks: NarrativeCheck[] = [];
  for (const o of outcomes) {
    checks.push(noteKept(o.check));
    if (o.finding) findings.push(o.finding);
  }
  // "收到申请60件，较上年增加5件": for last year's report to check (last-year-claims.ts; it never throws)
  const lastYear = hasTables ? lastYearClaims(own, paragraphs, input.figures, year) : [];
  return lastYear.length > 0 ? { findings, checks, lastYear } : { findings, checks };
}

/**
 * A check's note kept only where it says the check's detail to the character (en63): a step that rewrote the detail
 * ("…（${detail}）", spreading the check) and not the note would otherwise word a reason the check does not give.
 */
function noteKept(c: NarrativeCheck): NarrativeCheck {
  if (!c.note) return c;
  let words: string | null;
  try {
    words = renderTextNote(c.note);
  } catch {
    words = null;
  }
  if (words === c.detail) return c;
  const { note: _, ...rest } = c;
  return rest;
}

/** One Chinese sentence on what the narrative stage did, for the panel and the CLI. */
export function narrativeSummary(result: NarrativeResult): string {
  const n = result.checks.length;
  if (n === 0) return '正文没有可核对的数字陈述。';
  const count = (o: NarrativeCheck['outcome']): number => result.checks.filter((c) => c.outcome === o).length;
  return `正文核对了${n}处数字陈述：${count('pass')}处相符，${count('fail')}处不符，${count('skip')}处无法判断。`;
}
