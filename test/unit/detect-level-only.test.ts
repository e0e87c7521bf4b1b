// @vitest-environment node
/**
 * A title that names its body by level alone ("自治区人民政府办公厅2023年…", "市教育局2022年…", as
 * titles on a region's own site write them): the panel and the collection showed that, and two
 * regions' 办公厅 reports were one body but for their hosts. The full name is the one the report's
 * own text gives (its 落款, "本报告由…编制", its opening) or the site's, where it ends with the
 * title's (lib/detect/body-in-text.ts fullerName); else the title's name is kept as written.
 */
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../lib/detect/detect-report.ts';
import { doc, P, PERIOD, SECTIONS } from './detect-pages.ts';

const agencyOf = (d: Document) => {
  const r = detectReport(d);
  expect(r.isReport).toBe(true);
  return r.isReport ? r.agency : null;
};

describe('a body named by its level alone', () => {
  it('takes the full name from the 落款', () => {
    const t = '自治区人民政府办公厅2023年政府信息公开工作年度报告';
    const d = doc(t, `<h1>${t}</h1>${P([PERIOD])}${SECTIONS}${P(['澄江回族自治区人民政府办公厅', '2024年1月25日'])}`);
    expect(agencyOf(d)).toBe('澄江回族自治区人民政府办公厅');
  });

  it('takes it from "本报告由…编制" or the site\'s name', () => {
    const t = '市教育局2023年政府信息公开工作年度报告';
    expect(agencyOf(doc(t, `<h1>${t}</h1>${P([`本报告由东湖市教育局编制。${PERIOD}`])}${SECTIONS}`))).toBe('东湖市教育局');
    const g = '县人民政府2023年政府信息公开工作年度报告';
    expect(agencyOf(doc(g, `<h1>${g}</h1>${P([PERIOD])}${SECTIONS}`, '澄江县人民政府门户网站'))).toBe('澄江县人民政府');
  });

  it('keeps the title\'s name where nothing gives a fuller one, or another body\'s', () => {
    const t = '自治区人民政府办公厅2023年政府信息公开工作年度报告';
    expect(agencyOf(doc(t, `<h1>${t}</h1>${P([PERIOD])}${SECTIONS}`))).toBe('自治区人民政府办公厅');
    // the site is the region's government, not its office: no fuller name of the office
    expect(agencyOf(doc(t, `<h1>${t}</h1>${P([PERIOD])}${SECTIONS}`, '澄江回族自治区人民政府'))).toBe('自治区人民政府办公厅');
  });

  it('leaves names with a place, and words that only begin like a level, alone', () => {
    const a = '东湖市教育局2023年政府信息公开工作年度报告';
    expect(agencyOf(doc(a, `<h1>${a}</h1>${P([`本报告由东湖市青溪区教育局编制。${PERIOD}`])}${SECTIONS}`))).toBe('东湖市教育局');
  });

  it('takes a place for a name that has none (市场… is a word, not a level)', () => {
    const m = '市场监督管理局2023年政府信息公开工作年度报告';
    expect(agencyOf(doc(m, `<h1>${m}</h1>${P([PERIOD])}${SECTIONS}${P(['东湖市青溪区市场监督管理局', '2024年1月25日'])}`))).toBe('东湖市青溪区市场监督管理局');
    expect(agencyOf(doc(m, `<h1>${m}</h1>${P([PERIOD])}${SECTIONS}`))).toBe('市场监督管理局');
    // what the 落款 adds is no place: kept
    expect(agencyOf(doc(m, `<h1>${m}</h1>${P([PERIOD])}${SECTIONS}${P(['东湖高新技术产业开发区管委会市场监督管理局', '2024年1月25日'])}`))).toBe('市场监督管理局');
  });
});
