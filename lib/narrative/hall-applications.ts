/**
 * A service hall's intake that its own words say is the applications' (txt76; rt79 left both as misses): "依申请公开方面，
 * 政务服务大厅全年受理申请62件，办结63件，结转下年度3件", "全年行政服务中心受理申请62件，均为政府信息公开申请，办结63件".
 * claim-scope.ts SERVICE_HALL makes a hall the subject of its every matter (rt78: "区政务服务大厅共受理申请1260件" is the
 * hall's whole work, and "全年政务服务中心受理各类申请12.6万件" were three errors against table 三), and the clause before
 * the count is the same in both ("政务服务大厅全年受理申请"): only the words around the clause tell them apart. Read as the
 * applications' only where the hall's verb is followed by a bare 申请 and its count, and either the ，-clause right before,
 * in the same ；-clause, names nothing but the applications as the topic ("依申请公开方面，", "在依申请公开工作中：";
 * flow-apps-intake.ts appsTopicBefore, the test the flow's two intakes are told apart by), or the
 * words right after the count say all of them are ("，均为政府信息公开申请"). Never by whether the count agrees with a table.
 */
import type { TextFigure } from './figures-in-text.ts';
import { NOT_APPLICATION, SERVICE_HALL } from './claim-scope.ts';
import { appsTopicBefore } from './flow-apps-intake.ts';

/** The hall, its verb, then a bare 申请 to the clause's end ("政务服务大厅全年受理申请", "行政服务中心受理群众申请共"); not 各类申请. */
const HALL_BARE = new RegExp(`(?:${SERVICE_HALL.source})(?:了)?(?:群众|公众)?(?:的)?申请(?:共|共计|合计|总计|计)?\\s*$`);
/** Right after the count, all of them the applications: "，均为政府信息公开申请", "（全部为依申请公开申请）". */
const ALL_APPS_AFTER = /^\s*(?:[，,]\s*|[（(]\s*)(?:均|全部|全都|都)(?:为|是|系|属于?)(?:政府信息公开|信息公开|依申请公开)(?:的|类)?申请\s*[）)]?\s*(?=[，,；;。]|$)/;

/** A 其中 or a bracket right after the count that names the applications among its parts; or a 含/包括 clause (rt81: "，含政府信息公开申请62件"). */
const PICKS_OUT = /^\s*(?:[，,：:]\s*(?:其中|含有?|包括|包含|内含)|[（(]\s*(?:其中|含|包括|包含))[^。；;]*?(?:信息公开|依申请)/;
/** The applications' own count after it in its ；-clause ("…受理申请1260件，政府信息公开申请62件，办结63件", "，政府信息公开类62件", rt81): the hall's is the whole. */
const APPS_COUNT_AFTER = /^[^。；;]*?(?:信息公开|依申请公开)(?:的|类)?(?:申请)?\s*(?:共|共计|合计|计)?\s*[0-9０-９]/;

/** Is the figure a hall's intake its own words say is the applications' (see above)? `clause` is its ，-clause up to it. */
export function hallOfApplications(text: string, f: TextFigure, clause: string): boolean {
  if (!HALL_BARE.test(clause) || NOT_APPLICATION.test(clause.replace(SERVICE_HALL, ''))) return false;
  // (the applications picked out of it after: "依申请公开方面，政务服务大厅全年受理申请1260件，其中政府信息公开申请62件" — the hall's whole)
  if (PICKS_OUT.test(text.slice(f.end)) || APPS_COUNT_AFTER.test(text.slice(f.end))) return false;
  return ALL_APPS_AFTER.test(text.slice(f.end)) || appsTopicBefore(text, f.start);
}
