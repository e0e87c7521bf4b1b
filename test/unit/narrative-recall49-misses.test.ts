/**
 * recall49: the misses session 46's helpers left — 按时办结 in a flow (保山市 2024, flow-balance.ts CLOSED_IN_TIME), 已办理
 * beside 结转下年度 past a ； (温州市自然资源和规划局瓯海分局 2024, flow-balance.ts HANDLED_DONE), "公民个人提出申请" read
 * wherever 自然人 is (and unread alone, as 自然人 is), and 條/項 lists on a page in traditional characters (read as the
 * simplified ones are, lib/text/traditional.ts). True sentences pass, wrong twins are flagged, look-alikes stay silent.
 */
import { describe, expect, it } from 'vitest';
import { toSimplified, withTextReader } from '../../lib/text/traditional.ts';
import { BUREAU_TABLES, findingKeys, runProse, word } from './narrative-tables.ts';

/** Prose alone (a table set as a picture): the flow is read only where there is no table 三. */
const prose = (text: string, year = 2024) => runProse(`<p>（二）依申请公开情况</p><p>${text}</p>`, {}, year, '某某市人民政府');
const flow = (text: string): string[] => prose(text).checks.filter((c) => c.rule === 'text.parts-sum').map((c) => c.outcome);

describe('recall49 4: 按时办结 in a flow is read as 法定期限内答复 is — those answered in time, no more than those closed', () => {
  it('true sentences balance (unread before)', () => {
    // (保山市 2024, https://baoshan.gov.cn/info/16686/10157324.htm)
    const r = prose('(二)依申请公开方面。2024年,全市共受理政府信息公开申请452件,结转上年9件,按时办结454件,结转下年继续办理7件。');
    expect(findingKeys(r)).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.parts-sum').map((c) => c.detail)).toEqual(['452件+9件 = 454件+7件 = 461件（收支平衡）']);
    expect(flow('全年共收到申请460件，按时办结454件，结转下年度6件。')).toEqual(['pass']);
    expect(flow('全年共收到申请460件，按期答复454件，结转下年度6件。')).toEqual(['pass']);
  });
  it('fewer out than in: a skip (the rest may have been answered late) — under either reading of 受理 (an error before for 法定期限内)', () => {
    expect(flow('全年共收到申请460件，按时办结453件，结转下年度6件。')).toEqual(['skip']);
    expect(flow('2024年,全市共受理政府信息公开申请452件,结转上年9件,按时办结450件,结转下年继续办理7件。')).toEqual(['skip']);
    expect(flow('2024年,全市共受理政府信息公开申请452件,结转上年9件,法定期限内答复450件,结转下年继续办理7件。')).toEqual(['skip']);
  });
  it('wrong twins: more out than can have come in, flagged in the text\'s words', () => {
    const r = prose('2024年,全市共受理政府信息公开申请452件,结转上年9件,按时办结455件,结转下年继续办理7件。');
    expect(findingKeys(r)).toEqual(['text.parts-sum:error:452:462']);
    expect(r.findings[0]?.message).toContain('按时办结455件');
    expect(findingKeys(prose('全年共新收申请460件，上年结转2件，按时办结458件，结转下年度6件。'))).toEqual(['text.parts-sum:error:462:464']);
  });
  it('silent: beside the 办结 it is a part of, or other parts (提前, 网上)', () => {
    expect(findingKeys(prose('全年共收到申请460件，办结454件，按时办结450件，结转下年度6件。'))).toEqual([]);
    expect(flow('全年共收到申请460件，办结454件，按时办结450件，结转下年度6件。')).toEqual([]);
    expect(flow('全年共收到申请460件，提前办结454件，结转下年度6件。')).toEqual([]);
    expect(flow('全年共收到申请460件，网上办结454件，结转下年度6件。')).toEqual([]);
  });
});

describe('recall49 5: 已办理 beside 结转下年度, past a ；, is closed — or all handled, those carried among them', () => {
  it('true sentences balance (unread before)', () => {
    // (温州市自然资源和规划局瓯海分局 2024, https://www.ouhai.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=001008003012045&fbtime=2024)
    const r = prose('2024年度,本机关新收到政府信息公开申请90件、上年度结转12件;年度已办理90件、结转下年度继续办理12件。');
    expect(findingKeys(r)).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.parts-sum').map((c) => c.detail)).toEqual(['90件+12件 = 90件+12件 = 102件（收支平衡）']);
    expect(flow('2024年度,本机关新收到政府信息公开申请90件;年度已办理85件、结转下年度继续办理5件。')).toEqual(['pass']);
  });
  it('已办理 all that came in: a skip (those carried may be among them)', () => {
    expect(flow('2024年度,本机关新收到政府信息公开申请90件、上年度结转12件;年度已办理102件、结转下年度继续办理12件。')).toEqual(['skip']);
    expect(flow('2024年度,本机关新收到政府信息公开申请90件;年度已办理90件、结转下年度继续办理5件。')).toEqual(['skip']);
  });
  it('wrong twins: fitting neither reading, flagged in the text\'s words', () => {
    const r = prose('2024年度,本机关新收到政府信息公开申请90件、上年度结转12件;年度已办理91件、结转下年度继续办理12件。');
    expect(findingKeys(r)).toEqual(['text.parts-sum:error:102:103']);
    expect(r.findings[0]?.message).toContain('已办理91件');
    expect(findingKeys(prose('2024年度,本机关新收到政府信息公开申请90件、上年度结转12件;年度已办理88件、结转下年度继续办理12件。'))).toEqual(['text.parts-sum:error:102:100']);
  });
  it('silent: no 结转下年度, or 正在办理, or 办理 without 已', () => {
    expect(flow('2024年度,本机关新收到政府信息公开申请90件、上年度结转12件;年度已办理90件。')).toEqual([]);
    expect(flow('2024年度,本机关收到政府信息公开申请90件、上年度结转12件;正在办理12件、结转下年度继续办理12件。')).toEqual([]);
    expect(flow('2024年度,本机关新收到政府信息公开申请90件、上年度结转12件;年度办理91件、结转下年度继续办理12件。')).toEqual([]);
  });
});

describe('recall49 6: 公民个人提出申请 is read wherever 自然人 is, and left alone where it is', () => {
  // (a 自然人 column: 80 of 新收 86, 法人或其他组织 6)
  const tables = { ...BUREAU_TABLES, 't3.new.natural': 80, 't3.carried.natural': 5 };
  const keys = (text: string) => findingKeys(runProse(`<p>（二）依申请公开情况</p>${word(text)}`, tables, 2021, '青溪区卫生健康局'));
  it('true sentences pass, beside the count received or after it', () => {
    expect(keys('2021年，共收到政府信息公开申请86件，公民个人提出申请80件，法人或其他组织提出申请6件。')).toEqual([]);
    expect(keys('2021年，共收到政府信息公开申请86件。其中公民个人提出申请80件，法人或其他组织提出申请6件。')).toEqual([]);
  });
  it('wrong twins flagged as 自然人\'s are', () => {
    expect(keys('2021年，共收到政府信息公开申请86件，公民个人提出申请79件，法人或其他组织提出申请7件。')).toEqual(['text.vs-table:error:80:79', 'text.vs-table:error:6:7']);
    expect(keys('2021年，共收到政府信息公开申请86件。其中公民个人提出申请79件，法人或其他组织提出申请7件。')).toEqual(['text.vs-table:error:80:79', 'text.vs-table:error:6:7']);
    expect(keys('2021年，共收到政府信息公开申请86件。其中自然人申请79件，法人或其他组织申请7件。')).toEqual(['text.vs-table:error:80:79', 'text.vs-table:error:6:7']);
  });
  it('silent alone, as 自然人 alone is (its verb may be of anything: no count received to be a part of)', () => {
    expect(keys('公民个人提出申请79件。')).toEqual([]);
    expect(keys('自然人提出申请79件。')).toEqual([]);
    expect(keys('公民个人提出申请79件，法人或其他组织提出申请7件。')).toEqual([]);
  });
});

describe('recall49 7: 條/項 lists on a page in traditional characters are read as the simplified ones', () => {
  // (the page's reader, as analyzeDocument sets it for a page that looks traditional; a simplified page keeps them as written)
  const fanti = (text: string) => withTextReader(toSimplified, () => runProse(`<p>${text}</p>`, {}, 2024, '清远市教育局'));
  const sums = (text: string) => fanti(text).checks.filter((c) => c.rule === 'text.parts-sum').map((c) => c.outcome);
  it('true sentences pass (清远市教育局 2024, http://zyrhbw.com/zfxxgkq/sjyj/zfxxgknb/content/post_1974596.html, a mirror)', () => {
    expect(sums('2024年,清遠市教育局門戶網站主動發布文件信息133條,其中工作動態78條、通知公告25條、校外未成年人心理健康輔導15條、政務公開13條、重點領域2條。')).toEqual(['pass']);
    // (广东省粮食和物资储备局 2024, http://byteballtalk.com/zwgk/xxgknb/content/post_4659046.html, a mirror)
    expect(sums('2024年,通過局門戶網站主動公開政府信息674條,其中政務動態信息41條,信息公開目錄信息101條,其他類信息532條。')).toEqual(['pass']);
    expect(sums('全年共開展政務公開培訓3項，其中業務培訓2項、專題培訓1項。')).toEqual(['pass']);
  });
  it('wrong twins flagged', () => {
    expect(findingKeys(fanti('2024年,清遠市教育局門戶網站主動發布文件信息133條,其中工作動態78條、通知公告25條、校外未成年人心理健康輔導15條、政務公開13條、重點領域3條。'))).toEqual(['text.parts-sum:error:134:133']);
    expect(findingKeys(fanti('2024年,通過局門戶網站主動公開政府信息674條,其中政務動態信息41條,信息公開目錄信息101條,其他類信息533條。'))).toEqual(['text.parts-sum:error:675:674']);
    expect(findingKeys(fanti('全年共開展政務公開培訓3項，其中業務培訓2項、專題培訓2項。'))).toEqual(['text.parts-sum:error:4:3']);
  });
  it('silent on a simplified page (no reader): its characters are kept as written', () => {
    expect(findingKeys(runProse('<p>全年共開展政務公開培訓3項，其中業務培訓2項、專題培訓2項。</p>', {}, 2024))).toEqual([]);
  });
});
