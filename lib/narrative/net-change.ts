/**
 * A stock's change against last year from what was added and removed (rule text.change):
 * "新增政务新媒体账号2个，注销3个，现有账号11个，较上年减少1个" — 2 − 3 = −1. The change the text
 * states must be the net of the two flows it gives.
 *
 * Read only in this one shape, four figures in a row in one ；-clause, nothing between them but
 * their own words: an addition (新增, 新开设, 新开通…), a removal (注销, 关停, 关闭…), the stock now
 * (现有, 目前共有…), its change against last year (较上年增加/减少 N), all counts of one unit printed
 * in full. Other flows (划入, 移交, 合并) may move a stock and the text may leave them out: a net
 * that does not fit is a warning, never an error.
 */
import { decToNumber, subDec, cmpDec, formatDec } from './decimal.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { RULE, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { part as notePart, said } from './note-words.ts';
import { clauseStart, shownOf } from './quote.ts';

/** The words of each figure's ，-clause (from the previous figure or clause mark), whole. */
const ADDED = /^(?:本年|本年度|全年|年内|今年|共|累计)?(?:新增|新开设|新开通|新注册|新建|新设立?)(?:[^\d，,；;。、（）()]{0,10})?$/;
const REMOVED = /^[，,](?:注销|关停|关闭|停用|撤销|下线)(?:[^\d，,；;。、（）()]{0,10})?$/;
const STOCK = /^[，,](?:现有|目前共有|目前有|现共有|共有|现存|保有|正在运营|运营)(?:[^\d，,；;。、（）()]{0,10})?$/;
/** The change said of the stock right after it. */
const CHANGE = /^[，,](?:较上年|比上年|同比|较去年|比去年)(增加|减少)$/;
/** Words that name another flow or another scope: the net of the two given is not the whole move. */
const OTHER_FLOW = /其中|划入|划出|移交|迁移|合并|整合|转入|转出|分别|各/;

export function checkNetChange(s: SentenceFigures): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  const fs = s.figures;
  for (let k = 0; k + 3 < fs.length; k++) {
    const [a, r, st, c] = [fs[k], fs[k + 1], fs[k + 2], fs[k + 3]] as [TextFigure, TextFigure, TextFigure, TextFigure];
    if (![a, r, st].every((f) => isCount(f) && f.paren === null && f.ulp === null && f.unit === a.unit)) continue;
    if (c.change === null || c.paren !== null || c.ulp !== null || c.approx || c.unit !== a.unit) continue;
    if (new Set([a.clause, r.clause, st.clause, c.clause]).size !== 1) continue;
    const from = clauseStart(s.text, a.start);
    const before = s.text.slice(from, a.start);
    if (!ADDED.test(before.trim()) || OTHER_FLOW.test(before)) continue;
    const between = [s.text.slice(a.end, r.start), s.text.slice(r.end, st.start), s.text.slice(st.end, c.start)];
    if (!REMOVED.test(between[0] as string) || !STOCK.test(between[1] as string)) continue;
    const m = CHANGE.exec(between[2] as string);
    if (!m || between.some((b) => OTHER_FLOW.test(b))) continue;
    // the stock must be at least what was added: "现有11个" of which 2 new
    if (cmpDec(st.value, a.value) < 0) continue;
    const net = subDec(a.value, r.value);
    const stated = m[1] === '减少' ? { n: -c.value.n, d: c.value.d } : c.value;
    const quote = shownOf(s).slice(from, c.end).trim();
    const detail = `${a.raw} − ${r.raw} = ${formatDec(net)}${a.unit}，正文${m[1]}${c.raw}`;
    if (cmpDec(net, stated) === 0) {
      out.push({ check: { rule: RULE.change, outcome: 'pass', quote, detail } });
      continue;
    }
    const sign = net.n < 0n ? '减少' : '增加';
    const abs = { n: net.n < 0n ? -net.n : net.n, d: net.d };
    const should = net.n === 0n ? notePart('flatOnLastYear') : notePart('changeOnLastYear', notePart(net.n < 0n ? 'fewer' : 'more'), formatDec(abs), a.unit);
    const removed = /注销|关停|关闭|停用|撤销|下线/.exec(between[0] as string)?.[0] ?? '注销';
    const message = said('netChange', a.raw, removed, r.raw, m[1]!, c.raw, should);
    out.push({
      check: { rule: RULE.change, outcome: 'fail', quote, detail },
      finding: textFinding(RULE.change, 'warning', message, quote, decToNumber(net), decToNumber(stated)),
    });
  }
  return out;
}
