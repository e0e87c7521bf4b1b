/**
 * A 纠错率 after a list of results with no whole named in its sentence (rule text.share): "行政
 * 复议结果维持6件、纠错2件，纠错率为25%", "被申请行政复议8件。其中维持6件、纠错2件，纠错率为25%".
 * correction-rate.ts reads the rate when a count before it names the cases; here the cases are
 * named only with their results, and the whole the rate is of is one of:
 * - the results the sentence lists (6 + 2: the list is the cases);
 * - a count of the cases earlier in the paragraph ("被申请行政复议8件。其中…");
 * - table 四's 总计 for the cases the sentence names, or those closed (总计 less 尚未审结).
 * (and, when the list names cases still open, those it lists as closed). Any that fits the printed
 * digits is a pass. None fitting is an error only when the rate is of the year's cases of the body
 * (its ；-clause names nothing else before the list: case-outcome-words.ts HARMLESS_WORDS) and table
 * 四 gives its readings; else a skip (a list may leave results out, and a rate of 2022, of 全市 or of
 * 某街道 is not of these tables).
 */
import { decToNumber, percentFits, percentText, sumDec, toDec, withDecimals, type Dec } from './decimal.ts';
import type { Paragraph } from './extract-prose.ts';
import { isCount, semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { RULE, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { part as notePart, said } from './note-words.ts';
import type { NotePart } from '../types.ts';
import { quoteSpan } from './quote.ts';
import { aboutPartOfBody, type Body } from './body-part.ts';
import { otherPeriod } from './period.ts';
import { readingValue, t4Measures, topicBefore } from './measures.ts';
import { correctedBeforeRate, countsCases } from './correction-rate.ts';
import { HARMLESS_WORDS } from './case-outcome-words.ts';

type Figures = Readonly<Record<string, number | null>>;

/** Words of a rate that is not the year's of the body: the region's, a system's, several years'. */
const WIDER = /全(?:市|区|县|省|州|盟|旗)|各级|系统|全国|近[一二三四五两\d]+年|累计|平均/;

/** The results of the cases, as a list names them: each a count whose words are a result. */
const RESULT = /维持|驳回|纠正|纠错|撤销|确认违法|责令|其他|尚未|未审结|在审|审理中|终止|撤回|调解|和解/;
const RESULT_G = new RegExp(RESULT.source, 'g');
/** The cases still open, among the results: "尚未审结2件". */
const PENDING = /尚未|未审结|在审|审理中/;

/**
 * Is the rate's ；-clause, up to its list, said of the body's cases and nothing else: "2023年，我局
 * 行政复议结果维持…", "其中维持…"? Any other word ("某街道", "区政府本级") leaves it a skip.
 */
function ownCases(text: string, first: TextFigure): boolean {
  const words = text.slice(semicolonClauseStart(text, first.start), first.start);
  return words.replace(HARMLESS_WORDS, '').replace(RESULT_G, '').replace(/结果|其中|分别|为|是|[：:、]/g, '') === '';
}

export function checkCorrectionRatesAlone(
  sentences: readonly SentenceFigures[],
  i: number,
  paragraphs: readonly Paragraph[],
  figures: Figures | null,
  /** figures with the cells the table rules doubt set to the values they propose (table-suspects.ts), or null */
  corrected: Figures | null,
  year: number | null,
  body: Body | null,
): ClaimOutcome[] {
  const s = sentences[i];
  if (!s || !s.text.includes('纠') || !/纠错率|纠正率/.test(s.text)) return [];
  const out: ClaimOutcome[] = [];
  s.figures.forEach((rate, k) => {
    const part = correctedBeforeRate(s, k);
    if (!part) return;
    const before = s.figures.slice(0, k - 1);
    // a count naming the cases: correction-rate.ts reads it
    if (before.some((f) => isCount(f) && f.unit === '件' && f.paren === null && countsCases(f.label))) return;
    // the results listed in the rate's ；-clause, up to the corrected ones
    const listed = [...before.filter((f) => f.clause === part.clause && isCount(f) && f.unit === '件' && f.paren === null), part];
    if (!listed.every((f) => RESULT.test(f.label))) return;
    const topic = topicBefore(s.text, part.start) ?? topicOfParagraph(sentences, i);
    if (topic !== 'review' && topic !== 'suit') return;
    out.push(judge({ s, rate, part, listed, topic, sentences, i, paragraphs, figures, corrected, year, body }));
  });
  return out;
}

/** The topic of the paragraph's earlier sentences, when one names 复议 or 诉讼 alone. */
function topicOfParagraph(sentences: readonly SentenceFigures[], i: number): 'review' | 'suit' | null {
  const prev = sentences[i - 1];
  if (!prev || prev.para !== sentences[i]?.para) return null;
  const t = topicBefore(prev.text, prev.text.length);
  return t === 'review' || t === 'suit' ? t : null;
}

interface Claim {
  s: SentenceFigures;
  rate: TextFigure;
  part: TextFigure;
  listed: readonly TextFigure[];
  topic: 'review' | 'suit';
  sentences: readonly SentenceFigures[];
  i: number;
  paragraphs: readonly Paragraph[];
  figures: Figures | null;
  corrected: Figures | null;
  year: number | null;
  body: Body | null;
}

function judge(c: Claim): ClaimOutcome {
  const { s, rate, part } = c;
  const quote = quoteSpan(c.paragraphs, { s, f: c.listed[0] as TextFigure }, { s, f: rate });
  // each whole: its words, its value, the same words as a note's part (note-words-more.ts)
  const readings: [string, Dec, NotePart][] = [];
  // (a list of one, the corrected ones alone, is no whole)
  const sum = sumDec(c.listed.map((f) => f.value));
  if (c.listed.length > 1) readings.push([`所列各项之和${formatCount(sum)}件`, sum, notePart('listedSum', formatCount(sum))]);
  // "维持5件、纠错1件、尚未审结2件，纠错率为16.7%": of the closed ones
  const open = c.listed.filter((f) => PENDING.test(f.label));
  if (open.length > 0) {
    const closed = sumDec(c.listed.filter((f) => !open.includes(f)).map((f) => f.value));
    readings.push([`所列已审结各项之和${formatCount(closed)}件`, closed, notePart('listedClosedSum', formatCount(closed))]);
  }
  // "被申请行政复议8件。其中…": the cases counted in the sentence before, in the paragraph
  const prev = c.sentences[c.i - 1];
  if (prev && prev.para === s.para) {
    for (const f of prev.figures) if (isCount(f) && f.unit === '件' && countsCases(f.label)) readings.push([`前句${f.raw}`, f.value, notePart('prevSentence', f.raw)]);
  }
  const table = (id: string, figures: Figures | null): number | null => {
    const m = t4Measures(c.topic).find((x) => x.id === id);
    return m?.strict[0] && figures ? readingValue(m.strict[0], figures) : null;
  };
  const total = table('total', c.figures);
  for (const [figures, how] of [[c.figures, ''], [c.corrected, '按表格核对更正后']] as const) {
    const t = table('total', figures);
    const closed = table('closed', figures);
    if (t !== null) readings.push([`${how}表四总计${t}件`, toDec(t, 0), notePart(how ? 'fixedT4Total' : 't4Total', t)]);
    if (closed !== null && closed !== t) readings.push([`${how}表四已审结${closed}件`, toDec(closed, 0), notePart(how ? 'fixedT4Closed' : 't4Closed', closed)]);
  }
  const digits = Math.max(2, rate.printed.d);
  for (const [label, whole] of readings) {
    if (whole.n > 0n && percentFits(part.value, whole, rate.printed) !== 'no') {
      return { check: { rule: RULE.share, outcome: 'pass', quote, detail: `${part.raw} ÷ ${label} = ${percentText(part.value, whole, digits)}%，正文 ${rate.raw}` } };
    }
  }
  if (readings.length === 0) return { check: { rule: RULE.share, outcome: 'skip', quote, detail: `纠错率${rate.raw}的基数不明，表格中没有对应的总计` } };
  const [mainLabel, main, mainWords] = readings[0] as [string, Dec, NotePart];
  const detail = `${part.raw} ÷ ${mainLabel} = ${main.n > 0n ? percentText(part.value, main, digits) : '—'}%，正文 ${rate.raw}；${readings.slice(1).map(([l]) => l).join('、') || '表四'}亦不相符`;
  // an error only for the year's rate of the whole body, with table 四 to read it by
  const own = total !== null && ownCases(s.text, c.listed[0] as TextFigure) && !WIDER.test(s.text.slice(0, rate.start)) && !otherPeriod(s.text, s.text.slice(0, rate.start), rate.start, c.year) && !aboutPartOfBody(s.text, part.start, c.body);
  if (!own || main.n === 0n) return { check: { rule: RULE.share, outcome: 'skip', quote, detail: `所列结果可能不全，纠错率的基数不明（${detail}）` } };
  const shown = withDecimals(percentText(part.value, main, rate.printed.d), rate.printed.d);
  const message = said('correctionAlone', quote, mainWords, shown, mainLabel.startsWith('表四') ? '' : notePart('alsoT4Total', String(total)));
  return {
    check: { rule: RULE.share, outcome: 'fail', quote, detail },
    finding: textFinding(RULE.share, 'error', message, quote, Number(shown), decToNumber(rate.printed)),
  };
}

function formatCount(d: Dec): string {
  return String(decToNumber(d));
}
