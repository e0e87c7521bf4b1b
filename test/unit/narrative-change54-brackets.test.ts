/**
 * change54: a change against last year that stands apart from its count (docs/testing.md, hunt52's and rt50's
 * misses): in a parenthesis right after the count ("收到申请1182件（同比增长0.4%）"), with last year's figure after the
 * change in that parenthesis ("（同比增长8.8%，2021年为57件）"), after figure-free ，-clauses about the count ("62件，
 * 主要涉及…方面，较上年的57件增加5件"), or after a 含 parenthesis ("66件（含上年结转4件），较上年的56件增加10件": the 4
 * was read as this year's count, a FALSE ERROR on main). Each read both for the text's own arithmetic (year-on-year.ts,
 * change-after-clauses.ts) and, where last year's figure is unsaid, kept for last year's report (last-year-claims.ts).
 * Sentences on word-2021-consistent's table 三 (2022: 新收 62, 上年结转 4, 办结 63, 结转下年度 3).
 */
import { describe, expect, it } from 'vitest';
import { checksOf, findingKeys, runProse, word } from './narrative-tables.ts';
import type { LastYearClaim } from '../../lib/narrative/last-year-claims.ts';

const WORD_2021: Record<string, number> = {
  't3.new.total': 62, 't3.carried.total': 4, 't3.granted.total': 32, 't3.partial.total': 7, 't3.denied.total': 5, 't3.unable.total': 15,
  't3.notProcessed.total': 3, 't3.other.total': 1, 't3.processed.total': 63, 't3.carriedForward.total': 3,
};
const onTables = (text: string) => runProse(`<p>（二）依申请公开</p>${word(text)}`, WORD_2021, 2022, '东湖市云岭区卫生健康局');
const keys = (text: string): string[] => findingKeys(onTables(text));
const changes = (text: string): string[] => checksOf(onTables(text), 'text.change');
const claimsOf = (text: string): Omit<LastYearClaim, 'quote'>[] =>
  (onTables(text).lastYear ?? []).map(({ readings, value, amount, pct }) => ({ readings, value, amount, pct }));
const P = '2022年，我局共收到政府信息公开申请62件';

describe('change54 1: last year\'s figure after the change, in the change\'s own parenthesis', () => {
  it.each([
    [`${P}（同比增长8.8%，2021年为57件）。`, 'pass (62件 − 57件) ÷ 57件 = 8.77%，正文 增长8.8%'],
    [`${P}（比上年增加5件，上年为57件）。`, 'pass 62件 − 57件 = 5件，正文 增加5件'],
  ])('true: %s (unread before)', (text, check) => {
    expect(keys(text)).toEqual([]);
    expect(changes(text)).toEqual([check]);
  });
  it('wrong twins: errors (silent before)', () => {
    expect(keys(`${P}（同比增长9.8%，2021年为57件）。`)).toEqual(['text.change:error:8.8:9.8']);
    expect(keys(`${P}（比上年增加4件，上年为57件）。`)).toEqual(['text.change:error:5:4']);
  });
  it('as before: the figures in the parenthesis in the other order, or the base inside it first', () => {
    expect(keys(`${P}（2021年为57件，同比增长7.8%）。`)).toEqual(['text.change:error:8.8:7.8']);
    expect(keys(`${P}（较上年的57件增加6件）。`)).toEqual(['text.change:error:5:6']);
    expect(keys(`${P}(比2021年的57件增加5件)。`)).toEqual([]);
  });
  it('look-alikes: a count of another kind after the change, or a parenthesis closed between, is no base', () => {
    expect(changes(`${P}（同比增长8.8%，其中网上申请57件）。`)).toEqual([]);
    expect(changes(`${P}（同比增长8.8%），2021年为57件。`)).toEqual([]);
  });
});

describe('change54 2: the change after figure-free ，-clauses about the count', () => {
  it.each([
    `${P}，主要涉及医疗机构执业、公共卫生等方面，较上年的57件增加5件。`,
    `${P}，均通过网络平台提交，较上年的57件增加5件，增长8.8%。`,
    `${P}，以网上申请为主，较上年的57件增加5件。`,
  ])('true: %s (unread before)', (text) => {
    expect(keys(text)).toEqual([]);
    expect(changes(text)[0]).toBe('pass 62件 − 57件 = 5件，正文 增加5件');
  });
  it('wrong twins: errors (silent before)', () => {
    expect(keys(`${P}，主要涉及医疗机构执业、公共卫生等方面，较上年的57件增加6件。`)).toEqual(['text.change:error:5:6']);
    expect(keys(`${P}，均通过网络平台提交，较上年的57件增加5件，增长9.8%。`)).toEqual(['text.change:error:8.8:9.8']);
  });
  it.each([
    ['a part named between', `${P}，其中网上申请占多数，较上年的57件增加6件。`],
    ['a rate between', `${P}，答复及时率有所提高，较上年的57件增加6件。`],
    ['another quantity as the change\'s subject', `${P}，主要涉及医疗服务，网上申请量较上年的57件增加6件。`],
    ['three clauses between', `${P}，主要涉及医疗服务，涉及公共卫生，主要通过网络提交，较上年的57件增加6件。`],
    ['a ； between', `${P}；主要涉及医疗服务，较上年的57件增加6件。`],
    ['a count between (its own change, as before)', `${P}，办结63件，较上年的57件增加6件。`],
  ])('look-alike, nothing flagged: %s', (_why, text) => {
    expect(keys(text)).toEqual([]);
  });
});

describe('change54 2: the count a 含 parenthesis qualifies, not the part in it (a false error on main)', () => {
  const Q = '2022年，我局共受理政府信息公开申请66件（含上年结转4件）';
  it('true: 66 against 56 passes (the 4 was compared with 56: an error on main)', () => {
    expect(keys(`${Q}，较上年的56件增加10件。`)).toEqual([]);
    expect(changes(`${Q}，较上年的56件增加10件。`)).toEqual(['pass 66件 − 56件 = 10件，正文 增加10件']);
    expect(keys(`${Q}，主要涉及医疗机构执业等方面，较上年的56件增加10件。`)).toEqual([]);
  });
  it('wrong twins: errors, told of the 66', () => {
    expect(keys(`${Q}，较上年的56件增加12件。`)).toEqual(['text.change:error:10:12']);
    expect(keys(`${Q}，主要涉及医疗机构执业等方面，较上年的56件增加11件。`)).toEqual(['text.change:error:10:11']);
  });
  it('the part\'s own change, where it fits, passes (either reading holds)', () => {
    expect(keys(`${Q}，较上年的5件减少1件。`)).toEqual([]);
  });
});

describe('change54: lone changes kept for last year\'s report (last-year-claims.ts)', () => {
  it.each([
    [`${P}（同比增长0.4%）。`, { readings: ['new'], value: 62, amount: null, pct: '0.4' }],
    [`${P}（较上年增加5件）。`, { readings: ['new'], value: 62, amount: 5, pct: null }],
    [`${P}(比2021年减少3件)。`, { readings: ['new'], value: 62, amount: -3, pct: null }],
    [`${P}，主要涉及医疗机构执业等方面，较上年增加5件。`, { readings: ['new'], value: 62, amount: 5, pct: null }],
    ['2022年，我局共收到政府信息公开申请66件（含上年结转4件），较上年增加5件。', { readings: ['newAndCarried'], value: 66, amount: 5, pct: null }],
    ['2022年，我局共收到政府信息公开申请62件（含网上申请40件），主要涉及医疗服务，申请量较上年增加5件。', { readings: ['new'], value: 62, amount: 5, pct: null }],
  ])('%s', (text, want) => {
    expect(claimsOf(text)).toEqual([want]);
    expect(keys(text)).toEqual([]);
  });
  it.each([
    ['a base of another year', `${P}（比2020年减少3件）。`],
    ['the change of a part in the parenthesis', `${P}（其中网上申请40件，较上年增加5件）。`],
    ['the change inside a 含 parenthesis', `${P}（含网上申请40件，较上年增加5件）。`],
    ['含上年结转 where the count is 新收 (62 cannot hold 4 carried and be 新收 62)', `${P}（含上年结转4件），较上年增加5件。`],
    ['a part named between', `${P}，其中网上申请占多数，较上年增加5件。`],
    ['another quantity\'s change', `${P}，主要涉及医疗服务，网上申请量较上年增加5件。`],
    ['a count between', `${P}，主要涉及医疗服务，办结63件，较上年增加5件。`],
  ])('not kept: %s', (_why, text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});
