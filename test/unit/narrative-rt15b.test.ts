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
