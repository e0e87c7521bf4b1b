// @vitest-environment node
/**
 * What copies of a report hide and show (lib/dom/hidden.ts, red team 25): a 无障碍 toolbar's
 * screen-reader copy of the text (clipped off screen, or in a class such as sr-only) is never read,
 * and a 微信公众号 article saved as its HTML alone, hidden until WeChat's script shows it, is read
 * as the article it is. Near misses stay as they were: a positioned element, a real clip, a class
 * that only contains the words, Word's hidden text, a veil by display:none or on another element.
 */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../cli/load-page.ts';
import { isScriptVeil, isVisuallyHidden, veiledArticle, visibleText } from '../../lib/dom/hidden.ts';

const cell = (inner: string): Element => parsePage(`<table><tr><td id="c">${inner}</td></tr></table>`).getElementById('c') as unknown as Element;
const el = (html: string): Element => parsePage(`<body>${html}</body>`).body!.firstElementChild as unknown as Element;

describe('screen-reader copies are no text the reader sees', () => {
  it.each([
    'position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0',
    'position: absolute !important; clip: rect(1px, 1px, 1px, 1px) !important; width: 1px; height: 1px; overflow: hidden;',
    'POSITION: ABSOLUTE; CLIP: RECT(0 0 0 0)',
    'position:absolute;clip-path:inset(50%);width:1px;height:1px',
    'position:absolute;left:-9999px;top:auto',
    'position: fixed; top: -10000px',
  ])('a copy styled %s', (style) => {
    expect(visibleText(cell(`62<span style="${style}">62</span>`))).toBe('62');
  });
  it.each(['sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'element-invisible', 'wza-sr sr-only', 'SR-ONLY'])('a copy of class %s', (cls) => {
    expect(visibleText(cell(`62<span class="${cls}">62</span>`))).toBe('62');
  });
  it.each([
    // shown: a positioned element, a clip that leaves it visible, a small negative offset, no position at all
    ['position:absolute;top:0;left:0', '6262'],
    ['position:absolute;clip:rect(0, 120px, 20px, 0)', '6262'],
    ['position:absolute;left:-12px', '6262'],
    ['left:-9999px', '6262'],
    ['clip:rect(0,0,0,0)', '6262'],
    ['position:relative;left:-9999px', '6262'],
  ])('a span styled %s is read', (style, text) => {
    expect(visibleText(cell(`62<span style="${style}">62</span>`))).toBe(text);
  });
  it.each(['sr-only-focusable-x', 'only', 'visually', 'hidden-xs', 'wza-sr'])('a class %s that only contains the words is read', (cls) => {
    expect(visibleText(cell(`62<span class="${cls}">62</span>`))).toBe('6262');
  });
});

describe('a 公众号 article hidden until its script runs is the article', () => {
  const veiled = '<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;"><p>新收申请62件</p></div>';
  it('is shown, and named as the veiled article', () => {
    const v = el(veiled);
    expect(isScriptVeil(v)).toBe(true);
    expect(isVisuallyHidden(v)).toBe(false);
    expect(veiledArticle(parsePage(`<body>${veiled}</body>`) as unknown as Document)).not.toBeNull();
  });
  it('once lifted (a complete save) there is no veil to name', () => {
    expect(veiledArticle(parsePage(`<body>${veiled.replace('visibility: hidden;', 'visibility: visible;')}</body>`) as unknown as Document)).toBeNull();
    expect(veiledArticle(parsePage(`<body>${veiled.replace(' style="visibility: hidden;"', '')}</body>`) as unknown as Document)).toBeNull();
  });
  it.each([
    ['display:none on it', veiled.replace('visibility: hidden;', 'display: none;')],
    ['both', veiled.replace('visibility: hidden;', 'visibility: hidden; display:none')],
    ['the hidden attribute', veiled.replace('style=', 'hidden style=')],
    ['the id without the class', '<div id="js_content" style="visibility: hidden;"><p>62</p></div>'],
    ['the class without the id', '<div class="rich_media_content" id="content" style="visibility: hidden;"><p>62</p></div>'],
    ['a class that only contains the name', '<div class="rich_media_content_x" id="js_content" style="visibility: hidden;"><p>62</p></div>'],
  ])('stays hidden with %s', (_why, html) => {
    const v = el(html);
    expect(isScriptVeil(v)).toBe(false);
    expect(isVisuallyHidden(v)).toBe(true);
    expect(veiledArticle(parsePage(`<body>${html}</body>`) as unknown as Document)).toBeNull();
  });
  it('a hidden span inside the article stays hidden', () => {
    expect(visibleText(cell('0<span style="visibility:hidden">7</span>'))).toBe('0');
  });
});
