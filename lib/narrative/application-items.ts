/**
 * 项 as the applications' unit (txt63; txt62 left "收到申请12项" unread beside tables, flow-in-items.ts read a flow in 项
 * only where a report has no table 三): "收到政府信息公开申请62项", "62项政府信息公开申请", "共收到依申请公开62项" count
 * applications, as 件 does, and so do the later 项 of the same sentence said with a flow's or a result's words alone
 * ("…62项，上年结转4项，办结63项，其中予以公开32项"). Not where 项 counts anything else: rules and documents, items of
 * 主动公开, 事项 (行政许可事项, 依申请公开事项 — a kind of work, not the requests), 复议/诉讼, other requests; nor in a
 * sentence that also counts in 件 (its 项 are some other thing).
 */
import type { SentenceFigures, TextFigure } from './figures-in-text.ts';
import { clauseStart } from './quote.ts';

/** "…申请62项", "依申请公开62项": the noun right before the figure. */
const NOUN_BEFORE = /(?:申请|依申请公开)(?:数量?)?\s*(?:共计?|合计|总计|计|为|达)?\s*$/u;
/** "62项政府信息公开申请": the noun right after it (not 申请材料, 申请表). */
const NOUN_AFTER = /^\s*(?:的)?(?:政府信息公开|信息公开|依申请公开)?申请(?![材资表事])/u;
/** Words of a sentence whose 项 count something else (the applications' own words taken out first). */
const OTHER = /事项|条|规章|文件|制度|清单|目录|主动公开|许可|处罚|强制|审批|咨询|建议|提案|留言|投诉|举报|信访|复议|诉讼|起诉|工单|诉求|政务服务|培训|检查|措施|任务|指标|项目|补正|延期|听证|赔偿/;
const OWN_WORDS = /政府信息公开申请|信息公开申请|依申请公开/g;
/** A clause of a flow's or a result's words alone: "上年结转", "办结", "其中予以公开", "结转下年度继续办理". */
const FLOW_ONLY = /^(?:其中|另有|还有|全年|本年度?|年内|共计?|合计|累计|已|均|依法|全部|[，,：:\s])*(?:收到|新收|受理|接收|办结|答复|办理完毕|处理|上年度?结转|上一年度?结转|去年结转|结转下一?年度?(?:继续办理)?|予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理)(?:的|了)?$/u;

function ownNoun(clause: string, after: string): boolean {
  return NOUN_BEFORE.test(clause) || NOUN_AFTER.test(after);
}

/** Is a 项 figure a count of applications, by its own clause (`clause`), the words after it and its sentence? */
export function applicationItems(s: SentenceFigures, f: TextFigure, clause: string, after: string): boolean {
  if (f.unit !== '项' || s.figures.some((g) => g.unit === '件') || OTHER.test(s.text.replace(OWN_WORDS, ''))) return false;
  if (ownNoun(clause, after)) return true;
  if (!FLOW_ONLY.test(clause.trim())) return false;
  return s.figures.some((g) => g.end <= f.start && g.unit === '项' && ownNoun(s.text.slice(clauseStart(s.text, g.start), g.start), s.text.slice(g.end)));
}
