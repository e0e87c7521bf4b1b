// @vitest-environment node
/**
 * perf63: a regex that most pages never match is tested only after a cheap look for what it cannot match without (a
 * word, a character), so that on a page without it the regex is never run and never compiled (the core's cold first
 * run). The look must let through everything the regex reads: the shapes at its edges here (letters in any case for
 * an /i regex, the longer of two endings).
 */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../cli/load-page.ts';
import { visibleText } from '../../lib/dom/hidden.ts';
import { levelOfficeOf, LEVEL_OFFICE, normalizeAgency } from '../../lib/detect/title.ts';

const cell = (inner: string): Element => parsePage(`<table><tr><td id="c">${inner}</td></tr></table>`).getElementById('c') as unknown as Element;
const ctx = { siteName: null, siteHeadings: [], footerGovernments: [] };

describe('the screen-reader classes, in any letter case', () => {
  it.each(['Visually-Hidden', 'VisuallyHidden', 'Screen-Reader-Text', 'ELEMENT-INVISIBLE', 'nav Sr-Only'])('class %s still hides its copy', (cls) => {
    expect(visibleText(cell(`62<span class="${cls}">62</span>`))).toBe('62');
  });
  it.each(['visually', 'sr-onlyx', 'article-content', 'MsoNormal'])('class %s is still read', (cls) => {
    expect(visibleText(cell(`62<span class="${cls}">7</span>`))).toBe('627');
  });
});

describe('an office named by its level, looked for by its last character', () => {
  it.each([['街道党政办', '街道'], ['区政府办公室', '区'], ['本县人民政府办', '县'], ['苏木综合办公室', '苏木']])('%s', (raw, level) => {
    expect(levelOfficeOf(raw)).toBe(level);
    expect(LEVEL_OFFICE.exec(raw)?.[1]).toBe(level);
    expect(normalizeAgency(raw, ctx as never)).toBeNull();
  });
  it.each(['区政府办公室主任', '街道党政办 ', '泉州市丰泽区'])('%s is none', (raw) => {
    expect(levelOfficeOf(raw)).toBeNull();
    expect(LEVEL_OFFICE.test(raw)).toBe(false);
  });
});
