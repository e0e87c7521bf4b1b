/**
 * en63: the text's claims not judged, their reasons as codes with their figures (the shapes most frequent over the
 * fixture pages), spread into note-words.ts's table of words: a skip's check keeps its note (NarrativeCheck.note)
 * and the report its skips' (narrative.skips), which the panel words in the UI's language
 * (components/text-finding-words.ts skipNoteWords). The Chinese are the core's details, to the character.
 */
type W = (...a: string[]) => string;

/** Built when note-words.ts first builds its table (perf62: nothing of it at the module's top level). */
export const skipWords = () => ({
  // vs-table-compare.ts (text-vs-table2.ts, case-outcome-words.ts): a figure no table of the page holds [its label]
  noTable: (label) => `表格中没有${label}`,
  // …a claim the tables' figures do not meet, as its check says it [the text's figure, the readings (semis of reading)]
  notEqual: (n, list) => `${n} ≠ ${list}`,
  // part-of-applications.ts passOrSkip, its reason when none is given [that comparison]
  partOfApps: (cmp) => `可能只是其中所列部分申请的数（${cmp}）`,
  // other-scope.ts: a figure another table 三 of the page holds [the figure as printed, that comparison]
  otherTable3: (n, cmp) => `${n}与页面上另一张表三的数字相合，可能是那张表（如本级）的数字（${cmp}）`,
  // parts-judge.ts: a list short of its whole [the items' sum, its counter, the whole as printed]
  partsShort: (sum, unit, whole) => `所列各项之和${sum}${unit}小于总数${whole}，列举可能不完整`,
  // …a 其中's list no more than the figures before it [the items' sum, counter, which figures (below), their sum]
  partsPeers: (sum, unit, where, peers) => `所列各项之和${sum}${unit}不超过${where}之和${peers}${unit}，“其中”所指的总数不能确定`,
  peersBefore: () => '上句各数',
  peersQizhong: () => '“其中”前各数',
  // completion-rate.ts: a rate of 100% where table 三 carries the rest on [the formula, what it makes, the rate's word, the rate]
  rateCarriedOn: (formula, x, kind, rate) => `${formula} = ${x}%，正文${kind}${rate}；未办结的已结转下年度继续办理，“${kind}100%”或指到期的均已办结，不作判断`,
  // skip-reasons.ts: a failed comparison made a skip for a reason [the reason (below), the comparison]
  whyCmp: (why, cmp) => `${why}（${cmp}）`,
  // other-scope.ts scopeReason: [the subject's words, the figure as printed]
  scopeWider: (w, n) => `“${w}”的${n}可能是多个机关的合计，表格只统计本级/本机关`,
  scopeWhole: (w, n) => `正文说明表格只统计本级，“${w}”的${n}是全部的合计`,
  // …the part after 其中 compared instead [the scope's reason, the part's words]
  scopeAndPart: (scope, p) => `${scope}；其中“${p}”另与表格比较`,
  // text-vs-table.ts: [the qualifying words]
  qualifiedApps: (q) => `所计的申请有限定（${q}），可能只是其中一部分`,
  qualifiedCases: (q) => `所计的案件有限定（${q}），可能只是其中一部分`,
  // [the figure as printed]
  stillTrying: (n) => `正文所说仍在审理的${n}可能只是其中一部分`,
  partOfBefore: () => '前文所计的只是部分申请，此数可能是那部分的',
  partOfHead: () => '句首所说的只是部分申请，此数可能是其中的',
  carriedAnswered: () => '已办结（答复）申请所含的上年结转申请不一定是上年结转的全部',
  closedCarried: () => '审结的案件可能含上年结转的案件',
  // en64: said where they are made (none read back): respectively.ts's scopeReason of the sentence's figures [the subject's words]
  scopeWiderAll: (w) => `“${w}”的数字可能是多个机关的合计，表格只统计本级/本机关`,
  scopeWholeAll: (w) => `正文说明表格只统计本级，“${w}”的数字是全部的合计`,
  // other-scope.ts notThisTable: the part after 其中 fits (as the table is, or as its checks correct it) [the part's words, the whole as printed]
  partFits: (p, n) => `“${p}”与表格相合：${n}可能是更大范围的合计，表格只统计本级/本机关`,
  partFitsFixed: (p, n) => `“${p}”与表格按其核对更正后的数值相合（表格本身有误）：${n}可能是更大范围的合计，表格只统计本级/本机关`,
  // …a running total (running-total.ts too) [the figure as printed; the table's figure and its counter]
  runningSince: (n) => `“截至…累计”的${n}可能是历年的累计数，不只是本年度的`,
  runningBare: (n) => `“累计”的${n}未说是本年度的，可能是历年的累计数`,
  runningYearEnd: (n) => `“…年底…累计”的${n}是到年底为止的累计数，可能不只是本年度的`,
  runningOver: (n, t, unit) => `“累计”的${n}远多于表格本年度的${t}${unit}，可能是历年的累计数，不只是本年度的`,
  // …a figure the page's table 三 of another year fits [the figure as printed, the year]
  otherYearT3: (n, y) => `${n}与页面上${y}年的表三相合，不合本年度的，句中未说是哪一年的，可能说的是${y}年`,
  // text-vs-table.ts: [the results listed beside 办结]
  resultBeside: (r) => `“办结”之外另列了与之并列的办理结果（${r}），所说的办结可能不含它们，表三“办理结果总计”含`,
  oneInstance: () => '正文所说的是某一审级的情况，表四按案件统计',
  aboveListed: () => '以上所说的是前句所列的申请，不一定是全年的全部',
  // [the heading count as printed]
  headPartOf: (n) => `句首的${n}只是部分申请，此数可能是其中的`,
  lastOfTwo: () => '“其中”在行政复议、行政诉讼两数之后，可能只指后者',
  // en64, skips of their own (the 31 still in Chinese): base-year.ts, a base of another year [the years]
  baseYearNamed: (meant, base) => `比较的是${meant}年，所给的基数却是${base}年的，不作判断`,
  baseYearLast: (base, meant) => `所给的基数是${base}年的，不是上年（${meant}年）的，不作判断`,
  // vs-table-compare.ts: a figure that fits the table as its checks correct it [the figure as printed, label, the corrected value]
  fixedFits: (n, label, should) => `${n}与${label}按表格核对更正后的数值 ${should} 相合，表格本身有误`,
  // shares.ts: [part, whole, what they make, the share as printed]
  shareCalc: (p, w, x, share) => `${p} ÷ ${w} = ${x}%，正文 ${share}`,
  shareNoWhole: () => '找不到占比所对应的总数',
  // share-approx.ts: a share some value of its approximate whole gives [part, whole, the range of shares, the share]; a whole whose words give no range [whole]
  shareApproxFits: (part, whole, span, share) => `${part} ÷ ${whole} 约为${span}，正文 ${share}；总数是约数，不作判断`,
  shareApproxNoRange: (whole) => `总数${whole}是约数，不作判断`,
  shareElsewhere: (calc, w) => `${calc}；${w}是另一时期或更大范围的总数，不作判断`,
  shareNearby: (calc) => `${calc}；总数是就近推定的，不作判断`,
  // completion-rate.ts: [the formula, what it makes, the rate's word, the rate]
  rateCalc: (formula, x, kind, rate) => `${formula} = ${x}%，正文${kind}${rate}`,
  rateStillOpen: (calc, kind) => `${calc}；句中另有未办结、结转下年度的申请，“${kind}100%”或指到期的均已办结，不作判断`,
  // …of another scope than the tables' [the calculation, the scope's reason: scopeWider, scopeWholeRate, otherTable3Rate]
  rateScope: (calc, scope) => `${calc}；${scope}`,
  scopeWholeRate: (w, n) => `正文说明表格只统计本级，“${w}”的${n}是全部的`,
  otherTable3Rate: (n) => `${n}与页面上另一张表三的数字相合，可能是那张表（如本级）的`,
  // parts-judge.ts: a list whose whole is unsure (parts-by.ts: several wholes before) [items' sum, counter, the whole as printed, why]
  partsUnsure: (sum, unit, whole, why) => `所列各项之和${sum}${unit}与${whole}不符，但${why}`,
  unsureSeveral: (list) => `前文有${list}，“按…分”所分的总数不能确定`,
  // …a list over its whole whose items may overlap [items' sum, counter, the whole as printed, why]
  partsOverBut: (sum, unit, whole, why) => `所列各项之和${sum}${unit}大于总数${whole}，但${why}`,
  channelsTwice: () => '各发布渠道的信息可能重复计数',
  // percentage-points.ts: last year's rate of another base fits [part, whole, last year's rate, this year's, the gap, verb, points, the other base]
  pointsOtherBase: (p, w, last, cur, diff, verb, points, other) => `上年${p} ÷ ${w} = ${last}%，${cur} − ${last}% = ${diff}个百分点，正文 ${verb}${points}；按上年${p} ÷ ${other}计算相符，上年基数不明，不作判断`,
  // en65, the red-team pages' skips still in Chinese: vs-table-compare.ts, a total of a table 三 drawn without its 总计 column [label]
  t3NoTotalFor: (label) => `表三没有“总计”列，无法与${label}比较`,
  // completion-rate.ts: a 答复率 beside the sentence's own 办结率 [the rate as printed]
  rateBesideDone: (rate) => `同句另有办结率，答复率${rate}所指不同（如按期答复的比例），不作判断`,
  // parts-judge.ts: results listed against the applications received [items' sum, counter, the whole as printed]
  resultsOfReceived: (sum, unit, whole) => `所列为办理结果，合计${sum}${unit}，总数${whole}是收到的申请数：办理结果可含上年结转的申请，收到的申请也可能结转下年度`,
  // qizhong-ends.ts pastSemicolon, a list read past its ； (partsUnsure's why) [the words after the ；]
  semicolonTurn: (w) => `“；”后的“${w}”另起一事，“其中”所列可能止于“；”`,
  // parts-judge.ts overlappingParts, a list over its whole (partsOverBut's why): items by topic, those done early among those on time
  topicsOverlap: () => '按内容所分各类可能交叉',
  // txt101's: withdrawn-results.ts withdrawnAside (partsOverBut's why) [the withdrawn or ended items as printed (enum)]
  withdrawnBesides: (list) => `“另有”撤回的${list}可能不在总数之内，不作判断`,
  withdrawnRest: (list) => `不计申请人撤回的${list}恰为总数，撤回的申请可能另计，不作判断`,
  endedRest: (list) => `不计终止办理的${list}恰为总数，终止办理的申请可能另计，不作判断`,
  // …suspended-applications.ts suspendedMakesWhole: a list short by exactly the suspended [items' sum, counter, the whole as printed, the suspended as printed]
  partsShortSuspended: (sum, unit, whole, n) => `所列各项之和${sum}${unit}小于总数${whole}，差额恰为中止办理的${n}，中止的申请可能另计，不作判断`,
  earlyOnTime: () => '提前办结的也在按期办结之列',
  // disclosure-rate-alone.ts: a 公开率 with a term of its formulas missing [the term: nGranted, dProcessed, …]
  disclosureManyWays: (term) => `公开率有多种算法，表三没有${term}的数，不作判断`,
  // disclosure-rate.ts: a 公开率 of a count given, with no 部分公开 in the tables
  disclosureNoPartial: () => '公开率可能计入部分公开，表格中没有部分公开的数，不作判断',
  // shares.ts: a whole the share's words may not mean, a whole in 万 or 亿 [the calculation (shareCalc), the share's whole as worded, the whole as printed]
  shareNotThatWhole: (calc, of, w) => `${calc}；正文所称“${of}”未必是${w}，不作判断`,
  shareRounded: (calc) => `${calc}；万、亿数是约数，不作判断`,
  // share-parts.ts: the part a share names, not given once in the text [its words]
  shareNotNamed: (name) => `正文没有给出占比所指“${name}”的数（或给出不止一个），无从核对`,
  // en66: the last skips in words alone. vs-table-compare.ts: a kind that may be one item of its row, a figure in brackets,
  // a figure only a looser reading fits [the figure as printed, label, (loose label,) the readings (semis, or summed…)]
  subItemOf: (n, label, list) => `${n}可能只是${label}的一项（${list}）`,
  inBrackets: (n, label, list) => `括号中的${n}不一定是${label}（${list}）`,
  looseOnly: (n, label, loose, list) => `${n}与${label}不符，只与${loose}相合（${list}）`,
  // …the readings of a table whose 总计 is blank or has no 总计 column, its figures added up [the readings]
  summedBlank: (list) => `${list}（表中总计栏空白，按其各分项相加）`,
  summedNoColumn: (list) => `${list}（表三没有总计列，按各类申请人相加）`,
  // completion-rate.ts: an on-time rate [the rate's words, the rate, the 办结 count as printed, table 三's cell]
  rateOnTime: (words, rate, closed, cell) => `${words}${rate}所计的按时办结件数表三不列，无从核对（办结${closed}与${cell}相符）`,
  // …a table 三 whose flow does not balance, a lone 办结 whose base no table figure makes [the calculation, rateCalc]
  rateUnbalanced: (calc) => `${calc}；表三本身新收与上年结转之和不等于办理结果总计与结转下年度之和，不作判断`,
  rateBaseUnsaid: (calc) => `${calc}；正文只说了办结数，未说办结率的基数，按表三的各种基数都不合，不作判断`,
  // parts-judge.ts: channels of both those received and those carried in [items' sum, counter, the two as printed]
  channelsOfBoth: (sum, unit, flow) => `所列各渠道之和${sum}${unit}等于收到与上年结转之和（${flow}），可能是两者合计的渠道，不作判断`,
  // carried-pair.ts pairAlone: [the carried-on figure as printed, the other]
  pairLoose: () => '另一件是否计入结转下年度不明，单算前一部分与表三相符',
  pairWholeSame: (whole, p) => `结转下年度的${whole}可能是全部，另一处所说的${p}是其中一部分，单算它与表三相符`,
  pairWholeExtended: (whole, p) => `结转下年度的${whole}可能是全部，延期的${p}是其中一部分，单算它与表三相符`,
  // shares.ts c.unsure: [the calculation (shareCalc), why (below)]
  shareBut: (calc, why) => `${calc}；${why}`,
  shareWholeUnlisted: (whole, p) => `${whole}未经所列各项之和确认是${p}所属的总数，不作判断`,
  shareOverallUnseen: (inner) => `${inner}本身是“总体”的一部分，所称“总体”不是${inner}，其数未见，不作判断`,
  // the readings' unsure (PartsGroup.unsure, partsUnsure's why): headed-next.ts, parts-qizhong.ts
  headedList: () => '“主要包括”“内容涵盖”所列未必是全部分项，各类也可能交叉',
  // ordinal-items.ts
  ordinalShort: () => '“一是、二是”所列未必是总数的全部分项',
  channelsRepeat: () => '所列渠道发布的信息可能重复计算',
  // new-and-carried.ts [the words before the whole,] [the whole as printed]
  trailingNotSum: (w, whole) => `“${w}”之后的${whole}未必是两者的合计`,
  maybeClosed: (whole) => `${whole}未必是收到与上年结转的合计，也可能是办结的`,
  equalsNew: (whole) => `${whole}等于本年新收数，可能只是本年收到的申请`,
  // bare-heads.ts, parts-heads.ts [the whole as printed]
  suitsTwice: () => '诉讼的各审级结果或胜败诉与裁判方式可能重复计算同一批案件',
  underHalf: (whole) => `所列各项之和不到${whole}的一半，前无“其中”，未必是它的分项`,
  // channels-after-whole.ts
  channelsNoted: () => '列举后说明各渠道有重复或未计入的申请',
  channelsNested: () => '所列渠道可能相互包含（网上与电子邮件、网站，书面与当面、信函），各项可能重复计数',
  // each-items.ts [the item's words and figure]
  eachUncounted: (item) => `“${item}”所指的项数不明，各项之和不能确定`,
  // parts-by.ts
  mainOnly: () => '所列是“主要”的几类，可能未列全',
  // parts-qizhong.ts
  qizhongTwoBack: () => '“其中”前一句没有数字，所指的总数是再前一句的，不能确定',
  // results-after-whole.ts [the other counts (enum), the whole as printed]
  resultsNested: () => '所列“不予公开”“无法提供”等项后的原因（信息不存在、非本机关等）可能是它的细分',
  resultsSeveral: () => '正文说明同一申请可能有多种处理结果，各项可能重复计数',
  resultsOthers: (list, whole) => `上句另有${list}，所列结果未必只是${whole}的`,
  // qizhong-included.ts [the outer count, the included one; the item it adds up to]
  includedRest: (outer, inc) => `所列各项之和等于${outer}减去所含的${inc}，所列可能只是其余部分的分项`,
  includedItem: (hit) => `所列各项之和等于“包括”所列的${hit}，“其中”也可能只指这一项`,
  // qizhong-carried.ts [the item carried on, the closed whole]; qizhong-ends.ts
  carriedOnPast: (p, whole) => `${p}结转下年度，不在已办结的${whole}之内，“其中”所列可能止于它之前`,
  amongPublished: () => '“在主动公开的信息中”另起一种分法，“其中”所列可能止于它之前',
  // parts-judge.ts overlappingParts, parts-nested.ts, parts-stages.ts (partsOverBut's why) [the item's words, the other item's]
  scopeIncludes: () => '“属于…范围”或“应公开”的一项可能包含其后各项',
  suitsSameCases: () => '诉讼的各审级结果、胜败诉与裁判方式可能是同一批案件',
  oneBatchStages: () => '所列各项是同一批申请的受理与办理，不是总数的组成部分',
  levelAndUnits: () => '本级与所属部门、单位的信息可能交叉计数',
  partOfItem: (b, a) => `“${b}”可能是“${a}”的一部分，各项可能交叉计数`,
  // txt67, vs-table-outcome.ts: a row's count with 已办结 after it [the figure as printed]; a carried-on count with another extended beside it [that one's]
  closedOfRow: (n) => `${n}说的是其中已办结（答复）的，可能只是一部分`,
  extendedBeside: (n) => `正文另有延期答复的${n}，年底时可能仍未办结，计入结转下年度的可能是其中一部分`,
  // txt72, tenths.ts: a share in tenths, a change by half [part, whole, what they make, the words]; [this year's, last year's, '−' or '', what it makes, the words]
  tenthsCalc: (p, w, x, words) => `${p} ÷ ${w} = ${x}%，正文“${words}”`,
  halfCalc: (cur, old, sign, x, words) => `(${cur} − ${old}) ÷ ${old} = ${sign}${x}%，正文“${words}”`,
  // …within 5 points past the word's bounds [the calculation]
  tenthsLoose: (calc) => `${calc}；“成”是约数，差距在五个百分点内，不作判断`,
  halfLoose: (calc) => `${calc}；“一半”是约数，差距在五个百分点内，不作判断`,
  // txt78's (tenths.ts): a fraction in words ("占三分之二") within 5 points past its bounds [tenthsCalc]
  fractionLoose: (calc) => `${calc}；分数是约数，差距在五个百分点内，不作判断`,
  // txt74, year-on-year.ts: a growth in % whose last year, derived, is below 0 [this year's count with its words, the change, last year's so derived]
  yoyNegativeBase: (cur, change, prev) => `按${cur}${change}推算，上年为${prev}，增幅不是该数的，或正文有误，不作判断`,
  // en105: flow-balance.ts, the year's flow in words not judged [the closed count as printed, the carried in as printed]
  flowAnsweredCarried: (closed, carried) => `${closed}紧随上年结转${carried}，可能是上年结转的申请已答复，本年办结件数未写，不作收支平衡判断`,
  // …this year's alone balance, those carried in said closed apart [this year's intake, the outflow (plus), what it makes, the carried in, the closed]
  flowCarriedApart: (own, out, x, carried, closed) => `${own} = ${out} = ${x}件；上年结转的${carried}另说已办结，是否计入${closed}不能确定，不作判断`,
  // …less went out than came in [the outflow (plus), what it makes, (the intake as printed, ) the closed count in time]
  flowInTimeShort: (out, x, closed) => `${out} = ${x}件，少于收到的；${closed}是法定期限内答复的，逾期答复的不在其中，不作判断`,
  flowRestUncounted: (out, x) => `${out} = ${x}件，少于收到的；句中另说其余的去向而未写件数，不作判断`,
  flowInTimeUnder: (out, x, inFig, closed) => `${out} = ${x}件，少于${inFig}；${closed}是法定期限内答复的，逾期答复的不在其中，不作判断`,
  flowOtherTerms: (out, x, inFig) => `${out} = ${x}件，少于${inFig}；正文未写上年结转，句中另有其他数字或去向，不作判断`,
  // …more went out, no 上年结转 named [the outflow (plus), what it makes, the intake as printed]
  flowOverNoCarried: (out, x, inFig) => `${out} = ${x}件，多于${inFig}；正文未写上年结转，差额可能是上年结转的申请，不作判断`,
  // …已办理 as all those handled [the count as printed, the whole (as printed, or what came in with its 件)]
  flowHandledAll: (closed, whole) => `已办理${closed}可能是全部办理的申请（${whole}，结转下年度的也在其中），不作收支平衡判断`,
  // …flow-words.ts: a 办理 equal to those received [the outflow (plus), what it makes, the 办理 count as printed]; a bracket
  // saying how many of those closed were carried in [what came in (plus), what it makes, the outflow (plus), what it makes, the closed's word, the carried in]
  flowHandledSame: (out, x, closed) => `${out} = ${x}件；“办理${closed}”与收到的相等，可能含结转下年度的，不作判断`,
  flowParenCarried: (inflow, v, out, x, closedW, carried) => `${inflow} = ${v}件，${out} = ${x}件；括注只说${closedW}数中有上年结转${carried}，上年结转的申请可能更多（未办结的转入下年度），不作判断`,
  // en105: a failed comparison made a skip [(…,) the comparison]: result-after.ts, carried-part.ts, answered-among.ts
  resultOfCarried: (cmp) => `此数只是上年结转申请的办理结果，表三此行还含本年新收的（${cmp}）`,
  carriedOpenBeside: (cmp) => `正文另有尚在办理或次年才办结的申请，可能也计入结转下年度（${cmp}）`,
  // [the answered count as printed, table 三's 上年结转]
  answeredOwnYear: (whole, carried, cmp) => `${whole}是本年新收的申请中已答复的，表三此行还含上年结转的${carried}件（${cmp}）`,
  // multiples.ts [this year's, last year's as printed, the ratio, the words]; the skips on it (and shareRounded's)
  multipleCalc: (cur, old, ratio, words) => `${cur} ÷ ${old} = ${ratio}倍，正文“${words}”`,
  multipleGrowthTo: (calc, ratio, words) => `${calc}；按“增长到${ratio}倍”理解相符，“${words}”常被这样使用，不作判断`,
  multipleDoubled: (calc, words) => `${calc}；“${words}”常被用来说增加了一倍，按此理解相符，不作判断`,
  prevZeroMultiple: () => '上年数为0，无法计算倍数',
  // year-on-year.ts [this year's, last year's as printed, the difference, its counter, the change as printed]; a growth's [this year's, last year's, counter, what it makes, the growth as printed]
  yoyDiffCalc: (cur, prev, x, unit, words) => `${cur} − ${prev} = ${x}${unit}，正文 ${words}`,
  yoyPctCalc: (cur, prev, unit, x, words) => `(${cur} − ${prev}${unit}) ÷ ${prev}${unit} = ${x}%，正文 ${words}`,
  prevZeroGrowth: () => '上年数为0，无法计算增幅',
  // a list of figures as printed, joined by 、
  enum: (...xs) => xs.join('、'),
} satisfies Record<string, W>);
