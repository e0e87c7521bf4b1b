/**
 * txt64 (session 54): what txt63 left of the text's readings, on word-2021-consistent's tables (新收 62: 自然人 56, 商业企业 3,
 * 法律服务机构 2, 其他 1; 上年结转 4, 自然人's; 予以公开 32, 部分公开 7, 不予公开 5, 无法提供 15, 不予处理 3, 其他处理 1, 办结 63, 结转下年度 3):
 * 1. an applicant column past 自然人 and 法人 named as a count's subject is a part, never the year's whole (qizhong-readings.ts SUBSET);
 * 2. a result's name in quotes before or after 答复 (measures.ts 'processed', act-after-count.ts);
 * 3. a head naming the year's applications with no count, the applicants' counts after it (applicant-head.ts);
 * 4. a bare 企业 may be every org (applicant-columns.ts);
 * 5. a fresh batch of true sentences with their wrong twins (narrative-txt64-sentences.ts).
 */
import { describe, expect, it } from 'vitest';
import { checksOf, findingKeys, onWord2021, runProse, WORD_2021_TABLES, word } from './narrative-tables.ts';
import { TXT64_PAIRS } from './narrative-txt64-sentences.ts';

const keys = (t: string, tables = true): string[] => findingKeys(onWord2021(t, tables));
const vs = (t: string): string[] => checksOf(onWord2021(t), 'text.vs-table');

/** word-2021-consistent's table 三 with its applicant columns and item rows, as the page gives them. */
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

describe('txt64 1: an applicant column named as the count\'s subject is a part', () => {
  it('silent (each was an error against 本年新收 62)', () => {
    for (const t of ['律师事务所等法律服务机构提出申请2件。', '其他组织提出申请1件。', '全年共收到法律服务机构提出的申请2件。', '科研机构提出申请1件。']) {
      expect(keys(t), t).toEqual([]);
      expect(fullKeys(t), t).toEqual([]);
    }
  });
  it('still read after a whole: the column', () => {
    expect(fullVs('全年收到申请62件，其中律师事务所等法律服务机构提出申请2件。')).toEqual(['pass 62件 = 表三“本年新收” 62', 'pass 2件 = 表三“本年新收”的“法律服务机构” 2']);
    expect(fullKeys('全年收到申请62件，其中律师事务所等法律服务机构提出申请3件。')).toEqual(['text.vs-table:error:2:3']);
  });
});

describe('txt64 2: a result named in quotes beside 答复', () => {
  it('compared with its row (were no claim)', () => {
    expect(vs('全年作出“无法提供”答复15件。')).toEqual(['pass 15件 = 表三“无法提供” 15']);
    expect(vs('全年作出“予以公开”答复32件，作出“部分公开”答复7件。')).toEqual(['pass 32件 = 表三“予以公开” 32', 'pass 7件 = 表三“部分公开” 7']);
    expect(vs('对32件申请答复“予以公开”，对7件申请答复“部分公开”。')).toEqual(['pass 32件 = 表三“予以公开” 32', 'pass 7件 = 表三“部分公开” 7']);
    expect(vs('对5件申请作出“不予公开”的决定，对3件申请作出“不予处理”的决定。')).toEqual(['pass 5件 = 表三“不予公开” 5', 'pass 3件 = 表三“不予处理” 3']);
  });
  it('TWINS: an error', () => {
    expect(keys('全年作出“无法提供”答复16件。')).toEqual(['text.vs-table:error:15:16']);
    expect(keys('对32件申请答复“予以公开”，对8件申请答复“部分公开”。')).toEqual(['text.vs-table:error:7:8']);
    expect(keys('对5件申请作出“不予公开”的决定，对4件申请作出“不予处理”的决定。')).toEqual(['text.vs-table:error:3:4']);
  });
  it('silent: all the answers (no quoted row), a qualified 对-count, a lone 其中 with no whole', () => {
    expect(vs('本年度共对63件申请作出答复。')).toEqual(['pass 63件 = 表三“办理结果总计” 63']);
    for (const t of ['对自然人提出的30件申请答复“予以公开”。', '对其中2件涉及第三方的申请答复“不予公开”。', '其中“予以公开”33件、“部分公开”7件，均已按时答复。']) expect(keys(t), t).toEqual([]);
  });
});

describe('txt64 3: the year\'s applications named with no count, their applicants after', () => {
  it('compared with table 三\'s columns (were no claim)', () => {
    expect(fullVs('全年新收申请中，商业企业3件，法律服务机构2件，科研机构、社会公益组织均为0件。')).toEqual([
      'pass 3件 = 表三“本年新收”的“商业企业” 3', 'pass 2件 = 表三“本年新收”的“法律服务机构” 2',
    ]);
    expect(fullVs('全年收到的申请中，公民个人申请56件，企业申请3件，法律服务机构申请2件，其他组织申请1件。')).toHaveLength(4);
  });
  it('TWINS: an error naming the column', () => {
    expect(fullKeys('全年新收申请中，商业企业3件，法律服务机构2件，科研机构1件，社会公益组织为0件。')).toEqual(['text.vs-table:error:0:1']);
    expect(fullKeys('新收申请中，商业企业申请3件，法律服务机构申请1件。')).toEqual(['text.vs-table:error:2:1']);
    expect(fullKeys('全年收到的申请中，公民个人申请56件，企业申请3件，法律服务机构申请3件，其他组织申请1件。')).toEqual(['text.vs-table:error:2:3']);
  });
  it('新收 is 本年新收 alone; 收到/受理 either reading (60 = 56 + 上年结转\'s 4)', () => {
    expect(fullKeys('全年新收申请中，自然人申请60件。')).toEqual(['text.vs-table:error:56:60']);
    expect(fullKeys('全年收到的申请中，自然人申请60件，企业申请3件。')).toEqual([]);
  });
  it('silent: a channel\'s, a part\'s, another year\'s, the answered ones\' head; a channel list; no tables', () => {
    for (const t of [
      '网上申请中，自然人申请30件，企业申请1件。', '2021年收到的申请中，企业申请5件。', '上年结转的申请中，自然人4件。', '办结的申请中，自然人57件，商业企业3件。',
      '全年收到的申请中，网上申请40件，信函申请12件。',
    ]) expect(fullVs(t), t).toEqual([]);
    expect(keys('全年新收申请中，商业企业4件。', false)).toEqual([]);
  });
});

describe('txt64 4: a bare 企业 may be every org', () => {
  it('企业 6 against 法人或其他组织 6 (was an error against 商业企业 3)', () => {
    expect(fullKeys('全年收到申请62件，其中企业申请6件。')).toEqual([]);
    expect(fullKeys('全年收到的申请中，企业申请6件。')).toEqual([]);
  });
  it('TWINS: a figure neither fits, or 商业企业 said, is an error', () => {
    expect(fullKeys('全年收到申请62件，其中企业申请5件。')).toEqual(['text.vs-table:error:3:5']);
    expect(fullKeys('全年收到申请62件，其中商业企业申请6件。')).toEqual(['text.vs-table:error:3:6']);
  });
});

describe('txt64 5: a fresh batch — true sentences silent, twins flagged', () => {
  it.each(TXT64_PAIRS.map(([t]) => t))('true: %s', (t) => {
    expect(fullKeys(t), 'with tables').toEqual([]);
    expect(keys(t, false), 'no table').toEqual([]);
  });
  it('twins: most are caught with the tables', () => {
    const caught = TXT64_PAIRS.filter(([, twin]) => fullKeys(twin).length > 0).length;
    expect(caught).toBeGreaterThanOrEqual(34);
  });
});
