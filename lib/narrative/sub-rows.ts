/**
 * Table 三's item rows under 不予公开, 无法提供 and 不予处理 (spec/report-format.md) as the prose words
 * them: "无法提供的15件中，本机关不掌握相关政府信息12件，没有现成信息需要另行制作2件", "不予公开的5件
 * 中，属于过程性信息的1件". A figure whose nearest words name an item row is compared with that row
 * (session 24: such figures were read as 无法提供's and skipped, or not read). Only words that name
 * one row and nothing else (其他处理's 逾期不补正 and 逾期未缴纳费用 too, since session 25): 第三方 alone is also 征求第三方意见, a procedure; 信访 and 查询事项 are
 * other work's words (paragraph-topic.ts OTHER_SUBJECT) and are left out. 无法提供's and 其他处理's
 * items are named by no other thing, so no group word need come first.
 */
import { clauseStart } from './quote.ts';
import type { Measure } from './measures.ts';
import { t3RowName } from '../rules/names.ts';

/**
 * `also`: the group's total as a second reading, read only when the row's own figure is there too
 * (its figure added and taken off again): with the row blank or not mapped, a figure that misses
 * the group's total is no finding (a skip: the table lacks the row).
 */
const row = (id: string, words: RegExp, also?: string): Measure => {
  const figure = `t3.${id}.total`;
  return {
    id,
    topic: 'apply',
    words,
    // named as the table's findings name it: 表三「（四）无法提供1.本机关不掌握相关政府信息」
    strict: [
      { names: [figure], label: `表三「${t3RowName(id)}」` },
      ...(also ? [{ names: [`t3.${also}.total`, figure, `-${figure}`], label: `表三「${t3RowName(also)}」` }] : []),
    ],
  };
};

export const SUB_ROW_MEASURES: readonly Measure[] = [
  row('denied.secret', /国家秘密/g),
  row('denied.threeSecurity', /三安全一稳定|三安全|一稳定/g),
  row('denied.thirdParty', /(?:损害|保护|涉及|侵犯)第三方合法权益|第三方合法权益/g),
  row('denied.internal', /内部事务/g),
  row('denied.process', /过程性/g),
  row('denied.enforcement', /执法案卷/g),
  // "本机关不掌握相关政府信息15件" may name all of 无法提供 by its main reason: its total fits too
  row('unable.noInfo', /不掌握/g, 'unable'),
  row('unable.needCreate', /另行制作|没有现成|无现成/g),
  row('unable.unclear', /补正后[^，,；;。\d]{0,8}不明确|仍不明确/g),
  row('notProcessed.repeat', /重复申请/g),
  row('notProcessed.publication', /公开出版物/g),
  row('notProcessed.massive', /大量反复|大量、反复/g),
  row('notProcessed.confirm', /重新出具/g),
  // （六）其他处理's items (2021 template): words that name nothing else
  row('other.overdueCorrection', /逾期(?:未|不)补正/g),
  row('other.overdueFee', /逾期未(?:按(?:收费通知)?要求)?缴纳(?:费用|信息处理费)?/g),
];

/** Any item row's words (a superset of theirs), to pass over the clauses that name none. */
const ANY_ROW = /国家秘密|三安全|一稳定|第三方合法权益|内部事务|过程性|执法案卷|不掌握|另行制作|现成|不明确|重复申请|公开出版物|大量|重新出具|补正|缴纳/;

export const SUB_ROW_IDS: ReadonlySet<string> = new Set(SUB_ROW_MEASURES.map((m) => m.id));

type Pick = { measure: Measure; start: number; end: number };

/** The group rows' own words: before a 其中 that opens their items, and before an item's figure. */
const GROUP_WORDS: Readonly<Record<string, RegExp>> = { denied: /不予公开/, unable: /无法提供/, notProcessed: /不予处理/ };

/**
 * Is an item row's group named before its figure in the sentence (`before`)? "全年收到申请52件，其中
 * 首次申请45件，重复申请7件" counts applications made twice, not 不予处理's 重复申请; "涉及第三方
 * 合法权益的" may be any application's. 无法提供's and 其他处理's items are named by no other thing.
 */
function named(id: string, before: string): boolean {
  const group = id.slice(0, id.indexOf('.'));
  return group === 'unable' || group === 'other' || (GROUP_WORDS[group]?.test(before) ?? false);
}

/**
 * The item row a clause names at its end, when its words end no earlier than the measure already
 * picked: "本机关不掌握相关政府信息12件" (无法提供's 不掌握 ends where the row's does, the row wins),
 * not "因本机关不掌握…而无法提供的12件" (无法提供 is nearer the figure: the group's, as before).
 */
export function withSubRow(clause: string, picked: Pick | null, before: string = clause): Pick | null {
  if (!ANY_ROW.test(clause)) return picked; // most clauses: one test, not thirteen
  let best: Pick | null = null;
  for (const m of SUB_ROW_MEASURES) {
    if (!named(m.id, before)) continue;
    m.words.lastIndex = 0;
    for (let x = m.words.exec(clause); x; x = m.words.exec(clause)) {
      const end = x.index + x[0].length;
      if (!best || end > best.end) best = { measure: m, start: x.index, end };
    }
  }
  return best && (!picked || best.end >= picked.end) ? best : picked;
}


/**
 * The clause without its 其中 when that opens the items of the group the ，-clause before names:
 * "不予公开5件，其中涉及第三方合法权益2件" is of all 不予公开, as table 三's item rows are (not a
 * part of the body or of the applicants, which 其中 otherwise says).
 */
export function withoutGroupQizhong(text: string, pos: number, clause: string): string {
  const m = /^其中[，,：:]?/.exec(clause);
  if (!m) return clause;
  const sub = withSubRow(clause, null, text.slice(0, pos));
  const words = sub ? GROUP_WORDS[sub.measure.id.slice(0, sub.measure.id.indexOf('.'))] : undefined;
  const at = clauseStart(text, pos);
  if (!words || at === 0 || !/[，,]/.test(text.charAt(at - 1))) return clause;
  return words.test(text.slice(clauseStart(text, at - 1), at - 1)) ? clause.slice(m[0].length) : clause;
}

/**
 * "属于本机关不掌握相关政府信息的10件", "其中属于过程性信息的1件": an item row named as the table
 * names it (its row reads "属于四类过程性信息"), with 属于 before its words and nothing but the
 * row's noun and a 的 after them. That 的 closes the row's name; it does not qualify some
 * applications (qualified-count.ts), so the figure is the row's. Any other word before the 属于
 * ("某街道属于…", "不属于…", "涉及房屋征收且属于…") leaves the clause to qualified-count.ts.
 */
const ROW_VERB = /^(?:其中[，,：:]?)?\s*(?:均属于|属于|均属|系)\s*(?:[我本](?:局|委|办|厅|署|院|机关|单位|部门))?$/;
const ROW_NOUN = /^(?:相关|有关)?(?:政府)?(?:信息)?(?:的)?(?:申请)?$/;

/** Does a clause name an item row by its words alone, `before` and `after` them? */
export function namesItemRow(id: string, before: string, after: string): boolean {
  return SUB_ROW_IDS.has(id) && ROW_VERB.test(before.trim()) && ROW_NOUN.test(after.trim());
}
