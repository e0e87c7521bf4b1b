/**
 * Red team 60's collection (collect-red60-*.test.ts): what a transparency researcher reads over
 * 2022–2024, built from one analysed page (test/e2e/pages/collect-2021.html) with each report's
 * body, title, address, year and carry-over rows set, and saved through the store the background
 * uses. Each report says which body it truly is (`truth`): a cross-year finding between two reports
 * of different truths, or of years not consecutive, is a false finding.
 */
import { analysed } from './collect-helpers.ts';
import type { SaveInput } from '../../lib/collect/record.ts';

export const YEARS = [2022, 2023, 2024] as const;
const COLUMNS = ['natural', 'commercial', 'research', 'social', 'legal', 'otherOrg'] as const;

export interface Planned {
  input: SaveInput;
  /** the body the report truly is, whatever it is called */
  truth: string;
  year: number;
}

/** A body's 结转下年度 in `year`, column by column: distinct per body and year. */
export function carriedForward(seed: number, year: number): Record<string, number> {
  const out: Record<string, number> = {};
  let total = 0;
  COLUMNS.forEach((c, i) => {
    const v = (seed * 7 + year * 3 + i * 5) % 11;
    out[c] = v;
    total += v;
  });
  return { ...out, total };
}

/**
 * One report: `seed` the body's figures, `carried` its 上年结转 (default: what last year carried
 * forward, the consistent case), `over` any figure changed.
 */
export function report(opts: {
  truth: string;
  seed: number;
  body: string;
  year: number;
  url: string;
  title?: string;
  carried?: Record<string, number>;
  over?: Record<string, number | null>;
  at?: string;
}): Planned {
  const r = analysed(2021);
  r.agency = opts.body;
  r.year = opts.year;
  r.title = opts.title ?? `${opts.body}${opts.year}年政府信息公开工作年度报告`;
  // table 二's stocks are not chained year to year here (cross.in-force is not what this corpus tries)
  const figures: Record<string, number | null> = Object.fromEntries(Object.entries(r.figures).filter(([k]) => !k.startsWith('t2.')));
  const fwd = carriedForward(opts.seed, opts.year);
  const carried = opts.carried ?? carriedForward(opts.seed, opts.year - 1);
  for (const [c, v] of Object.entries(fwd)) figures[`t3.carriedForward.${c}`] = v;
  for (const [c, v] of Object.entries(carried)) figures[`t3.carried.${c}`] = v;
  // the year's own applications differ, so that no two years are identical
  figures['t3.new.natural'] = 10 + opts.seed + (opts.year - 2020);
  r.figures = { ...figures, ...opts.over };
  r.findings = [];
  const site = new URL(opts.url).hostname;
  return { input: { url: opts.url, title: r.title, site, report: r, at: opts.at }, truth: opts.truth, year: opts.year };
}

/** Counties' and departments' plain names: 20 bodies, each on its own portal. */
const PLAIN = [
  '岳池县人民政府', '乐至县人民政府', '云溪区人民政府', '安居区司法局', '武胜县卫生健康局', '邻水县财政局', '华蓥市自然资源局',
  '前锋区教育局', '广安区人民政府', '蓬溪县住房和城乡建设局', '射洪市市场监督管理局', '大英县人民政府', '船山区民政局',
  '南部县人民政府', '阆中市交通运输局', '仪陇县人民政府', '西充县生态环境局',
];

/**
 * The collection: the plain bodies over three years (consistent), and the traps the brief names.
 * `mismatch`: the reports whose carry-over truly disagrees with last year's (truth|year pairs).
 */
export function corpus(): { planned: Planned[]; mismatches: { truth: string; years: [number, number] }[] } {
  const planned: Planned[] = [];
  PLAIN.forEach((body, i) => {
    for (const year of YEARS) planned.push(report({ truth: body, seed: i, body, year, url: `https://www.plain${i}.gov.cn/zwgk/ndbg/${year}.html` }));
  });
  // 1. one body under two spellings, one year apart: paired; its 2024 上年结转 truly disagrees
  planned.push(report({ truth: 'office', seed: 30, body: '某某县人民政府办公室', year: 2023, url: 'https://www.moumou.gov.cn/ndbg/2023.html' }));
  const office2023 = carriedForward(30, 2023);
  const wrong = { ...office2023, natural: 99, total: 99 + office2023.total! - office2023.natural! };
  planned.push(report({ truth: 'office', seed: 30, body: '某某县政府办公室', year: 2024, url: 'https://www.moumou.gov.cn/ndbg/2024.html', carried: wrong }));
  // the county's government on the same site: another body, another key (its figures are the office's 2023 shifted)
  planned.push(report({ truth: 'moumou-gov', seed: 31, body: '某某县人民政府', year: 2024, url: 'https://www.moumou.gov.cn/ndbg/gov-2024.html', carried: carriedForward(30, 2023) }));
  // 2. a body renamed: 卫生和计划生育局 → 卫生健康局 (the new name's 上年结转 follows the old one's 结转)
  planned.push(report({ truth: 'health', seed: 32, body: '平昌县卫生和计划生育局', year: 2022, url: 'https://www.pingchang.gov.cn/ndbg/wjj-2022.html' }));
  planned.push(report({ truth: 'health', seed: 32, body: '平昌县卫生健康局', year: 2023, url: 'https://www.pingchang.gov.cn/ndbg/wjj-2023.html' }));
  // 3. two bodies of one name in two provinces: 朝阳区 of 北京 and of 长春, on their portals, local files, a 公众号
  planned.push(report({ truth: 'bj-chaoyang', seed: 33, body: '北京市朝阳区人民政府', year: 2023, url: 'https://www.bjchy.gov.cn/ndbg/2023.html' }));
  planned.push(report({ truth: 'cc-chaoyang', seed: 34, body: '长春市朝阳区人民政府', year: 2024, url: 'https://www.chaoyang.gov.cn/ndbg/2024.html' }));
  planned.push(report({ truth: 'bj-chaoyang', seed: 33, body: '朝阳区人民政府', year: 2023, url: 'file:///C:/Users/r/年报/北京朝阳2023.pdf', title: '朝阳区2023年政府信息公开工作年度报告' }));
  planned.push(report({ truth: 'cc-chaoyang', seed: 34, body: '朝阳区人民政府', year: 2024, url: 'file:///C:/Users/r/年报/长春朝阳2024.pdf', title: '朝阳区2024年政府信息公开工作年度报告' }));
  planned.push(report({ truth: 'gangu-town', seed: 35, body: '城关镇人民政府', year: 2023, url: 'https://mp.weixin.qq.com/s/AbCdEf1' }));
  planned.push(report({ truth: 'other-town', seed: 36, body: '城关镇人民政府', year: 2024, url: 'https://mp.weixin.qq.com/s/XyZ2' }));
  // towns of two counties on their city's portal, whose titles name the county
  planned.push(report({ truth: 'gangu-cg', seed: 37, body: '城关镇人民政府', year: 2023, url: 'https://www.tianshui.gov.cn/gangu/ndbg/2023.html', title: '甘谷县城关镇2023年政府信息公开工作年度报告' }));
  planned.push(report({ truth: 'qinan-cg', seed: 38, body: '城关镇人民政府', year: 2024, url: 'https://www.tianshui.gov.cn/qinan/ndbg/2024.html', title: '秦安县城关镇2024年政府信息公开工作年度报告' }));
  // 4. a report read twice: its page, and the file it offers opened on its own (the same figures)
  const page = report({ truth: 'twice', seed: 39, body: '通江县人民政府', year: 2024, url: 'https://www.tongjiang.gov.cn/ndbg/2024.html' });
  planned.push(page);
  planned.push({ ...page, input: { ...page.input, url: 'https://www.tongjiang.gov.cn/ndbg/2024-fj.pdf', report: structuredClone(page.input.report) } });
  planned.push(report({ truth: 'twice', seed: 39, body: '通江县人民政府', year: 2023, url: 'https://www.tongjiang.gov.cn/ndbg/2023.html' }));
  // 5. a year missing between: 2022 and 2024, no 2023 (2024's 上年结转 is not 2022's 结转)
  planned.push(report({ truth: 'gap', seed: 40, body: '恩阳区人民政府', year: 2022, url: 'https://www.enyang.gov.cn/ndbg/2022.html' }));
  planned.push(report({ truth: 'gap', seed: 40, body: '恩阳区人民政府', year: 2024, url: 'https://www.enyang.gov.cn/ndbg/2024.html' }));
  return { planned, mismatches: [{ truth: 'office', years: [2023, 2024] }] };
}
