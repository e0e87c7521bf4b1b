/**
 * What the items of a list are counted by, from their labels: results, channels, applicants or
 * units (dimensionOf), and the further kinds a list closed by its own total may hold
 * (totalItemKindOf). A list whose items are of one dimension divides its whole one way.
 */

/** What an item of a list of applications is counted by, when its label says. */
const DIMENSIONS: readonly [string, RegExp][] = [
  // (the pre-2019 reports' words too: 信息不存在, 非本机关职责范围 / 不属于本机关, 非本部门掌握, 申请内容不明确, 正在办理)
  // (and "属于公开范围42件": recall39, hunt38's miss, an answer the old reports and some new ones word so)
  ['result', /予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理|办结|答复|结转|不掌握|不存在|非本(?:机关|部门|单位)|不属于本机关|职责范围|内容不明确|正在办理|属于(?:已)?(?:主动)?公开(?:的)?范围/],
  ['channel', /网上|网络|互联网|在线|当面|现场|书面|信函|来信|传真|邮寄|电子邮件|邮件/],
  ['applicant', /自然人|个人(?!隐私|信息|秘密|财产)|法人|企业|公民|社会组织|其他组织|科研机构|法律服务机构/],
  ['unit', /办公室|政府办|部门|本级|县区|区县|街道|乡镇|直属|下属/],
];

export function dimensionOf(label: string): string | null {
  for (const [d, re] of DIMENSIONS) if (re.test(label)) return d;
  return null;
}

/**
 * What else the items of a list before its total (a trailing 共计/合计) may all be, beside
 * dimensionOf's: table 二's kinds of decision ("行政许可2476件，行政处罚318件，行政强制27件，共计…")
 * and the suggestions and proposals a body handled ("人大代表建议12件、政协提案8件，合计21件"). Only
 * a total written after them sums such items: a 其中 list of them is read as before.
 */
const TOTAL_ITEM_KINDS: readonly [string, RegExp][] = [
  ['decision', /行政许可|行政处罚|行政强制|行政确认|行政征收|行政给付|行政检查|行政裁决|行政奖励/],
  ['motion', /建议|提案|议案/],
  // kinds of information published, each named by its own words ("人事信息26条、财政预决算信息8条、
  // 重大项目信息12条，共计48条", "机构职能类16条"); 政府信息 and 政务信息 are the whole's words, no kind
  ['infoKind', /(?<!政府|政务)(?:信息|类)$/],
];

export function totalItemKindOf(label: string): string | null {
  const d = dimensionOf(label);
  if (d !== null) return d;
  for (const [k, re] of TOTAL_ITEM_KINDS) if (re.test(label)) return k;
  return null;
}

/** The counters of applications (宗: recall39b, a 2017 city bureau's "受理…申请10件，其中当面申请1宗，…网上申请9宗"). */
export const APPLICATION_UNIT = /^[件份宗]$/;

/**
 * 件 and 份 (and 宗) all count applications: "全年受理申请20份，其中予以公开12件，部分公开5件，不予公开3件"
 * (recall38, session 37's hunts: no item of the whole's counter, the list was not read). An item in
 * the other of the two is of the whole where the whole names applications (its words end on 申请, 申请表:
 * not "申请材料30份", which counts papers) and the item says
 * what became of them, how they came or who sent them (dimensionOf); `said` is the item's words.
 */
export function sisterCounter(wholeUnit: string, wholeLabel: string, itemUnit: string, said: string): boolean {
  if (wholeUnit === itemUnit || !APPLICATION_UNIT.test(wholeUnit) || !APPLICATION_UNIT.test(itemUnit) || !/申请(?:表|书|件)?$/.test(wholeLabel.trim())) return false;
  const d = dimensionOf(said);
  return d === 'result' || d === 'channel' || d === 'applicant';
}
