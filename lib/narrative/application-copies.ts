/**
 * 份 as the applications' unit (left57; hunt55 left "收到8份政府信息公开申请" unread): "收到政府信息公开申请36份",
 * "答复申请36份", "36份申请" count applications, as 件 does; "印发文件36份", "发放宣传资料2000份", "申请材料120份", "发放申请表200份",
 * "告知书36份" count documents and stay unread. Only where 申请 (or 申请书, one a request) is the noun of
 * the figure itself, right before it or right after it, and its clause names no review, suit or table 二's work.
 */
import type { SentenceFigures, TextFigure } from './figures-in-text.ts';
import { clauseStart } from './quote.ts';

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

/** A clause that is nothing but the carried applications' words: "上年结转", "结转上年度的", "结转下年度继续办理". */
const CARRIED_ONLY = /^(?:另有|还有|加上?|以及|及)?(?:上年度?|上一年度?|去年)(?:结转|转结)(?:的|来的)?$|^(?:结转|转结)(?:自)?(?:上年度?|上一年度?)(?:的)?$|^(?:结转|转入)下(?:一)?年度?(?:继续)?(?:办理)?(?:的)?$/u;

/**
 * "收到政府信息公开申请62份，上年结转4份" (left59; left57 left "上年结转4份" unread): a 份 with no noun of its own in a
 * clause of carried words alone counts applications where an earlier figure of its sentence is a 份 of applications by
 * its noun (applicationCopies): the sentence has said what its 份 count. Alone ("上年结转4份，本年新收62份") it stays unread.
 */
export function carriedCopies(s: SentenceFigures, f: TextFigure, clause: string): boolean {
  if (f.unit !== '份' || !CARRIED_ONLY.test(clause.trim())) return false;
  return s.figures.some((g) => g.end <= f.start && applicationCopies(g, s.text.slice(clauseStart(s.text, g.start), g.start), s.text.slice(g.end)));
}
