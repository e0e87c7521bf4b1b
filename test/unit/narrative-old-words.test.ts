/**
 * The pre-2019 reports' words for table 三's results (同意公开, 部分同意公开, 不同意公开, 非本部门掌握), found by
 * session 38's red teams: "部分同意公开7件" was compared with 予以公开 (同意公开 inside it), a false error on a true
 * sentence; and "非本部门掌握15件" was no result, so a list holding it was short of its whole (a skip).
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse } from './narrative-tables.ts';

// BUREAU_TABLES: 予以公开 42, 部分公开 11, 不予公开 6, 无法提供 20, 不予处理 5, 其他处理 4, 办理结果总计 88
const run = (text: string) => runProse(`<p>（二）依申请公开情况。${text}</p>`, BUREAU_TABLES, 2022, '东湖市云岭区卫生健康局');
const keys = (text: string) => findingKeys(run(text));
const vsTable = (text: string) => run(text).checks.filter((c) => c.rule === 'text.vs-table').map((c) => `${c.outcome} ${c.detail ?? ''}`);

describe('部分同意公开 is 部分公开, not 予以公开', () => {
  const text = '全年共办结申请88件，其中同意公开42件，部分同意公开11件，不同意公开6件，非本部门掌握20件，不予处理5件，其他处理4件。';
  it('a true list: no finding, every item against its own row (it was an error: 11 against 予以公开 42)', () => {
    expect(keys(text)).toEqual([]);
    expect(vsTable(text)).toContain('pass 11件 = 表三“部分公开” 11');
    expect(vsTable(text)).toContain('pass 42件 = 表三“予以公开” 42');
  });
  it('a wrong 部分同意公开: an error against 部分公开', () => {
    expect(keys(text.replace('部分同意公开11件', '部分同意公开12件'))).toContain('text.vs-table:error:11:12');
  });
  it('同意部分公开 and 同意公开 are read as before', () => {
    expect(keys('全年共办结申请88件，其中同意公开42件，同意部分公开11件。')).toEqual([]);
  });
});

describe('非本部门掌握 is a result: a list holding it is read whole', () => {
  const text = '全年共办结申请88件，其中同意公开42件，部分同意公开11件，不同意公开6件，非本部门掌握20件，不予处理5件，其他处理4件。';
  it('the list adds up: a pass (it was a skip, 68 short of 88)', () => {
    expect(run(text).checks.filter((c) => c.rule === 'text.parts-sum').map((c) => c.outcome)).toEqual(['pass']);
  });
  it('one over its whole: the list\'s own sum is an error', () => {
    expect(keys(text.replace('非本部门掌握20件', '非本部门掌握21件'))).toContain('text.parts-sum:error:89:88');
  });
});

describe('部分同意公开 written figure first', () => {
  const text = '全年共办结申请88件，其中42件同意公开，11件部分同意公开，6件不同意公开。';
  it('compared with 部分公开, a pass', () => {
    expect(keys(text)).toEqual([]);
    expect(vsTable(text)).toContain('pass 11件 = 表三“部分公开” 11');
  });
  it('a wrong one: an error against 部分公开', () => {
    expect(keys(text.replace('11件部分同意公开', '12件部分同意公开'))).toContain('text.vs-table:error:11:12');
  });
});
