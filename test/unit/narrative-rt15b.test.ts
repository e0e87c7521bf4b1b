/**
 * Four prose readings red team 15 left (test/fixtures/redteam15): a list's quote that closes its
 * bracket, parts in 万 after a colon, "按…分：" lists, year on year across 万 and plain figures.
 */
import { describe, expect, it } from 'vitest';
import { flagged, runProse } from './narrative-tables.ts';

const run = (text: string, year: number | null = 2012) => runProse(`<p>${text}</p>`, {}, year);
const rules = (text: string) => flagged(run(text)).map((f) => `${f.rule}/${f.severity}~${f.quote}`);
const details = (text: string) => run(text).checks.map((c) => `${c.rule}:${c.outcome}:${c.detail}`);
const quotes = (text: string) => run(text).checks.map((c) => c.quote);

describe('a list inside a bracket is quoted with its closing bracket', () => {
  it('the finding quotes the claim as the page writes it', () => {
    expect(rules('对不予公开的5件申请（其中涉及国家秘密2件、商业秘密0件、个人隐私5件），均依据规定说明了理由。')).toEqual([
      'text.parts-sum/error~对不予公开的5件申请（其中涉及国家秘密2件、商业秘密0件、个人隐私5件）',
    ]);
    expect(rules('全年共受理申请86件（当面申请12件、网络申请65件、信函申请14件），办结80件。')).toEqual([
      'text.parts-sum/error~全年共受理申请86件（当面申请12件、网络申请65件、信函申请14件）',
    ]);
    // true: the pass quotes it so too
    expect(quotes('对不予公开的5件申请（其中涉及国家秘密2件、商业秘密0件、个人隐私3件），均依据规定说明了理由。')).toEqual([
      '对不予公开的5件申请（其中涉及国家秘密2件、商业秘密0件、个人隐私3件）',
    ]);
  });

  it('a bracket the quote does not open is not closed, nor one the list does not end', () => {
    // the outer list goes on after the bracket: its quote ends at its last part, no bracket open
    expect(quotes('已办结63件，其中同意公开43件，不予公开4件（其中涉及国家秘密0件、商业秘密3件、个人隐私1件），信息不存在16件。')).toContain(
      '已办结63件，其中同意公开43件，不予公开4件（其中涉及国家秘密0件、商业秘密3件、个人隐私1件），信息不存在16件',
    );
    // words after the last part inside the bracket: the quote stops at the part (no guessing where the bracket ends)
    expect(quotes('全年共受理申请86件（当面申请12件、网络申请60件、信函申请14件，均已办结）。')).toEqual(['全年共受理申请86件（当面申请12件、网络申请60件、信函申请14件']);
  });
});

describe('"按…分：" lists sum to the count before them (text.parts-sum)', () => {
  it('the parts after "按申请方式分：" are the count of the sentence before, or of the clause before', () => {
    expect(details('全年共受理申请86件。按申请方式分：当面申请12件，网络申请60件，信函申请14件。')).toEqual([
      'text.parts-sum:pass:12件+60件+14件 = 86件',
    ]);
    expect(rules('全年共受理申请86件。按申请方式分：当面申请12件，网络申请65件，信函申请14件。')).toEqual([
      'text.parts-sum/error~全年共受理申请86件。按申请方式分：当面申请12件，网络申请65件，信函申请14件',
    ]);
    expect(rules('全年共受理申请86件，按申请方式分：当面申请12件，网络申请65件，信函申请14件。')).toEqual([
      'text.parts-sum/error~全年共受理申请86件，按申请方式分：当面申请12件，网络申请65件，信函申请14件',
    ]);
    // a list of one dimension that names it and falls short claims to be all: short is wrong too
    expect(rules('全年共受理申请86件。按申请方式分：当面申请12件，网络申请50件，信函申请14件。').map((r) => r.split('~')[0])).toEqual(['text.parts-sum/error']);
  });

  it('several lists of one whole, by ；or by sentence, each against it', () => {
    expect(details('全年共受理申请86件。按申请人分：自然人80件，法人或其他组织6件；按申请方式分：当面申请12件，网络申请60件，信函申请14件。')).toEqual([
      'text.parts-sum:pass:80件+6件 = 86件',
      'text.parts-sum:pass:12件+60件+14件 = 86件',
    ]);
    expect(rules('全年共受理申请86件。按申请人分：自然人80件，法人或其他组织6件。按申请方式分：当面申请12件，网络申请65件，信函申请14件。').map((r) => r.split('~')[0])).toEqual([
      'text.parts-sum/error',
    ]);
  });

  it('traps: a list that says it is not all, a whole that is not sure, results under a count received, kinds that may overlap', () => {
    expect(details('全年共受理申请86件。按申请方式分，主要有当面申请12件，网络申请65件，信函申请14件。')).toEqual([]);
    expect(details('全年共受理申请86件。按申请方式分：当面申请12件，网络申请65件，信函申请14件等。')).toEqual([]);
    expect(details('全年共受理申请86件，办结84件。按申请方式分：当面申请12件，网络申请65件，信函申请14件。')).toEqual([
      'text.parts-sum:skip:所列各项之和91件与84件不符，但前文有86件、84件，“按…分”所分的总数不能确定',
    ]);
    expect(rules('全年共受理申请86件。按办理结果分：同意公开60件，部分公开10件，不予公开20件。')).toEqual([]);
    expect(rules('全年共受理申请86件。按内容分：涉及城建类30件，涉及社保类20件。')).toEqual([]);
    expect(rules('全年共受理申请86件。按内容分：涉及城建类50件，涉及社保类40件。')).toEqual([]);
    // 按时 is no "按…分"
    expect(details('全年共受理申请86件，均按时办结，按时办结率100%。')).toEqual([]);
    // another unit before it: no whole
    expect(details('全年主动公开政府信息2300条。按申请方式分：当面申请12件，网络申请65件。')).toEqual([]);
  });
});
