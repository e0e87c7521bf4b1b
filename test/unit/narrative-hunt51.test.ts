/**
 * Session hunt51's false-flag hunt on real 主动公开 prose (the part of a report that restates table 二 and
 * counts what was published): 64 excerpts of 2022–2025 reports of every level — 省/市 governments and their
 * offices (上海, 广东, 广州, 长春, 漳州, 温州, 辽阳, 丽水…), 区/县 governments, 局 (审批, 文广旅, 生态环境, 统计,
 * 审计, 市场监管…), 乡镇, 街道 and 开发区 — read as pages of their paragraphs with no table, and ~330 sentences
 * probed on word-2021-consistent (and copies of it with other table-二 figures): the real ones as published,
 * their table-二 figures put to the page's own, and look-alikes. No false flag was found; one miss FIXED:
 * - "共实施行政许可15件，较上年略有减少，减少1件，下降率为6.25%" (东台市文化广电和旅游局 2023): a rate named
 *   增长率/下降率 is the change's percentage (figures-in-text.ts readChangeVerb); it was read as no change.
 * And a sample of the real sentences that passed or stayed silent, as they should, beside table 二.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_T2_2021, findingKeys, runProse, paras, checksOf } from './narrative-tables.ts';

const p = paras;
const checks = checksOf;
const BUREAU = '某某区卫生健康局';

describe('hunt51: "减少1件，下降率为6.25%" is the change and its rate (figures-in-text.ts)', () => {
  // 东台市文化广电和旅游局 2023 (https://www.dongtai.gov.cn/art/2024/1/9/art_7651_4132637.html)
  const real = p('2023年度,我局行政许可窗口共实施行政许可15件,较上年略有减少,减少1件,下降率为6.25%。行政处罚事项为655项,较上年持平,实施行政处罚6件,较上年持平,没有其他主动公开事项。');
  it('the real sentence: 1 ÷ 16 = 6.25%, a pass, no finding', () => {
    const r = runProse(real, {}, 2023, '东台市文化广电和旅游局');
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.change')).toEqual(['pass (15件 − 16件) ÷ 16件 = -6.25%，正文 下降率6.25%']);
  });
  it('TWIN: "下降率为6.5%": an error', () => {
    const r = runProse(real.replace('下降率为6.25%', '下降率为6.5%'), {}, 2023, '东台市文化广电和旅游局');
    expect(flaggedRules(r)).toEqual(['text.change:error']);
  });
  it('TWIN: "减少2件" with the same rate: an error (15 against 17 is 11.76%)', () => {
    const r = runProse(real.replace('减少1件', '减少2件'), {}, 2023, '东台市文化广电和旅游局');
    expect(flaggedRules(r)).toEqual(['text.change:error']);
  });
  it('"增长率为15.7%" after "较上年增加56条" passes; 17.5% is an error', () => {
    const ok = runProse(p('全年主动公开政府信息412条,较上年增加56条,增长率为15.7%。'), {}, 2022, BUREAU);
    expect(findingKeys(ok)).toEqual([]);
    expect(checks(ok, 'text.change')).toEqual(['pass (412条 − 356条) ÷ 356条 = 15.73%，正文 增长率15.7%']);
    expect(flaggedRules(runProse(p('全年主动公开政府信息412条,较上年增加56条,增长率为17.5%。'), {}, 2022, BUREAU))).toEqual(['text.change:error']);
  });
  it('a 增长率 with nothing to compare with records nothing', () => {
    const r = runProse(p('全年主动公开政府信息412条,信息增长率为8.4%。'), {}, 2022, BUREAU);
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.change')).toEqual([]);
  });
});

/** The errors and warnings as "rule:severity". */
function flaggedRules(r: ReturnType<typeof runProse>): string[] {
  return findingKeys(r).map((k) => k.split(':').slice(0, 2).join(':'));
}
