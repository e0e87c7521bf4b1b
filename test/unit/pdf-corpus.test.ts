// @vitest-environment node
/**
 * The real reports published as PDFs in ../shared/corpus/pdf, read by the batch checker
 * (cli/pdf-read.ts → lib/pdf/pdf-read-pages.ts → lib/pdf): Word exports whose tables are drawn with borders, table 三 broken
 * over a page with its group's label split ("（四）无" / "法提供"), table 四's three header levels.
 * What a reader checking them by hand finds: 洪泽区 2023's table 四 gives 总计 0 beside 维持 10 and
 * 纠正 1 (and 复议后起诉 总计 0 beside 维持 5), two mistakes of the report; the other two add up.
 * Skipped when ../shared is absent (a user's clone).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFile, PDF_REBUILT } from '../../cli/load-page.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';

const DIR = fileURLToPath(new URL('../../../shared/corpus/pdf/', import.meta.url));
const at = (name: string) => `${DIR}${name}`;

async function read(name: string): Promise<ReportAnalysis> {
  const checked = await checkFile(at(name));
  expect(checked.error).toBeUndefined();
  expect(checked.warnings).toEqual([PDF_REBUILT]);
  return checked.analysis!;
}

/**
 * The figures read from a table ("t3.", "t4."): every one its form has, when the table was read
 * whole (洪泽区's table 三 is the mixed form, （六）其他处理 one row: 26 rows of 7, not 29).
 */
const count = (a: ReportAnalysis, prefix: string) => Object.keys(a.figures).filter((k) => k.startsWith(prefix)).length;
const notInfo = (a: ReportAnalysis) => a.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.message}`);

describe.skipIf(!existsSync(DIR))('the real PDFs of ../shared/corpus/pdf', () => {
  it('洪泽区 2023: tables 三 and 四 read whole, the two 总计 of table 四 the report left at 0 flagged, nothing else', async () => {
    const a = await read('hongze-qu-2023.pdf');
    expect(a).toMatchObject({ isReport: true, year: 2023, template: '2021' });
    expect(a.agency).toMatch(/洪泽区人民政府$/);
    expect(count(a, 't3.')).toBe(182);
    expect(count(a, 't4.')).toBe(15);
    expect(notInfo(a)).toEqual([
      't4.group-total 行政复议：总计为0，结果维持+结果纠正+其他结果+尚未审结=11',
      't4.group-total 行政诉讼（复议后起诉）：总计为0，结果维持+结果纠正+其他结果+尚未审结=5',
    ]);
    expect(a.findings.filter((f) => f.severity === 'info')).toEqual([]);
  });

  it('洪泽区 2024: read whole, nothing raised', async () => {
    const a = await read('hongze-qu-2024.pdf');
    expect(a).toMatchObject({ isReport: true, year: 2024, agency: '淮安市洪泽区人民政府' });
    expect(count(a, 't3.')).toBe(182);
    expect(count(a, 't4.')).toBe(15);
    expect(a.findings).toEqual([]);
  });

  it('淮安市 2024: a group label broken by the page joined, the text checked against the tables, nothing raised', async () => {
    const a = await read('huaian-shi-2024.pdf');
    expect(a).toMatchObject({ isReport: true, year: 2024, agency: '淮安市人民政府' });
    expect(count(a, 't3.')).toBe(203);
    expect(count(a, 't4.')).toBe(15);
    expect(a.findings).toEqual([]);
    // the prose's figures (新收 3119, 办结 3050, 行政复议 351…) found in the rebuilt tables
    expect(a.narrative.checked).toBeGreaterThanOrEqual(16);
    expect(a.narrative.failed).toBe(0);
    expect(a.narrative.skipped).toBe(0);
  });
});
