/**
 * txt65 (session 54): the shapes txt64 left, on word-2021-consistent's tables (新收 62, 上年结转 4, all 自然人; 予以公开 32, 部分公开 7,
 * 不予公开 5 = 三安全一稳定 1 + 第三方 2 + 过程性 1 + 1, 无法提供 15, 不予处理 3, 办结 63, 结转下年度 3):
 * 1. "受理…66件，其中上年结转4件": 上年结转 itself after a count that holds it (carried-among.ts);
 * 2. "上年结转的4件均为自然人申请": a 均为…申请 tail says what all of them are, no narrower kind (claim-scope.ts namesNarrowerKind);
 * 3. "按“不予处理”答复申请人3件": a quoted result answered to the applicant (text-vs-table.ts answeredResult);
 * 4. "对涉及第三方合法权益的2件申请，依法不予公开": an item row's qualified count, its group's act after it (item-act-after.ts);
 * 5. a fresh batch of true sentences with their wrong twins (narrative-txt65-sentences.ts).
 */
import { describe, expect, it } from 'vitest';
import { checksOf, findingKeys, onWord2021, runProse, WORD_2021_TABLES, word } from './narrative-tables.ts';
import { TXT65_PAIRS } from './narrative-txt65-sentences.ts';

const keys = (t: string, tables = true): string[] => findingKeys(onWord2021(t, tables));

/** word-2021-consistent's table 三 with its applicant columns and item rows, as the page gives them (txt64's). */
const FULL: Record<string, number> = {
  ...WORD_2021_TABLES,
  't3.new.natural': 56, 't3.new.commercial': 3, 't3.new.research': 0, 't3.new.social': 0, 't3.new.legal': 2, 't3.new.otherOrg': 1,
  't3.carried.natural': 4, 't3.carried.commercial': 0, 't3.carried.research': 0, 't3.carried.social': 0, 't3.carried.legal': 0, 't3.carried.otherOrg': 0,
  't3.denied.secret.total': 0, 't3.denied.threeSecurity.total': 1, 't3.denied.thirdParty.total': 2, 't3.denied.process.total': 1,
  't3.unable.noInfo.total': 12, 't3.unable.needCreate.total': 2, 't3.unable.unclear.total': 1, 't3.notProcessed.repeat.total': 1,
  't3.other.overdueCorrection.total': 1,
};
const full = (t: string) => runProse(`<p>（二）依申请公开情况</p>${word(t)}`, FULL, 2022, '东湖市云岭区卫生健康局');
const fullKeys = (t: string): string[] => findingKeys(full(t));
const fullVs = (t: string): string[] => checksOf(full(t), 'text.vs-table');

describe('txt65 1: 上年结转 after a count that holds it', () => {
  it('compared with 上年结转 (was no claim)', () => {
    expect(fullVs('全年共受理政府信息公开申请66件，其中上年结转4件。')).toEqual(['pass 66件 = 表三“本年新收”与“上年结转”之和 66', 'pass 4件 = 表三“上年结转” 4']);
    expect(fullVs('全年共办理政府信息公开申请66件，其中上年度结转申请4件。')).toContain('pass 4件 = 表三“上年结转” 4');
  });
  it('TWINS: an error', () => {
    expect(fullKeys('全年共受理政府信息公开申请66件，其中上年结转5件。')).toEqual(['text.vs-table:error:4:5']);
    expect(fullKeys('本年度收到申请66件，其中上年度结转申请3件。')).toEqual(['text.vs-table:error:4:3']);
  });
  it('silent: after 办结 or 新收, words after the count, another part before the carried words, no tables', () => {
    for (const t of [
      '全年办结63件，其中上年结转2件。', '全年共受理政府信息公开申请66件，其中上年结转2件已办结。', '全年共受理政府信息公开申请66件，其中区本级上年结转2件。',
      '全年共受理政府信息公开申请66件，其中网上申请40件。',
    ]) expect(fullKeys(t), t).toEqual([]);
    expect(fullVs('全年办结63件，其中上年结转2件。')).not.toContain('fail 2 ≠ 表三“上年结转” 4');
    expect(keys('全年共受理政府信息公开申请66件，其中上年结转5件。', false)).toEqual([]);
  });
});

describe('txt65 2: a 均为…申请 tail names what all of them are', () => {
  it('compared (was no claim), its twin an error', () => {
    expect(fullVs('上年结转的4件均为自然人申请。')).toEqual(['pass 4件 = 表三“上年结转” 4']);
    expect(fullKeys('上年结转的5件均为自然人申请。')).toEqual(['text.vs-table:error:4:5']);
    expect(fullKeys('结转下年度的4件均为重复申请。')).toEqual(['text.vs-table:error:3:4']);
  });
  it('silent: a kind named after the count without 均为', () => {
    expect(fullVs('上年结转5件重复申请。')).toEqual([]);
  });
});

describe('txt65 3: a quoted result answered to the applicant', () => {
  it('compared with its row (was no claim), its twin an error', () => {
    expect(fullVs('按“部分公开”答复申请人7件。')).toEqual(['pass 7件 = 表三“部分公开” 7']);
    expect(fullKeys('按“不予处理”答复申请人2件。')).toEqual(['text.vs-table:error:3:2']);
    expect(fullKeys('按照“予以公开”答复申请人31件。')).toEqual(['text.vs-table:error:32:31']);
  });
  it('silent: something else answered to the applicant', () => {
    expect(fullVs('按“不予处理”答复申请人补正材料2件。')).toEqual([]);
  });
});

describe('txt65 4: an item row\'s qualified count, its group\'s act after it', () => {
  it('compared with the item row (was no claim)', () => {
    expect(fullVs('对涉及第三方合法权益的2件申请，依法不予公开。')).toEqual(['pass 2件 = 表三「（三）不予公开4.保护第三方合法权益」 2']);
    expect(fullVs('对属于过程性信息的1件申请，不予公开。')).toEqual(['pass 1件 = 表三「（三）不予公开6.属于四类过程性信息」 1']);
  });
  it('无法提供\'s 不掌握 with its act after it: no longer a qualified part (its twin was a skip)', () => {
    expect(fullKeys('对本机关不掌握相关政府信息的13件申请，告知申请人无法提供。')).toEqual(['text.vs-table:error:12:13']);
    expect(fullVs('对本机关不掌握相关政府信息的13件申请，依法告知申请人。')[0]).toMatch(/^skip /);
  });
  it('TWINS: an error', () => {
    expect(fullKeys('对涉及第三方合法权益的3件申请，依法不予公开。')).toEqual(['text.vs-table:error:2:3']);
    expect(fullKeys('全年对危及“三安全一稳定”的2件申请依法不予公开。')).toEqual(['text.vs-table:error:1:2']);
  });
  it('silent: another qualifier beside the row\'s, another group\'s act, no act, the row\'s words alone without tables', () => {
    for (const t of [
      '对自然人提出的涉及第三方合法权益的1件申请，依法不予公开。', '对涉及第三方合法权益的3件申请，依法不予处理。',
      '对涉及第三方合法权益的3件申请，依法征求第三方意见。', '对涉及房屋征收的3件申请，依法不予公开。',
    ]) expect(fullKeys(t), t).toEqual([]);
    expect(keys('对涉及第三方合法权益的3件申请，依法不予公开。', false)).toEqual([]);
  });
});

describe('txt65 5: a fresh batch — true sentences silent, twins flagged', () => {
  it.each(TXT65_PAIRS.map(([t]) => t))('true: %s', (t) => {
    expect(fullKeys(t), 'with tables').toEqual([]);
    expect(keys(t, false), 'no table').toEqual([]);
  });
  it('twins: most are caught with the tables (10 of 27 before)', () => {
    const caught = TXT65_PAIRS.filter(([, twin]) => fullKeys(twin).length > 0).length;
    expect(caught).toBeGreaterThanOrEqual(22);
  });
});
