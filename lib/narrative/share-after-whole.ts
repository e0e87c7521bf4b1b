/**
 * A share of one result in the sentence after its whole, on a page whose table 三 is not read (a
 * report before 2019, or its tables set as pictures): "全年受理申请200件，办结200件。其中予以公开150件，
 * 占75%。" (rule text.share). shares.ts guesses the whole nearby (the sentence before) and skips a
 * share that does not fit it: a result's share is often of 办结, which the text may not state. Here
 * the readings a careful reader would accept are all tried: the count received (受理, 收到, 新收), the
 * count answered (办结, 答复; or the count received where the text says all of it was answered, "均已
 * 办结"), received plus 上年结转 where that is stated, the count answered less 不予处理 or 其他处理 where
 * those are stated, 公开类 (予以公开 + 部分公开), the sum of the results listed with their shares, the
 * sum of the 其中 list, and every other count nearby (share-of-result.ts countsBefore). One that fits,
 * a pass. None: a warning, only when the text states both 受理 and 办结 (else the base the writer
 * meant may be one the text does not give, and the skip stays); a warning, not an error, for a
 * writer's base may still be one the text leaves out (办结 less the 不予处理 it does not count).
 * Session 33's hunts saw such shares on real reports, all skipped (recall34).
 * Read narrowly: the share names no whole and is no round figure (plainCountShare); the part's words
 * name one result (RESULT_WORDS); its sentence opens on 其中 or "从…看，" dividing the sentence before
 * (dividedSentence), which is about the applications, of the body as a whole, with no list of its own.
 */
import { addDec, cmpDec, subDec, type Dec } from './decimal.ts';
import { isCount, semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { clauseStart } from './quote.ts';
import { APPLY_MEASURES, pickMeasureAt, topicBefore } from './measures.ts';
import { DIVIDES_BEFORE, dividedSentence, SUBSET_SUBJECT } from './qizhong-readings.ts';
import { countsBefore, judgeShare, pageWhole, plainCountShare, RESULT_WORDS, sumWhole, type ShareWhole } from './share-of-result.ts';
import { part as notePart } from './note-words.ts';
import type { ShareClaim } from './shares.ts';
import { notThisYears } from './other-year.ts';

/** "均已办结", "已全部办结", "全部予以答复": every application received was answered (办结 = 受理). */
const ALL_ANSWERED = /(?:均|全部|全都|都|悉数)(?:已|已经)?(?:依法|按时|按期|如期|及时)?(?:予以)?(?:办结|答复|办理完毕|处理完毕)|已全部(?:依法|按时|按期)?(?:予以)?(?:办结|答复|办理完毕)/;

/** Words before a part's clause that make it a part's ("网上申请中，", "区本级…"): not the body's results. */
const PART_LEAD = /中[，,：:]?\s*$|网上|网络|信函|当面|现场|本级|部门|乡镇|街道|涉及|关于|上年结转/;

/** What a count of the sentence before is, by the words of its clause before it. */
function kindOf(s: SentenceFigures, f: TextFigure): string | null {
  const words = s.text.slice(clauseStart(s.text, f.start), f.start);
  const m = pickMeasureAt(words, APPLY_MEASURES);
  if (!m) return null;
  const id = m.measure.id;
  return id === 'new' ? 'received' : id;
}

/** The word the text counts a figure by ("收到", "受理", "办结"), as the message names the whole. */
function wordOf(s: SentenceFigures, f: TextFigure): string {
  const words = s.text.slice(clauseStart(s.text, f.start), f.start);
  const m = pickMeasureAt(words, APPLY_MEASURES);
  return m ? words.slice(m.start, m.end) : '';
}

const sum = (xs: readonly Dec[]): Dec => xs.reduce((acc, x) => addDec(acc, x), { n: 0n, d: 0 } as Dec);

export function shareAfterWhole(
  c: ShareClaim,
  skipped: ClaimOutcome,
  sentences: readonly SentenceFigures[],
  figures: Readonly<Record<string, number | null>>,
  year: number | null,
  /** every share claim of the text: the results listed with theirs beside this one */
  claims: readonly ShareClaim[] = [],
): ClaimOutcome | null {
  // (a page with table 三 read: share-of-result.ts tries its wholes)
  if (figures['t3.processed.total'] != null || figures['t3.new.total'] != null) return null;
  const plain = plainCountShare(c, skipped);
  if (!plain) return null;
  const { share, s, part } = plain;
  const words = s.text.slice(clauseStart(s.text, part.start), part.start).trim();
  if (!RESULT_WORDS.test(words)) return null;
  const at = sentences.indexOf(s);
  const prev = dividedSentence(sentences, at);
  if (!prev || !DIVIDES_BEFORE.test(s.text)) return null;
  // "其中予以公开150件，占75%，部分公开20件，占10%": the 其中 opening the sentence is no part's lead
  const lead = s.text.slice(semicolonClauseStart(s.text, part.start), clauseStart(s.text, part.start)).replace(DIVIDES_BEFORE, '');
  if (PART_LEAD.test(lead) || /[；;]/.test(s.text.slice(0, part.start))) return null;
  // the sentence before: the body's applications, no list of its own, no part of the body, this year's
  const p = prev.text.replace(/[。！？\s]+$/, '');
  if (topicBefore(p, p.length) !== 'apply' || /其中|包括|包含|分别/.test(p) || SUBSET_SUBJECT.test(p) || PART_LEAD.test(p.replace(/上年结转/g, ''))) return null;
  const counts = prev.figures.filter((f) => isCount(f) && f.unit === '件');
  if (counts.length === 0 || counts.some((f) => notThisYears(prev, f, year) || f.paren !== null)) return null;
  const of = (kind: string): TextFigure[] => counts.filter((f) => kindOf(prev, f) === kind);
  const received = of('received');
  const answered = of('processed');
  const carried = of('carried');
  const all = received.length === 1 && ALL_ANSWERED.test(p.slice(received[0]!.end));
  // both readings stated, each once (else the share may be of the one the text does not give)
  if (received.length !== 1 || (answered.length !== 1 && !all) || answered.length > 1 || carried.length > 1) return null;
  const r = received[0]!;
  const a = answered[0] ?? r;
  const said = (f: TextFigure): ShareWhole => pageWhole({ value: f.value, raw: `${wordOf(prev, f)}${f.raw}` });
  const wholes: ShareWhole[] = [a === r ? { ...said(r), raw: `${said(r).raw}（均已办结）`, words: notePart('allClosed', said(r).words) } : said(a), said(r)];
  if (carried[0]) wholes.push(sumWhole(addDec(r.value, carried[0].value), [r.raw, carried[0].raw]));
  // the results of this sentence: 不予处理 and 其他处理 left out of the base, 公开类, the 其中 list's sum
  const results = s.figures.filter((f) => isCount(f) && f.unit === '件' && RESULT_WORDS.test(s.text.slice(clauseStart(s.text, f.start), f.start).trim()));
  const named = (re: RegExp): TextFigure[] => results.filter((f) => re.test(s.text.slice(clauseStart(s.text, f.start), f.start)));
  for (const f of named(/不予处理|其他处理/)) if (cmpDec(a.value, f.value) > 0) wholes.push({ value: subDec(a.value, f.value), raw: `${a.raw}−${f.raw}`, words: notePart('minus', a.raw, f.raw) });
  const outs = named(/不予处理|其他处理/);
  if (outs.length === 2) wholes.push({ value: subDec(a.value, sum(outs.map((f) => f.value))), raw: `${a.raw}−${outs.map((f) => f.raw).join('−')}`, words: notePart('minus', a.raw, ...outs.map((f) => f.raw)) });
  const open = named(/予以公开|部分公开/).filter((f) => !/不予/.test(s.text.slice(clauseStart(s.text, f.start), f.start)));
  if (open.length === 2) wholes.push(sumWhole(sum(open.map((f) => f.value)), open.map((f) => f.raw)));
  if (results.length >= 2) wholes.push(sumWhole(sum(results.map((f) => f.value)), results.map((f) => f.raw)));
  const listed = claims.filter((x) => x.share.s === s && x.part.s === s && x.share.f.unit === '%' && results.includes(x.part.f));
  if (listed.length >= 2) wholes.push(sumWhole(sum(listed.map((x) => x.part.f.value)), listed.map((x) => x.part.f.raw)));
  wholes.push(...countsBefore(sentences, at, part));
  const o = judgeShare(share, part, wholes.filter((w) => w.value.n > 0n), skipped.check.quote, 'triedAfterWhole');
  if (!o || !o.finding) return o;
  return { check: o.check, finding: { ...o.finding, severity: 'warning' } };
}
