/**
 * Self-written report pages for the detector's tests of the body (detect-hunt35, detect-level-only):
 * a <title>, an article of paragraphs and a footer, with the site's name in <meta name="SiteName">
 * when given.
 */
import { parseHTML } from 'linkedom';

export function doc(title: string, content: string, siteName = ''): Document {
  return parseHTML(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title>${siteName ? `<meta name="SiteName" content="${siteName}">` : ''}</head>
<body><div class="article">${content}</div><div class="footer"><p>版权所有</p></div></body></html>`).document as unknown as Document;
}

export const P = (lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

/** A 2023 report's sections, its figures in prose (no tables). */
export const SECTIONS = P([
  '一、总体情况',
  '2023年，主动公开政府信息1275条，收到政府信息公开申请14件，办结14件。',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
]);
export const PERIOD = '本报告所列数据统计期限为2023年1月1日至2023年12月31日。';
