/**
 * Red team 13 (test/fixtures/redteam13): prose claims read wrong, with sentences of our own.
 * - one office or unit of the body ("本局办公室直接受理的申请…", "本委综合科…", "法规科收到…") is a
 *   part of the applications, not compared with 新收 (body-part.ts); the body itself still is;
 * - a share naming its whole ("占新收申请的48.8%") is of that whole (新收), not of the nearest
 *   total of the paragraph (share-wholes.ts: 申请 alone names no whole);
 * The bureau's tables (narrative-tables.ts): 新收 86, 上年结转 5, 办结 88, 予以公开 42, 部分公开 11,
 * 无法提供 20, 结转下年度 3.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, flagged, runProse, type ProseResult } from './narrative-tables.ts';

const para = (text: string): string => `<p class="MsoNormal"><span style="font-family:仿宋_GB2312">${text}</span><o:p></o:p></p>`;
const HEAD = '（二）依申请公开情况。';
const run = (text: string, agency?: string): ProseResult => runProse(para(HEAD + text), BUREAU_TABLES, 2023, agency);
const fired = (r: ProseResult) => flagged(r).map((f) => `${f.rule}:${f.severity}:${f.expected}:${f.actual}`);
const of = (r: ProseResult, rule: string) => r.checks.filter((c) => c.rule === rule).map((c) => `${c.outcome} ${c.quote}`);

const BUREAU = '南岭市生态环境局';
const STREET = '南岭市清溪区青松街道办事处';

describe('one office or unit of the body', () => {
  it.each([
    ['本局办公室直接受理的申请30件，其余由相关业务科室按职责办理。', BUREAU],
    ['本办综合科直接受理申请25件，其余由各业务部门按职责办理。', STREET],
    ['我局政策法规处收到申请18件。', BUREAU],
    ['法规科收到申请12件，均已按期答复。', BUREAU],
  ])('%s: a part, not compared', (text, agency) => {
    const r = run(text, agency);
    expect(fired(r)).toEqual([]);
    expect(of(r, 'text.vs-table')).toEqual([]);
  });

  it.each([
    ['本局全年共收到申请70件。', BUREAU],
    ['本办全年共收到申请70件。', STREET],
    ['本局全年办理政府信息公开申请70件，处理及时。', BUREAU],
  ])('%s: the body itself, still compared', (text, agency) => {
    expect(fired(run(text, agency))[0]).toMatch(/^text\.vs-table:error:/);
  });
});

describe('a share naming its whole', () => {
  const before = '全年新收申请86件，上年结转5件。各镇（街道）共收到申请60件，均由各镇（街道）依法答复。';
  it('of 新收 as it says: passes, the nearer 60 not taken for its whole', () => {
    const r = run(`${before}予以公开42件，占新收申请的48.8%。`);
    expect(fired(r)).toEqual([]);
    expect(of(r, 'text.share')).toEqual(['pass 予以公开42件，占新收申请的48.8%']);
  });
  it('a share that fits no whole it may mean: flagged against 新收', () => {
    expect(fired(run(`${before}予以公开42件，占新收申请的84.8%。`))).toEqual(['text.share:error:48.8:84.8']);
  });
});
