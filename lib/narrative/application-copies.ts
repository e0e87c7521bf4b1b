/**
 * 份 as the applications' unit (left57; hunt55 left "收到8份政府信息公开申请" unread): "收到政府信息公开申请36份",
 * "答复申请36份", "36份申请" count applications, as 件 does; "印发文件36份", "发放宣传资料2000份", "申请材料120份", "发放申请表200份",
 * "告知书36份" count documents and stay unread. Only where 申请 (or 申请书, one a request) is the noun of
 * the figure itself, right before it or right after it, and its clause names no review, suit or table 二's work.
 */
import type { TextFigure } from './figures-in-text.ts';

/** "…申请36份", "…申请书共36份": the noun right before the figure. */
const NOUN_BEFORE = /申请(?:书)?(?:数量?)?\s*(?:共计?|合计|总计|计|为|达)?\s*$/u;
/** "36份政府信息公开申请", "36份申请，…": the noun right after it (not 申请材料, 申请表格 as forms handed out). */
const NOUN_AFTER = /^\s*(?:的)?(?:政府信息公开|信息公开|依申请公开)?申请(?:书)?(?![材资表])/u;
/** Clauses whose 申请 is another request than for information. */
const OTHER_REQUEST = /复议|诉讼|起诉|许可|处罚|强制|审批|补正|延期|听证|赔偿|咨询|信访|投诉|举报/;

/** Is a 份 figure a count of applications, by the words of its own clause (`clause`) and those right after it? */
export function applicationCopies(f: TextFigure, clause: string, after: string): boolean {
  if (f.unit !== '份' || OTHER_REQUEST.test(clause)) return false;
  return NOUN_BEFORE.test(clause) || NOUN_AFTER.test(after);
}
