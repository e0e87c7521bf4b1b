/**
 * A part's own breakdown, which is no more parts of the list's whole (split from parts-sum.ts by meaning, fix86, session 61):
 * partsIn reads the list, and takes out the items that break one of its parts down.
 */
import { cmpDec, sumDec } from './decimal.ts';
import { wordsAfter, type At } from './quote.ts';

/** Where the parenthesis open before `pos` closes. */
export function parenEnd(text: string, pos: number): number {
  const m = /[)）]/.exec(text.slice(pos));
  return m ? pos + m.index : text.length;
}

/**
 * A part's own breakdown in the parenthesis right after it is no more parts of the whole: "其中自然人
 * 申请54件，法人或其他组织申请17件（企业9件，律师事务所2件，其他6件）" (red team 20, c34). Only when
 * the parenthesis holds two figures or more and they add up to the part before it, or one figure
 * said of each of its kinds: "政府工作报告2条（中英文各1条）" (hunt32b: a real 2023 provincial
 * report's list, 345 in all, read as 346).
 */
export function withoutBreakdowns(parts: readonly At[], keepLoneRow = false): At[] {
  const out: At[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k] as At;
    out.push(p);
    if (p.f.paren !== null) continue;
    // ("其中政府信息公开类1件尚未审结，其余11件中胜诉10件、败诉1件": the rest's own list, to its ；-clause's end)
    const rest = restBreakdownAt(p);
    if (rest) {
      while (k + 1 < parts.length && (parts[k + 1] as At).f.start >= rest.from && (parts[k + 1] as At).f.end <= rest.through) k++;
      continue;
    }
    const open = /^[^\s，,；;。、（(\d]{0,3}[（(]/.exec(p.s.text.slice(p.f.end));
    if (!open) continue;
    const at = p.f.end + open[0].length;
    const close = parenEnd(p.s.text, at);
    let n = 0;
    while (k + 1 + n < parts.length && (parts[k + 1 + n] as At).f.start >= at && (parts[k + 1 + n] as At).f.end <= close) n++;
    if (n >= 2 && cmpDec(sumDec(parts.slice(k + 1, k + 1 + n).map((x) => x.f.value)), p.f.value) === 0) k += n;
    else if (n === 1 && EACH_BEFORE.test(p.s.text.slice(at, (parts[k + 1] as At).f.start)) && cmpDec((parts[k + 1] as At).f.value, p.f.value) < 0) k += 1;
  }
  return withoutDeniedRows(out, keepLoneRow);
}

/**
 * Table 三's rows under a result (report-format.md), said by name: 不予公开's ("涉及国家秘密", "属于三类内部事务信息", "过程性信息"),
 * 无法提供's ("本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"), 不予处理's ("信访举报投诉类申请",
 * "重复申请", "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息"). 其他处理's are read as results
 * of their own elsewhere (逾期未补正…: txt93, rt96).
 */
const ROWS_OF: readonly (readonly [RegExp, RegExp])[] = [
  [/不予公开/, /国家秘密|禁止公开|三安全一稳定|国家安全、公共安全、经济安全|第三方合法权益|内部事务|过程性信息|行政执法案卷|行政查询事项/],
  [/无法提供/, /不掌握|没有现成|另行制作|(?:补正后|申请)内容(?:仍)?不明确/],
  [/不予处理/, /信访举报投诉|(?:信访|举报|投诉)类申请|重复申请|公开出版物|大量反复|确认或重新出具/],
];
const RESULT_NAMED = /予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理|撤回|终止/;
/**
 * Items naming a result's rows, said after that result's item in the same list, are its breakdown, not more results: "其中予以公开32件，…
 * 不予公开5件，…其他处理1件，涉及国家秘密2件，属于过程性信息3件" of 63 was 68:63 (txt97); "无法提供15件，本机关不掌握相关政府信息10件，
 * 没有现成信息需要另行制作5件" 78:63, "不予处理3件，信访举报投诉类申请2件，重复申请1件" 66:63 (rt98). Only where they add up to no more
 * than the result before them and none names a result of its own.
 */
function withoutDeniedRows(parts: At[], keepLoneRow: boolean): At[] {
  let out = parts;
  for (const [parentRe, rowRe] of ROWS_OF) {
    const k = out.findIndex((p) => p.f.paren === null && parentRe.test(p.f.label) && !/部分公开/.test(p.f.label));
    if (k < 0) continue;
    const parent = out[k] as At;
    // (not after a figure it is said among: "这5件中3件属于国家秘密" is parts-restated.ts's)
    const rows = out.slice(k + 1).filter((p) => {
      const said = p.f.label + wordsAfter(p.s, p.f);
      return p.f.paren === null && p.f.unit === parent.f.unit && rowRe.test(said) && !RESULT_NAMED.test(said) && !/\d\s*[件个条宗]?\s*中/.test(p.s.text.slice(Math.max(0, p.f.start - 8), p.f.start));
    });
    if (rows.length === 0 || cmpDec(sumDec(rows.map((p) => p.f.value)), parent.f.value) > 0) continue;
    // (a lone row less than its result may be an item of the list: parts-kept.ts reads it so too, txt100)
    if (keepLoneRow && rows.length === 1 && cmpDec(rows[0]!.f.value, parent.f.value) < 0) continue;
    out = out.filter((p) => !rows.includes(p));
  }
  return out;
}

/** "各" right before a figure in a parenthesis: the figure is each kind's, not one more part ("中英文各1条", "各1件"). */
const EACH_BEFORE = /各\s*$/;

/** A rest named as an item: "其余11件", "剩余的5件", "剩下8件", "余31件", "另7件", "其余行政诉讼11件", "其他16件" (rt88). */
const REST_ITEM = /(?:^|[，,、；;\s])(?:其余|剩余|余下|剩下|另外|另有|另|余|其他|其它)(?:的)?(?:行政诉讼|行政复议|诉讼|复议|案件|申请)?\s*$/;
/**
 * Right after its figure, 中 opening its own list ("11件中", "11件案件中，", "24件申请中："), not 中止/中级…; or 分别为, 包括
 * ("其余31件分别为部分公开7件…": rt86).
 */
const AMONG = /^(?:的)?(?:案件|申请)?(?:中(?![止级央心标])|分别(?:为|是)|包括)\s*[，,：:]?\s*/;

/**
 * The rest of a list opening its own breakdown (fix86, session 61; rt84 left it): "行政诉讼案件12件，其中政府信息公开类1件尚未审结，
 * 其余11件中胜诉10件、败诉1件" — the 12's parts are 1 and 11, and the 10 and 1 after "其余11件中" are the 11's (read as 23 ≠ 12).
 * Where its breakdown runs (from after 中 to the ；-clause's end), or null.
 */
export function restBreakdownAt(p: At): { from: number; to: number; through: number } | null {
  const text = p.s.text;
  if (!REST_ITEM.test(text.slice(Math.max(0, p.f.start - 12), p.f.start))) return null;
  const among = AMONG.exec(text.slice(p.f.end));
  if (!among) return null;
  // (a colon opens a list that may run over its ；: "其余31件中：部分公开7件；不予公开5件；…" — rt86)
  const end = (/[：:]\s*$/.test(among[0]) ? /。/ : /[；;。]/).exec(text.slice(p.f.end));
  const from = p.f.end + among[0].length;
  const to = end ? p.f.end + end.index : text.length;
  // (a rest of the rest opens its own list, which ends this one at its figure (`to`; the whole list's own items end `through`): "其余31件中有15件属于无法提供，其他16件中部分公开7件、
  // …" is 15 + 16, and the 7… the 16's — rt88: read as 47 ≠ 31)
  const nested = p.s.figures.find((g) => g.start >= from && g.end <= to && restBreakdownAt({ s: p.s, f: g }) !== null);
  return { from, to: nested ? nested.end : to, through: to };
}
