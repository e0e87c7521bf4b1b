// @vitest-environment node
/**
 * components/report-frames.ts: which documents of a page's frames are read, and which one is the
 * report. Documents and frames are small stand-ins with only what the module reads (a window's
 * frame count, getElementsByTagName, contentDocument, URL, title): the browser's own behaviour
 * (a cross-origin frame's contentDocument is null) is checked in test/e2e/iframe.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { findReport, frameDocuments, framesShape } from '../../components/report-frames.ts';

interface FakeFrame {
  tag: 'iframe' | 'frame';
  /** null: another site's; 'throws': a browser that throws rather than answer null */
  doc: FakeDoc | null | 'throws';
}

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
  /** an element-less document (a frame still at its first, empty document) */
  empty?: boolean;
}

/** A Document stand-in; `touched` records every element list asked for. */
function fake(d: FakeDoc, touched: string[] = []): Document {
  const frames = (d.frames ?? []).map((f) => {
    const inner = f.doc === null || f.doc === 'throws' ? f.doc : fake(f.doc, touched);
    const el = { tagName: f.tag.toUpperCase() } as Record<string, unknown>;
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
    documentElement: d.empty ? null : {},
    defaultView: { length: d.windowLength ?? frames.length },
    getElementsByTagName(tag: string) {
      touched.push(`${d.URL}:${tag}`);
      if (tag === 'iframe' || tag === 'frame') return frames.filter((f) => f.tag === tag).map((f) => f.el);
      return { length: d.counts?.[tag] ?? 0 };
    },
  };
  return doc as unknown as Document;
}

const urls = (docs: { doc: Document }[]) => docs.map((d) => d.doc.URL);

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
  const analyze = (doc: Document, url: string) => ({ isReport: (doc as unknown as { report: boolean }).report, url });

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
    expect(topAnalysis).toEqual({ isReport: false, url: 'top-url' });
    expect(found?.url).toBe('/xxgk/2024/content_123.html');
    expect(found?.analysis).toEqual({ isReport: true, url: '/xxgk/2024/content_123.html' });
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

  it('finds nothing when no document is a report', () => {
    const top = fake({ URL: 'top', title: 't', frames: [{ tag: 'iframe', doc: null }, { tag: 'iframe', doc: { URL: 'a', title: '' } }] });
    expect(findReport({ doc: top, url: 'top' }, analyze)).toEqual({ found: null, top: { isReport: false, url: 'top' } });
  });
});
