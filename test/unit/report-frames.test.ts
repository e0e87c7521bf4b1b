// @vitest-environment node
/**
 * components/report-frames.ts: which documents of a page's frames are read, and which one is the
 * report. Documents and frames are small stand-ins with only what the module reads (a window's
 * frame count, getElementsByTagName, contentDocument, URL, title, a computed style): the browser's
 * own behaviour (a cross-origin frame's contentDocument is null, a hidden frame's computed style) is
 * checked in test/e2e/iframe.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { findReport, frameDocuments, framesShape, hasArrivingFrame, hasHiddenFrame, isHiddenFrame } from '../../components/report-frames.ts';

/** The computed style isHiddenFrame reads; shown, 300×150, by default */
interface FakeStyle {
  display?: string;
  width?: string;
  height?: string;
  visibility?: string;
}

interface FakeFrame {
  tag: 'iframe' | 'frame';
  /** null: another site's; 'throws': a browser that throws rather than answer null */
  doc: FakeDoc | null | 'throws';
  style?: FakeStyle;
  /** the computed visibility of the frame's parent ('visible' by default) */
  parentVisibility?: string;
}

const SHOWN = { display: 'inline', width: '300px', height: '150px', visibility: 'visible' };

/** An element stand-in that carries its computed style, and the getComputedStyle that reads it. */
const styled = (style: FakeStyle, parent?: unknown): Record<string, unknown> => ({ style: { ...SHOWN, ...style }, parentElement: parent ?? null });
const view = { getComputedStyle: (el: Element) => (el as unknown as { style: CSSStyleDeclaration }).style };

interface FakeDoc {
  URL: string;
  title: string;
  /** what getElementsByTagName(tag) counts, by tag, for framesShape */
  counts?: Record<string, number>;
  frames?: FakeFrame[];
  /** the window's frame count, when it differs from the frames listed (a page that reads none) */
  windowLength?: number;
  /** whether the analysis calls it a report */
  report?: boolean;
  /** the report's year (null by default) */
  year?: number | null;
  /** whether the analysis found any of its tables 二–四 (yes by default) */
  tables?: boolean;
  /** an element-less document (a frame still at its first, empty document) */
  empty?: boolean;
  /** the document's readyState ('complete' by default; 'loading': the browser is still parsing it) */
  readyState?: DocumentReadyState;
}

/** A Document stand-in; `touched` records every element list asked for. */
function fake(d: FakeDoc, touched: string[] = []): Document {
  const frames = (d.frames ?? []).map((f) => {
    const inner = f.doc === null || f.doc === 'throws' ? f.doc : fake(f.doc, touched);
    const el = { tagName: f.tag.toUpperCase(), ...styled(f.style ?? {}, styled({ visibility: f.parentVisibility ?? 'visible' })) } as Record<string, unknown>;
    Object.defineProperty(el, 'contentDocument', {
      get() {
        if (inner === 'throws') throw new Error('SecurityError');
        return inner;
      },
    });
    return { tag: f.tag, el };
  });
  const doc = {
    URL: d.URL,
    title: d.title,
    report: d.report ?? false,
    year: d.year ?? null,
    tables: d.tables ?? true,
    documentElement: d.empty ? null : {},
    readyState: d.readyState ?? 'complete',
    defaultView: { length: d.windowLength ?? frames.length, ...view },
    getElementsByTagName(tag: string) {
      touched.push(`${d.URL}:${tag}`);
      if (tag === 'iframe' || tag === 'frame') return frames.filter((f) => f.tag === tag).map((f) => f.el);
      return { length: d.counts?.[tag] ?? 0 };
    },
  };
  return doc as unknown as Document;
}

const urls = (docs: { doc: Document }[]) => docs.map((d) => d.doc.URL);

/** What the analysis says of a stand-in document: its report, year and tables, as FakeDoc set them. */
const analyze = (doc: Document, url: string) => {
  const d = doc as unknown as { report: boolean; year: number | null; tables: boolean };
  return { isReport: d.report, url, year: d.year, tables: { t2: [], t3: d.tables ? ['t3'] : [], t4: [] } };
};

describe('frameDocuments', () => {
  it('touches no element on a page without frames (the loader\'s cost on most pages)', () => {
    const touched: string[] = [];
    expect(frameDocuments(fake({ URL: 'top', title: 't' }, touched))).toEqual([]);
    expect(touched).toEqual([]);
  });

  it('lists same-origin frames in document order, iframes then frames, and leaves other sites\' out quietly', () => {
    const top = fake({
      URL: 'top', title: 't',
      frames: [
        { tag: 'iframe', doc: null },
        { tag: 'iframe', doc: { URL: 'a', title: '' } },
        { tag: 'iframe', doc: 'throws' },
        { tag: 'frame', doc: { URL: 'b', title: '' } },
        { tag: 'iframe', doc: { URL: 'blank', title: '', empty: true } },
      ],
    });
    expect(urls(frameDocuments(top))).toEqual(['a', 'b']);
  });

  it('looks into frames of frames, one level down, each after its frame', () => {
    const deep = { URL: 'c', title: '', frames: [{ tag: 'iframe' as const, doc: { URL: 'too-deep', title: '' } }] };
    const top = fake({
      URL: 'top', title: 't',
      frames: [
        { tag: 'iframe', doc: { URL: 'a', title: '', frames: [{ tag: 'iframe', doc: deep }] } },
        { tag: 'iframe', doc: { URL: 'b', title: '' } },
      ],
    });
    expect(urls(frameDocuments(top))).toEqual(['a', 'c', 'b']);
  });

  it('asks the window first: no frame counted there, no element list read', () => {
    const touched: string[] = [];
    const top = fake({ URL: 'top', title: 't', windowLength: 0, frames: [{ tag: 'iframe', doc: { URL: 'a', title: '' } }] }, touched);
    expect(frameDocuments(top)).toEqual([]);
    expect(touched).toEqual([]);
  });
});

describe('hidden frames', () => {
  const hiddenDoc = (url: string) => ({ URL: url, title: '', report: true, frames: [{ tag: 'iframe' as const, doc: { URL: `${url}/inner`, title: '' } }] });

  it('leaves out a frame its own style hides (a tracking or preloading frame), with the frames inside it', () => {
    const top = fake({
      URL: 'top', title: 't',
      frames: [
        { tag: 'iframe', doc: hiddenDoc('none'), style: { display: 'none' } },
        { tag: 'iframe', doc: hiddenDoc('zero-attrs'), style: { width: '0px', height: '0px' } },
        { tag: 'iframe', doc: hiddenDoc('zero-high'), style: { height: '0px' } },
        { tag: 'iframe', doc: hiddenDoc('invisible'), style: { visibility: 'hidden' } },
        { tag: 'frame', doc: hiddenDoc('collapsed-row'), style: { height: '0px' } },
        { tag: 'iframe', doc: { URL: 'shown', title: '' } },
      ],
    });
    expect(urls(frameDocuments(top))).toEqual(['shown']);
    expect(findReport({ doc: top, url: 'top' }, analyze).found).toBeNull();
  });

  it('reads a frame inside a collapsed tab or accordion: its own style does not hide it', () => {
    const top = fake({
      URL: 'top', title: 't',
      frames: [
        // in a display:none tab: its computed size is its style's ('auto', '100%'), not 0
        { tag: 'iframe', doc: { URL: 'tab-auto', title: '' }, style: { width: 'auto', height: 'auto' } },
        { tag: 'iframe', doc: { URL: 'tab-percent', title: '' }, style: { width: '100%', height: '600px' } },
        // in a visibility:hidden accordion: hidden as its parent is
        { tag: 'iframe', doc: { URL: 'accordion', title: '' }, style: { visibility: 'hidden' }, parentVisibility: 'hidden' },
      ],
    });
    expect(urls(frameDocuments(top))).toEqual(['tab-auto', 'tab-percent', 'accordion']);
  });

  it.each<[string, FakeStyle, boolean]>([
    ['shown', {}, false],
    ['display:none', { display: 'none' }, true],
    ['width="0"', { width: '0px' }, true],
    ['height:0', { height: '0px' }, true],
    ['one pixel square (still drawn)', { width: '1px', height: '1px' }, false],
    ['width:auto (in a hidden tab)', { width: 'auto' }, false],
    ['visibility:hidden of its own', { visibility: 'hidden' }, true],
    ['visibility:collapse of its own', { visibility: 'collapse' }, true],
  ])('isHiddenFrame: %s → %s', (_, style, hidden) => {
    expect(isHiddenFrame(styled(style, styled({})) as unknown as Element, view)).toBe(hidden);
  });

  it('isHiddenFrame: a frame without a window to ask counts as shown', () => {
    expect(isHiddenFrame(styled({ display: 'none' }) as unknown as Element, null)).toBe(false);
  });

  it('framesShape counts a hidden frame as hidden only, and changes once it is shown', () => {
    const page = (style: FakeStyle) => fake({ URL: 'top', title: 't', frames: [{ tag: 'iframe', doc: { URL: 'nb', title: '年报', counts: { table: 4 } }, style }] });
    expect(framesShape(page({ height: '0px' }), 'table')).toBe('|hidden');
    expect(framesShape(page({ height: '2400px' }), 'table')).toBe('|nb|4|年报');
  });
});

describe('hasHiddenFrame', () => {
  it('reads the frame count only on a page without frames', () => {
    const touched: string[] = [];
    expect(hasHiddenFrame(fake({ URL: 'top', title: 't' }, touched))).toBe(false);
    expect(touched).toEqual([]);
  });

  it('is true with a same-origin frame its own style hides, false when all are shown or other sites\'', () => {
    const frames = (style: FakeStyle, doc: FakeDoc | null = { URL: 'a', title: '' }) => fake({ URL: 'top', title: 't', frames: [{ tag: 'iframe', doc: { URL: 'shown', title: '' } }, { tag: 'iframe', doc, style }] });
    expect(hasHiddenFrame(frames({ display: 'none' }))).toBe(true);
    expect(hasHiddenFrame(frames({ height: '0px' }))).toBe(true);
    expect(hasHiddenFrame(frames({}))).toBe(false);
    // another site's hidden counter: nothing the lens could read when it is shown
    expect(hasHiddenFrame(frames({ display: 'none' }, null))).toBe(false);
  });
});

describe('framesShape', () => {
  it('is empty without frames and changes with a frame\'s address, count or title', () => {
    expect(framesShape(fake({ URL: 'top', title: 't' }))).toBe('');
    const page = (url: string, tables: number, title: string) =>
      fake({ URL: 'top', title: 't', frames: [{ tag: 'iframe', doc: { URL: url, title, counts: { table: tables, '*': 10 } } }] });
    const before = framesShape(page('about:blank', 0, ''), 'table');
    expect(before).toBe('|about:blank|0|');
    expect(framesShape(page('/xxgk/2024/content_123.html', 0, ''), 'table')).not.toBe(before);
    expect(framesShape(page('about:blank', 4, ''), 'table')).not.toBe(before);
    expect(framesShape(page('about:blank', 0, '2023年报'), 'table')).not.toBe(before);
    expect(framesShape(page('about:blank', 0, ''))).toBe('|about:blank|10|');
  });
});

describe('findReport', () => {

  it('takes the top document when it is a report, without reading its frames', () => {
    const touched: string[] = [];
    const top = fake({ URL: 'top', title: 't', report: true, frames: [{ tag: 'iframe', doc: { URL: 'a', title: '', report: true } }] }, touched);
    const { found } = findReport({ doc: top, url: 'https://x.gov.cn/top' }, analyze);
    expect(found).toMatchObject({ doc: top, frame: null, url: 'https://x.gov.cn/top' });
    expect(touched).toEqual([]);
  });

  it('takes the first same-origin frame that is a report, with its own address', () => {
    const top = fake({
      URL: 'top', title: 't',
      frames: [
        { tag: 'iframe', doc: { URL: 'ad', title: '' } },
        { tag: 'iframe', doc: null },
        { tag: 'iframe', doc: { URL: '/xxgk/2024/content_123.html', title: '', report: true } },
        { tag: 'iframe', doc: { URL: 'later', title: '', report: true } },
      ],
    });
    const { found, top: topAnalysis } = findReport({ doc: top, url: 'top-url' }, analyze);
    expect(topAnalysis).toMatchObject({ isReport: false, url: 'top-url' });
    expect(found?.url).toBe('/xxgk/2024/content_123.html');
    expect(found?.analysis).toMatchObject({ isReport: true, url: '/xxgk/2024/content_123.html' });
    expect((found?.frame as unknown as { tagName: string }).tagName).toBe('IFRAME');
  });

  it('analyses only the frames the first look lets through (automatic runs), and the top always', () => {
    const seen: string[] = [];
    const top = fake({
      URL: 'top', title: 't',
      frames: [
        { tag: 'iframe', doc: { URL: 'widget', title: '' } },
        { tag: 'iframe', doc: { URL: 'report', title: '', report: true } },
      ],
    });
    const { found } = findReport(
      { doc: top, url: 'top' },
      (doc, url) => {
        seen.push(url);
        return analyze(doc, url);
      },
      (doc) => doc.URL !== 'widget',
    );
    expect(found?.url).toBe('report');
    expect(seen).toEqual(['top', 'report']);
  });

  it('a top report without tables gives way to the first shown frame whose report has them and is not of another year', () => {
    const top = fake({
      URL: 'top', title: 't', report: true, tables: false, year: 2023,
      frames: [
        { tag: 'iframe', doc: { URL: 'hidden', title: '', report: true, year: 2023 }, style: { display: 'none' } },
        { tag: 'iframe', doc: { URL: 'no-tables', title: '', report: true, tables: false, year: 2023 } },
        { tag: 'iframe', doc: { URL: 'last-year', title: '', report: true, year: 2022 } },
        { tag: 'iframe', doc: { URL: 'year-unknown', title: '', report: true } },
      ],
    });
    expect(findReport({ doc: top, url: 'top' }, analyze).found?.url).toBe('year-unknown');
  });

  it('a top report without tables stays when no frame\'s report has them, of its year', () => {
    const top = fake({
      URL: 'top', title: 't', report: true, tables: false, year: 2023,
      frames: [
        { tag: 'iframe', doc: { URL: 'no-tables', title: '', report: true, tables: false, year: 2023 } },
        { tag: 'iframe', doc: { URL: 'last-year', title: '', report: true, year: 2022 } },
        { tag: 'iframe', doc: { URL: 'news', title: '' } },
      ],
    });
    const { found } = findReport({ doc: top, url: 'top-url' }, analyze);
    expect(found).toMatchObject({ doc: top, frame: null, url: 'top-url' });
  });

  it('does not read a frame the browser is still parsing (its tables cut off), and reads it once it is whole', () => {
    const page = (readyState: DocumentReadyState) => fake({
      URL: 'top', title: 't',
      frames: [{ tag: 'iframe', doc: { URL: 'nb', title: '年报', report: true, readyState, counts: { table: 3 } } }],
    });
    const seen: string[] = [];
    const read = (doc: Document, url: string) => (seen.push(url), analyze(doc, url));
    expect(findReport({ doc: page('loading'), url: 'top' }, read).found).toBeNull();
    expect(seen).toEqual(['top']);
    expect(hasArrivingFrame(page('loading'))).toBe(true);
    for (const whole of ['interactive', 'complete'] as const) {
      expect(findReport({ doc: page(whole), url: 'top' }, analyze).found?.url).toBe('nb');
      expect(hasArrivingFrame(page(whole))).toBe(false);
      // its last part adds no table: the shape changes all the same, for the loader's polls and the lens's watch
      expect(framesShape(page(whole), 'table')).not.toBe(framesShape(page('loading'), 'table'));
    }
  });

  it('counts a frame whose document has no element yet (its server sent the headers only) as arriving, and its first part changes the shape', () => {
    // the loader's polls take a page whose frames' shape is '' for one without same-origin frames, and look no more
    const page = (readyState: DocumentReadyState, empty: boolean) =>
      fake({ URL: 'top', title: 't', frames: [{ tag: 'iframe', doc: { URL: 'nb', title: '', readyState, empty, counts: { table: empty ? 0 : 3 } } }] });
    const headersOnly = page('loading', true);
    expect(framesShape(headersOnly, 'table')).not.toBe('');
    expect(hasArrivingFrame(headersOnly)).toBe(true);
    expect(findReport({ doc: headersOnly, url: 'top' }, analyze).found).toBeNull();
    expect(framesShape(page('loading', false), 'table')).not.toBe(framesShape(headersOnly, 'table'));
    // an element-less document the browser has done with is still left out
    expect(framesShape(page('complete', true), 'table')).toBe('');
  });

  it('a frame still arriving does not count for hasArrivingFrame when its own style hides it', () => {
    const top = fake({ URL: 'top', title: 't', frames: [{ tag: 'iframe', doc: { URL: 'counter', title: '', readyState: 'loading' }, style: { display: 'none' } }] });
    expect(hasArrivingFrame(top)).toBe(false);
  });

  it('finds nothing when no document is a report', () => {
    const top = fake({ URL: 'top', title: 't', frames: [{ tag: 'iframe', doc: null }, { tag: 'iframe', doc: { URL: 'a', title: '' } }] });
    expect(findReport({ doc: top, url: 'top' }, analyze)).toMatchObject({ found: null, top: { isReport: false, url: 'top' } });
  });
});
