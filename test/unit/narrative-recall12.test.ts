/**
 * recall12: false flags and misses left from session 12's helpers.
 * - a topic part with no other mark ("就业领域收到申请12件", "社会保障方面…", "不动产登记类申请…")
 *   is a part of the applications: a skip (qualified-count.ts);
 * - "向区政府提出的申请12件" is the whole in that 区政府's own report only: a skip in a 部门's, or
 *   with the body unknown;
 * - "经审查后予以公开的申请30件" stays flagged: 经审查 is how every application is answered, and a
 *   reader takes 30 as the year's 予以公开;
 * - a list of channels ending 等渠道/等方式, or "自然人、法人或其他组织", is all of them: the count
 *   is compared (it was skipped as a part for naming 当面, 信函, 自然人 or 法人).
 * The bureau's table 三 (narrative-tables.ts): 新收 86, 上年结转 5, 办结 88, 予以公开 42.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, flagged, runProse, type ProseResult } from './narrative-tables.ts';
import { qualifiesApplications } from '../../lib/narrative/qualified-count.ts';
import { bodyOf } from '../../lib/narrative/body-part.ts';

const word = (text: string): string =>
  `<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span style="font-family:仿宋_GB2312">${text.replace(
    /[0-9０-９]+/g,
    (d) => `</span><span lang="EN-US" style="font-family:仿宋_GB2312">${d}</span><span style="font-family:仿宋_GB2312">`,
  )}</span><o:p></o:p></p>`;

const run = (text: string, agency?: string): ProseResult => runProse(word(text), BUREAU_TABLES, 2023, agency);
const fired = (r: ProseResult) => flagged(r).map((f) => `${f.rule}:${f.severity}:${f.expected}:${f.actual}`);
const vs = (r: ProseResult) => r.checks.filter((c) => c.rule === 'text.vs-table').map((c) => `${c.outcome} ${c.quote}`);

const DEPT = '南岭市清溪区人力资源和社会保障局';
const GOV = '南岭市清溪区人民政府';

describe('a topic part with no other mark', () => {
  it.each(['全年就业领域收到申请12件。', '全年社会保障方面收到申请12件。', '全年收到不动产登记类申请12件。'])('%s: no finding', (text) => {
    expect(fired(run(text))).toEqual([]);
  });

  it('is a skip that says why', () => {
    expect(vs(run('全年就业领域收到申请12件。'))).toEqual(['skip 全年就业领域收到申请12件']);
  });

  it.each([
    ['全年依申请公开方面共', '申请'],
    ['全年信息公开工作方面', '申请'],
    ['全年各类', '申请'],
  ])('%s…%s: the whole\'s own words, not a topic', (before, after) => {
    expect(qualifiesApplications(before, after)).toBe(false);
  });

  it('the whole named with 方面 is still compared', () => {
    expect(fired(run('全年依申请公开方面共收到申请80件。'))).toEqual(['text.vs-table:error:86:80']);
  });
});

describe('向区政府提出的申请', () => {
  it('in a 部门\'s report: a part (or the government\'s), a skip', () => {
    expect(fired(run('全年向区政府提出的申请12件。', DEPT))).toEqual([]);
    expect(vs(run('全年向区政府提出的申请12件。', DEPT))).toEqual(['skip 全年向区政府提出的申请12件']);
  });

  it('with the body unknown: a skip', () => {
    expect(fired(run('全年向区政府提出的申请12件。'))).toEqual([]);
  });

  it('in that 区政府\'s own report: the whole, compared', () => {
    expect(fired(run('全年向区政府提出的申请12件。', GOV))).toEqual(['text.vs-table:error:86:12']);
    expect(vs(run('全年向区政府提出的申请86件。', GOV))).toEqual(['pass 全年向区政府提出的申请86件']);
    expect(qualifiesApplications('全年向区政府', '的申请', bodyOf(GOV))).toBe(false);
    expect(qualifiesApplications('全年向市政府', '的申请', bodyOf(GOV))).toBe(true);
  });
});

describe('经审查后予以公开', () => {
  // kept flagged: every application is reviewed before it is answered, so 经审查 qualifies none
  // of them; a reader takes the 30 as the year's 予以公开, and table 三 says 42
  it('a wrong figure is still flagged', () => {
    expect(fired(run('经审查后予以公开的申请30件。'))).toEqual(['text.vs-table:error:42:30']);
  });
  it('the table\'s figure passes', () => {
    expect(vs(run('经审查后予以公开的申请42件。'))).toEqual(['pass 经审查后予以公开的申请42件']);
  });
});

describe('all channels, all applicants: the whole', () => {
  it('a list of channels ending 等渠道 is compared', () => {
    expect(vs(run('全年通过政府门户网站、邮寄、当面提交等渠道共受理申请86件。'))).toEqual(['pass 全年通过政府门户网站、邮寄、当面提交等渠道共受理申请86件']);
    expect(fired(run('全年通过政府门户网站、邮寄、当面提交等渠道共受理申请80件。'))).toEqual(['text.vs-table:error:86:80']);
    expect(fired(run('全年通过网站、信函、当面等方式共收到申请80件。'))).toEqual(['text.vs-table:error:86:80']);
  });

  it('自然人、法人或其他组织提出的 is every applicant', () => {
    expect(fired(run('共收到自然人、法人或其他组织提出的政府信息公开申请80件。'))).toEqual(['text.vs-table:error:86:80']);
    expect(vs(run('共收到自然人、法人或其他组织提出的政府信息公开申请86件。'))).toEqual(['pass 共收到自然人、法人或其他组织提出的政府信息公开申请86件']);
  });

  it('one channel, or one kind of applicant, is still a part', () => {
    expect(fired(run('全年通过信函方式收到申请12件。'))).toEqual([]);
    expect(fired(run('全年收到自然人提出的申请12件。'))).toEqual([]);
    expect(fired(run('全年当面提交申请12件。'))).toEqual([]);
  });
});
