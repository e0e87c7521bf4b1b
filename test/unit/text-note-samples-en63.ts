/**
 * en63: a hand sample of every text-note code en63 added (lib/narrative/note-words-skips.ts: the reasons of the claims
 * not judged), each built as its reader builds it (skip-words.test.ts; text-finding-words.test.ts counts them among
 * every code's samples).
 */
import { labelPart, part, said } from '../../lib/narrative/note-words.ts';
import type { NotePart } from '../../lib/types.ts';

const label = (s: string) => labelPart(s) as NotePart;
const reading = (l: string, v: number) => part('reading', label(l), v);
const notEqual = (n: string, ...rs: NotePart[]) => part('notEqual', n, part('semis', ...rs));

export const EN63_SAMPLES: NotePart[] = [
  said('noTable', label('表三“本年新收”')).note!,
  said('noTable', label('表四两类行政诉讼“总计”之和')).note!,
  said('partOfApps', notEqual('30', reading('表三“予以公开”', 32))).note!,
  said('otherTable3', '45件', notEqual('45', reading('表三“本年新收”', 42), reading('表三“本年新收”与“上年结转”之和', 46))).note!,
  said('partsShort', '50', '件', '62件').note!,
  said('partsPeers', '12', '条', part('peersBefore'), '20').note!,
  said('partsPeers', '12', '件', part('peersQizhong'), '20').note!,
  said('rateCarriedOn', part('t3DivSum', 88, 62, 4), '133.3', '办结率', '100%').note!,
  // skip-reasons.ts: a reason read back into a code, with the comparison it was made of
  said('whyCmp', part('scopeWider', '全市各级行政机关共收到', '955件'), notEqual('955', reading('表三“本年新收”', 80))).note!,
  said('whyCmp', part('scopeAndPart', part('scopeWhole', '全区', '45件'), '区政府本级收到42件'), notEqual('45', reading('表四行政复议“总计”', 42))).note!,
  said('whyCmp', part('qualifiedApps', '10个工作日内答复的申请31件'), notEqual('31', reading('表三“办理结果总计”', 63))).note!,
  said('whyCmp', part('qualifiedCases', '涉及征收的行政复议3件'), notEqual('3', reading('表四行政复议“总计”', 5))).note!,
  said('whyCmp', part('stillTrying', '1件'), notEqual('1', reading('表四行政复议“尚未审结”', 2))).note!,
  said('whyCmp', part('partOfBefore'), notEqual('28', reading('表三“办理结果总计”', 63))).note!,
  said('whyCmp', part('partOfHead'), notEqual('3', reading('表三“予以公开”', 32))).note!,
  said('whyCmp', part('carriedAnswered'), notEqual('2', reading('表三“上年结转”', 4))).note!,
  said('whyCmp', part('closedCarried'), notEqual('4', reading('表四行政复议“总计”', 3))).note!,
  // en64's: reasons coded where they are made (other-scope.ts, running-total.ts, respectively.ts, text-vs-table.ts)
  said('whyCmp', part('scopeWiderAll', '全系统'), notEqual('131', reading('表三“本年新收”', 38))).note!,
  said('whyCmp', part('scopeWholeAll', '全区'), notEqual('23', reading('表四行政复议“总计”', 3))).note!,
  said('whyCmp', part('partFits', '区政府本级收到182件', '2,846件'), notEqual('2846', reading('表三“本年新收”', 182))).note!,
  said('whyCmp', part('partFitsFixed', '区政府本级收到182件', '2,846件'), notEqual('2846', reading('表三“本年新收”', 180))).note!,
  said('whyCmp', part('runningSince', '856件'), notEqual('856', reading('表三“本年新收”', 62))).note!,
  said('whyCmp', part('runningBare', '856份'), notEqual('856', reading('表三“本年新收”', 62))).note!,
  said('whyCmp', part('runningYearEnd', '856件'), notEqual('856', reading('表三“本年新收”', 62))).note!,
  said('whyCmp', part('runningOver', '856件', 62, '件'), notEqual('856', reading('表三“本年新收”', 62))).note!,
  said('whyCmp', part('otherYearT3', '70件', '2022'), notEqual('70', reading('表三“本年新收”', 62))).note!,
  said('whyCmp', part('resultBeside', '不予处理2件'), notEqual('50', reading('表三“办理结果总计”', 52))).note!,
  said('whyCmp', part('oneInstance'), notEqual('2', reading('表四两类行政诉讼“总计”之和', 3))).note!,
  said('whyCmp', part('aboveListed'), notEqual('53', reading('表三“办理结果总计”', 60))).note!,
  said('whyCmp', part('headPartOf', '63件'), notEqual('59', reading('表三“本年新收”', 62))).note!,
  said('whyCmp', part('lastOfTwo'), notEqual('1', reading('表四行政复议“维持”', 2))).note!,
  // en64's skips of their own (base-year.ts, vs-table-compare.ts, shares.ts, completion-rate.ts)
  said('baseYearNamed', 2021, 2020).note!,
  said('baseYearLast', 2021, 2022).note!,
  said('fixedFits', '231件', label('表三“办理结果总计”'), 231).note!,
  said('shareNoWhole').note!,
  said('shareElsewhere', part('shareCalc', '63件', '100件', '63', '70.0%'), '100件').note!,
  said('shareNearby', part('shareCalc', '30件', '54件', '55.56', '58.8%')).note!,
  said('rateStillOpen', part('rateCalc', part('divSum', '已办结91件', '信息公开申请90件', '上年结转4件'), '96.8', '办结率', '100%'), '办结率').note!,
  said('rateScope', part('rateCalc', part('t3DivSum', 110, 112, 0), '98.2', '办结率', '95.9%'), part('scopeWholeRate', '全区', '95.9%')).note!,
  said('rateScope', part('rateCalc', part('t3Div', 88, 90), '97.8', '办结率', '96.5%'), part('scopeWider', '全市各级行政机关', '96.5%')).note!,
  said('rateScope', part('rateCalc', part('t3Div', 88, 90), '97.8', '办结率', '96.5%'), part('otherTable3Rate', '96.5%')).note!,
  said('partsUnsure', '51', '件', '3件', part('unsureSeveral', part('enum', '54件', '50件', '3件'))).note!,
  said('partsOverBut', '17506', '条', '4500条', part('channelsTwice')).note!,
  said('pointsOtherBase', '20件', '38件', '52.63', '56.0%', '3.4', '提高', '6.0个百分点', '40件').note!,
  // en65's: the red-team pages' skips (vs-table-compare.ts, completion-rate.ts, parts-judge.ts, qizhong-ends.ts) and the 公开率's
  said('t3NoTotalFor', label('表三“本年新收”')).note!,
  said('rateBesideDone', '100%').note!,
  said('resultsOfReceived', '163', '件', '161件').note!,
  said('partsUnsure', '14', '场', '12场', part('semicolonTurn', '举办“政务开放日”活动')).note!,
  said('partsOverBut', '98', '件', '58件', part('earlyOnTime')).note!,
  said('partsOverBut', '92', '件', '80件', part('topicsOverlap')).note!,
  said('disclosureManyWays', part('nGranted')).note!,
  said('disclosureManyWays', part('dLessNotOther')).note!,
  said('disclosureNoPartial').note!,
  said('shareNotThatWhole', part('shareCalc', '九件', '十二件', '75', '百分之八十五'), '办结总数', '十二件').note!,
  said('shareRounded', part('shareCalc', '132件', '23.1万件', '0.06', '95.0%')).note!,
  said('shareNotNamed', '自然人申请约').note!,
  // en66's: the last said in words alone (vs-table-compare.ts, completion-rate.ts, parts-judge.ts, carried-pair.ts, shares.ts, the lists' unsure)
  said('subItemOf', '无法提供2件', label('表三“无法提供”'), part('semis', reading('表三“无法提供”', 15))).note!,
  said('inBrackets', '5件', label('表三“不予公开”'), part('summedBlank', part('semis', reading('表三“不予公开”', 6)))).note!,
  said('looseOnly', '1件', label('表四两类行政诉讼“总计”之和'), label('表四“未经复议直接起诉”的“总计”'), part('summedNoColumn', part('semis', reading('表四两类行政诉讼“总计”之和', 2)))).note!,
  said('rateOnTime', '按时办结率', '100%', '919件', part('cell', part('t3'), '办理结果总计')).note!,
  said('rateUnbalanced', part('rateCalc', part('t3Div', 60, 62), '96.8', '办结率', '98%')).note!,
  said('rateBaseUnsaid', part('rateCalc', part('t3Div', 60, 62), '96.8', '办结率', '98%')).note!,
  said('channelsOfBoth', '33', '件', '32件+1件').note!,
  said('whyCmp', part('pairLoose'), notEqual('3', reading('表三“结转下年度”', 2))).note!,
  said('whyCmp', part('pairWholeSame', '3件', '1件'), notEqual('4', reading('表三“结转下年度”', 3))).note!,
  said('whyCmp', part('pairWholeExtended', '3件', '2件'), notEqual('5', reading('表三“结转下年度”', 3))).note!,
  said('shareBut', part('shareCalc', '150件', '200件', '75', '80%'), part('shareWholeUnlisted', '200件', '150件')).note!,
  said('shareBut', part('shareCalc', '30件', '40件', '75', '60%'), part('shareOverallUnseen', '40件')).note!,
  ...([
    part('headedList'), part('ordinalShort'), part('channelsRepeat'), part('trailingNotSum', '共计', '66件'), part('maybeClosed', '66件'),
    part('equalsNew', '62件'), part('suitsTwice'), part('underHalf', '120条'), part('channelsNoted'), part('channelsNested'),
    part('eachUncounted', '各乡镇各16件'), part('mainOnly'), part('qizhongTwoBack'), part('resultsNested'), part('resultsSeveral'),
    part('resultsOthers', part('enum', '4件', '3件'), '66件'), part('includedRest', '41件', '5件'), part('includedItem', '30条'),
    part('carriedOnPast', '3件', '63件'), part('amongPublished'),
    part('scopeIncludes'), part('suitsSameCases'), part('oneBatchStages'), part('levelAndUnits'), part('partOfItem', '政策解读', '政策文件'),
  ].map((why) => said('partsUnsure', '70', '件', '66件', why).note!)),
  // txt67's (vs-table-outcome.ts): a row's count closed, another extended beside those carried on
  said('whyCmp', part('closedOfRow', '60件'), notEqual('60', reading('表三“本年新收”', 62))).note!,
  said('whyCmp', part('extendedBeside', '2件'), notEqual('2', reading('表三“结转下年度继续办理”', 3))).note!,
  // txt72's (tenths.ts): a word in tenths, 一半, within 5 points past its bounds
  said('tenthsLoose', part('tenthsCalc', '57件', '62件', '91.9', '占比近九成')).note!,
  said('halfLoose', part('halfCalc', '62件', '110件', '−', '43.6', '减少一半')).note!,
  // txt74's (year-on-year.ts): a growth whose derived last year is below 0
  said('yoyNegativeBase', '上年结转4件', '增加8件', '-4件').note!,
  // txt78's (share-approx.ts): a share some value of its approximate whole gives; a whole whose words give no range
  said('shareApproxFits', '62件', '1200余件', '4.8%–5.2%', '5.1%').note!,
  said('shareApproxNoRange', '上万件').note!,
  // txt78's (tenths.ts): a fraction in words within 5 points past its bounds
  said('fractionLoose', part('tenthsCalc', '13件', '45件', '28.9', '占三分之一')).note!,
  // txt101's: withdrawnAside's reasons (withdrawn-results.ts), a list short by exactly the suspended (suspended-applications.ts)
  said('partsOverBut', '67', '件', '63件', part('withdrawnBesides', part('enum', '4件'))).note!,
  said('partsOverBut', '67', '件', '63件', part('withdrawnRest', part('enum', '3件', '1件'))).note!,
  said('partsOverBut', '64', '件', '63件', part('endedRest', part('enum', '1件'))).note!,
  said('partsShortSuspended', '62', '件', '63件', '1件').note!,
  // en105's: the year's flow in words (flow-balance.ts), a failed comparison made a skip (result-after.ts, carried-part.ts,
  // answered-among.ts), a multiple or a change not judged (multiples.ts, year-on-year.ts), a cell named as the table checks name it
  said('flowAnsweredCarried', '3件', '3件').note!,
  said('flowCarriedApart', '48件', part('plus', '45件', '3件'), '48', '2件', '45件').note!,
  said('flowInTimeShort', part('plus', '450件', '7件'), '457', '450件').note!,
  said('flowRestUncounted', part('plus', '25件', '2件'), '27').note!,
  said('flowInTimeUnder', part('plus', '25件', '2件'), '27', '30件', '25件').note!,
  said('flowOtherTerms', part('plus', '25件', '2件'), '27', '30件').note!,
  said('flowOverNoCarried', part('plus', '28件', '4件'), '32', '30件').note!,
  said('flowHandledAll', '32件', '32件').note!,
  said('flowHandledSame', part('plus', '16件', '1件'), '17', '16件').note!,
  said('flowParenCarried', part('plus', '45件', '3件'), '48', part('plus', '52件', '2件'), '54', part('wClosed'), '3件').note!,
  said('resultOfCarried', notEqual('4', reading('表三“予以公开”', 42))).note!,
  said('carriedOpenBeside', notEqual('2', reading('表三“结转下年度继续办理”', 3))).note!,
  said('answeredOwnYear', '83件', '5', notEqual('40', reading('表三“予以公开”', 42))).note!,
  said('multipleDoubled', part('multipleCalc', '62件', '31件', '2', '是上年的1倍'), '是上年的1倍').note!,
  said('multipleGrowthTo', part('multipleCalc', '62件', '31件', '2', '增长2倍'), '2', '增长2倍').note!,
  said('shareRounded', part('multipleCalc', '4.5万次', '1.2万次', '3.8', '是上年的2倍')).note!,
  said('shareRounded', part('yoyDiffCalc', '1.2万次', '1.1万次', '1000', '次', '减少500次')).note!,
  said('shareRounded', part('yoyPctCalc', '1.2万次', '11000', '次', '9.09', '增长15%')).note!,
  said('prevZeroMultiple').note!,
  said('prevZeroGrowth').note!,
  said('noTable', part('cellNamed', part('t3'), '（三）不予公开1.属于国家秘密')).note!,
];
