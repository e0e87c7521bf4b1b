// @vitest-environment node
/**
 * The narrative stage's hot paths (sentence splitting, figure finding) were rewritten for speed;
 * their first, plain versions are kept here as the reference, and the two must agree on every
 * sentence of the fixture pages and on random sentences made of the fragments reports are made of.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractParagraphs, splitSentences } from '../../lib/narrative/extract-prose.ts';
import {
  analyseSentences,
  enclosingParen,
  findFigures,
  foldForFigures,
  NOT_FIGURE_SPANS,
  notFigureMask,
  changeOf,
  readShareLead,
  type TextFigure,
} from '../../lib/narrative/figures-in-text.ts';
import { toDec } from '../../lib/narrative/decimal.ts';

/** Every pattern run on every sentence (notFigureMask runs only those whose characters it holds). */
function notFigureMaskReference(folded: string): boolean[] {
  const mask = new Array<boolean>(folded.length).fill(false);
  for (const { re } of NOT_FIGURE_SPANS) {
    const all = new RegExp(re.source, re.flags);
    for (let m = all.exec(folded); m; m = all.exec(folded)) {
      for (let i = m.index; i < m.index + m[0].length; i++) mask[i] = true;
      if (m[0].length === 0) all.lastIndex++;
    }
  }
  return mask;
}

function splitSentencesReference(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  const push = (from: number, to: number): void => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const s = raw.trim();
    if (s !== '') out.push({ text: s, offset: from + lead });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (/[。！？!?]/.test(text[i] ?? '')) {
      let j = i + 1;
      while (j < text.length && /[”’」』）)\s]/.test(text[j] ?? '')) j++;
      push(start, j);
      start = j;
      i = j - 1;
    }
  }
  push(start, text.length);
  return out;
}

const NUMBER = /(?<![\dA-Za-z._\-/])(\d{1,3}(?:[,，]\d{3})+|\d{1,3}(?: \d{3})+(?!\d)|\d+)(?:\.(\d+))?/g;
const SUFFIX = /^\s?(余|多)?(万|亿)?(余|多)?(个百分点|百分点|%|元|人次|家次|批次|场次|件次|户次|条|件|项|个|次|人|场|期|册|家|名|份|起|批|篇|所|户|台|套|宗)(以上|左右|以下|多|余)?/;

/** Every count written out, 0–9999, by its value (the reference for the Chinese numerals; 两百, 两千 too). */
const CN_VALUES = new Map<string, number>([['零', 0], ['〇', 0], ['两', 2]]);
{
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  for (let n = 1; n < 100; n++) CN_VALUES.set(`${n >= 20 ? d[Math.floor(n / 10)] : ''}${n >= 10 ? '十' : ''}${d[n % 10]}`, n);
  // 100–9999: each place's digit and name, one 零 for a run of zeros before a later digit
  for (let n = 100; n < 10000; n++) {
    const places = [[Math.floor(n / 1000), '千'], [Math.floor(n / 100) % 10, '百'], [Math.floor(n / 10) % 10, '十'], [n % 10, '']] as const;
    let w = '';
    let gap = false;
    for (const [x, name] of places) {
      if (x === 0) { gap = w !== ''; continue; }
      w += `${gap ? '零' : ''}${d[x]}${name}`;
      gap = false;
    }
    CN_VALUES.set(w, n);
    if (/^二[百千]/.test(w)) CN_VALUES.set(`两${w.slice(1)}`, n);
  }
}
const CN_UNITS = '人次|件次|场次|批次|户次|家次|条|件|项|个|次|人|场|期|册|家|名|份|起|批|篇|户|宗';
const CN_COUNT = new RegExp(`(?<![〇零一二两三四五六七八九十○百千万亿几数若好第每逐前后上下其之周初“‘「『"'])(?<![〇零一二两三四五六七八九十○][个件次项条人场期份名家户篇批起宗册事])([〇零一二两三四五六七八九十○百千]+)(?:[（(]\\s*([0-9０-９]+)\\s*[）)])?(${CN_UNITS})(以上|左右)?(?=$|[，,。；;、：:）)！!？?\\s（(]|((?<=件)的?(?:政府信息公开|信息公开|依申请公开|申请|行政复议|行政诉讼|复议|诉讼|案件)))`, 'g');

const CN_JOINED = new RegExp(`(?<![〇零一二两三四五六七八九十○百千万亿几数若好第每逐前后上下其之周初“‘「『"'])(?<![〇零一二两三四五六七八九十○][个件次项条人场期份名家户篇批起宗册事])([〇零一二两三四五六七八九十○百千]+)(${CN_UNITS})(以及|和|与|及)(?=[〇零一二两三四五六七八九十○])`, 'g');
/** A share in words: 百分之 + a whole of 0–100 + 点 and its digits (percent-words.ts). */
const CN_PERCENT = /百分之([〇零一二两三四五六七八九十百]+)(?:点([〇零一二三四五六七八九]+))?(以上|左右|以下|多)?/g;

interface Candidate { start: number; end: number; value: ReturnType<typeof toDec>; printed: ReturnType<typeof toDec>; unit: string; approx: boolean; ulp: TextFigure['ulp'] }

function findFiguresReference(text: string): TextFigure[] {
  const folded = foldForFigures(text);
  const mask = notFigureMask(folded);
  const found: Candidate[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(folded); m; m = NUMBER.exec(folded)) {
    const start = m.index;
    if (mask[start]) continue;
    // "12（十二）件": the count in words in brackets before the unit; the figure the digits'
    const echoed = /^[（(]([〇零一二两三四五六七八九十百千]+)[）)]/.exec(folded.slice(start + m[0].length));
    const echo = echoed ? CN_VALUES.get(echoed[1] ?? '') : undefined;
    const rest = folded.slice(start + m[0].length);
    let s = SUFFIX.exec(rest);
    let echoLen = 0;
    if (!s && echo !== undefined) {
      echoLen = echoed?.[0].length ?? 0;
      s = SUFFIX.exec(rest.slice(echoLen));
    }
    if (!s) continue;
    const end = start + m[0].length + echoLen + s[0].length;
    // "分别为1，234件" lists two figures; "分别为2，3件"'s 3件 is a list's tail, no figure; but in a
    // list whose items carry their unit ("1，029件、1，023件") the comma is inside an item
    const wide = (m[1] ?? '').indexOf('，');
    const unitItem = wide > 0 && (/^\s*(?:、|和|与|以及|及)\s*\d/.test(folded.slice(end, end + 6)) || /[件条项个次起]\s*(?:、|和|与|以及|及)\s*$/.test(folded.slice(Math.max(0, start - 6), start)));
    if (wide > 0 && !unitItem && /分别|各(?:为|是|有|达|计)?\s*$|依次/.test(/[^；;。！？]*$/.exec(folded.slice(0, start))?.[0] ?? '')) {
      NUMBER.lastIndex = start + wide;
      continue;
    }
    const tail = /(\d) *[，,] *$/.exec(folded.slice(0, start));
    if (tail && !mask[tail.index]) continue;
    // "120，135件": 120135, or 120 and 135 with the unit once: approximate
    const ambiguous = wide > 0 && !unitItem && /^\d{2,3}，\d{3}$/.test(m[1] ?? '');
    const intDigits = (m[1] ?? '').replace(/[,， ]/g, '');
    const frac = m[2] ?? '';
    const num = Number(`${intDigits}${frac ? '.' + frac : ''}`);
    if (!Number.isFinite(num)) continue;
    const scale = s[2] === '万' ? 4 : s[2] === '亿' ? 8 : 0;
    found.push({
      start, end, value: toDec(num, frac.length, scale), printed: toDec(num, frac.length),
      unit: s[4] === '个百分点' ? '百分点' : (s[4] ?? ''), approx: Boolean(s[1] || s[3] || s[5]) || ambiguous || (echoLen > 0 && (echo !== num || frac !== '' || scale !== 0)),
      ulp: scale === 0 ? null : { n: 10n ** BigInt(scale), d: frac.length },
    });
  }
  const cn: Candidate[] = [];
  for (const m of text.matchAll(CN_COUNT)) {
    const v = CN_VALUES.get(m[1] ?? '');
    if (v === undefined) continue;
    if (m[4] !== undefined && m[5] !== undefined) continue; // "两件以上政府信息公开申请"
    const twice = m[2] === undefined ? v : Number(foldForFigures(m[2]));
    cn.push({ start: m.index, end: m.index + m[0].length, value: toDec(v, 0), printed: toDec(v, 0), unit: m[3] ?? '', approx: m[4] !== undefined || twice !== v, ulp: null });
  }
  for (const m of text.matchAll(CN_PERCENT)) {
    const whole = m[1] === '百' ? 100 : CN_VALUES.get(m[1] ?? '');
    if (whole === undefined || whole > 100 || (m[1] ?? '').includes('千')) continue;
    const digits = [...(m[2] ?? '')].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join('');
    if (whole === 100 && /[1-9]/.test(digits)) continue;
    const v = toDec(Number(digits ? `${whole}.${digits}` : whole), digits.length);
    cn.push({ start: m.index, end: m.index + m[0].length, value: v, printed: v, unit: '%', approx: m[3] !== undefined, ulp: null });
  }
  // "三件和五件": a count joined to a count read after it, in its unit and exact, until none is added
  for (let added = true; added; ) {
    added = false;
    for (const m of text.matchAll(CN_JOINED)) {
      const v = CN_VALUES.get(m[1] ?? '');
      const end = m.index + (m[1] ?? '').length + (m[2] ?? '').length;
      if (v === undefined || cn.some((c) => c.start === m.index)) continue;
      if (!cn.some((c) => c.start === end + (m[3] ?? '').length && c.unit === m[2] && !c.approx)) continue;
      cn.push({ start: m.index, end, value: toDec(v, 0), printed: toDec(v, 0), unit: m[2] ?? '', approx: false, ulp: null });
      added = true;
    }
  }
  for (const c of cn) if (!mask[c.start]) found.push(c);
  found.sort((a, b) => a.start - b.start);
  const out: TextFigure[] = [];
  for (const x of found) {
    const { start, end, unit } = x;
    const prevEnd = out.length > 0 ? (out[out.length - 1]?.end ?? 0) : 0;
    let ls = start;
    while (ls > prevEnd && !/[，,；;：:（()）。！？!?]/.test(text[ls - 1] ?? '')) ls--;
    const label = text.slice(ls, start).trim();
    const approx = x.approx || /(?:近|约|大约|将近|超过|逾|不足|不到|上万)$/.test(label);
    const shareLead = unit === '%' ? readShareLead(label) : { share: false, shareOf: '' };
    out.push({
      raw: text.slice(start, end).trim(),
      value: x.value,
      printed: x.printed,
      unit,
      approx,
      ulp: x.ulp,
      start,
      end,
      label,
      clause: (folded.slice(0, start).match(/[；;]/g) ?? []).length,
      share: shareLead.share,
      shareOf: shareLead.shareOf,
      change: changeOf(label, out[out.length - 1], unit),
      paren: enclosingParen(text, start),
    });
  }
  return out;
}

function fixtureParagraphs(): string[] {
  const dir = new URL('../fixtures/pages/', import.meta.url);
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) {
    const { document } = parseHTML(readFileSync(new URL(f, dir), 'utf8'));
    if (document.body) out.push(...extractParagraphs(document.body as unknown as Element, []).map((p) => p.text));
  }
  return out;
}

const FRAGMENTS = ['共收到申请', '45件', '４２件', '，', '；', '。', '！', '? ', '其中', '占', '82%', '36.28％', '2019年', '1月1日', '12月31日',
  '〔2019〕32号', '电话：0830-3190000', '第20条', 'www.gov.cn', 'http://a.b/c?d=1', '250.4万元', '4.2余万人次', '60余条', '近百', '90%以上',
  '（含上年结转189件）', '(核准6件、备案67件)', '”', '）', ' ', '\u3000', '\n', '减少2项', '3宗', '增长17.49%', '比上年增加11935条', '1,234条',
  '12345热线', '3.15', 'QZ02101', '2018-2019年', '10:30', '每期发放4200册', '全年共发放12期50400册', '」', '』', '同比', '较2018年361项', '（', '(', ')', '其中（',
  '三件', '两件', '十二件', '一百二十件', '第三件', '一件事', '一次性', '“', '、', '二〇二三年', '三个工作日', '15个工作日', '每一件', '八十八件',
  '政府信息公开申请', '两件以上', '三个一批', '一事一议', '自然人两件', '《关于三项工作》', '零件', '和', '以及', '五次',
  '1，234件', '2，3件', '分别为', '各', '12，345，678条', '5，',
  '12（十二）件', '12（十三）件', '二十三（23）件', '二十三（２４）件', '一百零五件', '两千件', '百分之七十五', '百分之九十五点五', '百分之百', '以上'];

function randomSentences(n: number): string[] {
  let seed = 5;
  const rand = (): number => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    const len = 1 + Math.floor(rand() * 14);
    for (let k = 0; k < len; k++) s += FRAGMENTS[Math.floor(rand() * FRAGMENTS.length)];
    out.push(s);
  }
  return out;
}

describe('narrative hot paths agree with their reference', () => {
  const texts = [...fixtureParagraphs(), ...randomSentences(5000)];

  it('splitSentences', () => {
    for (const t of texts) {
      const got = splitSentences(t);
      const want = splitSentencesReference(t);
      if (JSON.stringify(got) !== JSON.stringify(want)) expect(got).toEqual(want);
    }
  });

  it('findFigures', () => {
    let found = 0;
    for (const t of texts) {
      for (const { text } of splitSentencesReference(t)) {
        const got = findFigures(text);
        found += got.length;
        if (JSON.stringify(got, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v)) !== JSON.stringify(findFiguresReference(text), (_k, v) => (typeof v === 'bigint' ? `${v}n` : v))) {
          expect(got).toEqual(findFiguresReference(text));
        }
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('notFigureMask', () => {
    for (const t of texts) {
      const folded = foldForFigures(t);
      const got = notFigureMask(folded);
      if (got.join() !== notFigureMaskReference(folded).join()) expect(got).toEqual(notFigureMaskReference(folded));
    }
  });

  it('analyseSentences given the paragraphs reads what it reads sentence by sentence', () => {
    const raw = texts.flatMap((t, para) => splitSentences(t).map((x) => ({ para, seq: 0, text: x.text, offset: x.offset })));
    raw.forEach((r, i) => (r.seq = i));
    const big = (_k: string, v: unknown): unknown => (typeof v === 'bigint' ? `${v}n` : v);
    const got = JSON.stringify(analyseSentences(raw, texts.map((text) => ({ text }))), big);
    const want = JSON.stringify(analyseSentences(raw), big);
    expect(got === want).toBe(true);
    expect(want.length).toBeGreaterThan(100000);
  });
});
