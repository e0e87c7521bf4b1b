// @vitest-environment node
/**
 * No exception escapes the core: broken and random tables still give a valid report.
 * A seeded generator keeps failures reproducible.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../../lib/analyze.ts';
import { reportSchema } from '../../lib/report/schema.ts';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const WORDS = ['一、本年新收政府信息公开申请数量', '二、上年结转', '（一）予以公开', '（三）不予公开', '1.属于国家秘密', '（七）总计', '四、结转下年度继续办理',
  '自然人', '商业企业', '总计', '行政复议', '复议后起诉', '结果维持', '总计', '—', '', '无', '１２', '1,234', '3（其中5件）', 'abc', '-', '0', '7', '12.5'];

function randomTable(rand: () => number): string {
  const rows = 1 + Math.floor(rand() * 30);
  let html = '<table>';
  for (let r = 0; r < rows; r++) {
    html += rand() < 0.1 ? '<tbody>' : '';
    html += '<tr>';
    const cells = Math.floor(rand() * 12);
    for (let c = 0; c < cells; c++) {
      const rs = rand() < 0.15 ? ` rowspan="${Math.floor(rand() * 8) - 1}"` : '';
      const cs = rand() < 0.15 ? ` colspan="${['0', '2', '5', 'x', '2000', '-3'][Math.floor(rand() * 6)]}"` : '';
      html += `<td${rs}${cs}>${WORDS[Math.floor(rand() * WORDS.length)]}</td>`;
    }
    html += rand() < 0.05 ? '' : '</tr>';
  }
  return html + (rand() < 0.1 ? '' : '</table>');
}

describe('fuzz: random and broken tables', () => {
  // The 300 seeded cases, drawn in one sequence and checked in three tests of 100: a whole run takes
  // ~2 s alone, ~10 s on a loaded 2-core machine, which came near the 20 s limit as one test.
  const rand = rng(20261122);
  const cases = Array.from({ length: 300 }, () => {
    const tables = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => randomTable(rand)).join('<p>续表</p>');
    return `<html><head><title>某县2022年政府信息公开工作年度报告</title></head><body><h1>某县2022年政府信息公开工作年度报告</h1>
        <p>一、总体情况</p><p>三、收到和处理政府信息公开申请情况</p>${tables}</body></html>`;
  });
  it.each([0, 100, 200])('always returns a valid report (cases %i–)', (from) => {
    for (let i = from; i < from + 100; i++) {
      const { document } = parseHTML(cases[i]!);
      const report = analyzeDocument(document as unknown as Document);
      expect(() => reportSchema.parse(report), `case ${i}`).not.toThrow();
    }
  });

  it('reads a 10,000-row table in bounded time and says it stopped', () => {
    const rows = Array.from({ length: 10000 }, (_, i) => `<tr><td>（一）予以公开</td><td>${i}</td><td>${i}</td></tr>`).join('');
    const html = `<html><head><title>某县2022年政府信息公开工作年度报告</title></head><body><h1>某县2022年政府信息公开工作年度报告</h1>
      <table><tr><td>一、本年新收政府信息公开申请数量</td><td>1</td><td>1</td></tr>${rows}</table></body></html>`;
    const { document } = parseHTML(html);
    const report = analyzeDocument(document as unknown as Document);
    expect(report.findings.some((f) => f.rule === 'grid.truncated')).toBe(true);
    expect(report.timings.gridMs).toBeGreaterThanOrEqual(0);
  });
});
