/**
 * Where the digits of a sentence are not figures (figures-in-text.ts findFigures asks): URLs and
 * domains, document numbers (〔2019〕32号), dates and year ranges, times, phone numbers and postcodes,
 * ordinals (第20条), time limits (15个工作日) and titles (《…》). Apart from the reading of figures
 * since session 23, when that file passed 400 lines.
 */
/**
 * Spans that hold digits but no figure. Each entry says why (tests name them), and which
 * characters a match cannot do without (`needs`, one of them at least, in the folded text).
 */
export const NOT_FIGURE_SPANS: readonly { why: string; re: RegExp; needs: string }[] = [
  { why: 'URL', re: /(?:https?:\/\/|www\.)[\w.~:/?#@!$&'*+,;=%\-[\]]+/gi, needs: ':.' },
  { why: 'domain', re: /[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cn|com|net|org)(?:\/[\w./?=&%#-]*)?/gi, needs: '.' },
  { why: 'document number', re: /[〔[［(（【]\s*\d{4}\s*[〕\]］)）】]\s*\d+\s*号/g, needs: '号' },
  { why: 'year range', re: /\d{4}\s*[-—–~～至到]\s*\d{2,4}\s*年?/g, needs: '-—–~～至到' },
  { why: 'date', re: /\d{4}\s*年(?:度)?(?:\s*\d{1,2}\s*月(?:份)?(?:\s*\d{1,2}\s*[日号])?)?/g, needs: '年' },
  { why: 'date', re: /\d{1,2}\s*月(?:份)?(?:\s*\d{1,2}\s*[日号])?/g, needs: '月' },
  { why: 'date', re: /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/g, needs: '-/.' },
  { why: 'day', re: /\d{1,2}\s*日/g, needs: '日' },
  { why: 'time', re: /\d{1,2}:\d{2}(?::\d{2})?/g, needs: ':' },
  { why: 'phone', re: /\d{3,4}\s*[-—–]\s*\d{7,8}/g, needs: '-—–' },
  // (not digits a counter follows: "12345网上群众热线1925件", "接听咨询电话500余次" are counts, hunt37)
  { why: 'phone or postcode', re: /(?:电话|传真|邮编|邮政编码|热线|手机|联系方式)[：:\s]*[\d\s—–\-、，,]+(?![\d\s—–\-、，,]|[件条个次宗起项单通余多万篇])/g, needs: '电传邮热手联' },
  { why: 'ordinal', re: /第\s*\d+/g, needs: '第' },
  // "15个工作日", "3个月": a time limit, never a count to compare with one
  { why: 'time span', re: /\d+\s*个?\s*(?:工作日|自然日|小时|个月)/g, needs: '工然时个' },
  { why: 'title', re: /《[^《》]{0,60}》/g, needs: '《' },
];

/**
 * Per entry of NOT_FIGURE_SPANS, a bit; per character some entry needs, the entries needing it.
 * A sentence's characters are looked up once, and only the patterns whose bit they set run:
 * most figure sentences hold a date or two, rarely a URL, a phone or a document number, and
 * each pattern run cost a call and a scan.
 */
const SPAN_NEEDS = new Map<number, number>();
/**
 * By the low byte of a character: can it be one SPAN_NEEDS holds? Most characters of a sentence
 * are not, and a byte array read costs less than a Map lookup.
 */
const MAY_NEED = new Uint8Array(256);
NOT_FIGURE_SPANS.forEach(({ needs }, k) => {
  for (let i = 0; i < needs.length; i++) {
    const c = needs.charCodeAt(i);
    SPAN_NEEDS.set(c, (SPAN_NEEDS.get(c) ?? 0) | (1 << k));
    MAY_NEED[c & 0xff] = 1;
  }
});

/** Where the digits of a sentence are not figures: one boolean per character. */
export function notFigureMask(folded: string): boolean[] {
  const mask = new Array<boolean>(folded.length).fill(false);
  let run = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (MAY_NEED[c & 0xff] === 1) run |= SPAN_NEEDS.get(c) ?? 0;
  }
  for (let k = 0; run !== 0; k++, run >>>= 1) {
    if ((run & 1) === 0) continue;
    const { re } = NOT_FIGURE_SPANS[k] as { re: RegExp };
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      for (let i = m.index; i < m.index + m[0].length; i++) mask[i] = true;
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return mask;
}
