/**
 * The text findings' codes en61b left without one (en62), with their Chinese words: the shares of a whole named by a
 * label and a count, the paragraph laid out as a table, the year's flow of applications, the net change of a stock,
 * shares that do not add up, the rates read against tables 三 and 四 alone, table 二's 2019 columns, the direction of a
 * year-on-year change, and the steps that restate a finding (a pair carried over, one part of them, a flow in 项).
 * note-words.ts merges them into its one table of words; each message is its note rendered, as there.
 */
type W = (...a: string[]) => string;
const drop = (s: string): string => s.replace(/。$/, '');

/** Built when note-words.ts first builds its table (perf62: nothing of it at the module's top level). */
export const moreWords = () => ({
  // a whole as the message names it (share-of-result.ts ShareWhole): a table's label and its count, the page's words
  count: (label, n) => `${label}${n}件`,
  quoted: (w) => w,
  minus: (...xs) => xs.join('−'),
  allClosed: (x) => `${x}（均已办结）`,
  answeredOf: (x) => `答复的${x}`,
  receivedOf: (x) => `受理的${x}`,
  // judgeShare: [part, share, the first whole, what it makes, the other wholes tried (a code below)]
  shareOf: (part, share, whole, should, tried) => `正文称${part}占${share}，按${whole}计算应为${should}%（按${tried}计算也都不符）。`,
  triedResult: () => '本年新收、新收与上年结转之和或前文的其他总数',
  triedRun: () => '答复数、受理数',
  triedAfterWhole: () => '受理数、前文的其他总数或所列各项之和',
  triedApplicant: () => '新收与上年结转之和、办理结果总计或前文的其他总数',
  // bracket-shares.ts: [part, share, whole, what it makes]
  shareParen: (part, pct, whole, should) => `正文称${part}（${pct}），按总数${whole}计算应为${should}%。`,
  // share-totals.ts: [what the shares are of (a code), the shares (plus), their sum]
  sharesOver: (what, shown, total) => `正文所列${what}的占比${shown}合计${total}%，是同一总数的各部分，合计不应超过100%。`,
  sharesUnder: (what, shown, total) => `正文所列${what}的占比${shown}合计${total}%，列举已完整，合计应为100%。`,
  ofChannels: () => '各申请渠道',
  ofApplicants: () => '各类申请人',
  ofResults: () => '各办理结果',
  // paragraph-table.ts: [the rows' counts (plus), their sum, the total row's label, its count]
  paraTableSum: (parts, sum, label, total) => `正文中以段落排列的表，各行${parts}合计${sum}件，与“${label}”行的${total}件不符。`,
  // [the row's label, its count, its share, the total row's label, its count, what it makes]
  paraTableShare: (label, n, share, totalLabel, total, should) => `正文中以段落排列的表，${label}${n}占${share}，按“${totalLabel}”${total}计算应为${should}%（按各行之和计算也不符）。`,
  // rt92: a sum only with an intake of the sentence beside (intakes-beside.ts, flow-intake-across.ts), a warning: [the finding, sentBefore or sentAfter, that sentence's words, …]
  // …the sum that fits the table's figure
  across: (f, where, words, sum) => `${drop(f)}；若加上${where}“${words}”，合计${sum}件相符。`,
  // …the flow's terms with it added, what they make
  flowAcross: (f, where, words, shown, outflow) => `${drop(f)}；若加上${where}“${words}”，${shown} = ${outflow}件，收支平衡。`,
  sentBefore: () => '前一句',
  sentAfter: () => '后一句',
  // flow-balance.ts, flow-words.ts: the words of the flow's terms
  wReceived: () => '收到',
  wAccepted: () => '受理',
  wNew: () => '新收',
  wNewThisYear: () => '本年新收',
  wClosed: () => '办结',
  wHandled: () => '办理',
  wHandledPast: () => '已办理',
  wAnswered: () => '回复',
  wInTime: () => '法定期限内答复',
  wNextYear: () => '结转下年度',
  wPending: () => '正在办理',
  // [in's word, in, carried in, their sum, closed's word, closed, out's word, out, flowEqual] (nine at most: a locale's $1…$9)
  flowCarried: (inW, inFig, carried, total, closedW, closed, outW, out, equal) => `正文称${inW}${inFig}、上年结转${carried}，共${total}件，但${closedW}${closed}与${outW}${out}合计${equal}。`,
  // [the two's sum, '' or notTableWords]
  flowEqual: (outflow, loose) => `${outflow}件，两者应相等${loose}`,
  notTableWords: (...ws) => `（${ws.map((w) => `“${w}”`).join('')}不是统计表的用语，请核对）`,
  // [in's word, in, carriedHeld or carriedAlso, closed's word, closed, out, the two's sum]
  flowAccepted: (inW, inFig, carried, closedW, closed, out, outflow) => `正文称${inW}${inFig}${carried}，但${closedW}${closed}与结转下年度${out}合计${outflow}件，不能与之相等。`,
  carriedHeld: (c) => `（含上年结转${c}）`,
  carriedAlso: (c) => `、上年结转${c}`,
  // [in's word, in, closed's word, closed, out's word, out, the two's sum]: no 上年结转 named
  flowShort: (inW, inFig, closedW, closed, outW, out, outflow) => `正文称${inW}${inFig}，${closedW}${closed}、${outW}${out}，合计${outflow}件，少于${inW}的${inFig}；即使上年没有结转，两者也应相等（正文若另有未写明的去向，请核对）。`,
  // [closed's word, closed, carried in, this year's own closed, in]
  flowOwnClosed: (closedW, closed, carried, own, inFig) => `正文称${closedW}${closed}，其中上年结转${carried}，即本年收到的申请${closedW}了${own}件，多于收到的${inFig}。`,
  // net-change.ts: [added, the removing word, removed, the change's word, the change, what it makes]
  netChange: (a, removed, r, changeW, c, should) => `正文称新增${a}、${removed}${r}，现有数较上年${changeW}${c}；按新增与${removed}之差应为${should}（除非另有未写明的划入、划出）。`,
  flatOnLastYear: () => '与上年持平',
  changeOnLastYear: (dir, n, unit) => `较上年${dir}${n}${unit}`,
  // case-outcome-words.ts: [quote, the text's all, label, the column's figure, '' or totalOf]
  caseAll: (q, n, label, v, total) => `正文称${q}（即全部${n}件），${label}为${v}件${total}。`,
  totalOf: (n) => `，总计${n}件`,
  // case-rate-alone.ts: [quote, review or suit, the ratio, what it makes]
  caseRate: (q, kind, ratio, shown) => `正文称${q}，按表四${kind}${ratio}计算应为${shown}%（以已审结的案件为基数亦不相符）。`,
  kReview: () => '行政复议',
  kSuit: () => '行政诉讼',
  upheldOfTotal: (n, d) => `结果维持${n}件 ÷ 总计${d}件`,
  correctedOfTotal: (n, d) => `结果纠正${n}件 ÷ 总计${d}件`,
  // correction-rate-alone.ts: [quote, the whole (a code below), what it makes, '' or alsoT4Total]
  correctionAlone: (q, whole, shown, also) => `正文称${q}，按${whole}计算应为${shown}%${also}。`,
  alsoT4Total: (n) => `（以表四总计${n}件计算亦不相符）`,
  listedSum: (n) => `所列各项之和${n}件`,
  listedClosedSum: (n) => `所列已审结各项之和${n}件`,
  prevSentence: (raw) => `前句${raw}`,
  t4Total: (n) => `表四总计${n}件`,
  t4Closed: (n) => `表四已审结${n}件`,
  fixedT4Total: (n) => `按表格核对更正后表四总计${n}件`,
  fixedT4Closed: (n) => `按表格核对更正后表四已审结${n}件`,
  // disclosure-rate-alone.ts: [quote, the ratio (t3Ratio), what it makes, withPartial or grantedOnly]
  disclosureAlone: (q, ratio, shown, base) => `正文称${q}，按表三${ratio}计算应为${shown}%（${base}、以新收或其他基数计算亦不相符）。`,
  t3Ratio: (num, n, den, d) => `${num}${n}件 ÷ ${den}${d}件`,
  withPartial: () => '计入部分公开',
  grantedOnly: () => '只计予以公开',
  nGranted: () => '予以公开',
  nGrantedPartial: () => '予以公开与部分公开',
  dProcessed: () => '办理结果总计',
  dNew: () => '本年新收',
  dNewCarried: () => '本年新收与上年结转',
  dLessNotOther: () => '办理结果总计减不予处理、其他处理',
  dLessNot: () => '办理结果总计减不予处理',
  dLessUnableNotOther: () => '办理结果总计减无法提供、不予处理、其他处理',
  dLessUnableNot: () => '办理结果总计减无法提供、不予处理',
  dGrantedPartialDenied: () => '予以公开、部分公开与不予公开',
  // table2-2019-columns.ts, fee-zero-claim.ts: [quote, label, the cell as written]
  vsCell: (q, label, n) => `正文称${q}，${label}为${n}。`,
  procurementNote: (f) => f.replace(/。$/, '（正文所说的可能含本机关为其他单位组织的采购，与表中所填口径不同时二者可以不同）。'),
  oneSide: (f) => `${drop(f)}（正文所说的若只是新增或取消的一面，二者可以不同）。`,
  // [quote, more or fewer, by how many, label, the cell, last year's count, what it makes]
  t2Change: (q, dir, n, label, change, prev, should) => `正文称${q}，即${dir}${n}项，${label}为${change}（上一年${prev}项，应为${should}项）。`,
  // [the item, the text's figure, label, the cell]
  t2Prev: (item, raw, label, prev) => `正文称上年${item}事项${raw}，${label}为${prev}。`,
  // year-on-year.ts evaluateDirection: [this year's, the keyword, last year's, the direction's words, bothEqual or actually]
  yoyDirection: (cur, keyword, prev, words, really) => `正文称${cur}，${keyword}（${prev}）${words}；${really}。`,
  bothEqual: () => '两者相等',
  actually: (dir, n, unit) => `实际${dir}${n}${unit}`,
  // txt72, tenths.ts: [part, the words, whole, what they make]; [this year's, last year's, the words, changeUp or changeDown, by how much]
  tenthsShare: (part, words, whole, x) => `正文称${part}“${words}”，按${whole}计算为${x}%，与“${words}”不符。`,
  halfChange: (cur, old, words, dir, x) => `正文称${cur}较${old}“${words}”，实际${dir}${x}%。`,
  // (the direction as the text words it, or its opposite) [增加, 增长, 提高, 上升 / 减少, 下降, 降低]
  changeUp: (w) => w,
  changeDown: (w) => w,
  // share-slip.ts: the printed share is what the part makes of another count of the sentence [the finding, the share, part, that count's words]
  shareSlip: (f, share, part, words) => `${drop(f)}；正文的${share}恰是${part}按“${words}”计算所得，可能误用了该数作基数。`,
  // steps that restate a finding: [the finding, …]
  pairSum: (f, a, b, sum, stated) => `${drop(f)}（正文所说两部分结转的申请${a}与${b}，合计${sum}件${stated}）。`,
  statedAll: (x) => `，句末却称共${x}`,
  alsoOther: (f, other) => `${drop(f)}；正文另有${other}，单这一部分已多于表中的数。`,
  otherOpen: () => '尚在办理或次年才办结的申请，此数可能只是其中一部分',
  otherCarried: () => '同样结转的申请，此数只是其中一部分',
  inUnit: (f, unit) => f.replace(/件(?!次)/g, unit),
} satisfies Record<string, W>);
