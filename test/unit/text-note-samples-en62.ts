/**
 * en62: a hand sample of every text-note code en62 added (lib/narrative/note-words-more.ts), each built as its
 * reader builds it, for text-finding-words.test.ts (the Chinese locale says it as the core does; the English has no
 * Han but the page's words in quotes).
 */
import { labelPart, part, said } from '../../lib/narrative/note-words.ts';
import type { NotePart } from '../../lib/types.ts';

const label = (s: string) => labelPart(s) as NotePart;
const vsCell = (q: string, l: string, n: string | number) => part('vsCell', q, label(l), n);

export const EN62_SAMPLES: NotePart[] = [
  // share-of-result.ts and its callers: the whole a label and a count, the page's words, a sum, a difference
  said('shareOf', '32件', '40%', part('count', label('表三“办理结果总计”'), 63), '51', part('triedResult')).note!,
  said('shareOf', '32件', '40%', part('count', label('表三“办理结果总计”减“不予处理”与“其他处理”'), 59), '54', part('triedResult')).note!,
  said('shareOf', '56件', '95%', part('count', label('表三“本年新收”与“上年结转”之和'), 66), '85', part('triedApplicant')).note!,
  said('shareOf', '32件', '60%', part('answeredOf', '63件'), '51', part('triedRun')).note!,
  said('shareOf', '32件', '60%', part('receivedOf', '62件'), '52', part('triedRun')).note!,
  said('shareOf', '32件', '60%', part('allClosed', part('quoted', '收到62件')), '52', part('triedAfterWhole')).note!,
  said('shareOf', '32件', '60%', part('minus', '63件', '3件', '1件'), '54', part('triedAfterWhole')).note!,
  said('shareOf', '32件', '60%', part('plus', '32件', '7件'), '82', part('triedResult')).note!,
  said('shareParen', '50件', '85%', '62件', '81').note!,
  said('sharesOver', part('ofChannels'), part('plus', '64.5%', '45.5%'), '110').note!,
  said('sharesUnder', part('ofApplicants'), part('plus', '80%', '15%'), '95').note!,
  said('sharesUnder', part('ofResults'), part('plus', '50%', '40%'), '90').note!,
  said('paraTableSum', part('plus', '12件', '30件'), '42', '合计', '45').note!,
  said('paraTableShare', '自然人', '12件', '30%', '合计', '45件', '26.7').note!,
  // the year's flow (flow-balance.ts, flow-words.ts, flow-in-items.ts)
  said('flowCarried', part('wNewThisYear'), '62件', '4件', '66', part('wClosed'), '60件', part('wNextYear'), '3件', part('flowEqual', '63', '')).note!,
  said('flowCarried', part('wReceived'), '62件', '4件', '66', part('wHandled'), '60件', part('wPending'), '3件', part('flowEqual', '63', part('notTableWords', '办理', '正在办理'))).note!,
  said('flowCarried', part('quoted', '共收到'), '62件', '4件', '66', part('wAnswered'), '60件', part('wNextYear'), '3件', part('flowEqual', '63', part('notTableWords', '回复'))).note!,
  said('flowAccepted', part('wAccepted'), '62件', part('carriedHeld', '4件'), part('wInTime'), '60件', '3件', '63').note!,
  said('flowAccepted', part('wReceived'), '62件', part('carriedAlso', '4件'), part('quoted', '按时办结'), '60件', '3件', '63').note!,
  said('flowAccepted', part('wAccepted'), '62件', part('carriedAlso', '4件'), part('wHandledPast'), '60件', '3件', '63').note!,
  said('flowShort', part('wNew'), '62件', part('wClosed'), '55件', part('wNextYear'), '3件', '58').note!,
  said('flowOwnClosed', part('wClosed'), '65件', '2件', '63', '62件').note!,
  part('inUnit', said('flowShort', part('wReceived'), '16项', part('wHandled'), '14项', part('wNextYear'), '1项', '15').note!, '项'),
  // net-change.ts, year-on-year.ts's direction
  said('netChange', '5个', '注销', '2个', '增加', '4个', part('changeOnLastYear', part('more'), '3', '个')).note!,
  said('netChange', '5个', '关停', '5个', '减少', '1个', part('flatOnLastYear')).note!,
  said('yoyDirection', '62件', '较上年', '70件', '有所增加', part('actually', part('fewer'), '8', '件')).note!,
  said('yoyDirection', '62件', '与上年', '60件', '持平', part('bothEqual')).note!,
  // table 四's outcomes and rates read alone
  said('caseAll', '行政复议2件，结果均为维持', '2', label('表四行政复议“结果维持”'), 1, part('totalOf', 2)).note!,
  said('caseAll', '行政复议2件，结果均为维持', '2', label('表四行政复议“结果维持”'), 1, '').note!,
  said('caseRate', '行政复议纠错率为50%', part('kReview'), part('correctedOfTotal', 0, 1), '0').note!,
  said('caseRate', '行政诉讼维持率为50%', part('kSuit'), part('upheldOfTotal', 1, 1), '100').note!,
  said('correctionAlone', '维持1件、纠错1件，纠错率为80%', part('listedSum', '2'), '50', part('alsoT4Total', '1')).note!,
  said('correctionAlone', '纠错率为80%', part('listedClosedSum', '2'), '50', '').note!,
  said('correctionAlone', '纠错率为80%', part('prevSentence', '行政复议2件'), '50', '').note!,
  said('correctionAlone', '纠错率为80%', part('t4Total', 2), '50', '').note!,
  said('correctionAlone', '纠错率为80%', part('t4Closed', 2), '50', '').note!,
  said('correctionAlone', '纠错率为80%', part('fixedT4Total', 2), '50', '').note!,
  said('correctionAlone', '纠错率为80%', part('fixedT4Closed', 2), '50', '').note!,
  ...(['dProcessed', 'dNew', 'dNewCarried', 'dLessNotOther', 'dLessNot', 'dLessUnableNotOther', 'dLessUnableNot', 'dGrantedPartialDenied'] as const).map((den, i) =>
    said('disclosureAlone', '全年予以公开率45.0%', part('t3Ratio', part(i % 2 ? 'nGranted' : 'nGrantedPartial'), 32, part(den), 63), '50.8', part(i % 2 ? 'withPartial' : 'grantedOnly')).note!),
  // table 二's 2019 columns, 收费 none
  said('vsCell', '未收取任何费用', label('表二“行政事业性收费”的“本年收费金额”'), 1.5).note!,
  said('procurementNote', vsCell('集中采购项目86项', '表二“政府集中采购”的“采购项目数量”', 80)).note!,
  said('oneSide', vsCell('新增行政许可事项6项', '表二“行政许可”的“本年增/减”', '+4')).note!,
  said('t2Change', '由上年的312项减少至306项', part('fewer'), 6, label('表二“行政许可”的“本年增/减”'), '-4', 312, 308).note!,
  said('t2Prev', '行政许可', '310项', label('表二“行政许可”的“上一年项目数量”'), 312).note!,
  // steps that restate a finding
  part('pairSum', said('vsTable', '结转下年度2件', label('表三“结转下年度继续办理”'), 3, '').note!, '2件', '1件', '3', ''),
  part('pairSum', said('vsTable', '结转下年度2件', label('表三“结转下年度继续办理”'), 4, '').note!, '2件', '1件', '3', part('statedAll', '4件')),
  part('alsoOther', said('vsTable', '结转下年度5件', label('表三“结转下年度继续办理”'), 3, '').note!, part('otherOpen')),
  part('alsoOther', said('vsTable', '上年结转6件', label('表三“上年结转”'), 4, '').note!, part('otherCarried')),
  // rt92: a sum only with the sentence beside's intake, a warning that says it (intakes-beside.ts, flow-intake-across.ts)
  part('across', said('vsTable', '新收政府信息公开申请52件', label('表三“本年新收”'), 62, '').note!, part('sentBefore'), '全年经12345热线收到申请10件', '62'),
  part('flowAcross', said('flowCarried', part('wNewThisYear'), '52件', '4件', '56', part('wClosed'), '63件', part('wNextYear'), '3件', part('flowEqual', '66', '')).note!, part('sentAfter'), '经12345热线转来申请10件', part('plus', '52件', '4件', '10件'), '66'),
];
