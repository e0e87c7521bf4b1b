// @vitest-environment node
/**
 * Session 27's recall gaps of the text checks (/tmp brief "gaps27"), each with the sentence where it
 * fires on a wrong figure, its true twin that is checked and holds, and the near misses that must
 * stay silent. The tables are t2text-consistent-2023's (narrative-tables.ts T2TEXT_2023): 新收 62
 * (自然人 56), 上年结转 4, 办结 63, 复议 1 (维持), 诉讼 1 (未审结).
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse, T2TEXT_2023, word, type ProseResult } from './narrative-tables.ts';

const run = (text: string): ProseResult => runProse(word(text), T2TEXT_2023, 2023);
const fired = findingKeys;
/** The outcomes of `rule` whose quote holds `words`. */
const outcomesOf = (r: ProseResult, rule: string, words: string) => r.checks.filter((c) => c.rule === rule && c.quote?.includes(words)).map((c) => c.outcome);

describe('a share whose whole is the sentence a "从…看" sentence divides, two sentences back (red team 22 m18)', () => {
  const lead = '2023年，共收到政府信息公开申请62件，较上年50件增加12件，增长24%；上年结转4件。从申请渠道看，网上申请40件，信函申请12件，当面申请10件。';
  it.each([
    [`${lead}从申请主体看，自然人申请56件，占80.0%；法人或其他组织申请6件。`, 'text.share:error:90.3:80'],
    ['2023年，共收到政府信息公开申请62件；上年结转4件。从申请主体看，自然人申请56件，占80.0%；法人或其他组织申请6件。', 'text.share:error:90.3:80'],
  ])('%s is flagged', (text, want) => {
    const r = run(text);
    expect(fired(r)).toEqual([want]);
  });

  it('its true twin holds', () => {
    const r = run(`${lead}从申请主体看，自然人申请56件，占90.3%；法人或其他组织申请6件。`);
    expect(fired(r)).toEqual([]);
    expect(outcomesOf(r, 'text.share', '自然人申请')).toEqual(['pass']);
  });

  it.each([
    // the counts do not add up to the guess: which whole is meant is not known
    '2023年，共收到政府信息公开申请62件；上年结转4件。从申请主体看，自然人申请56件，占80.0%；法人或其他组织申请5件。',
    // the sentence divided is 办结's, which the counts do not add up to
    '2023年，共收到政府信息公开申请62件；上年结转4件。全年办结63件。从申请主体看，自然人申请56件，占80.0%；法人或其他组织申请6件。',
    // a change among the counts: no plain list
    '2023年，共收到政府信息公开申请62件；上年结转4件。从申请主体看，自然人申请56件，占比87.5%，较上年增加6件；法人或其他组织申请6件。',
    // the sentence opens on nothing it divides
    '2023年，共收到政府信息公开申请62件；上年结转4件。本机关注重服务群众，自然人申请56件，占80.0%；法人或其他组织申请6件。',
  ])('%s stays silent (a skip)', (text) => {
    const r = run(text);
    expect(fired(r).filter((k) => k.startsWith('text.share'))).toEqual([]);
    expect(outcomesOf(r, 'text.share', '自然人申请')).toEqual(['skip']);
  });
});
