/**
 * The applications' intake, when the sentence's 受理 is other work's: "全年受理群众诉求2356件，其中12345热线转办
 * 1890件；政府信息公开申请62件，上年结转4件，办结63件，结转下年度3件" (rt79 left it, fix80). The flow's carried,
 * closed and carried-on counts are the applications', named in a clause of their own with no verb ("政府信息公开
 * 申请62件", "依申请公开62件"): 62 + 4 = 63 + 3 is the balance, and 2356 (the public's appeals) against 66 was a
 * false error. Only where the 受理's own words name other work (other-work.ts: 诉求, 热线, 信访, 政务服务, 许可…)
 * and not the applications, and one clause alone names them so.
 */
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { OTHER_WORK } from './other-work.ts';
import { clauseStartOf } from './parts-sum.ts';

/** The whole clause before the count names the applications, nothing else: "政府信息公开申请", "依申请公开的申请". */
const APPS_CLAUSE = /^\s*(?:政府信息公开|依申请公开)(?:的)?(?:申请)?\s*$/;
const APPS = /政府信息公开|依申请公开/;

/** The count the applications' clause gives, in the other work's stead, or null (the 受理 is the applications', or no such clause). */
export function appsIntake(s: SentenceFigures, accepted: TextFigure): TextFigure | null {
  if (!OTHER_WORK.test(accepted.label) || APPS.test(accepted.label)) return null;
  const named = s.figures.filter((g) => {
    if (g === accepted || g.unit !== '件' || !isCount(g) || g.paren !== null) return false;
    return APPS_CLAUSE.test(s.text.slice(clauseStartOf(s.text, g.start), g.start));
  });
  return named.length === 1 ? named[0]! : null;
}
