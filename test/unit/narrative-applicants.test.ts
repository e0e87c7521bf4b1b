// @vitest-environment node
/**
 * The applicants the text names against table 三's columns of 本年新收 (lib/narrative/applicant-columns.ts).
 * The tables: 新收 62 (自然人 56, 商业企业 3, 法律服务机构 2, 其他组织 1), 上年结转 4 (自然人 4).
 */
import { describe, expect, it } from 'vitest';
import { word, flagged, runProse, type ProseResult } from './narrative-tables.ts';

const COLS = ['natural', 'commercial', 'research', 'social', 'legal', 'otherOrg', 'total'] as const;
const row = (name: string, v: number[]): Record<string, number> => Object.fromEntries(COLS.map((c, k) => [`t3.${name}.${c}`, v[k] as number]));
const TABLES: Record<string, number> = {
  ...row('new', [56, 3, 0, 0, 2, 1, 62]),
  ...row('carried', [4, 0, 0, 0, 0, 0, 4]),
  't3.granted.total': 32, 't3.partial.total': 7, 't3.denied.total': 5, 't3.unable.total': 15,
  't3.notProcessed.total': 3, 't3.other.total': 1, 't3.processed.total': 63, 't3.carriedForward.total': 3,
};
const run = (text: string, tables = TABLES): ProseResult => runProse(word(text), tables, 2023);
const fired = (r: ProseResult) => flagged(r).map((f) => `${f.rule}:${f.severity}:${f.expected}:${f.actual}`);
/** The checks against a column of 本年新收. */
const columnChecks = (r: ProseResult) => r.checks.filter((c) => c.rule === 'text.vs-table' && /的“(?:自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他组织)”|法人或其他组织（/.test(c.detail)).map((c) => c.outcome);

describe('the applicants after the year\'s count of applications are its columns in table 三', () => {
  it.each([
    ['全年共收到政府信息公开申请62件，其中自然人申请56件，法人或其他组织申请6件。', ['pass', 'pass']],
    ['全年共收到政府信息公开申请62件，其中自然人申请56件、商业企业申请3件、法律服务机构申请2件、其他组织申请1件。', ['pass', 'pass', 'pass', 'pass']],
    ['全年共收到政府信息公开申请62件。从申请人看，自然人申请56件，占90.3%；法人或其他组织申请6件，占9.7%。', ['pass', 'pass']],
    ['全年共收到政府信息公开申请62件。其中，公民申请56件，企业申请3件。', ['pass', 'pass']],
    // last year's in a parenthesis after it is not compared
    ['全年共收到政府信息公开申请62件，其中自然人申请56件（上年为50件），法人或其他组织申请6件。', ['pass']],
    // 受理 as 新收 + 上年结转: each column of both rows
    ['全年共受理政府信息公开申请66件（含上年结转4件），其中自然人申请60件，法人或其他组织申请6件。', ['pass', 'pass']],
  ])('%s holds', (text, want) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(columnChecks(r)).toEqual(want);
  });

  it.each([
    ['全年共收到政府信息公开申请62件，其中公民申请57件，法人或其他组织申请5件。', ['text.vs-table:error:56:57', 'text.vs-table:error:6:5']],
    ['全年共收到政府信息公开申请62件。从申请人看，自然人申请56件，法人或其他组织申请7件。', ['text.vs-table:error:6:7']],
    ['全年共收到政府信息公开申请62件，其中自然人申请56件，商业企业申请4件，法律服务机构申请2件。', ['text.vs-table:error:3:4']],
  ])('%s is flagged on the wrong part', (text, want) => {
    const r = run(text);
    for (const w of want) expect(fired(r)).toContain(w);
    expect(fired(r).filter((f) => f.startsWith('text.vs-table'))).toHaveLength(want.length);
  });

  it('the finding names the column and points at its cell', () => {
    const r = run('全年共收到政府信息公开申请62件，其中公民申请57件，法人或其他组织申请6件。');
    const f = r.findings.find((x) => x.rule === 'text.vs-table');
    // the whole is 本年新收 (62, not 62 + 4): the parts are its columns, not 新收 + 结转's
    expect(f?.message).toBe('正文称其中公民申请57件，表三“本年新收”的“自然人”为56件。');
    expect(f?.quote).toBe('其中公民申请57件');
  });
});

describe('the parts are read as the whole was (red team 20)', () => {
  it('a whole of 本年新收 alone: a part fitting 新收 + 结转 is no fit (m04)', () => {
    // 自然人 60 is 56 + 4, but 62 is 本年新收 only
    const r = run('全年共收到政府信息公开申请62件（其中公民申请60件，法人和其他组织申请2件）。');
    expect(fired(r).filter((f) => f.startsWith('text.vs-table'))).toEqual(['text.vs-table:error:56:60', 'text.vs-table:error:6:2']);
  });
  it('a list opened by 其中： runs over its ；s (m09)', () => {
    const r = run('1.本年新收政府信息公开申请62件，其中：①自然人申请56件；②法人或其他组织申请5件。');
    expect(fired(r).filter((f) => f.startsWith('text.vs-table'))).toEqual(['text.vs-table:error:6:5']);
    expect(columnChecks(run('1.本年新收政府信息公开申请62件，其中：①自然人申请56件；②法人或其他组织申请6件。'))).toEqual(['pass', 'pass']);
  });
  it.each([
    // 其他组织 after 企业: every org but the 企业 (3 = 2 + 1), not the 其他 column (1) (c28)
    ['全年共收到政府信息公开申请62件，其中自然人申请56件，企业申请3件，其他组织申请3件。', []],
    // 企业 for every org (6), not the 商业企业 column (3) (c29)
    ['全年共收到政府信息公开申请62件，其中个人申请56件，企业申请6件。', []],
    // …still the rest with another part wrong (m28): the wrong part only is flagged
    ['全年共收到政府信息公开申请62件，其中自然人申请55件，企业申请3件，其他组织申请3件。', ['text.vs-table:error:56:55']],
    // named precisely, or fitting neither the column nor the rest: flagged
    ['全年共收到政府信息公开申请62件，其中自然人申请56件，商业企业申请6件。', ['text.vs-table:error:3:6']],
    ['全年共收到政府信息公开申请62件，其中自然人申请56件，其他组织申请4件。', ['text.vs-table:error:1:4']],
  ])('the last part named loosely (企业, 其他组织) may be the rest of the orgs: %s', (text, want) => {
    expect(fired(run(text)).filter((f) => f.startsWith('text.vs-table'))).toEqual(want);
  });
  it.each([
    // the kinds named together, their figures after: not one a figure (c31)
    ['全年共收到政府信息公开申请62件，其中自然人和法人或其他组织分别为56件和6件。', []],
    ['全年共收到政府信息公开申请62件，其中自然人、法人或其他组织申请分别为57件、5件。', []],
    // 企业法人 is a 企业, and 其他组织 after it the rest (c32)
    ['全年共收到政府信息公开申请62件，其中群众个人申请56件，企业法人申请3件，其他组织申请3件。', []],
    ['全年共收到政府信息公开申请62件，其中群众个人申请55件，企业法人申请3件，其他组织申请3件。', ['text.vs-table:error:56:55']],
    // 非自然人 is every org, not 自然人
    ['全年共收到政府信息公开申请62件，其中自然人申请56件，非自然人申请6件。', []],
    ['全年共收到政府信息公开申请62件，其中自然人申请56件，非自然人申请7件。', ['text.vs-table:error:6:7']],
    // the orgs' own split after them: 其他组织 the rest of the orgs (c33)
    ['全年共收到政府信息公开申请62件，其中自然人申请56件，法人或其他组织申请6件，其中企业申请3件，其他组织申请3件。', []],
  ])('kinds named together or in other words: %s', (text, want) => {
    expect(fired(run(text)).filter((f) => f.startsWith('text.vs-table'))).toEqual(want);
  });
  it('another year\'s whole and its parts are not this year\'s columns (c19)', () => {
    const r = run('新收申请数量与上年持平。2022年共收到政府信息公开申请62件，其中自然人申请58件，法人或其他组织申请4件。');
    expect(fired(r).filter((f) => f.startsWith('text.vs-table'))).toEqual([]);
    expect(columnChecks(r)).toEqual([]);
  });
});

describe('applicant counts that are no column of 本年新收 stay silent', () => {
  it.each([
    // no whole of the year's applications before them, or one the table does not confirm
    '从申请人看，自然人申请57件，法人或其他组织申请5件。',
    '全年共收到自然人申请57件，法人或其他组织申请5件。',
    '全年自然人申请57件。',
    // a channel first: the applicants may be of the 50
    '全年共收到政府信息公开申请62件，其中网上申请50件，自然人申请45件。',
    // another year's, or a change, ends the run
    '全年共收到政府信息公开申请62件，其中自然人申请增加10件（上年为50件）。',
    '全年共收到政府信息公开申请62件，较上年增加12件，其中自然人申请增加10件。',
    // not applications for disclosure
    '全年共受理12345热线工单62件，其中自然人57件，企业5件。',
    '全年共收到信访事项62件，其中群众来信57件。',
    // all applicants at once, and no applicant at all
    '全年共收到公民、法人或其他组织提出的政府信息公开申请62件。',
    '全年共收到政府信息公开申请62件，其中涉及征地拆迁类30件、规划建设类20件。',
    // the next ；-clause is about something else
    '全年共收到政府信息公开申请62件；办结63件，其中自然人申请的57件。',
  ])('%s', (text) => {
    const r = run(text);
    expect(fired(r).filter((f) => f.startsWith('text.vs-table'))).toEqual([]);
    expect(columnChecks(r)).toEqual([]);
  });

  it('a column the table leaves blank is not compared; 法人或其他组织 is still the total less 自然人', () => {
    const blank: Record<string, number | null> = { ...TABLES, 't3.new.commercial': null, 't3.new.legal': null, 't3.new.otherOrg': null };
    const r = run('全年共收到政府信息公开申请62件，其中自然人申请56件，商业企业申请5件。', blank as Record<string, number>);
    expect(fired(r).filter((f) => f.startsWith('text.vs-table'))).toEqual([]);
    expect(columnChecks(r)).toEqual(['pass']);
    const orgs = run('全年共收到政府信息公开申请62件，其中自然人申请56件，法人或其他组织申请6件。', blank as Record<string, number>);
    expect(columnChecks(orgs)).toEqual(['pass', 'pass']);
  });
});

describe('the orgs\' breakdown in a parenthesis after them is no more parts of the whole (text.parts-sum, c34)', () => {
  const sums = (r: ProseResult) => fired(r).filter((f) => f.startsWith('text.parts-sum'));
  it('holds', () => {
    expect(sums(run('全年共收到政府信息公开申请62件，其中自然人申请56件，法人或其他组织申请6件（企业3件，律师事务所2件，其他1件）。'))).toEqual([]);
  });
  it('a wrong part is still flagged, with the sum of the parts alone', () => {
    expect(sums(run('全年共收到政府信息公开申请62件，其中自然人申请55件，法人或其他组织申请6件（企业3件，律师事务所2件，其他1件）。'))).toEqual(['text.parts-sum:error:61:62']);
  });
});
