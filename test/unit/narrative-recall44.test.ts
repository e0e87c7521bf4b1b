/**
 * Session recall44: the false errors and misses session 42 left (docs/testing.md, "Left" of the session-42
 * paragraphs). Each sentence below is self-written: a real sentence's shape with another body and other
 * numbers. Each change passes where the text adds up, fires where it is surely wrong, and stays silent (a
 * skip, or nothing) where a careful reader could take it otherwise.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse, word } from './narrative-tables.ts';

/** Against the bureau's tables (2021: 新收 86, 上年结转 5, 办结 88 — 予以公开 42, 部分公开 11, 不予公开 6, 无法提供 20, 不予处理 5, 其他处理 4 —, 结转下年度 3). */
const onTables = (text: string) => runProse(`<p>（二）依申请公开情况</p>${word(text)}`, BUREAU_TABLES, 2021, '青溪区卫生健康局');
const tableKeys = (text: string) => findingKeys(onTables(text));
const vsTable = (text: string) => onTables(text).checks.filter((c) => c.rule === 'text.vs-table').map((c) => `${c.outcome}|${c.detail}`);
const tableSums = (text: string) => onTables(text).checks.filter((c) => c.rule === 'text.parts-sum').map((c) => `${c.outcome}|${c.detail}`);

/** Prose alone (a pre-2019 page): 2016. */
const prose = (text: string) => runProse(`<p>${text}</p>`, {}, 2016, '青石县人民政府');
const keys = (text: string) => findingKeys(prose(text));
const sums = (text: string) => prose(text).checks.filter((c) => c.rule === 'text.parts-sum').map((c) => `${c.outcome}|${c.detail}`);
const outcomes = (xs: string[]) => xs.map((x) => x.split('|')[0]);

describe('recall44 1: items carried on are no part of a count closed (qizhong-carried.ts)', () => {
  it('the list under 办结/答复 ends before its carried item: a pass where the rest adds up', () => {
    expect(tableSums('全年新收申请86件，上年结转5件，已办结88件，其中予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件，3件结转下年度继续办理。'))
      .toEqual(['pass|42件+11件+6件+20件+5件+4件 = 88件']);
    expect(tableSums('全年新收申请86件，上年结转5件，已答复88件，其中按期答复80件，延期答复8件，其余3件结转下年度。')).toEqual(['pass|80件+8件 = 88件']);
  });
  it('twins: the rest wrong is still an error', () => {
    expect(tableKeys('全年新收申请86件，上年结转5件，已办结88件，其中予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理7件，其他处理4件，3件结转下年度继续办理。'))
      .toEqual(['text.parts-sum:error:90:88', 'text.vs-table:error:5:7']);
    expect(tableKeys('全年新收申请86件，上年结转5件，已答复88件，其中按期答复80件，延期答复10件，其余3件结转下年度。')).toEqual(['text.parts-sum:error:90:88']);
  });
  it('silent: one part on time and the rest carried on (it was an error on main, 其余3件 summed into the 办结)', () => {
    for (const t of [
      '全年共收到政府信息公开申请57件，办结54件，其中按期办结53件，其余3件结转下年度。',
      '全年共收到政府信息公开申请57件，办结54件，其中按期办结52件，其余3件结转下年度办理。',
      '全年共收到政府信息公开申请57件，已答复54件，其中按时答复50件，剩余3件结转下年度。',
      '全年共收到政府信息公开申请57件，已办结54件，其中在法定期限内办结54件，余下3件顺延至下一年度办理。',
    ]) expect(keys(t), t).toEqual([]);
    expect(outcomes(sums('全年共收到政府信息公开申请57件，办结54件，其中按期办结53件，其余3件结转下年度。'))).toEqual(['skip', 'pass']);
  });
});

describe('recall44 2: "另N件…，延期至…" after a carried count (carried-after.ts, carried-pair.ts)', () => {
  it('the two parts, the second\'s reason no 因-clause, against 结转下年度', () => {
    expect(vsTable('2件因需补正结转至2022年办理，另1件申请人撤回后重新提出，延期至2022年答复。')).toEqual(['pass|2件+1件 = 表三“结转下年度继续办理” 3']);
    expect(vsTable('2件因涉及第三方结转至下一年度办理，另1件申请人年底提出，顺延至下一年度答复。')).toEqual(['pass|2件+1件 = 表三“结转下年度继续办理” 3']);
  });
  it('twins: their sum off the table, or the other one answered within the year', () => {
    expect(tableKeys('2件因需补正结转至2022年办理，另2件申请人撤回后重新提出，延期至2022年答复。')).toEqual(['text.vs-table:error:3:4']);
    expect(tableKeys('2件因需补正结转至2022年办理，另1件申请人撤回后重新提出，已于年内答复。')).toEqual(['text.vs-table:error:3:2']);
  });
  it('silent: the first part is never read alone beside another carried, extended or pending one', () => {
    for (const t of [
      '2件因需补正结转至2022年办理，另1件申请人撤回后重新提出，延期答复。',
      '2件因需补正结转至2022年办理，另1件咨询件已转有关部门，延期至2022年答复。',
      '2件因需补正结转至2022年办理，另1件申请人撤回后重新提出，延期至2023年答复。',
      '2件因需补正结转至2022年办理，另1件于12月31日提出，尚在办理期限内。',
      '2件因需补正结转至2022年办理，此外1件申请人撤回后重新提出，延期至2022年答复。',
      '2件因需补正结转至2022年办理，另1件申请人撤回，重新提出后延期至2022年答复。',
    ]) expect(tableKeys(t), t).toEqual([]);
  });
});

describe('recall44 3: "其他解读材料" after "政策解读" closes no list (other-of-kind.ts)', () => {
  it('a list adding up before the ；, or before the 其他 of its last kind', () => {
    expect(sums('全年主动公开信息900条，其中工作动态600条，通知公告300条；政策解读40条，其他解读材料10条。')).toEqual(['pass|600条+300条 = 900条']);
    expect(outcomes(sums('全年主动公开信息900条，其中工作动态600条，通知公告250条，政策解读50条，其他解读材料10条。'))).toEqual(['skip']);
  });
  it('twins: over either way, or a list closed by a plain 其他 item, is still an error', () => {
    expect(keys('全年主动公开信息900条，其中工作动态700条，通知公告300条；政策解读40条，其他解读材料10条。')).toEqual(['text.parts-sum:error:1000:900']);
    expect(keys('全年主动公开信息900条，其中工作动态600条，通知公告250条，政策解读60条，其他解读材料10条。')).toEqual(['text.parts-sum:error:920:900']);
    expect(keys('全年主动公开信息900条，其中工作动态500条，通知公告300条，其他信息60条。')).toEqual(['text.parts-sum:error:860:900']);
    expect(keys('全年主动公开信息900条，其中工作动态500条，通知公告300条；规划计划50条，其他信息80条。')).toEqual(['text.parts-sum:error:930:900']);
  });
  it('silent: a short list with the rest of one kind after it (it was an error on main)', () => {
    for (const t of [
      '全年主动公开信息900条，其中工作动态500条，通知公告300条；政策解读40条，其他解读材料10条。',
      '全年主动公开信息900条，其中工作动态500条，通知公告300条，政策解读40条，其他解读材料10条。',
      '全年主动公开信息900条，其中工作动态500条，通知公告300条；行政许可40条，其他许可事项10条。',
    ]) {
      expect(keys(t), t).toEqual([]);
      expect(outcomes(sums(t)), t).toEqual(['skip']);
    }
  });
});

describe('recall44 4: a channel said again with its count (parts-restated.ts restatedChannel)', () => {
  it('over the whole by exactly the restated items: a skip (it was an error on main)', () => {
    expect(outcomes(sums('全年共收到政府信息公开申请75件，网上申请50件，当面申请25件，网上受理50件。'))).toEqual(['skip']);
    expect(outcomes(sums('全年共收到政府信息公开申请75件，其中网上申请50件，信函申请15件，当面申请10件，网上受理50件，当面受理10件。'))).toEqual(['skip']);
  });
  it('twins: wrong without the restatement, or no restatement (another count), still an error', () => {
    expect(keys('全年共收到政府信息公开申请75件，网上申请50件，当面申请20件，网上受理50件。')).toEqual(['text.parts-sum:error:120:75']);
    expect(keys('全年共收到政府信息公开申请75件，其中网络申请50件，现场申请25件，线上受理48件。')).toEqual(['text.parts-sum:error:123:75']);
  });
  it('other work through a channel is no item, as before', () => {
    expect(sums('全年共收到政府信息公开申请75件，网上申请50件，当面申请25件，网上咨询50件。')).toEqual(['pass|50件+25件 = 75件']);
  });
});

describe('recall44 5: 上一年度转结 and 转结下年度 in a flow (period.ts, parts-sum.ts, measures.ts)', () => {
  it('read as 上年结转 and 结转下年度', () => {
    expect(sums('全年新收政府信息公开申请37件，上年度转结2件，办结36件，转结下年度3件。')).toEqual(['pass|37件+2件 = 36件+3件 = 39件（收支平衡）']);
    expect(sums('全年共受理政府信息公开申请37件，上一年度转结2件，已办结36件，结转下年度3件。')).toEqual(['pass|37件+2件 = 36件+3件 = 39件（收支平衡）']);
    expect(sums('全年共收到政府信息公开申请37件，办结34件，转结下年度3件。')).toEqual(['pass|37件 = 34件+3件（收支平衡，未写上年结转）']);
  });
  it('twins: out of balance', () => {
    expect(keys('全年新收政府信息公开申请37件，上年度转结2件，办结36件，转结下年度5件。')).toEqual(['text.parts-sum:error:39:41']);
  });
  it('silent: those carried in said closed apart, the rest gone elsewhere with no count, a part of those carried in', () => {
    for (const t of [
      '全年新收政府信息公开申请37件，上一年度转结2件，办结33件，转结下年度3件，其余转交其他部门。',
      '全年新收政府信息公开申请37件，上一年度转结2件已于年内办结，本年办结33件，转结下年度4件。',
      '全年新收政府信息公开申请37件，办结34件，转结下年度2件，另有1件转交有关部门。',
    ]) expect(keys(t), t).toEqual([]);
    expect(sums('全年新收政府信息公开申请37件，上一年度转结2件，其中办结1件，转结下年度1件。')).toEqual(['pass|1件+1件 = 2件']);
  });
  it('against table 三', () => {
    expect(vsTable('全年新收申请86件，上一年度转结5件，办结88件，转结下年度3件。')).toEqual([
      'pass|86件 = 表三“本年新收” 86', 'pass|5件 = 表三“上年结转” 5', 'pass|88件 = 表三“办理结果总计” 88', 'pass|3件 = 表三“结转下年度继续办理” 3',
    ]);
    expect(tableKeys('全年新收申请86件，上一年度转结5件，办结88件，转结下年度4件。')).toEqual(['text.vs-table:error:3:4']);
  });
});

describe('recall44 6: closed said after its figure with words between (flow-balance.ts closedAfter)', () => {
  it('"25件已按照规定时限和程序…进行了答复": the flow\'s 答复', () => {
    expect(sums('全年共收到依申请公开26件，大部分通过信函或在线申请，25件已按照规定时限和程序依法依规进行了答复，1件结转下年。')).toEqual(['pass|26件 = 25件+1件（收支平衡，未写上年结转）']);
    expect(sums('全年共受理政府信息公开申请44件，上年结转3件，45件均已办结，2件结转下年度。')).toEqual(['pass|44件+3件 = 45件+2件 = 47件（收支平衡）']);
  });
  it('twins: out of balance', () => {
    expect(keys('全年共受理政府信息公开申请44件，上年结转3件，40件均已办结，2件结转下年度。')).toEqual(['text.parts-sum:error:44:42']);
    expect(keys('全年共收到政府信息公开申请26件，22件已依法答复，1件结转下年度办理。')).toEqual(['text.parts-sum:warning:26:23']);
  });
  it('silent: in time only (others may be late), a part, transferred, a list, another outcome', () => {
    expect(outcomes(sums('全年共收到依申请公开26件，23件已按照规定时限和程序依法依规进行了答复，1件结转下年。'))).toEqual(['skip']);
    for (const t of [
      '全年共收到政府信息公开申请26件，23件已按期答复，1件结转下年度。',
      '全年共收到政府信息公开申请26件，23件已通过网上答复，1件结转下年度。',
      '全年共收到政府信息公开申请26件，23件已转交有关部门答复，1件结转下年度。',
      '全年共收到政府信息公开申请26件，其中23件已答复，1件结转下年度。',
      '全年共收到政府信息公开申请26件，23件已答复，1件结转下年度，2件申请人撤回。',
    ]) expect(keys(t), t).toEqual([]);
  });
});

describe('recall44 7: 具体为 with no colon after a count of applications (parts-heads.ts)', () => {
  it('kinds and channels read as after 其中', () => {
    expect(sums('全年共受理依申请公开14件，具体为土地征收类8件，土地出让类3件，矿业权规划2件，城市规划1件。')).toEqual(['pass|8件+3件+2件+1件 = 14件']);
    expect(sums('全年共受理政府信息公开申请14件，具体是网上申请9件，当面申请3件，信函申请2件。')).toEqual(['pass|9件+3件+2件 = 14件']);
  });
  it('twins: over the whole', () => {
    expect(keys('全年共受理依申请公开14件，具体为土地征收类8件，土地出让类3件，矿业权规划2件，城市规划3件。')).toEqual(['text.parts-sum:error:16:14']);
    expect(keys('全年共受理政府信息公开申请14件，具体是网上申请9件，当面申请4件，信函申请2件。')).toEqual(['text.parts-sum:error:15:14']);
  });
  it('silent: short, an item apart, counted twice, other work, other words', () => {
    expect(outcomes(sums('全年共受理依申请公开14件，具体为土地征收类8件，土地出让类3件，矿业权规划2件。'))).toEqual(['skip']);
    for (const t of [
      '全年共受理依申请公开14件，具体为土地征收类8件，土地出让类3件，矿业权规划2件，另有城市规划3件。',
      '全年共受理依申请公开14件，具体为土地征收类8件，土地出让类3件，矿业权规划2件，城市规划3件（部分申请涉及多个类别，存在重复统计）。',
      '全年开展政府信息公开培训14场，具体为专题培训8场，业务培训8场。',
      '全年共办理人大代表建议14件，具体为重点建议8件，一般建议8件。',
      '全年共受理依申请公开14件，具体情况为土地征收类8件，土地出让类3件，矿业权规划2件，城市规划3件。',
      '全年共受理依申请公开14件，具体为土地征收类8件，土地出让类3件，此外矿业权规划2件，城市规划3件。',
    ]) expect(sums(t), t).toEqual([]);
  });
});
