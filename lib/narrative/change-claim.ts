/**
 * A year-on-year claim's parts (ChangeClaim), the sign of a change verb, and the claims said as a move
 * from last year's figure to this year's ("新收申请由282件增至292件，增加10件"): read here, checked by
 * year-on-year.ts as a 较 comparison is.
 */
import { isCount, semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';

/** The sign a change verb states: 增加 +1, 减少 −1. */
export function changeSign(verb: string): 1 | -1 {
  return /减|下降|降|少/.test(verb) ? -1 : 1;
}

export interface ChangeClaim {
  cur: TextFigure;
  prev: TextFigure | null;
  amount: TextFigure | null;
  pct: TextFigure | null;
  /** the year the base's parenthesis names ("较上年（2022年）", "（2022年为80件）"), or null */
  baseYear?: number | null;
  /** the sentence last year's figure stands in, when not the comparison's own (baseInNextSentence) */
  prevIn?: SentenceFigures;
  /** the sentence this year's figure stands in, when the one before the comparison's (yoy-base-clause.ts) */
  curIn?: SentenceFigures;
  /** a change said in words only, right after last year's figure ("较上年的70件有所增加"): its sign, 0 for 持平 */
  direction?: { sign: 1 | -1 | 0; words: string; end: number };
}

/** Between "由282件增至292件" and its change, or the change and its rate: words of change, nothing else. */
const CHANGE_ONLY = /^[\s，,、]*(?:同比)?(?:共|净)?(?:增加|减少|增长|下降|上升|降低|提高|多|少|增幅|降幅)了?(?:为|达)?\s*$/;

/** "由282件增至292件": the verb between last year's figure and this year's. */
/** (and "由上年的60件增加到今年的80件": recall39; a year named after the verb, group 1; "由2022年的45件上升为52件": recall40) */
const FROM_TO = /^\s*(?:增至|增加到|增加至|增长到|增长至|上升到|上升至|提高到|提高至|降至|下降到|下降至|减少到|减少至|减至|降低到|降低至|增加为|增长为|上升为|提高为|下降为|减少为|降低为|降为|减为|增为)\s*(?:今年|本年度?|(\d{4})\s*年度?)?的?\s*$/;

/** The words right before the first figure of "由282件增至292件" (上年, or a year, group 1: the base's). */
const FROM_LABEL = /(?:由|从)(?:上年度?|去年|上一年度?|(\d{4})\s*年度?)?的?$/;

/**
 * "新收申请由282件增至292件，增加10件，增长3.55%" (red team 17): last year's figure after 由/从,
 * this year's after the verb, the change after both in the same ；-clause, checked as a 较 comparison
 * is. With no change stated there is nothing to check.
 */
export function readFromToClaims(s: SentenceFigures, year: number | null = null): ChangeClaim[] {
  const out: ChangeClaim[] = [];
  for (let i = 0; i + 1 < s.figures.length; i++) {
    const prev = s.figures[i] as TextFigure;
    const cur = s.figures[i + 1] as TextFigure;
    const from = FROM_LABEL.exec(prev.label);
    const to = FROM_TO.exec(s.text.slice(prev.end, cur.start));
    // ("由上年的900条增加为1200条": the figure after 增加为 is read as a change by its label, but here it is this year's)
    const curCount = isCount(cur) || (!!to && /为/.test(to[0]) && !cur.approx && cur.unit !== '%' && cur.unit !== '百分点');
    if (!isCount(prev) || !curCount || prev.unit !== cur.unit || !from) continue;
    // (this year's figure said of another year is no claim of the report's)
    if (!to || (to[1] && (year === null || Number(to[1]) !== year))) continue;
    const claim: ChangeClaim = { cur, prev, amount: null, pct: null, baseYear: from[1] ? Number(from[1]) : null };
    let after = cur.end;
    for (const f of s.figures.slice(i + 2)) {
      // only the change right after, in words of change alone: "…增至292件，其中政策解读增加15条" or
      // "…，行政处罚增加6件" is another subject's; "…，较上年增加23件" a 较 comparison of its own (checkChanges)
      if (!CHANGE_ONLY.test(s.text.slice(after, f.start)) || f.approx || f.change === null) break;
      after = f.end;
      if (f.unit === '%' && !claim.pct) claim.pct = f;
      else if (f.unit === cur.unit && !claim.amount) claim.amount = f;
      else break;
    }
    // "由45件上升为40件" (recall41): with no change stated, the verb's direction against the two figures;
    // not a rank ("由第5名上升为第3名", "排名由12位上升为8位": a smaller figure is the higher place)
    if (!claim.amount && !claim.pct && !RANK.test(s.text.slice(semicolonClauseStart(s.text, prev.start), cur.end)) && !RANK_UNIT.test(cur.unit)) {
      const verb = to[0].trim().replace(/(?:今年|本年度?|\d{4}\s*年度?)?的?$/, '').replace(/[为到至]$/, '');
      claim.direction = { sign: changeSign(verb), words: verb, end: cur.end };
    }
    if (claim.amount || claim.pct || claim.direction) out.push(claim);
  }
  return out;
}

/**
 * Words of a rank or a place, whose smaller figure is the better one, and of a time or a rate, which a
 * writer may say "提高" of as it shrinks (readFromToClaims's direction: not read).
 */
const RANK = /第|排名|排位|名次|位次|排序|位列|档次|等级|星级|率|时限|时间|用时|时长|周期|[天日时]内|工作日|小时|分钟/;
const RANK_UNIT = /^(?:名|位|档|级|星)$/;
