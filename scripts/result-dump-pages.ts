/**
 * Every result the core gives on a fixed set of pages, as one canonical JSON text (no timings):
 * the guard for performance work, where not one result may change. Built and run by
 * scripts/result-dump.mjs (npm run dump), bundled like the CLI (htmlparser2 with the bundle's patch).
 *
 * Pages: test/fixtures/pages, ../shared/corpus/real, ../shared/seeds (as the tests wrap them),
 * and seeded mutations of those pages (cells dropped, digits changed, spans added, cells blanked,
 * tables nested, prose digits changed, …; made on linkedom, test/unit/editable-page.ts, and read back
 * as text). Each page is analysed on the batch checker's DOM (cli/light-dom.ts), with and without a
 * URL, and the fixture and seed pages also on happy-dom (a DOM that behaves like a browser's in more
 * of the standard).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { Window } from 'happy-dom';
import { analyzeDocument } from '../lib/analyze.ts';
import { decodeHtml, parsePage } from '../cli/load-page.ts';
import { editablePage } from '../test/unit/editable-page.ts';

interface Source {
  name: string;
  html: string;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function seedPage(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim());
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<html><head><title>${esc(lines[0] ?? '')}</title></head><body><div class="content">${lines.map((l) => `<p>${esc(l)}</p>`).join('\n')}</div></body></html>`;
}

function sources(root: string): Source[] {
  const out: Source[] = [];
  const fixtures = join(root, 'test/fixtures/pages');
  for (const f of readdirSync(fixtures).filter((f) => /\.html?$/.test(f)).sort()) {
    out.push({ name: `fixture/${f}`, html: decodeHtml(readFileSync(join(fixtures, f))).text });
  }
  const real = join(root, '../shared/corpus/real');
  if (existsSync(real)) {
    for (const f of readdirSync(real).filter((f) => /\.html?$/.test(f)).sort()) {
      out.push({ name: `real/${f}`, html: decodeHtml(readFileSync(join(real, f))).text });
    }
  }
  const seeds = join(root, '../shared/seeds');
  if (existsSync(seeds)) {
    for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
      const text = readFileSync(join(seeds, f), 'utf8');
      out.push({ name: `seed/${f}`, html: seedPage(text) });
      // as the narrative seed test wraps them: no title, no container
      out.push({ name: `seed-bare/${f}`, html: `<html><body>${text.split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}</body></html>` });
    }
  }
  return out;
}

const DIGIT = /[0-9０-９]/;
const FULL = '０１２３４５６７８９';

/** One random change to a parsed page; false when the page had nothing to change. */
function mutate(doc: Document, rand: () => number): string | false {
  const pick = <T>(xs: ArrayLike<T>): T | undefined => (xs.length ? xs[Math.floor(rand() * xs.length)] : undefined);
  const cells = Array.from(doc.querySelectorAll('td,th'));
  const numeric = cells.filter((c) => DIGIT.test(c.textContent ?? ''));
  const kind = Math.floor(rand() * 14);
  const cell = pick(kind < 9 && rand() < 0.7 ? numeric : cells);
  switch (kind) {
    case 0: // drop a cell
      if (!cell) return false;
      cell.remove();
      return 'drop';
    case 1: { // change a digit of a cell
      if (!cell) return false;
      const t = cell.textContent ?? '';
      const idx = [...t].map((c, i) => (DIGIT.test(c) ? i : -1)).filter((i) => i >= 0);
      const i = pick(idx);
      if (i === undefined) return false;
      cell.textContent = t.slice(0, i) + String(Math.floor(rand() * 10)) + t.slice(i + 1);
      return 'digit';
    }
    case 2: // add a span
      if (!cell) return false;
      cell.setAttribute(rand() < 0.5 ? 'colspan' : 'rowspan', String(Math.floor(rand() * 4)));
      return 'span';
    case 3: // blank a cell
      if (!cell) return false;
      cell.textContent = pick(['', ' ', '—', '/', '\u00a0']) ?? '';
      return 'blank';
    case 4: { // nest a table in a cell
      if (!cell) return false;
      const t = doc.createElement('table');
      t.innerHTML = `<tr><td>${cell.innerHTML}</td></tr>`;
      cell.innerHTML = '';
      cell.appendChild(t);
      return 'nest';
    }
    case 5: // full-width digits
      if (!cell) return false;
      cell.textContent = (cell.textContent ?? '').replace(/[0-9]/g, (d) => FULL[+d]!);
      return 'fullwidth';
    case 6: // split a number over spans, with whitespace
      if (!cell) return false;
      cell.innerHTML = (cell.textContent ?? '').split('').map((c) => `<span>${c}</span>`).join(rand() < 0.5 ? ' ' : '');
      return 'spans';
    case 7: // a comment and a hidden span in a cell
      if (!cell) return false;
      cell.innerHTML += `<!-- 9 --><span style="display:none">7</span>`;
      return 'hidden';
    case 8: { // a cell copied into its row
      if (!cell) return false;
      cell.parentNode?.insertBefore(cell.cloneNode(true), cell);
      return 'dup';
    }
    case 9: { // change a digit of the prose
      const ps = Array.from(doc.querySelectorAll('p,div,span,li')).filter((p) => !p.closest('table') && p.children.length === 0 && DIGIT.test(p.textContent ?? ''));
      const p = pick(ps);
      if (!p) return false;
      const t = p.textContent ?? '';
      const i = t.search(DIGIT);
      p.textContent = t.slice(0, i) + String(Math.floor(rand() * 10)) + t.slice(i + 1);
      return 'prose-digit';
    }
    case 10: { // a row moved into a thead
      const tr = pick(Array.from(doc.querySelectorAll('tr')));
      const table = tr?.closest('table');
      if (!tr || !table) return false;
      const head = doc.createElement('thead');
      head.appendChild(tr);
      table.insertBefore(head, table.firstChild);
      return 'thead';
    }
    case 11: { // a whole table dropped
      const t = pick(Array.from(doc.querySelectorAll('table')));
      if (!t) return false;
      t.remove();
      return 'drop-table';
    }
    case 12: { // a paragraph split by a <br> or an inline element
      const ps = Array.from(doc.querySelectorAll('p'));
      const p = pick(ps);
      if (!p) return false;
      p.innerHTML = rand() < 0.5 ? p.innerHTML.replace(/。/, '。<br>') : `<b>${p.innerHTML}</b><i>注</i>`;
      return 'prose-markup';
    }
    default: { // a template and a script in a cell
      if (!cell) return false;
      cell.innerHTML += '<template><td>5</td></template><script>var x=1</script>';
      return 'template';
    }
  }
}

/**
 * Two mutated copies of each page with tables (and each seed), each seeded by its page's name: a
 * page added to the fixtures adds its own copies and changes no other page's, so that a dump made
 * before a fixture was added still compares page for page with one made after.
 */
function fuzzPages(base: Source[], perPage: number): Source[] {
  const bases = base.filter((s) => /<table/i.test(s.html) || s.name.startsWith('seed/'));
  const out: Source[] = [];
  for (const b of bases) {
    const rand = rng(20261205 ^ nameSeed(b.name));
    for (let j = 0, made = 0; made < perPage && j < perPage * 3; j++) {
      const doc = editablePage(b.html);
      const n = 1 + Math.floor(rand() * 4);
      const did: string[] = [];
      for (let k = 0; k < n; k++) {
        const m = mutate(doc, rand);
        if (m) did.push(m);
      }
      if (did.length === 0) continue;
      out.push({ name: `fuzz/${b.name}/${made++}/${did.join('+')}`, html: String(doc) });
    }
  }
  return out;
}

/** A page name's 32-bit FNV-1a hash. */
function nameSeed(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** JSON with keys sorted, so that a result differs in the dump only when it differs. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) if (k !== 'timings') o[k] = canonical((v as Record<string, unknown>)[k]);
    return o;
  }
  return v;
}

function result(doc: Document, url: string | undefined): unknown {
  try {
    return canonical(analyzeDocument(doc, url === undefined ? {} : { url }));
  } catch (e) {
    return { threw: e instanceof Error ? e.message : String(e) };
  }
}

function happyDoc(html: string): Document {
  const w = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  w.document.write(html);
  return w.document as unknown as Document;
}

export function dump(root: string, fuzzPerPage = 2): { text: string; pages: number } {
  const base = sources(root);
  const all = [...base, ...fuzzPages(base, fuzzPerPage)];
  const lines: string[] = [];
  for (const s of all) {
    const hash = createHash('sha1').update(s.html).digest('hex').slice(0, 12);
    const url = `https://www.example.gov.cn/${s.name.split('/').pop()}`;
    const row: Record<string, unknown> = {
      page: s.name,
      html: hash,
      checker: result(parsePage(s.html), url),
      checkerNoUrl: result(parsePage(s.html), undefined),
    };
    // happy-dom too on every page but the fuzzed ones, and on one fuzzed copy in eight (by its hash)
    if (!s.name.startsWith('fuzz/') || parseInt(hash.slice(0, 2), 16) % 8 === 0) row.happyDom = result(happyDoc(s.html), url);
    lines.push(JSON.stringify(row));
  }
  return { text: lines.join('\n') + '\n', pages: all.length };
}
