/**
 * Claims on table 四's results with no figure (rule text.vs-table): "行政复议2件、行政诉讼3件，
 * 均已审结" says its 尚未审结 is 0; "…行政复议1件、行政诉讼2件，无被纠错情况" says its 结果纠正 is 0
 * (spec/report-format.md "Table 四"). Each is compared as a figure of 0 would be, for the cases
 * the sentence names before the claim: 复议, 诉讼 (both groups) or both.
 *
 * Narrow on purpose (a false flag costs more than a miss): the sentence must name 政府信息公开
 * and count 复议 or 诉讼 cases before the claim, in the report's year, for the whole body; a claim dated
 * after the year's end ("截至目前均已审结", "现已审结": table 四 counts what was open at the
 * year's end), of another kind of case ("非政府信息公开类"), or of a part ("其中", "部分") is
 * no claim. zero-claims.ts reads the totals' zeros ("未发生行政复议和行政诉讼"). A rate of 0 ("纠错率为0",
 * "纠错率为零", "零纠错") says the same as "无被纠错"; an earlier sentence of the paragraph may name the cases
 * as 政府信息公开's.
 *
 * "均已审结" against a table 四 with a case 尚未审结 is a warning, not an error: the table counts
 * the cases open on 31 December, and a report written in January may say, without a date, that
 * they have been closed since. "无被纠错" against a 结果纠正 has no such reading: an error.
 */
import { toDec } from './decimal.ts';
import { semicolonClauseStart, type SentenceFigures } from './figures-in-text.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { COMPARED_WITH, otherPeriod } from './period.ts';
import { clauseStart, shownOf } from './quote.ts';
import { compare, type VsTableInput } from './vs-table-compare.ts';
import { t4Measures, topicBefore, type Measure } from './measures.ts';
import { aboutPartOfBody } from './body-part.ts';
import { forGovernmentCase } from './claim-scope.ts';
import { restated } from './note-words.ts';

/** "均已审结", "全部审结", "都已依法结案": every case named before it is closed. */
const ALL_CLOSED = /(?:均|全部|都)(?:已经?)?(?:依法)?(?:审结|结案|审理终结)/g;
/** "无被纠错情况", "均未被纠正", "没有被复议机关纠错的情形", "未被法院判决纠错". */
const NONE_CORRECTED = /(?<![暂尚仍还若如有对非毫])(?:无|未|没有|不存在)(?:被)?(?:行政复议机关|复议机关|人民法院|法院)?(?:判决|决定)?(?:纠错|纠正)(?=$|[，,。；;]|的?(?:情况|情形|现象|案件))/g;

/**
 * A 纠错率 of nothing, or none corrected in a word: "纠错率为0", "纠错率为零", "纠正率为0%", "被纠错率
 * 为0.0%", "实现零纠错" (the rate's base is the cases; a rate of 0 says none was corrected, whatever the
 * base: correction-rate.ts reads a rate with its count, "纠错0件，纠错率为0%", and such a clause is left
 * to it).
 */
const RATE_ZERO = /(?:被)?(?:纠错|纠正)率(?:均|继续|保持|始终)?(?:为|是|保持在|达到)?\s*(?:0(?:\.0+)?\s*[%％]?|零)(?![\d.])(?=$|[，,。；;（(])|零(?:被)?(?:纠错|纠正)(?=$|[，,。；;])/g;

/** What the claims read, and the column each says is 0. */
const CLAIMS: readonly (readonly [RegExp, 'pending' | 'corrected'])[] = [[ALL_CLOSED, 'pending'], [NONE_CORRECTED, 'corrected'], [RATE_ZERO, 'corrected']];

/** An aim, not a fact of the year: "力争实现零纠错", "确保纠错率为0". */
const AIM = /力争|确保|争取|目标|努力|力求|务必|杜绝/;

/** The count of corrected cases a rate may be said of: "纠错0件，纠错率为0%" (correction-rate.ts). */
const CORRECTED_COUNT = /(?:纠正|纠错)(?:的)?(?:案件)?$/;

/**
 * Words before the claim, in its sentence, that make it no claim on the year's whole table: a part,
 * a wider scope (全市, 各级, 系统: the region's cases), another time, other cases.
 */
const NOT_THE_WHOLE = /其中|部分|个别|其余|本级|所属|下属|各(?:镇|街道|乡|部门|单位)|各级|全(?:市|区|县|省|州|盟|旗|镇|乡)|系统|上年|截至|截止|目前|至今|现已|现均|已于|作为(?:行政)?复议机关|非政府信息公开|非信息公开|不涉及|其他类/;

const ZERO = { raw: '0件', value: toDec(0, 0), ulp: null };

// (表四's 尚未审结 are the cases open at the year's end: a 0 said of them when the report was written may differ — note-words.ts sinceYearEnd)

function measureFor(topic: 'review' | 'suit' | 'both', id: 'pending' | 'corrected'): Measure | null {
  const m = t4Measures(topic).find((x) => x.id === id);
  // "both" compares the sum of 复议 and both groups of suits: one of them being 0 is no reading
  return m ? { ...m, loose: [] } : null;
}

export function checkCaseResultClaims(sentences: readonly SentenceFigures[], input: VsTableInput): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  for (const s of sentences) {
    const text = s.text;
    if (!/复议|诉讼/.test(text) || !/审结|结案|纠错|纠正/.test(text)) continue;
    // an earlier sentence of the paragraph may name the cases as 政府信息公开's ("本机关因政府信息公开
    // 被申请行政复议的情况如下。"); one on 政府信息公开 alone ("…工作扎实推进。") does not
    const paraBefore = sentences.some((x) => x.para === s.para && x.seq < s.seq && /信息公开/.test(x.text) && /复议|诉讼|起诉/.test(x.text)) ? '信息公开' : '';
    for (const [re, id] of CLAIMS) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const before = text.slice(0, m.index);
        if (!/信息公开/.test(paraBefore + before) || NOT_THE_WHOLE.test(before) || AIM.test(before)) continue;
        if (re === RATE_ZERO) {
          const from = semicolonClauseStart(text, m.index);
          if (s.figures.some((f) => f.start >= from && f.end <= m!.index && f.unit === '件' && CORRECTED_COUNT.test(f.label.trim()))) continue;
        }
        // the cases it is of are counted before it ("复议2件、诉讼3件，均已审结"): with no count
        // ("政府信息公开工作未被行政复议机关纠错") it may be said of any case, last year's too
        if (!s.figures.some((f) => f.end <= m!.index && f.unit === '件' && /复议|诉讼|起诉/.test(text.slice(0, f.start)))) continue;
        // the cases the claim is of: those named before it ("复议机关" or "法院" in its words say which)
        let topic = topicBefore(text, m.index);
        if (/复议机关/.test(m[0])) topic = 'review';
        else if (/法院/.test(m[0])) topic = 'suit';
        if (topic !== 'review' && topic !== 'suit' && topic !== 'both') continue;
        const from = clauseStart(text, m.index);
        const clause = text.slice(from, m.index + m[0].length);
        // (the government's cases handled by this body: "作为区政府的承办部门，应诉…4件，均已审结" — recall45)
        if (aboutPartOfBody(text, m.index, input.body ?? null) || forGovernmentCase(text, m.index)) continue;
        if (otherPeriod(text, clause, m.index, input.year ?? null) || COMPARED_WITH.test(before)) continue;
        const measure = measureFor(topic, id);
        if (!measure) continue;
        // quoted with the cases it is of: the ；-clause up to the claim ("复议2件、诉讼3件，均已审结")
        const quote = shownOf(s).slice(semicolonClauseStart(text, m.index), m.index + m[0].length).trim();
        const outcome = compare(measure, ZERO, quote, input);
        if (id === 'pending' && outcome.finding?.severity === 'error') {
          outcome.finding = { ...restated(outcome.finding, 'sinceYearEnd'), severity: 'warning' };
        }
        out.push(outcome);
      }
    }
  }
  return out;
}
