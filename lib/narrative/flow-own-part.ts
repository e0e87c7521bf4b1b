/**
 * The flow of the body's own part, when the sentence opens with a wider whole: "全省各级行政机关共收到
 * 政府信息公开申请4.6万件，其中省政府办公厅收到884件，上年结转33件，办结878件，结转下年度继续办理
 * 39件" (red team 32, c12: a 省政府办公厅's report). The carried, closed and carried-on counts after
 * the 其中 are the part's, not the 各级行政机关's: 884 + 33 = 878 + 39 is the balance a careful reader
 * checks, and 4.6万 + 33 against 917 was a false error. Only where the whole's subject names more
 * bodies than one (body-part.ts widerScopeBefore) and the part right after it is received with a
 * verb of its own (收到, 新收, 受理, 接收); any other 其中 (自然人申请…, 网上申请…) stays a list's item.
 */
import { widerScopeBefore } from './body-part.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';

/** "…4.6万件，其中省政府办公厅收到884件": the words between the whole and its received part. */
const RECEIVED_PART = /^[^。；;，,]{0,6}[，,]\s*其中[，,：:]?[^，,；;。\d]{0,20}?(?:收到|新收|受理|接收)[^，,；;。\d]{0,16}$/;

/** The part the flow is of, in the whole's stead, or null (the whole is the body's own, or no such part follows). */
export function ownReceivedPart(s: SentenceFigures, whole: TextFigure): TextFigure | null {
  const next = s.figures.find((g) => g.start >= whole.end);
  if (!next || next.unit !== '件' || !isCount(next)) return null;
  if (!RECEIVED_PART.test(s.text.slice(whole.end, next.start))) return null;
  return widerScopeBefore(s.text, whole.start) ? next : null;
}
