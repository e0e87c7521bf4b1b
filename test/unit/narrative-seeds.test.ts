/**
 * The five seeds and the real Shuyang page through the narrative stage alone (issue #3, "Proof").
 * Pages in test/fixtures/pages are used when they exist; otherwise the seed text, one <p> a line
 * (the text copies lost some characters, so fewer claims are found there). Skips cleanly when
 * ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkNarrative, type NarrativeResult } from '../../lib/narrative/check-narrative.ts';
import { extractParagraphs } from '../../lib/narrative/extract-prose.ts';

// Paths from this file's own path: under happy-dom, `new URL(rel, import.meta.url)` resolves
// against http://localhost:3000, not the file.
const HERE = dirname(fileURLToPath(import.meta.url));
const PAGES = resolve(HERE, '../fixtures/pages');
const SHARED = resolve(HERE, '../../../shared');
const at = (base: string, name: string): string => resolve(base, name);

const SEEDS: Record<string, string> = {
  '000': '000_0e2b2f81b8643c15.txt',
  '001': '001_ac3d48882370de19.txt',
  '002': '002_7589d7ed0c6c9c95.txt',
  '003': '003_48d4a7b6424bd8a9.txt',
  '004': '004_ed1ff81cc4d3de7d.txt',
};

/** Data tables are excluded; a layout table holding the article (long paragraphs, nested tables) is not. */
function dataTables(doc: Document): Element[] {
  return [...doc.querySelectorAll('table')].filter(
    (t) => !t.querySelector('table') && ![...t.querySelectorAll('p,div,h1,h2')].some((e) => (e.textContent ?? '').length > 80),
  );
}

interface Loaded {
  source: string;
  result: NarrativeResult;
}

/** The fixture page if it exists (with the figures its expected.json lists), else the seed text. */
function load(page: string, seed: string, figures: Record<string, number | null> = {}): Loaded | null {
  let html: string;
  let source: string;
  let figs = figures;
  if (existsSync(at(PAGES, page))) {
    html = readFileSync(at(PAGES, page), 'utf8');
    source = page;
    const exp = at(PAGES, page.replace(/\.html$/, '.expected.json'));
    if (existsSync(exp)) {
      const listed = (JSON.parse(readFileSync(exp, 'utf8')) as { figures?: Record<string, number | null> }).figures;
      if (listed && Object.keys(listed).length > 0) figs = { ...figures, ...listed };
    }
  } else if (existsSync(at(SHARED, 'seeds/' + seed))) {
    const text = readFileSync(at(SHARED, 'seeds/' + seed), 'utf8');
    html = `<html><body>${text.split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}</body></html>`;
    source = seed;
  } else return null;
  const { document } = parseHTML(html);
  const exclude = dataTables(document);
  const result = checkNarrative({ container: document.body, exclude, figures: figs, figureRefs: {} });
  // every quote is an exact substring of one paragraph of the extracted prose (the panel finds it there)
  const paras = extractParagraphs(document.body, exclude).map((p) => p.shown ?? p.text);
  for (const c of result.checks) expect(paras.some((p) => p.includes(c.quote)), c.quote).toBe(true);
  return { source, result };
}

const serious = (r: NarrativeResult) => r.findings.filter((f) => f.severity !== 'info');
const passed = (r: NarrativeResult, rule: string, detail: string): boolean =>
  r.checks.some((c) => c.rule === rule && c.outcome === 'pass' && c.detail.includes(detail));

describe('seed 000 (泸州市 2019, narrative only)', () => {
  const l = load('luzhou-2019.html', SEEDS['000'] ?? '');
  it.skipIf(!l)('flags 减少2项 (it is 4) and warns on 219 (222 − 2)', () => {
    const r = l!.result;
    if (l!.source.endsWith('.html')) {
      expect(serious(r).map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
        ['text.parts-sum', 'warning', 220, 219],
        ['text.change', 'error', 4, 2],
      ]);
      expect(r.findings.find((f) => f.rule === 'text.change')?.quote).toContain('较2018年182项，减少2项');
      expect(passed(r, 'text.change', '342项 − 361项')).toBe(true);
    } else {
      // the text copy lost 年 in "较2018182项": only the remainder is readable
      expect(serious(r).map((f) => f.rule)).toEqual(['text.parts-sum']);
    }
    expect(passed(r, 'text.parts-sum', '= 11409条')).toBe(true);
    expect(passed(r, 'text.parts-sum', '= 13981条')).toBe(true);
  });
});

describe('seed 001 (益阳市 2018, mirror page)', () => {
  const l = load('yiyang-2018-mirror.html', SEEDS['001'] ?? '');
  it.skipIf(!l)('raises nothing; 2633, 493, 250.4万元 and 73 are checked and hold', () => {
    const r = l!.result;
    expect(serious(r)).toEqual([]);
    expect(passed(r, 'text.parts-sum', '= 2633项')).toBe(true);
    expect(passed(r, 'text.parts-sum', '70人+423人 = 493人')).toBe(true);
    expect(passed(r, 'text.parts-sum', '50.9万元+199.5万元 = 250.4万元')).toBe(true);
    expect(passed(r, 'text.parts-sum', '6件+67件 = 73个')).toBe(true);
  });
});

describe('seed 002 (泸县嘉明镇 2020)', () => {
  const zeros = { 't3.new.total': 0, 't3.carried.total': 0, 't3.processed.total': 0, 't3.carriedForward.total': 0 };
  const l = load('jiaming-2020.html', SEEDS['002'] ?? '', zeros);
  it.skipIf(!l)('raises nothing; 962 = 349+607+6 with its shares, and 607 = 406+201+0', () => {
    const r = l!.result;
    expect(serious(r)).toEqual([]);
    expect(passed(r, 'text.parts-sum', '349条+607条+6条 = 962条')).toBe(true);
    expect(passed(r, 'text.parts-sum', '406条+201条+0条 = 607条')).toBe(true);
    for (const share of ['36.28%', '63.1%', '0.62%']) expect(passed(r, 'text.share', `正文 ${share}`)).toBe(true);
    expect(r.checks.filter((c) => c.rule === 'text.vs-table' && c.outcome === 'pass').length).toBe(4);
  });
});

describe('seed 003 (泸州市 2014, pre-2019)', () => {
  const l = load('luzhou-2014.html', SEEDS['003'] ?? '');
  it.skipIf(!l)('raises nothing; every sum, share, growth rate and product holds', () => {
    const r = l!.result;
    expect(serious(r)).toEqual([]);
    expect(r.checks.every((c) => c.outcome === 'pass')).toBe(true);
    expect(passed(r, 'text.parts-sum', '= 80165条')).toBe(true);
    expect(r.checks.filter((c) => c.rule === 'text.share' && c.quote.match(/类\d+条/))).toHaveLength(8);
    expect(passed(r, 'text.change', '正文 增长17.49%')).toBe(true);
    expect(passed(r, 'text.parts-sum', '433件+46件+49件 = 528件')).toBe(true);
    expect(passed(r, 'text.parts-sum', '93件+3件+78件 = 174件')).toBe(true);
    expect(passed(r, 'text.product', '12期 × 4200册 = 50400册')).toBe(true);
  });
});

describe('seed 004 (泉州市丰泽区 2019)', () => {
  const table = {
    't3.new.total': 42, 't3.carried.total': 0, 't3.processed.total': 42, 't3.granted.total': 11,
    't3.partial.total': 6, 't3.denied.total': 3, 't3.unable.total': 22, 't3.carriedForward.total': 0,
  };
  const l = load('fengze-2019.html', SEEDS['004'] ?? '', table);
  it.skipIf(!l)('flags 45 vs 17+38 and vs the table’s 42, and 3 carried forward vs 0', () => {
    const r = l!.result;
    expect(serious(r).map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['text.parts-sum', 'error', 55, 45],
      ['text.vs-table', 'error', 42, 45],
      ['text.vs-table', 'error', 0, 3],
    ]);
  });
});

describe('the real Shuyang page', () => {
  const file = at(SHARED, 'corpus/real/shuyang-fagaiju-2023.html');
  it.skipIf(!existsSync(file))('raises nothing (全年受理网络问政182件 is not an application count)', () => {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    const r = checkNarrative({
      container: document.body,
      exclude: dataTables(document),
      figures: { 't3.new.total': 26, 't3.carried.total': 0, 't3.processed.total': 26, 't3.carriedForward.total': 0 },
      figureRefs: {},
    });
    expect(serious(r)).toEqual([]);
    expect(r.checks.every((c) => c.outcome === 'pass')).toBe(true);
    expect(r.checks.some((c) => c.quote.includes('网络问政'))).toBe(false);
    expect(passed(r, 'text.parts-sum', '= 249条')).toBe(true);
  });
});
