/**
 * A count of the year's applications split in two with no 其中 (rule text.parts-sum; recall38, session
 * 37's hunts): "全年共受理申请32件，本年度新收申请30件，结转上年度2件" (or the two in a bracket after it,
 * or "本年度新收申请30件，结转上年度2件，共计32件"). What was received this year and what was carried in
 * are all there is to handle, so the two are read as the whole's parts when they stand right beside it,
 * one after the other with nothing counted between:
 * - a whole named as received or in all (受理, 收到, 共, 合计): a pass where they add up, an error where
 *   not, unless the whole is the count received this year itself (受理 may name the year's own: a skip);
 * - a whole named otherwise (办理, 处理…: the count answered may be less), or a total after them: a pass
 *   or a skip.
 */
import { cmpDec } from './decimal.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { notThisYears } from './other-year.ts';
import { CARRIED_FROM, inRespectivelyList, LIST_LEAD, type PartsGroup } from './parts-sum.ts';

/** This year's own: "本年度新收", "新收", "本年收到". */
const NEW = /新收|本年度?(?:收到|受理|接收)/;
/** A whole named as all that came in. */
const ALL_IN = /受理|收到|接收|接到|^(?:共计|合计|总计|共|总共)|(?:共计|合计|总计|共)(?:收到|受理)?(?:政府信息公开)?申请$/;
/** Words of a count answered or handled, which the two need not add up to. */
const HANDLED = /办理|办结|答复|处理|回复|结转下|转下/;

const label = (f: TextFigure): string => f.label.replace(LIST_LEAD, '').trim();

/** Nothing but a mark, a bracket or 其中-less joining words between two figures. */
function adjacent(s: SentenceFigures, a: TextFigure, b: TextFigure): boolean {
  return /^\s*[，,、（(：:]?\s*$/.test(s.text.slice(a.end, b.start - b.label.length));
}

export function findNewAndCarriedGroups(s: SentenceFigures, year: number | null = null): PartsGroup[] {
  if (s.figures.length < 3 || !/新收|本年/.test(s.text) || !CARRIED_FROM.test(s.text)) return [];
  const out: PartsGroup[] = [];
  const fs = s.figures;
  for (let i = 0; i + 2 < fs.length; i++) {
    const x = fs[i] as TextFigure;
    const y = fs[i + 1] as TextFigure;
    const z = fs[i + 2] as TextFigure;
    if (![x, y, z].every((f) => isCount(f) && f.unit === '件' && !notThisYears(s, f, year) && !inRespectivelyList(s, f))) continue;
    if (!adjacent(s, x, y) || !adjacent(s, y, z)) continue;
    // the whole first ("受理32件，本年度新收30件，结转上年度2件") or last ("…，共计32件")
    const orders: [TextFigure, TextFigure, TextFigure][] = [[x, y, z], [z, x, y]];
    for (const [whole, a, b] of orders) {
      const pair = [a, b];
      const fresh = pair.find((f) => NEW.test(label(f)) && !CARRIED_FROM.test(label(f)));
      const carried = pair.find((f) => CARRIED_FROM.test(label(f)));
      if (!fresh || !carried || fresh === carried) continue;
      const w = label(whole);
      if (NEW.test(w) || CARRIED_FROM.test(w)) continue;
      // both in the whole's bracket, or neither in a bracket
      if (a.paren !== b.paren && (a.paren === null || b.paren === null)) continue;
      // (after them, a total's word and nothing else: "共计32件", not "共办理2074件", a count handled)
      if (whole === z && !/^(?:以上|上述|两项)?(?:共计|合计|总计|共|总共)(?:为|达)?(?:申请)?$/.test(w)) continue;
      // (a total after them, "新收申请86件、上年结转5件，共计90件", may be a count of its own: recall12 keeps
      // it unread; here it is a pass where they add up, else a skip)
      // (and "累计受理…", "截至…共受理…": a count over more than the year)
      const sure = whole !== z && ALL_IN.test(w) && !HANDLED.test(w) && !/累计|截至|截止|历年|以来/.test(s.text.slice(0, whole.start));
      const own = cmpDec(fresh.value, whole.value) === 0;
      const unsure = whole === z ? `“${w}”之后的${whole.raw}未必是两者的合计` : !sure ? `${whole.raw}未必是收到与上年结转的合计，也可能是办结的` : own ? `${whole.raw}等于本年新收数，可能只是本年收到的申请` : undefined;
      out.push({ shape: whole === z ? 'trailing' : 'qizhong', whole: { s, f: whole }, parts: [{ s, f: a }, { s, f: b }], complete: true, ...(unsure ? { unsure } : {}) });
      break;
    }
  }
  return out;
}
