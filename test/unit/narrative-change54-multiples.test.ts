/**
 * change54: multiples and shares as the text states them (docs/testing.md: hunt51's "增长1.5倍", hunt53's "是2013年的1.5倍",
 * recall50's shares). Multiples (multiples.ts): "是上年的2倍" is × 2; "增长1.5倍" is × 2.5 in careful usage and × 1.5 in
 * many reports — a sentence true under the careful reading passes, one true only under the loose reading is a skip that
 * says so, one wrong under both an error. Newly read: the claim after figure-free ，-clauses about the count or in a
 * parenthesis right after it ("62件（较上年的20件增长1.5倍）"), and 翻番 / 增长K倍 after a clause of last year's own
 * ("上年同期为20件，同比翻了一番"). Shares: pinned as they are (see the last blocks). On word-2021-consistent's table 三.
 */
import { describe, expect, it } from 'vitest';
import { checksOf, findingKeys, paras, runProse, word } from './narrative-tables.ts';

const WORD_2021: Record<string, number> = {
  't3.new.total': 62, 't3.carried.total': 4, 't3.granted.total': 32, 't3.partial.total': 7, 't3.denied.total': 5, 't3.unable.total': 15,
  't3.notProcessed.total': 3, 't3.other.total': 1, 't3.processed.total': 63, 't3.carriedForward.total': 3,
};
const onTables = (text: string) => runProse(`<p>（二）依申请公开</p>${word(text)}`, WORD_2021, 2022, '东湖市云岭区卫生健康局');
const keys = (text: string): string[] => findingKeys(onTables(text));
const changes = (text: string): string[] => checksOf(onTables(text), 'text.change').map((c) => c.split('：')[0]!.split('，')[0]!);
const P = '2022年，我局共收到政府信息公开申请62件';

describe('change54 3: multiples under both readings of 增长K倍', () => {
  it('增长1.5倍 over 25 (× 2.48: the careful reading) passes; over 41 (× 1.51: the loose one) is a skip; over 20 an error', () => {
    expect(changes(`${P}，较上年的25件增长1.5倍。`)).toEqual(['pass 62件 ÷ 25件 = 2.48倍']);
    expect(changes(`${P}，较上年的41件增长1.5倍。`)).toEqual(['skip 62件 ÷ 41件 = 1.51倍']);
    expect(keys(`${P}，较上年的41件增长1.5倍。`)).toEqual([]);
    expect(keys(`${P}，较上年的20件增长1.5倍。`)).toEqual(['text.change:error:2.1:1.5']);
    expect(keys(`${P}，较上年的62件增长1.5倍。`)).toEqual(['text.change:error:0:1.5']);
  });
  it('是上年的K倍 and 翻番 are × K and × 2 (as before)', () => {
    expect(keys(`${P}，是上年（31件）的2倍。`)).toEqual([]);
    expect(keys(`${P}，是上年（31件）的3倍。`)).toEqual(['text.change:error:2:3']);
    expect(keys(`${P}，较上年的31件翻了一番。`)).toEqual([]);
    expect(keys(`${P}，较上年的20件翻了一番。`)).toEqual(['text.change:error:3.1:2']);
    expect(keys(`${P}，是2021年的2倍（2021年为20件）。`)).toEqual(['text.change:error:3.1:2']);
  });
  it('no base, nothing to check: silent', () => {
    expect(changes(`${P}，是上年的2倍。`)).toEqual([]);
    expect(changes(`${P}，同比增长1.5倍。`)).toEqual([]);
  });
});

describe('change54 3: multiples now read apart from their count', () => {
  it.each([
    [`${P}，主要涉及医疗服务，较上年的31件翻了一番。`, 'pass 62件 ÷ 31件 = 2倍'],
    [`${P}，主要涉及医疗服务，较上年的25件增长1.5倍。`, 'pass 62件 ÷ 25件 = 2.48倍'],
    [`${P}，主要涉及医疗服务，较上年的41件增长1.5倍。`, 'skip 62件 ÷ 41件 = 1.51倍'],
    [`${P}（较上年的41件增长1.5倍）。`, 'skip 62件 ÷ 41件 = 1.51倍'],
    [`${P}，上年同期为31件，同比翻了一番。`, 'pass 62件 ÷ 31件 = 2倍'],
    [`${P}，上年同期为25件，同比增长1.5倍。`, 'pass 62件 ÷ 25件 = 2.48倍'],
  ])('true: %s (unread before)', (text, check) => {
    expect(keys(text)).toEqual([]);
    expect(changes(text)).toEqual([check]);
  });
  it.each([
    [`${P}，主要涉及医疗服务，较上年的20件翻了一番。`, 'text.change:error:3.1:2'],
    [`${P}，主要涉及医疗服务，较上年的20件增长1.5倍。`, 'text.change:error:2.1:1.5'],
    [`${P}（较上年的20件增长1.5倍）。`, 'text.change:error:2.1:1.5'],
    [`${P}，上年同期为20件，同比翻了一番。`, 'text.change:error:3.1:2'],
    [`${P}，上年同期为20件，同比增长1.5倍。`, 'text.change:error:2.1:1.5'],
  ])('wrong twin: %s (silent before)', (text, key) => {
    expect(keys(text)).toEqual([key]);
  });
  it('look-alikes: a 上年结转 clause is no base; another quantity\'s multiple is not read', () => {
    expect(changes(`${P}，上年结转4件，同比增长1.5倍。`)).toEqual([]);
    expect(changes(`${P}，主要涉及医疗服务，网上申请量较上年的20件增长1.5倍。`)).toEqual([]);
  });
  it('left (silent): last year\'s figure after the claim in a ，-clause or its parenthesis', () => {
    expect(changes(`${P}，比上年增加1倍，上年为20件。`)).toEqual([]);
    expect(changes(`${P}（是上年的2倍，上年为20件）。`)).toEqual([]);
    expect(changes(`${P}（上年为20件），增长1.5倍。`)).toEqual([]);
  });
});

describe('change54 4: shares with no whole in their sentence (pinned, no change)', () => {
  it('two shares alone summing to 100% pass; past 100% they are not judged (the two may divide different wholes)', () => {
    expect(checksOf(onTables('从申请方式看，网上申请占64.5%，信函申请占35.5%。'), 'text.share')).toEqual(['pass 64.5%+35.5% = 100%']);
    expect(keys('从申请方式看，网上申请占64.5%，信函申请占45.5%。')).toEqual([]);
    expect(keys('2022年，我局共收到政府信息公开申请62件。网上申请占64.5%，信函申请占45.5%。')).toEqual([]);
  });
  it('counts with shares against the whole of the sentence before are read (as before)', () => {
    expect(keys('2022年，我局共收到政府信息公开申请62件。其中网上申请40件，占54.5%；信函申请22件，占35.5%。')).toEqual(['text.share:error:64.5:54.5']);
  });
  it('分别占 after counts divided by commas pairs them in order (share-runs.ts; silent before, as 、 was read)', () => {
    const whole = '2022年，我局共收到政府信息公开申请62件';
    expect(keys(`${whole}，其中网上申请40件，信函申请22件，分别占64.5%、35.5%。`)).toEqual([]);
    expect(checksOf(onTables(`${whole}。网上申请40件，信函申请22件，分别占64.5%和35.5%。`), 'text.share')).toEqual([
      'pass 40件 ÷ 62件 = 64.52%，正文 64.5%', 'pass 22件 ÷ 62件 = 35.48%，正文 35.5%']);
    expect(keys(`${whole}，其中网上申请40件，信函申请22件，分别占64.5%、45.5%。`)).toEqual(['text.share:error:35.5:45.5']);
    expect(keys(`${whole}。网上申请40件，信函申请22件，分别占64.5%和45.5%。`)).toEqual(['text.share:error:35.5:45.5']);
    // a run of counts longer than the shares (the whole joined by a comma, 其中 ends the run): not paired
    expect(checksOf(onTables(`${whole}，办结63件，分别占64.5%、35.5%。`), 'text.share').some((c) => c.startsWith('fail'))).toBe(false);
  });
  it('a list of shares of 总体 with no whole named: a skip where counts are given, else unread', () => {
    const r = runProse(paras('在主动公开的信息中，其中机构职能类16条，占总体的比例为4.9%，政策文件及解读类48条，占总体的比例为11.7%。'), {}, 2022);
    expect(checksOf(r, 'text.share').every((c) => c.startsWith('skip'))).toBe(true);
    expect(findingKeys(r)).toEqual([]);
  });
});

describe('change54 5: a share of a result over the count answered or received (pinned, no change)', () => {
  const HEAD = '2022年，我局共收到政府信息公开申请62件，上年结转4件，全年办结63件。';
  it('with its whole in its own sentence, 5 of 63 is 7.9%; 8.1% (of 62 received) an error there', () => {
    expect(keys('全年办结63件，其中不予公开5件，占7.9%；无法提供15件，占23.8%。')).toEqual([]);
    expect(keys('全年办结63件，其中不予公开5件，占8.1%；无法提供15件，占24.2%。')).toEqual(['text.share:error:7.9:8.1', 'text.share:error:23.8:24.2']);
  });
  it('with the whole in the sentence before, either base passes (63 answered, 62 received, 66 both), a share of none an error', () => {
    expect(keys(`${HEAD}其中不予公开5件，占7.9%。`)).toEqual([]);
    expect(keys(`${HEAD}其中不予公开5件，占8.1%。`)).toEqual([]);
    expect(keys('2022年，我局共收到政府信息公开申请62件，上年结转4件。不予公开5件，占7.6%。')).toEqual([]);
    expect(keys(`${HEAD}其中不予公开5件，占9.1%。`)).toEqual(['text.share:error:7.9:9.1']);
  });
  it('any earlier count at least the part is a base, but not a sibling result named alone (left57: 5 of 无法提供 15 was a pass)', () => {
    // share-of-result.ts countsBefore skips a count whose words are one other result; "予以公开和部分公开共39件" is still a base
    const text = `${HEAD}其中予以公开32件，无法提供15件。不予公开5件，占33.3%。`;
    expect(keys(text)).toEqual(['text.share:error:7.9:33.3']);
    expect(keys(`${HEAD}其中予以公开32件，无法提供15件。不予公开5件，占7.9%。`)).toEqual([]);
  });
});
