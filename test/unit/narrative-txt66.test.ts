/**
 * txt66 (session 55): the shapes txt65 left, on word-2021-consistent's tables with table 三's applicant columns and item rows
 * (新收 62 = 自然人 56 + 商业企业 3 + 法律服务机构 2 + 其他组织 1, 上年结转 4; 不予公开 5 = 三安全一稳定 1 + 第三方 2 + 过程性 1 + 1,
 * 无法提供 15 = 不掌握 12 + 另行制作 2 + 不明确 1, 不予处理 3 = 重复 1 + 2):
 * 1. "依法按“无法提供”答复14件": a figure that is none of 无法提供's rows is the category (results-list.ts asCategoryBesideItems);
 * 2. "因涉及第三方合法权益不予公开的2件": an item row's words before its group's word (item-act-after.ts rowBeforeGroup);
 * 3. "…66件，其中上年结转4件，本年新收62件": 本年新收 beside the carried part (carried-among.ts newBesideCarried);
 * 4. "本年新收的62件中，自然人申请56件…": a 新收 head with its own count anchors the applicants (applicant-columns.ts);
 * 5. a fresh batch of true sentences with their wrong twins (narrative-txt66-sentences.ts).
 */
import { describe, expect, it } from 'vitest';
import { checksOf, findingKeys, onWord2021, runProse, WORD_2021_TABLES, word } from './narrative-tables.ts';
import { TXT66_PAIRS } from './narrative-txt66-sentences.ts';

const keys = (t: string, tables = true): string[] => findingKeys(onWord2021(t, tables));

/** word-2021-consistent's table 三 with its applicant columns and item rows, as the page gives them (txt64's, txt65's). */
const FULL: Record<string, number> = {
  ...WORD_2021_TABLES,
  't3.new.natural': 56, 't3.new.commercial': 3, 't3.new.research': 0, 't3.new.social': 0, 't3.new.legal': 2, 't3.new.otherOrg': 1,
  't3.carried.natural': 4, 't3.carried.commercial': 0, 't3.carried.research': 0, 't3.carried.social': 0, 't3.carried.legal': 0, 't3.carried.otherOrg': 0,
  't3.denied.secret.total': 0, 't3.denied.threeSecurity.total': 1, 't3.denied.thirdParty.total': 2, 't3.denied.process.total': 1,
  't3.unable.noInfo.total': 12, 't3.unable.needCreate.total': 2, 't3.unable.unclear.total': 1, 't3.notProcessed.repeat.total': 1,
  't3.other.overdueCorrection.total': 1,
};
const on = (figures: Record<string, number>) => (t: string) => runProse(`<p>（二）依申请公开情况</p>${word(t)}`, figures, 2022, '东湖市云岭区卫生健康局');
const full = on(FULL);
const fullKeys = (t: string): string[] => findingKeys(full(t));
const fullVs = (t: string): string[] => checksOf(full(t), 'text.vs-table');

describe('txt66 1: 无法提供 whose figure is none of its rows', () => {
  it('TWINS: an error (was a may-be-one-item skip)', () => {
    expect(fullKeys('依法按“无法提供”答复14件。')).toEqual(['text.vs-table:error:15:14']);
    expect(fullKeys('作出“无法提供”答复11件，均已告知申请人。')).toEqual(['text.vs-table:error:15:11']);
    expect(fullKeys('予以公开32件，部分公开7件，无法提供14件。')).toEqual(['text.vs-table:error:15:14']);
  });
  it('still a skip: a figure that is one of the rows, a row named in the sentence, rows not given or not adding up', () => {
    expect(fullVs('依法按“无法提供”答复12件。')[0]).toMatch(/^skip 12件可能只是/);
    expect(fullVs('依法按“无法提供”答复2件。')[0]).toMatch(/^skip /);
    expect(fullVs('因本机关不掌握相关政府信息而无法提供的13件。')[0]).toMatch(/^skip /);
    expect(checksOf(onWord2021('依法按“无法提供”答复14件。'), 'text.vs-table')[0]).toMatch(/^skip /);
    expect(checksOf(on({ ...FULL, 't3.unable.unclear.total': 0 })('依法按“无法提供”答复14件。'), 'text.vs-table')[0]).toMatch(/^skip /);
  });
});

describe('txt66 2: an item row\'s words before its group\'s word', () => {
  it('compared with the row (was a qualified-count skip)', () => {
    expect(fullVs('因涉及第三方合法权益不予公开的2件。')).toEqual(['pass 2件 = 表三「（三）不予公开4.保护第三方合法权益」 2']);
    expect(fullVs('因重复申请不予处理的1件。')).toEqual(['pass 1件 = 表三「（五）不予处理2.重复申请」 1']);
    expect(fullVs('不予公开5件（因涉及第三方合法权益不予公开2件）。')).toContain('pass 2件 = 表三「（三）不予公开4.保护第三方合法权益」 2');
  });
  it('"属于过程性信息不予公开的1件" was a false error against 不予公开 5', () => {
    expect(fullKeys('属于过程性信息不予公开的1件。')).toEqual([]);
    expect(fullVs('属于过程性信息不予公开的1件。')).toEqual(['pass 1件 = 表三「（三）不予公开6.属于四类过程性信息」 1']);
  });
  it('the group\'s total a second reading: all of them given by that reason', () => {
    expect(fullVs('因涉及第三方合法权益不予公开的5件。')).toEqual(['pass 5件 = 表三“不予公开” 5']);
  });
  it('TWINS: an error', () => {
    expect(fullKeys('因涉及第三方合法权益不予公开的1件。')).toEqual(['text.vs-table:error:2:1']);
    expect(fullKeys('因危及“三安全一稳定”不予公开的2件。')).toEqual(['text.vs-table:error:1:2']);
    expect(fullKeys('因重复申请依法不予处理2件。')).toEqual(['text.vs-table:error:1:2']);
  });
  it('silent: two rows, 等原因, another qualifier, 无法提供\'s main reason, no tables', () => {
    for (const t of [
      '因涉及第三方合法权益和过程性信息不予公开的3件。', '因涉及第三方合法权益等原因不予公开的4件。', '因涉及房屋征收不予公开的3件。',
      '对自然人提出的因涉及第三方合法权益不予公开的1件。', '因本机关不掌握相关政府信息而无法提供的13件。',
    ]) expect(fullKeys(t), t).toEqual([]);
    expect(keys('因涉及第三方合法权益不予公开的1件。', false)).toEqual([]);
  });
});

describe('txt66 3: 本年新收 beside the carried part', () => {
  it('compared with 本年新收 (was a list part, no claim)', () => {
    expect(fullVs('全年共受理政府信息公开申请66件，其中上年结转4件，本年新收62件。')).toContain('pass 62件 = 表三“本年新收” 62');
    expect(fullVs('本年度共受理政府信息公开申请６６件，其中：本年新收６２件，上年结转４件。')).toContain('pass 62件 = 表三“本年新收” 62');
  });
  // (the sum short of the whole is an error too since hunt102: 本年新收 and 上年结转 are the year's two sources, a closed list — parts-sources.ts)
  it('TWINS: an error (the sum 65 < 66 was a skip)', () => {
    expect(fullKeys('本年度共受理依申请公开66件，其中上年结转4件，本年新收61件。')).toEqual(['text.parts-sum:error:65:66', 'text.vs-table:error:62:61']);
    expect(fullKeys('本年度共受理政府信息公开申请６６件，其中：上年结转４件，本年新收６１件。')).toEqual(['text.parts-sum:error:65:66', 'text.vs-table:error:62:61']);
    expect(fullKeys('全年共办理政府信息公开申请66件，其中本年新收60件，上年结转4件。')).toEqual(['text.parts-sum:error:64:66', 'text.vs-table:error:62:60']);
  });
  it('silent: after 办结, another part in the list; no tables, the list alone', () => {
    for (const t of ['全年办结63件，其中上年结转4件，本年新收59件。', '全年办结63件，其中：上年结转4件，本年新收59件。']) expect(fullKeys(t), t).toEqual([]);
    expect(fullVs('全年共受理政府信息公开申请66件，其中网上申请40件，本年新收20件。')).not.toContain('fail 20 ≠ 表三“本年新收” 62');
    expect(keys('本年度共受理依申请公开66件，其中上年结转4件，本年新收61件。', false)).toEqual(['text.parts-sum:error:65:66']); // (silent before hunt102)
  });
});

describe('txt66 4: a 新收 head with its own count, the applicants after it', () => {
  it('compared with the columns (was no claim)', () => {
    expect(fullVs('本年新收的62件中，自然人申请56件、法人或其他组织申请6件。')).toEqual([
      'pass 62件 = 表三“本年新收” 62', 'pass 56件 = 表三“本年新收”的“自然人” 56', 'pass 6件 = 表三“本年新收”的法人或其他组织（五列之和） 6',
    ]);
  });
  it('TWINS: an error', () => {
    expect(fullKeys('本年新收的62件中，自然人申请57件。')).toEqual(['text.vs-table:error:56:57']);
    expect(fullKeys('全年新收的62件申请中，自然人申请56件，商业企业申请4件。')).toEqual(['text.vs-table:error:3:4']);
  });
  it('silent: a channel before the applicants, another year\'s head, no tables', () => {
    expect(fullKeys('本年新收的62件中，网上申请40件，自然人申请57件。')).toEqual([]);
    expect(fullKeys('2021年新收的62件中，自然人申请57件。')).toEqual([]);
    expect(keys('本年新收的62件中，自然人申请57件。', false)).toEqual([]);
  });
});

describe('txt66 5: a fresh batch — true sentences silent, twins flagged', () => {
  it.each(TXT66_PAIRS.map(([t]) => t))('true: %s', (t) => {
    expect(fullKeys(t), 'with tables').toEqual([]);
    expect(keys(t, false), 'no table').toEqual([]);
  });
  it('twins: most are caught with the tables (10 of 30 before)', () => {
    const caught = TXT66_PAIRS.filter(([, twin]) => fullKeys(twin).length > 0).length;
    expect(caught).toBeGreaterThanOrEqual(29);
  });
});
