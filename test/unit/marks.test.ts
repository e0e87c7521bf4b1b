// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lastMark } from '../../lib/text/marks.ts';

/** The form lastMark replaced in the narrative's readers: one lastIndexOf a mark, the greatest taken. */
const byLastIndexOf = (text: string, marks: string, from?: number): number =>
  Math.max(...[...marks].map((m) => (from === undefined ? text.lastIndexOf(m) : text.lastIndexOf(m, from))));

describe('lastMark', () => {
  it('finds the last mark at or before from, as Math.max over lastIndexOf does', () => {
    const text = '全年新收申请62件，其中网上申请48件；办结63件（含上年结转4件），结转下年度3件。';
    expect(lastMark(text, '；;', text.indexOf('办结'))).toBe(text.indexOf('；'));
    expect(lastMark(text, '，,、；;', text.indexOf('网上'))).toBe(text.indexOf('，'));
    expect(lastMark(text, '（(')).toBe(text.indexOf('（'));
    expect(lastMark(text, '：:')).toBe(-1);
  });

  it('agrees with the lastIndexOf form on every position, the ends and below 0 included', () => {
    const texts = ['', '；', 'a；b;c，d', '；开头', '结尾；', '1，2、3；4;5：6:7。8（9）', '无标点的一句话'];
    const markSets = ['；;', '，,、；;：:', '（(', '。；;', '，,；'];
    for (const text of texts) {
      for (const marks of markSets) {
        expect(lastMark(text, marks), `${text} ${marks}`).toBe(byLastIndexOf(text, marks));
        for (let from = -2; from <= text.length + 2; from++) {
          expect(lastMark(text, marks, from), `${text} ${marks} ${from}`).toBe(byLastIndexOf(text, marks, from));
        }
      }
    }
  });
});
