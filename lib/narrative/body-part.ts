/**
 * Whose figure is it: the whole body the tables count, or a part of it (its 本级, its 部门, its
 * 乡镇/街道, the office that answers for it)? Read by the comparison with the tables
 * (text-vs-table.ts): a part's figure is not the table's.
 *
 * A sentence's subject holds for its later ，-clauses, up to a ；or the sentence's end, or until
 * another subject appears: in "区政府本级共收到…66件，上年结转6件，办结69件，结转下年度继续办理
 * 3件" every figure is 本级's. And "共/合计" after a part's name is that part's total ("区直部门共
 * 收到申请18件"), not the body's. A clause naming the whole (全区, 全县, 各级各部门, 我局, 本机关)
 * is the whole again: "区政府本级收到17件，全区共收到45件" compares 45.
 */
import { semicolonClauseStart } from './figures-in-text.ts';
import { clauseStart } from './quote.ts';

/** Words naming the whole body; they win over a part's in the same clause ("全县各乡镇、各部门共收到…"). */
const WHOLE = /全(?:市|县|区|镇|乡|旗|州|省|盟)|各级各(?:部门|单位)|各级(?:行政机关|政府|机关)|[我本](?:局|委|办|厅|署|院|机关|单位|部门|市|县|区|镇|乡|街道)(?!级)/;

/**
 * Words naming part of the body: "市政府办公室收到52件", "市直各部门收到34件", "各县区收到34件",
 * "区政府本级…", "代表区政府受理…", "乡镇（街道）共收到…", "镇街…", "区属部门…" ("区政府办理…" is the body at work).
 */
const PART = /各[^，,；;。\d]{0,6}?(?:部门|单位|街道|乡镇|镇|乡|县|区|科室)|市直|县直|区直|[市县区]属|下属|直属|(?:组成|工作|职能)部门|办公室|政府办(?![理结事])|本级|代表|乡镇|镇街/;

/**
 * A clause's head, its subject: the words before its verb (or figure). A share or a comparison
 * names its base, not a subject: "区政府本级收到30件，占全区申请总数的35%，办结31件".
 */
const HEAD_END = /占|较|比|收到|受理|接收|接到|提出|新收|办结|答复|办理|处理|公开|被|共|合计|总计|累计|转|涉及|对|向|为|\d/;

/** Closed parentheses, whose words are an aside, not the sentence's subject: "86件（其中区政府本级52件），办结88件". */
const CLOSED_PAREN = /[（(][^（()）]*[）)]/g;

function kind(words: string): 'whole' | 'part' | null {
  if (WHOLE.test(words)) return 'whole';
  if (PART.test(words)) return 'part';
  return null;
}

/**
 * Is the figure at `pos` of `sentence` about part of the body? Its own ，-clause decides when it
 * names the whole or a part (anywhere before the figure: "转交区直部门办理12件"); else the nearest
 * earlier ，-clause of its ；-clause whose head names one.
 */
export function aboutPartOfBody(sentence: string, pos: number): boolean {
  const own = clauseStart(sentence, pos);
  const mine = kind(sentence.slice(own, pos).replace(CLOSED_PAREN, ''));
  if (mine) return mine === 'part';
  const from = semicolonClauseStart(sentence, pos);
  if (own <= from) return false;
  const before = sentence.slice(from, own).replace(CLOSED_PAREN, '').split(/[，,：:]/);
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i] ?? '';
    const end = c.search(HEAD_END);
    const k = kind(end < 0 ? c : c.slice(0, end));
    if (k) return k === 'part';
  }
  return false;
}

/** The ；-clause up to a figure without its closed parentheses: where 其中 may name a part for it. */
export function scopeBefore(sentence: string, pos: number): string {
  return sentence.slice(semicolonClauseStart(sentence, pos), pos).replace(CLOSED_PAREN, '');
}
