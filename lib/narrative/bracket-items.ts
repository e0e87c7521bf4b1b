/**
 * A form's blanks filled in, the whole and every item in brackets (recall37, session 36's hunts):
 * "全年公开政府信息（1000）条，其中工作动态（600）条，通知公告（300）条，其他信息（100）条".
 * figures-in-text.ts reads no figure in "（N）条" (a bracket may hold anything), and bare-whole.ts reads
 * the whole alone, so such a list was not read. A reader takes it as any 其中 list when the sentence
 * is all of that form:
 * - no figure of the sentence's own in the ；-clause (every number is a bracketed blank);
 * - the whole: "（N）条" right before "，其中", after words naming information published in its clause;
 * - the items: after 其中, to the ；-clause's end, each "words（N）条", joined by ，/、 only, two at least,
 *   none worded as a change or a total ("较上年增加（50）条": the sentence is not read); items joined by
 *   、 and then one after a ，are also read without those after the ，(they may be another count).
 * The list is then judged as any 其中 list (parts-judge.ts): a pass where it adds up, a skip where it
 * is short and open, an error where a closed list (其他 last) does not add up.
 */
import { toDec } from './decimal.ts';
import type { SentenceFigures, TextFigure } from './figures-in-text.ts';
import { clauseEnd, clauseStartOf, closesList, type PartsGroup } from './parts-sum.ts';
import { lastMark } from '../text/marks.ts';

/** The whole: "（1000）条，其中" (or "：其中"). */
const WHOLE = /[（(]\s*(\d{1,3}(?:,\d{3})+|\d+)\s*[）)]\s*条\s*[，,：:]?\s*其中\s*[，,：:]?/g;
/** One item: its words (no digit, bracket or clause mark), "（N）条", then a join or the end. */
const ITEM = /^([^\d（）()，,、；;。：:]{1,20})[（(]\s*(\d{1,3}(?:,\d{3})+|\d+)\s*[）)]\s*条\s*([，,、]|$)/;
/** An item's words that make it no kind of information: a change, a total, another list. */
const NOT_ITEM = /较|比上年|同比|增加|减少|增长|下降|新增|共|合计|累计|总计|其中|包括|占/;
/** Words of information published, in the whole's clause before it. */
const PUBLISHED = /信息|公开|发布/;

function figure(raw: string, digits: string, start: number, end: number, label: string, clause: number): TextFigure | null {
  const value = Number(digits.replace(/,/g, ''));
  if (!Number.isSafeInteger(value)) return null;
  return {
    raw, value: toDec(value, 0), printed: toDec(value, 0), unit: '条', approx: false, ulp: null,
    start, end, label, clause, share: false, shareOf: '', change: null, paren: null,
  };
}

export function findBracketItemGroups(s: SentenceFigures): PartsGroup[][] {
  if (!s.text.includes('其中') || !/[（(]\s*\d+\s*[）)]\s*条/.test(s.text)) return [];
  const out: PartsGroup[][] = [];
  WHOLE.lastIndex = 0;
  for (let m = WHOLE.exec(s.text); m; m = WHOLE.exec(s.text)) {
    const start = m.index;
    const from = clauseStartOf(s.text, start);
    const label = s.text.slice(from, start);
    if (!PUBLISHED.test(label) || /[\d.．第号年月日]$/.test(label)) continue;
    const listFrom = start + m[0].length;
    const end = clauseEnd(s.text, listFrom);
    // every number of the ；-clause is a bracketed blank: no figure of the sentence's own in it
    const clauseFrom = lastMark(s.text, '；;', start) + 1;
    if (s.figures.some((f) => f.end > clauseFrom && f.start < end)) continue;
    const numEnd = s.text.indexOf('条', start) + 1;
    const whole = figure(s.text.slice(start, numEnd), m[1]!, start, numEnd, label, 0);
    if (!whole || whole.value.n <= 0n) continue;
    // the items, one after another to the clause's end (the sentence's last mark aside)
    const parts: TextFigure[] = [];
    const joins: string[] = [];
    let at = listFrom;
    const stop = s.text.slice(at, end).replace(/[。.！!]\s*$/, '').length + at;
    let ok = true;
    while (at < stop) {
      const im = ITEM.exec(s.text.slice(at, stop));
      if (!im) {
        ok = false;
        break;
      }
      const words = im[1]!;
      if (NOT_ITEM.test(words)) {
        ok = false;
        break;
      }
      const numStart = at + words.length;
      const numEndAt = at + im[0].length - im[3]!.length;
      const f = figure(s.text.slice(numStart, numEndAt), im[2]!, numStart, numEndAt, words, 0);
      if (!f) {
        ok = false;
        break;
      }
      parts.push(f);
      joins.push(im[3]!);
      at += im[0].length;
    }
    if (!ok || parts.length < 2) continue;
    const group = (items: TextFigure[]): PartsGroup => ({ shape: 'qizhong', whole: { s, f: whole }, parts: items.map((f) => ({ s, f })), complete: items.some((p) => closesList(p.label)) });
    // "其中：概况类信息（22）条、政务动态信息（1335）条，信息公开目录（350）条": items joined by 、 then one
    // after a ，, which may be another count (a section of the site, not a kind): read without it too
    const firstComma = joins.findIndex((j) => j === '，' || j === ',');
    const narrow = joins[0] === '、' && firstComma >= 1 && firstComma < parts.length - 1 ? parts.slice(0, firstComma + 1) : null;
    out.push(narrow && narrow.length >= 2 ? [group(parts), group(narrow)] : [group(parts)]);
  }
  return out;
}
