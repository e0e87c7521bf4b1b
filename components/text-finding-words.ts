/**
 * The text's findings (lib/narrative/note-words.ts: text.vs-table, text.parts-sum, text.share, text.change,
 * text.product) in the UI's language, from their code and figures (en61b): the English panel showed them in the
 * core's Chinese. A note is a tree: each part (a table's label, a trailing clause, a list) is worded by its own
 * locale key (textNote_<code>), and the sentence from them. The Chinese locale's words are the core's, to the
 * character (test/unit/text-finding-words.test.ts). The page's words (the claim as quoted, a figure as printed)
 * are arguments, shown as the page wrote them; a note with a part of a code this build does not know is not
 * worded at all (finding-words.tsx then shows the core's Chinese).
 */
import type { NotePart } from '../lib/types.ts';
import type { MessageKey, Translate } from './i18n.ts';
import type { Worded } from './finding-words.tsx';

/** The sentences' codes: a finding's note is worded here when its own code is one of these. */
const SENTENCES = new Set([
  'vsTable', 'vsLoose', 'vsFixed', 'vsBlankTotal', 'vsNoTotalColumn', 'vsTable2Money', 'suspectCell', 'suspectTotal',
  'sinceYearEnd', 'levelTable', 'partAlsoNot', 'remainder', 'partsTotal', 'partOver', 'partsTotalOf', 'partOverOf', 'share', 'shareWhy', 'yoyPct', 'yoyPctRounded', 'yoyAmount',
  'yoyAmountRounded', 'points', 'pointsFrom', 'product', 'completion', 'correctionRate', 'verbRate', 'disclosureJoined',
  'disclosure', 'multiple', 'multipleGrowth',
  // txt62's (lib/narrative/other-year-table.ts)
  'yearTable',
  // en62's (lib/narrative/note-words-more.ts)
  'shareOf', 'shareParen', 'sharesOver', 'sharesUnder', 'paraTableSum', 'paraTableShare', 'flowCarried', 'flowAccepted', 'flowShort',
  'flowOwnClosed', 'netChange', 'caseAll', 'caseRate', 'correctionAlone', 'disclosureAlone', 'vsCell', 'procurementNote', 'oneSide',
  't2Change', 't2Prev', 'yoyDirection', 'pairSum', 'alsoOther', 'inUnit',
  // txt72's (lib/narrative/tenths.ts)
  'tenthsShare', 'halfChange',
  // (share-slip.ts)
  'shareSlip',
  // txt78's: a share of a whole written 约/余/近 (share-approx.ts)
  'shareApprox',
  // rt92's: a sum with the sentence beside's intake, a warning (lib/narrative/intakes-beside.ts, flow-intake-across.ts)
  'across', 'flowAcross',
]);

/** The parts a sentence may hold, each worded by its key too. */
const PARTS = new Set([
  't2', 't3', 't4', 'cell', 'cellOf', 'cellSum', 'cellMinus', 'cellSumOf', 'cellOfMinus', 'orgs', 'orgsRest', 'review',
  'reviewMinus', 'suits', 'suitsMinus', 'reviewAndSuits', 'reviewAndSuitsMinus', 'alsoNot', 'reading', 'wan', 'whySum', 'whyDivides', 'whyShares', 'lastYear', 'inYear',
  'rise', 'fall', 'more', 'fewer', 'up', 'down', 'year', 'lastYearWord', 'div', 'divSum', 'openDiv', 'openDivSum', 't3Div',
  't3DivSum', 't3DivDone', 'multipleIs',
  // en62's
  'cellMinusBoth', 'count', 'quoted', 'allClosed', 'answeredOf', 'receivedOf', 'triedResult', 'triedRun', 'triedAfterWhole', 'triedApplicant',
  'ofChannels', 'ofApplicants', 'ofResults', 'wReceived', 'wAccepted', 'wNew', 'wNewThisYear', 'wClosed', 'wHandled', 'wHandledPast',
  'wAnswered', 'wInTime', 'wNextYear', 'wPending', 'notTableWords', 'carriedHeld', 'carriedAlso', 'flatOnLastYear', 'changeOnLastYear',
  'flowEqual', 'totalOf', 'kReview', 'kSuit', 'upheldOfTotal', 'correctedOfTotal', 'alsoT4Total', 'listedSum', 'listedClosedSum', 'prevSentence',
  't4Total', 't4Closed', 'fixedT4Total', 'fixedT4Closed', 't3Ratio', 'withPartial', 'grantedOnly', 'nGranted', 'nGrantedPartial',
  'dProcessed', 'dNew', 'dNewCarried', 'dLessNotOther', 'dLessNot', 'dLessUnableNotOther', 'dLessUnableNot', 'dGrantedPartialDenied',
  'bothEqual', 'actually', 'statedAll', 'otherOpen', 'otherCarried',
  // en105's: a cell as the table checks name it (表三「…」)
  'cellNamed', 'multipleCalc', 'yoyDiffCalc', 'yoyPctCalc',
  // en63's (the comparison a skip's reason quotes, lib/narrative/note-words-skips.ts)
  'notEqual', 'peersBefore', 'peersQizhong', 'scopeWider', 'scopeWhole', 'scopeAndPart', 'qualifiedApps', 'qualifiedCases', 'stillTrying',
  'partOfBefore', 'partOfHead', 'carriedAnswered', 'closedCarried',
  // en64's (the reasons coded where they are made)
  'scopeWiderAll', 'scopeWholeAll', 'partFits', 'partFitsFixed', 'runningSince', 'runningBare', 'runningYearEnd', 'runningOver', 'otherYearT3',
  'resultBeside', 'oneInstance', 'aboveListed', 'headPartOf', 'lastOfTwo', 'shareCalc', 'rateCalc', 'scopeWholeRate', 'otherTable3Rate',
  'unsureSeveral', 'channelsTwice',
  // en65's
  'semicolonTurn', 'topicsOverlap', 'earlyOnTime',
  // en66's: a table's readings added up, a carried pair's reasons, a share's whole unsure, the lists' unsure (partsUnsure's why)
  'summedBlank', 'summedNoColumn', 'pairLoose', 'pairWholeSame', 'pairWholeExtended', 'shareWholeUnlisted', 'shareOverallUnseen',
  'headedList', 'ordinalShort', 'channelsRepeat', 'trailingNotSum', 'maybeClosed', 'equalsNew', 'suitsTwice', 'underHalf', 'channelsNoted',
  'channelsNested', 'eachUncounted', 'mainOnly', 'qizhongTwoBack', 'resultsNested', 'resultsSeveral', 'resultsOthers', 'includedRest',
  'includedItem', 'carriedOnPast', 'amongPublished',
  'scopeIncludes', 'suitsSameCases', 'oneBatchStages', 'levelAndUnits', 'partOfItem',
  // txt67's: a row's count closed, another extended beside those carried on (vs-table-outcome.ts)
  'closedOfRow', 'extendedBeside',
  // txt72's: a share in tenths, a change by half (tenths.ts)
  'tenthsCalc', 'halfCalc', 'changeUp', 'changeDown',
  // rt92's
  'sentBefore', 'sentAfter',
  // txt101's: withdrawnAside's why (partsOverBut)
  'withdrawnBesides', 'withdrawnRest', 'endedRest',
]);

/** The reasons of the text's claims not judged (en63, lib/narrative/note-words-skips.ts): a skip's note is worded when its code is one of these. */
const SKIP_SENTENCES = new Set([
  'noTable', 'partOfApps', 'otherTable3', 'partsShort', 'partsPeers', 'rateCarriedOn', 'whyCmp',
  // en64's: skips of their own, coded where they are made (base-year.ts, vs-table-compare.ts, shares.ts, completion-rate.ts)
  'baseYearNamed', 'baseYearLast', 'fixedFits', 'shareNoWhole', 'shareElsewhere', 'shareNearby', 'rateStillOpen', 'rateScope', 'partsUnsure',
  'partsOverBut', 'pointsOtherBase',
  // en65's: the red-team pages' (vs-table-compare.ts, completion-rate.ts, parts-judge.ts) and the fuzzed copies' 公开率 (disclosure-rate*.ts)
  't3NoTotalFor', 'rateBesideDone', 'resultsOfReceived', 'disclosureManyWays', 'disclosureNoPartial',
  'shareNotThatWhole', 'shareRounded', 'shareNotNamed',
  // en66's: the last said in words alone (vs-table-compare.ts, completion-rate.ts, parts-judge.ts, shares.ts)
  'subItemOf', 'inBrackets', 'looseOnly', 'rateOnTime', 'rateUnbalanced', 'rateBaseUnsaid', 'channelsOfBoth', 'shareBut',
  // txt72's: a word in tenths, 一半, within 5 points past its bounds (tenths.ts)
  'tenthsLoose', 'halfLoose',
  // txt74's: a growth whose derived last year is below 0 (year-on-year.ts)
  'yoyNegativeBase',
  // txt78's: a share of a whole written 约/余/近 (share-approx.ts)
  'shareApproxFits', 'shareApproxNoRange', 'fractionLoose',
  // txt101's: a list short by exactly the suspended (suspended-applications.ts)
  'partsShortSuspended',
  // en105's: the year's flow in words not judged (flow-balance.ts)
  'flowAnsweredCarried', 'flowCarriedApart', 'flowInTimeShort', 'flowRestUncounted', 'flowInTimeUnder', 'flowOtherTerms', 'flowOverNoCarried',
  'flowHandledAll', 'flowHandledSame', 'flowParenCarried',
  // …a flow counted in 项 or 件次 (flow-in-items.ts), its reason said in that unit
  'inUnit',
  // …a failed comparison made a skip (result-after.ts, carried-part.ts, answered-among.ts)
  'resultOfCarried', 'carriedOpenBeside', 'answeredOwnYear',
  // …a multiple or a change not judged (multiples.ts, year-on-year.ts; shareRounded on their calculation)
  'multipleGrowthTo', 'multipleDoubled', 'prevZeroMultiple', 'prevZeroGrowth',
]);

/** Codes whose first argument is a sentence continued: its full stop left off ("…为38件；但与…"). */
const CONTINUED = new Set(['suspectCell', 'suspectTotal', 'yearTable', 'pairSum', 'alsoOther', 'procurementNote', 'oneSide', 'shareSlip', 'across', 'flowAcross']);

/** A text finding in the UI's language from its code, or null when it has none this build words (finding-words.tsx). */
export function textNoteWords(t: Translate, f: Worded): string | null {
  const note = f.note as NotePart | undefined;
  return note && SENTENCES.has(note.code) ? word(t, note) : null;
}

/** Why a claim of the text was not judged (narrative.skips' note) in the UI's language, or null when its code is none this build words. */
export function skipNoteWords(t: Translate, note: NotePart | undefined): string | null {
  const said = note && SKIP_SENTENCES.has(note.code) ? word(t, note) : null;
  // (a reason opening on a part, "table 3's 60 closed ÷ …", starts a sentence all the same: en66)
  return said && said.replace(/^[a-z]/, (c) => c.toUpperCase());
}

function word(t: Translate, p: NotePart): string | null {
  const args: string[] = [];
  for (const a of p.args) {
    if (typeof a !== 'object') args.push(String(a));
    else {
      const said = word(t, a);
      if (said === null) return null;
      args.push(said);
    }
  }
  // lists: each item as the locale quotes it, joined as it joins them
  if (p.code === 'plus') return args.map((a) => t('textNote_plusItem', a)).join(t('textNote_plusJoin'));
  if (p.code === 'semis') return args.join(t('textNote_semisJoin'));
  if (p.code === 'enum') return args.map((a) => t('textNote_plusItem', a)).join(t('textNote_enumJoin'));
  // (the figures a whole is made of, "3件" and "2件": the last joined by the locale's "and")
  if (p.code === 'and') return args.length < 2 ? null : [args.slice(0, -1).map((a) => t('textNote_plusItem', a)).join(t('textNote_enumJoin')), t('textNote_plusItem', args[args.length - 1]!)].join(t('textNote_andJoin'));
  if (p.code === 'minus') return args.map((a) => t('textNote_plusItem', a)).join(t('textNote_minusJoin'));
  // (one word or two, the flow's: "“办理”", "“回复”“正在办理”")
  if (p.code === 'notTableWords') return args.length === 1 ? t('textNote_notTableWords', ...args) : args.length === 2 ? t('textNote_notTableWords2', ...args) : null;
  if (!SENTENCES.has(p.code) && !PARTS.has(p.code) && !SKIP_SENTENCES.has(p.code)) return null;
  if (CONTINUED.has(p.code) && args[0] !== undefined) args[0] = args[0].replace(/[。.]$/u, '');
  // a flow counted in 项 or 件次 (flow-in-items.ts): its sentence's 件 said in that unit, as the core says it
  if (p.code === 'inUnit' && args[0] !== undefined && args[1] !== undefined) args[0] = args[0].replace(/件(?!次)/gu, args[1]);
  return t(`textNote_${p.code}` as MessageKey, ...args);
}
