/**
 * Text against tables (rule text.vs-table): the figures the prose gives for applications (table 三)
 * and for 复议/诉讼 (table 四) against the tables' own.
 *
 * Every reading a careful reader would accept is tried (spec/report-format.md, "Narrative
 * figures"), and only a figure no reading explains is flagged:
 * - "受理749件" is 新收 in some reports and 新收 + 上年结转 in others;
 * - "办结1191件（含上年结转189件）": the figure is the total, the parenthesis a subset;
 * - a figure about part of the body ("其中区政府本级17件", "区政府办代表区政府受理17件") is not
 *   the table's total, and is not compared; nor are the later figures of a sentence whose
 *   subject is a part ("区直部门共收到18件，办结18件": body-part.ts);
 * - a figure of a wider scope than the tables count ("全市各级行政机关…", "全系统…", one that fits
 *   the page's other table 三) is compared, and a mismatch is a skip that says why (other-scope.ts);
 * - 诉讼 = 未经复议直接起诉 + 复议后起诉; a report may count only one group: that reading is loose,
 *   and a claim that fits only a loose reading is a warning.
 * Which claim a figure makes is read from the words nearest before it in its clause
 * ("受理并办结12件" is about 办结), its topic (申请, 复议, 诉讼) from the sentence.
 */
import { applicationCopies, carriedCopies } from './application-copies.ts';
import { applicationItems } from './application-items.ts';
import { scopedLaterItem } from './parts-by.ts';
import { afterChannelTotal, channelListTotal } from './channel-total.ts';
import { decToNumber } from './decimal.ts';
import { isCount, semicolonClauseStart, SUBSET_PAREN, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { clauseStart, quoteClause, shownOf } from './quote.ts';
import { comparedWith, lastClauseOfOtherPeriod, otherPeriod, withoutChangeClauses } from './period.ts';
import { aboutOwnLevel, aboutPartOfBody, namesOwnLevel, saysTablesArePart, scopeBefore, selfUnderOther } from './body-part.ts';
import { levelInput, levelSentenceFitsTables } from './level-tables.ts';
import { caseNamedAfter, dividedSentence, hasTopicWord, parenOwnerWords, totalOfResults, leadsWithPartsOf, LEADS_DIVIDED, QIZHONG_RESULT, resultAfter, SUBSET, SUBSET_SUBJECT, subsetOfAnswered, withoutOutcomeQizhong } from './qizhong-readings.ts';
import { notThisTable, saysTablesAreWhole } from './other-scope.ts';
import { compare, fitsTables, type Claimed, type VsTableInput } from './vs-table-compare.ts';
import { headingOf, paragraphAboutApplications, RESULT_MEASURES, resultWordsAt } from './paragraph-topic.ts';
import { SUB_ROW_IDS, withoutGroupQizhong, namesItemRow, withSubRow } from './sub-rows.ts';
import { newBesideCarried, withoutCarriedQizhong } from './carried-among.ts';
import { actOrItemAfterCount, itemActAfterCount, rowBeforeGroup } from './item-act-after.ts';
import { JOINED_RESULTS, joinedResults } from './joined-results.ts';
import { headIsWholeOf, headSet, mayBeOfPart, OF_PART, partHeadBefore, passOrSkip } from './part-of-applications.ts';
import { withPriorYearCarried } from './carried-from-year.ts';
import { splitCarriedOn } from './carried-split.ts';
import { carriedPair, verbFirstPair } from './carried-pair.ts';
import { inTimeOverAnswered } from './in-time-over.ts';
import { closedFirstAfterFlow } from './closed-first.ts';
import { asQizhongItem } from './act-after-count.ts';
import { ofReceivedListAbove } from './parts-heads.ts';
import { hallOfApplications } from './hall-applications.ts';
import { applicationsNamedAfter, aboutDisclosure, oursNamedNext, ADDED_BESIDE, asReviewerAt, everyKindPastReviews, withoutDisclosureQizhong, broaderThanDisclosure, forGovernmentCase, kindBetween, mixedWhole, namesNarrowerKind, namesOtherSubject, NOT_APPLICATION, OTHER_WORK_BEFORE } from './claim-scope.ts';

export { aboutDisclosure, AS_REVIEWER, namesNarrowerKind, NOT_APPLICATION } from './claim-scope.ts';
import { afterQualifiedClause, qualifiedPassOrSkip, qualifiesApplications, qualifiesCases, withoutAllOfThem } from './qualified-count.ts';
import { resultNamedAfter, resultRightAfter } from './result-after.ts';
import { answeredParenAt } from './included-results.ts';
import { crossYear } from './cross-year.ts';
import { resultsOfAnotherCountAt } from './results-after-count.ts';
import { anotherCarriedLater, carriedAfter, flowWordsAt, neighbours, PARAGRAPH_MEASURES, writtenLater, yearsClosedAfterFlow } from './carried-after.ts';
import { APPLY_MEASURES, carriedIntoYear, countsApplications, FILLER, ofSuitGroup, withoutNextYearDestination, pickMeasureAt, readingValue, t4Measures, topicBefore, withReceivedJoined, type Measure, type Topic } from './measures.ts';
import { restated, reworded, said as because } from './note-words.ts';
import { skipFor } from './skip-reasons.ts';
import { CARRIED_CASES, EXCEPT_OPEN, PER_PERIOD, REST, REST_DONE, RESULT_ANSWERED } from './vs-table-words.ts';
import { readOutcome } from './vs-table-outcome.ts';
import { appsStatedAnew, everyKindBesideApps, everyKindOverApps, intakeAcross, intakeBesideSum, ofEveryKindWhole } from './intakes-beside.ts';
import { carriedAnswered } from './carried-answered.ts';

/** A parenthesis naming a part of the count before it ("（含复议后起诉1件）", "（其中…）", "（包括…）"). */
const INCLUDED_PAREN = /[（(]\s*(?:含|包含|包括|其中)[^（()）]*[）)]/g;

export function checkAgainstTables(
  sentences: readonly SentenceFigures[],
  input: VsTableInput,
  /** figures that are parts of a list (其中…): subsets, never compared with a total */
  partFigures: ReadonlySet<TextFigure>,
): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  // "以下表格数据为区政府本级情况": the prose says the tables are 本级's
  const partTables = sentences.some((s) => saysTablesArePart(s.text));
  // "全省共收到…4.6万件。省政府办公厅本级收到申请39件，上年结转2件，办结41件": 本级 given beside
  // the region, its figures the tables' (levelSentenceFitsTables): the tables are 本级's too
  const levelTables = !partTables && levelSentenceFitsTables(sentences, input.figures);
  // "本报告第三、四部分数据为全市各级行政机关汇总数据": the region's whole is the tables' (other-scope.ts)
  const wideTables = !partTables && !levelTables && sentences.some((s) => saysTablesAreWhole(s.text));
  // "全区各级行政机关…955件，其中区政府本级收到80件": the body's own part of a wider whole, compared
  // in the whole's stead (other-scope.ts notThisTable), with the whole's measure when it names none
  const ownParts = new Map<TextFigure, Measure>();
  const level = input.level ? levelInput(input, input.level) : null;
  sentences.forEach((s, i) => {
    if (s.figures.length === 0) return; // most sentences
    const prev = sentences[i - 1];
    // "其中…", "从办理结果看，…": the sentence this one divides (its whole's scope and period are its)
    const divided = dividedSentence(sentences, i);
    // whether its last clause is another period's: the divided sentence's, read once for all figures
    let dividedOther: boolean | undefined;
    // the previous sentence's topic, read only when a figure needs it
    let inherited: Topic | null | undefined;
    const inheritedTopic = (): Topic | null => {
      // (or the paragraph before, where it breaks off at a comma: a sentence a table split, "…被申请行政复议2件，" over table 四,
      // "其中维持1件、纠正1件；…" under it, txt69)
      if (inherited === undefined) inherited = prev && (prev.para === s.para || (prev.para === s.para - 1 && /[，,]$/.test(prev.text))) ? topicBefore(prev.text, prev.text.length) : null;
      // "被申请行政复议3件，被提起行政诉讼2件。其中，维持2件，在办3件。": a 其中 after both is about both
      if (prev && (inherited === 'review' || inherited === 'suit') && /^[\s，,]*其中/.test(s.text) && /复议/.test(prev.text.replace(/(?:经)?复议后(?:提起|起诉|诉讼)/g, '起诉')) && /诉讼|起诉/.test(prev.text)) {
        inherited = 'both';
      }
      return inherited;
    };
    // the ；-clause on something else than applications or their 复议 and 诉讼 ("受理行政许可申请1200件，办结1198件"):
    // its later figures are about it too, until a ，-clause names a topic of its own
    let foreignClause = -1;
    // the ；-clause whose 诉讼 total fitted both groups of suits ("被提起行政诉讼6件，其中结果维持2件")
    let bothSuitsClause = -1;
    const read = withPriorYearCarried(s.text, input.year ?? null);
    // the sentence otherPeriod reads (next year's destination and the change clauses blanked): the same for every figure, made once
    let periodRead: string | undefined;
    // the sentences before and after it in its paragraph (carried-after.ts reads them), made once
    let near: ReturnType<typeof neighbours> | undefined;
    for (const f of s.figures) {
      // cases are counted in 起 too ("行政复议2起", "行政诉讼一起"): read for table 四 alone (below)
      if (!isCount(f) || (f.unit !== '件' && f.unit !== '起' && !applicationCopies(f, s.text.slice(clauseStart(s.text, f.start), f.start), s.text.slice(f.end)) && !carriedCopies(s, f, s.text.slice(clauseStart(s.text, f.start), f.start)) && !applicationItems(s, f, s.text.slice(clauseStart(s.text, f.start), f.start), s.text.slice(f.end)))) continue; // (份 of applications: application-copies.ts; 项: application-items.ts)
      // "平均每月收到7.2件", "日均办理3件": a rate, not a count of the year
      if (f.value.d > 0 && f.value.n % 10n ** BigInt(f.value.d) !== 0n) continue;
      const inParen = f.paren !== null && SUBSET_PAREN.test(f.paren);
      let quote = quoteClause({ s, f });
      // the words, read folded as every pattern reads them (the quote is as the page shows it)
      // ("2019年结转的申请4件" in the 2020 report read as 上年结转: carried-from-year.ts)
      const clause = read.slice(clauseStart(read, f.start), f.start).trimStart();
      const own = ownParts.get(f);
      if (f.clause === foreignClause && !hasTopicWord(clause)) continue;
      const foreign = (): void => {
        foreignClause = f.clause;
      };
      // "（二）依申请公开情况 … 顺延2021年答复3件": carried into next year (or 新收, 上年结转), its topic the paragraph's
      const after = s.text.slice(f.end);
      // ("收到62件政府信息公开申请": claim-scope.ts; "全年对32件申请予以公开": act-after-count.ts)
      const said = topicBefore(s.text, f.start) ?? (applicationsNamedAfter(after) || actOrItemAfterCount(clause, after) ? 'apply' : null);
      // "…同时，认真办理“区长信箱”来信，全年收到45件" (red team 27): no topic of table 三/四 but another subject (行政许可…) before
      if (said === null && namesOtherSubject(s.text.slice(semicolonClauseStart(s.text, f.start), f.start))) continue;
      const ownTopic = said ?? inheritedTopic();
      // and "（二）依申请公开情况 … 全年办结88件，其中予以公开和部分公开的共50件": table 三's results (and the 办结 they divide) are words of applications alone
      const resultsRead = !ownTopic && resultWordsAt(clause, after, read.slice(semicolonClauseStart(read, f.start), f.start));
      // (not when it may be those counts' own: "上年结转4件，年内共办结4件")
      const closedAfterFlow = !ownTopic && yearsClosedAfterFlow(clause, read.slice(semicolonClauseStart(read, f.start), f.start - clause.length), after) &&
        !s.figures.some((g) => g !== f && g.end <= f.start && g.start >= semicolonClauseStart(s.text, f.start) && isCount(g) && decToNumber(g.value) >= decToNumber(f.value));
      const fromParagraph = !ownTopic && (flowWordsAt(clause, after) || resultsRead || closedAfterFlow) && paragraphAboutApplications(sentences, i, NOT_APPLICATION);
      // "予以公开和部分公开的共144件", no topic word in its sentence or the one before: table 三's results (red team 13)
      const joinedHere = !ownTopic && !fromParagraph && joinedResults(clause) && paragraphAboutApplications(sentences, i, NOT_APPLICATION);
      const topic = ownTopic ?? (fromParagraph || joinedHere ? 'apply' : null);
      if (!topic) continue;
      if (!ownTopic && OTHER_WORK_BEFORE.test(s.text.slice(semicolonClauseStart(s.text, f.start), f.start))) continue;
      // an application is no 起: "收到申请2起" is too rare a wording to compare with table 三
      if (f.unit === '起' && topic === 'apply') continue;
      if (PER_PERIOD.test(clause)) continue;
      if (NOT_APPLICATION.test(clause) && !hallOfApplications(s.text, f, clause)) { // ("依申请公开方面，政务服务大厅全年受理申请62件": hall-applications.ts)
        foreign();
        continue;
      }
      if (topic === 'apply' && (everyKindBesideApps(sentences, i, f, clause) || ofEveryKindWhole(sentences, i, f, clause))) continue; // ("受理各类申请1260件，新收政府信息公开申请62件…": another whole, intakes-beside.ts)
      // after one of 复议/诉讼, "其中结果维持…" is its results; after both, 其中 may be about the last
      const unqualified =
        topic === 'apply' ? withoutCarriedQizhong(s.text, f.start, withoutGroupQizhong(s.text, f.start, withoutOutcomeQizhong(s.text, f.start, asQizhongItem(clause, after, s.text.slice(semicolonClauseStart(s.text, f.start), clauseStart(s.text, f.start))), prev && prev.para === s.para ? prev : null, input.body ?? null, !ownTopic && fromParagraph)), prev && prev.para === s.para ? prev.text : undefined) : withoutDisclosureQizhong(clause.replace(QIZHONG_RESULT, ''), after);
      // ("行政复议案件58件（其中政府信息公开类2件）": table 四's whole picked out of every case, read in a bracket too — txt77)
      const disclosureOfAll = topic !== 'apply' && unqualified !== clause.replace(QIZHONG_RESULT, '');
      // (after both, "其中维持3件" may be the last's outcomes only: a figure that fits no reading is no finding, recall39)
      const ofLastMaybe = topic === 'both' && QIZHONG_RESULT.test(clause);
      // "区政府本级收到66件，办结69件": 本级's, both; but where the prose says the tables are 本级's,
      // 本级 is what they count ("省政府（办公厅）本级新收政府信息公开申请51件": red team 23, m01)
      // "（一）全县汇总情况…（二）县政府本级情况": with a table 三 headed 本级 beside the whole's, a
      // figure whose subject is 本级 ("县政府本级共新收…41件，上年结转0件，办结40件") is that table's
      // (red team 24, m39); the whole's figures are still the report's table's
      const against = level && topic === 'apply' && !own && aboutOwnLevel(s.text, f.start, input.body ?? null) ? level : input;
      const ownLevel = ((partTables || levelTables) && namesOwnLevel(s.text, f.start)) || against !== input;
      // "通过网站、信函、当面等渠道共受理86件", "自然人、法人或其他组织提出的…": all of them (but "按时办结64件" over 办理结果总计 is wrong: in-time-over.ts)
      // ("全省各级行政机关共收到…，其中省政府办公厅收到884件，上年结转33件" in the 办公厅's report: its own, body-part.ts selfUnderOther)
      const self = !own && topic === 'apply' && selfUnderOther(s.text, f.start, input.body ?? null);
      if (!own && !self && SUBSET.test(ownLevel ? withoutAllOfThem(unqualified).replace(/本级/g, '') : withoutAllOfThem(unqualified))) { const over = topic === 'apply' ? inTimeOverAnswered(clause, f, quote, against) : null; if (over) out.push(over); continue; }
      if (!own && !self && SUBSET_SUBJECT.test(scopeBefore(s.text, f.start))) continue;
      // "区政府本级收到申请30件。其中予以公开12件，不予公开2件。", "其中网上申请50件。其中…": a
      // sentence opening with 其中 after one whose last clause is about a part is that part's
      // (and its later ；-clauses opening with a result, unless the part is what the tables count: "市政府办公室…436件。
      // 予以公开…" in the office's report; or after one whose counts fit no whole: results-after-count.ts, rt41)
      const partsAt = semicolonClauseStart(s.text, f.start);
      const prevHere = prev && prev.para === s.para ? prev : null;
      if (topic === 'apply' && (partsAt === 0 || LEADS_DIVIDED.test(s.text.slice(partsAt))) && (leadsWithPartsOf(s, prevHere, input.body ?? null, !partTables && !levelTables) || resultsOfAnotherCountAt(s, partsAt, prevHere, [input.figures, ...(level ? [level.figures] : [])]))) continue;
      if (!own && aboutPartOfBody(s.text, f.start, input.body) && !ownLevel) continue; // "区政府本级收到66件，办结69件": 本级's, both
      if (topic === 'apply' && scopedLaterItem(s, f, input.year ?? null)) continue; // ("从办理结果看，2021年予以公开28件；部分公开6件": the run's scope, parts-by.ts)
      if (namesNarrowerKind(s.text.slice(f.end))) {
        foreign();
        continue;
      }
      // what follows is about ours again; or other work is among its parts, ours (if named) compared in its stead (recall49)
      if ((topic === 'apply' && (mixedWhole(s.text, s.figures, f, clause, own ? null : ownParts) || everyKindOverApps(s, f, clause, own ? null : ownParts))) || broaderThanDisclosure(s.text.slice(f.end))) continue;
      // "予以公开和部分公开的共40件": no one row of the table, their sum (joined-results.ts); named together in some other way, or not of applications: no claim
      const joined = JOINED_RESULTS.test(clause) ? (topic === 'apply' ? joinedResults(unqualified) : undefined) : null;
      if (joined === undefined) continue;
      // "结转至2024年继续办理的3件" in the 2023 report: 结转下年度, not 2024's figure
      const year = input.year ?? null;
      // ("…4件，较上年增加1件，其中维持3件": the change's clause names last year as its base only, withoutChangeClauses)
      if (otherPeriod((periodRead ??= withoutChangeClauses(withoutNextYearDestination(read, year))), withoutNextYearDestination(clause, year), f.start, year)) continue;
      // "2023年，共收到…70件。其中予以公开28件…": last year's results
      if (divided && semicolonClauseStart(s.text, f.start) === 0 && (dividedOther ??= lastClauseOfOtherPeriod(divided.text, year))) continue;
      if (comparedWith(clause)) continue; // "较2022年受理的102件": last year's, the base of a comparison
      // "受理行政复议申请12件（作为复议机关）": the reviews the body decides, not those against it
      // (and the body's own cases of every kind after them, where they name their disclosure ones and these do not: rt82)
      if (topic !== 'apply' && (asReviewerAt(s.text, f.start, input.body ?? null) || everyKindPastReviews(s.text, f.start, input.body ?? null) || forGovernmentCase(s.text, f.start))) continue;
      if (topic !== 'apply' && !aboutDisclosure(s.text, f, headingOf(sentences, i))) {
        if (!oursNamedNext(s.text, f)) foreign(); // (the disclosure cases named next are read: "应诉案件126件，政府信息公开类1件", rt80)
        continue;
      }
      if (joined) {
        if (!inParen && (!fromParagraph || resultsRead)) out.push(compare(joined, f, quote, input));
        continue;
      }
      const measures = topic === 'apply' ? APPLY_MEASURES : t4Measures(topic);
      // "其中32件予以公开、7件部分公开": the results before the figure are the items before it, not its row
      const chained = topic === 'apply' && /件/.test(clause) ? resultNamedAfter(clause, after) : null;
      const picked = chained ? null : topic === 'apply' ? rowBeforeGroup(clause, withSubRow(clause, pickMeasureAt(clause, measures), read.slice(0, f.start))) : pickMeasureAt(clause, measures);
      // "予以公开答复32件": a result's answer, of its row (measures.ts processed)
      const answeredResult = picked !== null && RESULT_ANSWERED.has(picked.measure.id) && /^答复(?:给)?(?:申请人)?$/.test(clause.slice(picked.end).replace(FILLER, '')); // ("按“不予处理”答复申请人2件": txt65)
      if (picked && topic === 'apply' && !answeredResult && !countsApplications(clause.slice(picked.end))) {
        foreign();
        continue;
      }
      if (picked && topic === 'apply' && kindBetween(s, f, f.start - clause.length + picked.end)) continue;
      let measure = withReceivedJoined(clause, picked) ?? own ?? null;
      // "年内办结63件，跨年度办理3件": carried on into next year after 上年结转 (cross-year.ts)
      const across = picked && topic === 'apply' ? crossYear(clause.slice(0, picked.start), s.text.slice(0, f.start)) : null;
      if (across === 'none') continue;
      if (across) measure = APPLY_MEASURES.find((m) => m.id === across) ?? null;
      if (measure?.id === 'processed' && topic === 'apply' && carriedAnswered(s, f) && input.figures['t3.processed.total'] !== decToNumber(f.value)) measure = APPLY_MEASURES.find((m) => m.id === 'carried' && m.subItem) ?? null; // ("上年度结转4件，完成申请答复4件": carried-answered.ts; the year's closed where 办理结果总计 says it, rt102)
      // "尚有1件正在审理": the pending named after its figure, not as table 四's column
      let pendingAfter = false;
      // "另有3件顺延至下一年度答复": the words after the figure, and the year they name
      let carriedWords = clause;
      const named0 = !measure && topic === 'apply' ? carriedAfter(s.text, f.start, clause, after, (near ??= neighbours(sentences, i))) : undefined;
      // "2件…结转至2023年办理，另1件因补正延期至2023年答复": the two carried-on parts, their sum (carried-pair.ts)
      // (and "因补正结转下年度2件，因征求第三方意见结转下年度1件": two reasons' parts, the second in the first's sum — recall47)
      const pair = named0 === null ? carriedPair(s, f, clause, input.year ?? null) : measure?.id === 'carriedForward' && topic === 'apply' ? verbFirstPair(s, f, input.year ?? null) : null;
      if (pair === 'counted') continue;
      // (one part of those carried on, another beside it: never more than the table's — rt45)
      const part = named0 === null && !pair ? carriedAfter(s.text, f.start, clause, after, (near ??= neighbours(sentences, i)), true) : null;
      let partOnly = typeof part === 'string';
      const named = pair ? pair.words : partOnly ? part : named0;
      if (named === null) continue;
      if (named !== undefined) {
        measure = APPLY_MEASURES.find((m) => m.id === 'carriedForward') ?? null;
        carriedWords = named;
        // the claim is the figure with the words after it: "另有2件顺延至下一年度答复"
        quote = shownOf(s).slice(clauseStart(s.text, f.start), f.end + carriedWords.length).trim();
      }
      // "其中32件予以公开，7件部分公开": the row named right after the figure (result-after.ts)
      // (and "…上年结转4件，63件已全部办结": the year's closed count, figure first — closed-first.ts)
      const first = !measure && topic === 'apply' ? resultNamedAfter(clause, after) ?? actOrItemAfterCount(clause, after) ?? closedFirstAfterFlow(s.text, f.start, clause, after, sentences[i + 1]?.text) : null;
      if (first) {
        measure = first.measure;
        quote = shownOf(s).slice(clauseStart(s.text, f.start), f.end + first.words.length).trim();
      }
      // "除2件…结转至2022年外，其余50件均已办结" (烟台市人民政府 2021, red team 23, m35): the rest,
      // answered as the words after their figure say: 办理结果总计 (or this year's part of it)
      if (!measure && topic === 'apply' && REST.test(clause) && EXCEPT_OPEN.test(s.text.slice(semicolonClauseStart(s.text, f.start), f.start))) {
        const done = REST_DONE.exec(after);
        if (done) {
          measure = APPLY_MEASURES.find((m) => m.id === 'processed') ?? null;
          quote = shownOf(s).slice(clauseStart(s.text, f.start), f.end + done[0].length).trim();
        }
      }
      if (!measure && topic === 'apply' && channelListTotal(s, f, clause)) measure = APPLY_MEASURES.find((m) => m.id === 'received') ?? null; // ("收到网上申请40件，快递22件，合计62件": channel-total.ts)
      if (fromParagraph && !PARAGRAPH_MEASURES.has(measure?.id ?? '') && !((resultsRead || closedAfterFlow) && (RESULT_MEASURES.has(measure?.id ?? '') || SUB_ROW_IDS.has(measure?.id ?? '') || measure?.id === 'processed'))) continue;
      if (!measure && topic !== 'apply') {
        // "行政诉讼2件，1件尚未审结，1件维持": the result is named after its figure; a figure
        // whose clause names nothing before it and something unread after is no total either
        // "1件行政复议维持原答复，1件行政诉讼尚未审结": the case named after the figure is its own
        const namedAfter = caseNamedAfter(s.text, f.end);
        if (namedAfter === undefined || /结转|转结|顺延/.test(clause)) continue; // ("复议3件，结转下年度1件": open cases, or carried in — no 总计, recall48)
        // "复议被纠错64件，诉讼被纠错5件，共69件": the results' sum, not the cases'
        if (totalOfResults(s.text, f.start)) continue;
        const after = resultAfter(s.text, f.end, namedAfter && namedAfter !== topic ? t4Measures(namedAfter) : measures);
        if (after === undefined) continue;
        measure = after ?? measures.find((m) => m.id === 'total') ?? null;
        pendingAfter = after?.id === 'pending';
      }
      if (measure?.id === 'carriedForward' && input.year) {
        // "2019年结转至2020年办理的申请5件" in the 2020 report: carried into this year (上年结转);
        // into a year that is neither this one nor the next: another year's, no claim
        // ("结转4件至2023年办理": the verb before the figure, the year after it, carried-split.ts)
        const splitYear = named !== undefined ? splitCarriedOn(s, f)?.year ?? null : null;
        const into = carriedIntoYear(carriedWords) ?? splitYear;
        // ("结转5件至2024年办理" in the 2024 report: into this year, from no year said — no claim)
        if (splitYear !== null && splitYear === input.year) continue;
        if (into !== null && into !== input.year + 1) {
          if (into !== input.year) continue;
          measure = APPLY_MEASURES.find((m) => m.id === 'carried') ?? null;
        }
      }
      if (!measure) continue;
      // ("另收到1件2022年的申请，延期…": a count added beside the year's whole, no row of its own — recall46)
      if ((measure.id === 'received' || measure.id === 'new') && ADDED_BESIDE.test(clause)) continue;
      // ("截至发稿时，结转下年度4件": open when the report was written, not at the year's end — recall46)
      if (measure.id === 'carriedForward' && named === undefined && writtenLater(s.text.slice(0, f.start))) continue;
      // ("结转下年度的2件…，另1件因补正延期至2022年答复": one part of those carried on, rt44; "…，另有1件正在办理中": maybe, recall48)
      const later = measure.id === 'carriedForward' && (named === undefined || partOnly) && topic === 'apply' ? anotherCarriedLater(s.text, f.end + (named ?? '').length, (near ??= neighbours(sentences, i)), input.year ?? null) : null;
      partOnly ||= later !== null;
      // ("另有上年结转的2件予以公开": a part of those carried in, named by what became of it — rt39)
      if (measure.id === 'carried' && resultRightAfter(after)) continue;
      // "办结1191件（含上年结转189件）": inside such a parenthesis only 上年结转 and 结转下年度 are read, and a mismatch is no finding (some of last year's may still be open)
      // (and table 三's results in one after those answered: "办结88件（含予以公开42件，…）": included-results.ts)
      const itemsOpen = inParen && RESULT_MEASURES.has(measure.id) ? answeredParenAt(read, f.start) : -1;
      const answeredItem = itemsOpen >= 0;
      if (inParen && !disclosureOfAll && measure.id !== 'carried' && measure.id !== 'carriedForward' && !answeredItem) continue;
      if (answeredItem) quote = shownOf(s).slice(itemsOpen + 1, f.end).trim();
      // a part of a list ("其中，市政府办公室受理17件") is never the table's total
      if (!own && !self && partFigures.has(f) && !appsStatedAnew(s, f) && !newBesideCarried(s.text, f.start, prev && prev.para === s.para ? prev.text : undefined) && (measure.id === 'received' || measure.id === 'new' || measure.id === 'handled' || measure.id === 'total')) continue;
      // "其中未经复议直接起诉3件，结果维持2件": a result after one group of suits is that group's;
      // after a 诉讼 total that fitted both groups' sum ("被提起行政诉讼6件，其中结果维持2件"), of
      // both: one group's figure that fits is no reading of it (the loose readings are for a bare
      // "诉讼…维持2件", whose groups are not known)
      // (in a parenthesis after one group's count, "复议后起诉20件（维持12件…）", that group's)
      // (but a group named in a 含… parenthesis before it is that parenthesis's part: "行政诉讼3件（含复议后起诉1件），其中…1件尚未审结", txt69)
      const group = topic === 'suit' ? ofSuitGroup(measure, parenOwnerWords(read, f.start) ?? read.slice(semicolonClauseStart(read, f.start), f.start).replace(INCLUDED_PAREN, '')) : null;
      if (group) measure = group;
      else if (topic === 'suit' && f.clause === bothSuitsClause && measure.loose) measure = { ...measure, loose: [] };
      // "其中网上申请50件，办结48件": the 48 may be the part's (part-of-applications.ts)
      const outcome = readOutcome({ s, f, sentences, i, measure, against, quote, inParen: inParen && !disclosureOfAll, answeredItem, pair, named, first, after, topic, partOnly, later });
      if (!outcome) continue;
      if (against !== input && outcome.finding) outcome.finding = restated(outcome.finding, 'levelTable');
      if (topic === 'suit' && measure.id === 'total' && outcome.check.outcome === 'pass') bothSuitsClause = f.clause;
      // "上年结转的4件申请中，予以公开3件": a count heading the clause names the set its figures are
      // of; unless that set is the table's whole for them, they are a part's (part-of-applications.ts)
      const head = topic === 'apply' ? headSet(s, f.start) : null;
      // "网上申请40件，信函申请13件。以上共计办结53件": those listed were answered, no claim on
      // table 三's 办结 (parts-heads.ts ofReceivedListAbove), as "网上…、信函…，共计办结53件" is not
      if (topic === 'apply' && OF_PART.has(measure.id) && ofReceivedListAbove(sentences, i, input.year ?? null)) {
        out.push(passOrSkip(outcome, because('aboveListed')));
        continue;
      }
      if (head && !headIsWholeOf(head, measure.id, against.figures)) {
        out.push(passOrSkip(outcome, because('headPartOf', head.raw)));
        continue;
      }
      if (topic === 'apply' && !head && partHeadBefore(s, f.start)) {
        out.push(passOrSkip(outcome, because('partOfHead')));
        continue;
      }
      // "依申请公开答复86件，含上年结转2件": of those answered, 2 were last year's; more of last
      // year's may still be open: as "（含上年结转2件）", a mismatch is no finding
      if (measure.id === 'carried' && subsetOfAnswered(s.text, f.start) && outcome.check.outcome === 'fail') {
        out.push(skipFor(outcome, because('carriedAnswered')));
        continue;
      }
      // "复议3件，维持1件，尚有1件正在审理" (table 四: 尚未审结 2): the cases still open named after
      // their figure may be those of one kind, or one court, only: fewer than the table's is no
      // finding; more is ("行政复议尚未审结1件", the column's own words before the figure, is compared)
      if (pendingAfter && outcome.check.outcome === 'fail' && outcome.finding?.expected !== undefined && decToNumber(f.value) < outcome.finding.expected) {
        out.push(skipFor(outcome, because('stillTrying', f.raw)));
        continue;
      }
      // "上年结转行政复议1件，已审结2件": those closed may include last year's cases, which table 四's columns (the year's cases) do not count
      if (topic !== 'apply' && (measure.id === 'closed' || measure.id === 'judged') && CARRIED_CASES.test(s.text) && outcome.check.outcome === 'fail') {
        out.push(skipFor(outcome, because('closedCarried')));
        continue;
      }
      // "收到涉及房屋征收的申请132件", "10个工作日内答复的申请31件": words that qualify the
      // applications make the count a part of them (qualified-count.ts)
      if (topic === 'apply' && !pair && picked?.measure === measure && qualifiesApplications(clause.slice(0, picked.start), clause.slice(picked.end), input.body ?? null) && !namesItemRow(measure.id, clause.slice(0, picked.start), clause.slice(picked.end)) && itemActAfterCount(clause, after)?.measure !== measure) {
        out.push(inTimeOverAnswered(clause, f, quote, against) ?? qualifiedPassOrSkip(outcome, because('qualifiedApps', quote)));
        continue;
      }
      // "涉及房屋征收的政府信息公开行政复议2件": a part of table 四's 总计 too
      if (topic !== 'apply' && !picked && measure.id === 'total' && qualifiesCases(disclosureOfAll ? unqualified : clause)) {
        out.push(qualifiedPassOrSkip(outcome, because('qualifiedCases', quote)));
        continue;
      }
      // "全年通过邮寄方式收到申请30件，办结28件": the 28 may be those 30's, as after a 其中
      if (topic === 'apply' && OF_PART.has(measure.id) && !mayBeOfPart(measure.id, s.text, f.start) && !afterChannelTotal(s, f) && afterQualifiedClause(read.slice(semicolonClauseStart(read, f.start), clauseStart(read, f.start)), clause)) {
        out.push(qualifiedPassOrSkip(outcome, because('partOfBefore')));
        continue;
      }
      // "全市各级行政机关共收到…8,765件", "全系统…308件": the tables may count the body alone
      const holds = (g: Claimed, figures: VsTableInput['figures']): boolean => fitsTables(measure, g, { ...against, figures });
      const why = outcome.check.outcome === 'fail' && !own && !self ? notThisTable(s, f, against, holds, partTables || levelTables, divided ?? (prev && prev.para === s.para ? prev : null), outcome.finding?.expected, wideTables) : null;
      if (why?.part) ownParts.set(why.part, measure);
      if (why?.skip) {
        // (the reason coded, of a comparison coded: the skip's note, en63; a reason quoting the comparison its own way: coded)
        const { note: cmp, ...failed } = outcome.check;
        if (cmp && why.coded) out.push({ check: { ...failed, outcome: 'skip', detail: `${why.skip.message}（${failed.detail}）`, note: why.coded(cmp) } });
        else out.push(skipFor(outcome, why.skip));
        continue;
      }
      // "…45件，其中区政府本级17件" against 42: the part does not fit either, and the message says so
      if (why?.note && outcome.finding) {
        // (other-scope.ts says the part in its words, “…”与表格亦不相符。: coded with them)
        const partWords = /^“([^”]+)”与表格亦不相符。$/u.exec(why.note)?.[1];
        outcome.finding = partWords !== undefined ? restated(outcome.finding, 'partAlsoNot', partWords) : reworded(outcome.finding, `${outcome.finding.message}${why.note}`);
      }
      const summed = topic === 'apply' && outcome.check.outcome === 'fail' ? intakeBesideSum(s, f, measure, against, intakeAcross(prev, s, f, sentences[i + 1], input.year ?? null), outcome) : null; // ("经12345热线收到申请10件，新收…52件": 10 + 52, the sentence before's too, intakes-beside.ts)
      if (summed) { out.push(summed); continue; }
      out.push(mayBeOfPart(measure.id, s.text, f.start) && !afterChannelTotal(s, f) ? passOrSkip(outcome) : ofLastMaybe ? passOrSkip(outcome, because('lastOfTwo')) : outcome);
    }
  });
  return out;
}
