/**
 * txt73 (session 57): the text readings txt69 and txt72 left.
 * 1. A 其中 opening a paragraph after the sentence that named the whole ("全年共收到申请62件。" ¶ "其中，当面申请10件、
 *    网络申请40件、信函申请12件。"): read as within one paragraph where the sentence right before is the paragraph's last and
 *    its one count of applications (qizhong-next-para.ts); elsewhere a skip as before.
 * 2. "较上年的3件减少2件，其中维持1件": the change's clause names last year's count as its base only; the 其中 after it is
 *    this year's (period.ts CHANGE_CLAUSE), as txt69's "较上年减少2件，其中…".
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse, WORD_2021_TABLES, word } from './narrative-tables.ts';

/** Paragraphs split at "|", each as Word pastes it, under the 依申请公开 heading. */
const page = (t: string, tables = true) =>
  runProse(`<p>（二）依申请公开情况</p>${t.split('|').map(word).join('')}`, tables ? WORD_2021_TABLES : {}, 2022, '东湖市云岭区卫生健康局');
const keys = (t: string, tables = true): string[] => findingKeys(page(t, tables));
const checks = (t: string, rule: string, tables = true): string[] =>
  page(t, tables).checks.filter((k) => k.rule === rule).map((k) => `${k.outcome} ${k.detail}`);

describe('txt73 1: a 其中 opening the paragraph after its whole\'s sentence', () => {
  /** True paragraphs, a wrong twin (one figure changed), and the twin's finding. */
  const PAIRS: readonly (readonly [string, string, string])[] = [
    ['全年共收到政府信息公开申请62件。|其中，当面申请10件、网络申请40件、信函申请12件。', '全年共收到政府信息公开申请62件。|其中，当面申请10件、网络申请40件、信函申请13件。', 'text.parts-sum:error:63:62'],
    ['本年度共收到政府信息公开申请６２件。|其中，自然人提出申请５８件，法人或其他组织提出申请４件。', '本年度共收到政府信息公开申请６２件。|其中，自然人提出申请５８件，法人或其他组织提出申请５件。', 'text.parts-sum:error:63:62'],
    ['2022年，本机关共受理政府信息公开申请62件。|其中：网上申请40件；信函申请22件。', '2022年，本机关共受理政府信息公开申请62件。|其中：网上申请40件；信函申请23件。', 'text.parts-sum:error:63:62'],
    ['全年受理政府信息公开申请62件。|其中，网上申请40件，信函申请10件，其他渠道提交12件。', '全年受理政府信息公开申请62件。|其中，网上申请40件，信函申请10件，其他渠道提交10件。', 'text.parts-sum:error:60:62'],
    ['本年度新收政府信息公开申请62件。|其中，自然人提出56件，法人或其他组织提出6件。|办结63件，其中予以公开32件。', '本年度新收政府信息公开申请62件。|其中，自然人提出56件，法人或其他组织提出7件。|办结63件，其中予以公开32件。', 'text.parts-sum:error:63:62'],
    // (a change in the sentence before is no second whole)
    ['全年新收政府信息公开申请62件，较上年增加8件。|其中，网上申请40件，信函申请20件，其他渠道2件。', '全年新收政府信息公开申请62件，较上年增加8件。|其中，网上申请40件，信函申请20件，其他渠道3件。', 'text.parts-sum:error:63:62'],
  ];
  it.each(PAIRS)('true silent (a pass), twin caught: %s', (t, twin, key) => {
    for (const tables of [true, false]) {
      expect(keys(t, tables), 'true').toEqual([]);
      expect(checks(t, 'text.parts-sum', tables).filter((c) => c.startsWith('pass ')).length, t).toBe(1);
      expect(keys(twin, tables), 'twin').toEqual([key]);
    }
  });
  it('the whole stays unsure (a skip) where the sentence before is not the one that names it', () => {
    for (const t of [
      // two counts before (a peer total), one of 复议, a count of other work
      '全年新收政府信息公开申请62件，办结63件。|其中，网上申请40件，信函申请24件。',
      '全年被申请行政复议1件。|其中，维持1件，纠正1件。',
      '全年共收到人大代表建议和政协提案62件。|其中，当面申请10件、网络申请40件、信函申请13件。',
    ]) {
      expect(keys(t), t).toEqual([]);
      expect(checks(t, 'text.parts-sum'), t).toEqual([expect.stringMatching(/^skip /)]);
    }
    // (two dimensions in one list, an approximate whole, last year's, a line of words between: no reading at all)
    for (const t of [
      '全年共收到政府信息公开申请62件。|其中，当面申请10件、自然人提出40件、信函申请13件。',
      '全年共收到政府信息公开申请约62件。|其中，当面申请10件、网络申请40件、信函申请13件。',
      '2021年共收到政府信息公开申请54件。|其中，当面申请10件、网络申请40件、信函申请12件。',
      '全年共收到政府信息公开申请62件。|从申请渠道看，|其中，当面申请10件、网络申请40件、信函申请13件。',
    ]) expect(keys(t), t).toEqual([]);
  });
  it('results under a count received, a paragraph on: a skip that says results may hold carried applications', () => {
    const t = '全年新收政府信息公开申请62件。|其中，予以公开32件，部分公开7件，不予公开5件，无法提供15件，不予处理3件，其他处理1件，结转下年度3件。';
    expect(keys(t)).toEqual([]);
    expect(checks(t, 'text.parts-sum')).toEqual([expect.stringMatching(/^skip 所列为办理结果，合计66件/)]);
  });
});

describe('txt73 2: "较上年的3件减少2件，其中…": the 其中 is this year\'s', () => {
  const PAIRS: readonly (readonly [string, string, string])[] = [
    ['全年被申请行政复议1件，较上年的3件减少2件，其中维持1件。', '全年被申请行政复议1件，较上年的3件减少2件，其中维持2件。', 'text.vs-table:error:1:2'],
    ['全年被申请行政复议1件，与上年的3件相比减少2件，其中维持1件。', '全年被申请行政复议1件，与上年的3件相比减少2件，其中纠正1件。', 'text.vs-table:error:0:1'],
    ['全年被申请行政复议1件，比上年的三件减少两件，其中结果维持1件。', '全年被申请行政复议1件，比上年的三件减少两件，其中结果纠正1件。', 'text.vs-table:error:0:1'],
    ['全年被提起行政诉讼1件，较上年的0件增加1件，其中尚未审结1件。', '全年被提起行政诉讼1件，较上年的0件增加1件，其中维持1件。', 'text.vs-table:error:0:1'],
  ];
  it.each(PAIRS)('true silent, twin caught: %s', (t, twin, key) => {
    expect(keys(t)).toEqual([]);
    expect(checks(t, 'text.change')).toEqual([expect.stringMatching(/^pass /)]);
    expect(keys(twin)).toEqual([key]);
  });
  it('last year\'s own figures stay last year\'s', () => {
    for (const t of [
      '全年被申请行政复议1件，较上年的3件减少2件，上年维持2件。',
      '全年被申请行政复议1件，较上年的3件减少2件，其中上年维持2件。',
      '全年被申请行政复议1件，较上年的3件减少2件（上年维持2件、纠正1件）。',
    ]) expect(keys(t), t).toEqual([]);
  });
});

describe('txt73 3: "较上年实现20%增长（上年为1000条）", 七成半, 两成, "分别占九成和一成"', () => {
  const para = (t: string) => runProse(`<p>（一）主动公开情况</p>${word(t)}`, {}, 2022, '东湖市云岭区卫生健康局');
  const GROWTH: readonly (readonly [string, string, string])[] = [
    ['全年主动公开政府信息1200条，较上年实现20%增长（上年为1000条）。', '全年主动公开政府信息1200条，较上年实现30%增长（上年为1000条）。', 'text.change:error:20:30'],
    ['全年主动公开政府信息1200条，较上年实现了20%的增长（2021年为1000条）。', '全年主动公开政府信息1200条，较上年实现了20%的增长（2021年为1100条）。', 'text.change:error:9:20'],
    ['全年主动公开政府信息1200条，同比实现20%增长，上年同期为1000条。', '全年主动公开政府信息1200条，同比实现20%增长，上年同期为900条。', 'text.change:error:33:20'],
    ['全年主动公开政府信息８００条，较上年出现20%的下降（上年为１０００条）。', '全年主动公开政府信息８００条，较上年出现25%的下降（上年为１０００条）。', 'text.change:error:20:25'],
  ];
  it.each(GROWTH)('a growth before its verb, its base after the verb: true a pass, twin caught: %s', (t, twin, key) => {
    expect(findingKeys(para(t))).toEqual([]);
    expect(para(t).checks.filter((k) => k.rule === 'text.change').map((k) => k.outcome)).toEqual(['pass']);
    expect(findingKeys(para(twin))).toEqual([key]);
  });
  it('no verb of achieving, or a growth that is no change ("增长目标"): no base read', () => {
    for (const t of ['全年主动公开政府信息1200条，实现20%增长（上年为1000条）。', '全年主动公开政府信息1200条，其中网上公开600条，实现50%增长目标（上年为400条）。']) {
      expect(para(t).checks.filter((k) => k.rule === 'text.change'), t).toEqual([]);
    }
  });

  const TENTHS: readonly (readonly [string, string, readonly string[]])[] = [
    ['全年新收政府信息公开申请62件，其中自然人提出47件，占七成半。', '全年新收政府信息公开申请62件，其中自然人提出40件，占七成半。', ['text.share:error:64.5:75']],
    ['全年新收政府信息公开申请６２件，其中自然人提出４６件，占比七成五。', '全年新收政府信息公开申请６２件，其中自然人提出４１件，占比七成五。', ['text.share:error:66.1:75']],
    ['全年新收政府信息公开申请62件，其中法人或其他组织提出12件，占两成。', '全年新收政府信息公开申请62件，其中法人或其他组织提出22件，占两成。', ['text.share:error:35.5:20']],
    ['全年新收政府信息公开申请62件，其中自然人提出56件、法人或其他组织提出6件，分别占九成和一成。', '全年新收政府信息公开申请62件，其中自然人提出46件、法人或其他组织提出16件，分别占九成和一成。', ['text.share:error:74.2:90', 'text.share:error:25.8:10']],
    ['全年新收政府信息公开申请６２件，其中网上申请４７件、信函申请１５件，分别占七成半和两成半。', '全年新收政府信息公开申请６２件，其中网上申请３７件、信函申请２５件，分别占七成半和两成半。', ['text.share:error:59.7:75', 'text.share:error:40.3:25']],
    ['全年新收政府信息公开申请62件，其中网上申请37件、当面申请19件、信函申请6件，分别占六成、三成和一成。', '全年新收政府信息公开申请62件，其中网上申请37件、当面申请19件、信函申请6件，分别占六成、两成和一成。', ['text.share:error:30.6:20']],
    ['全年新收政府信息公开申请62件，其中自然人提出56件，法人或其他组织提出6件，分别占九成和一成。', '全年新收政府信息公开申请62件，其中自然人提出46件，法人或其他组织提出16件，分别占九成和一成。', ['text.share:error:74.2:90', 'text.share:error:25.8:10']],
    ['全年新收政府信息公开申请62件，办结63件，其中予以公开32件，部分公开7件，分别占五成和一成。', '全年新收政府信息公开申请62件，办结63件，其中予以公开32件，部分公开7件，分别占三成和一成。', ['text.share:error:50.8:30']],
    ['全年新收政府信息公开申请62件，其中自然人提出56件、法人或其他组织提出6件，分别约占九成和一成。', '全年新收政府信息公开申请62件，其中自然人提出56件、法人或其他组织提出6件，分别约占八成和两成。', ['text.share:error:90.3:80', 'text.share:error:9.7:20']],
  ];
  it.each(TENTHS)('shares in tenths: true passes, twin caught: %s', (t, twin, ks) => {
    for (const tables of [true, false]) {
      expect(keys(t, tables), 'true').toEqual([]);
      expect(checks(t, 'text.share', tables).length, t).toBeGreaterThan(0);
      expect(checks(t, 'text.share', tables).every((c) => c.startsWith('pass ')), t).toBe(true);
      expect(keys(twin, tables), 'twin').toEqual(ks);
    }
  });
  it('七成半 holds within a quarter 成 (72.5–77.5%), loose 5 points past; a 分别 list read only word for count, plain words', () => {
    expect(checks('全年新收政府信息公开申请62件，其中自然人提出44件，占比七成五。', 'text.share')).toEqual([expect.stringMatching(/^skip 44件 ÷ 62件 = 71%.*约数/)]);
    for (const t of [
      '全年新收政府信息公开申请62件，其中自然人提出47件，占近七成半。',
      '全年新收政府信息公开申请62件，其中网上申请37件、当面申请19件、信函申请6件，分别占六成和三成。',
      '全年新收政府信息公开申请62件，其中自然人提出56件、法人或其他组织提出6件，分别占九成以上和一成。',
      '全年新收政府信息公开申请62件，其中自然人提出46件、法人或其他组织提出16件，分别占近九成和一成。',
      '全年新收政府信息公开申请62件，其中网上申请37件，共计当面申请19件，信函申请6件，分别占六成、三成和一成。',
      '全年新收政府信息公开申请62件，办结63件，分别占九成和一成。',
    ]) expect(checks(t, 'text.share'), t).toEqual([]);
  });
});
