/**
 * txt77 (session 60): what session 59 left of periods, 结转 and the 复议/诉讼 counts (narrative-txt77-sentences.ts), traced
 * and read where it can be read without risk, false flags first. On main (4929ba3) one true paragraph raised two errors
 * ("本机关全年被申请行政复议6件，其中政府信息公开类1件，维持5件、纠错1件": the outcomes of every case compared with table
 * 四's) and 1 of the 16 wrong twins was caught with the tables (19, lost here by design); now 15. Read since:
 * - a change against a named year ("环比2023年增长14.8%", "较2023年增加8件", "比2023年的54件增加8件") is the base of a
 *   comparison, not the period of the counts and the 办结率 after it (period.ts CHANGE_CLAUSE; rt78's 77);
 * - suits and cases against the body in a ；-clause of their own after the reviews it decides (claim-scope.ts asReviewerAt;
 *   rt78's 43, rt80's 28);
 * - the disclosure cases picked out of every case by 其中, in a bracket or not (claim-scope.ts withoutDisclosureQizhong; rt80's
 *   38), and the outcomes after such a part no longer read as the disclosure cases' (disclosurePickedBefore);
 * - "尚有3件申请未到答复期限，已结转至2025年办理" (carried-after.ts CARRIED_FORWARD_AFTER; rt78's 61).
 */
import { describe, expect, it } from 'vitest';
import { findingKeys } from './narrative-tables.ts';
import { rt78Page } from './narrative-rt78-sentences.ts';
import { TXT77, TXT77_LEFT } from './narrative-txt77-sentences.ts';

describe('txt77: true paragraphs raise nothing, with the tables and without', () => {
  it('every one', () => {
    for (const [h, t] of TXT77) {
      expect(findingKeys(rt78Page(h, t)), t).toEqual([]);
      expect(findingKeys(rt78Page(h, t, false)), t).toEqual([]);
    }
  });
});

/** index → the twin's findings with the tables (without them none, except where given as [with, without]). */
const CAUGHT: Record<number, readonly string[] | readonly [readonly string[], readonly string[]] | string> = {
  // (a warning: the base 66 is the table's; the text names no 66)
  0: ['text.share:warning:95.5:93.5'], 1: [['text.vs-table:error:3:5'], ['text.parts-sum:error:66:68']], 2: ['text.share:warning:95.5:93.5'],
  3: ['text.vs-table:error:63:68'], 4: ['text.vs-table:error:63:65'],
  8: ['text.vs-table:error:1:2'], 9: ['text.vs-table:error:1:2'], 10: ['text.vs-table:error:1:2'],
  15: ['text.vs-table:error:1:2'], 16: ['text.vs-table:error:1:3'], 17: ['text.vs-table:error:1:2'], 18: ['text.vs-table:error:1:2'],
  20: ['text.vs-table:error:1:2'], 24: ['text.vs-table:error:3:5'], 25: ['text.vs-table:error:3:4'],
  // (caught on main, as a 维持 of table 四; lost by design: outcomes past the part's count are every case's — see 22)
  19: 'a 维持 count greater than the disclosure part before it ("其中涉及政府信息公开的1件，结果维持2件"): read as every case\'s, so as not to flag "被申请行政复议6件，其中政府信息公开类1件，维持5件、纠错1件"',
};

describe('txt77: wrong twins caught', () => {
  it('every one', () => {
    for (const [i, [h, , w]] of TXT77.entries()) {
      if (!w) continue;
      const c = CAUGHT[i];
      if (c === undefined) throw new Error(`twin ${i} has no expectation`);
      if (typeof c === 'string') {
        expect([findingKeys(rt78Page(h, w)), findingKeys(rt78Page(h, w, false))], c).toEqual([[], []]);
        continue;
      }
      const [withT, without] = (Array.isArray(c[0]) ? c : [c, []]) as [readonly string[], readonly string[]];
      expect(findingKeys(rt78Page(h, w)), w).toEqual(withT);
      expect(findingKeys(rt78Page(h, w, false)), w).toEqual(without);
    }
  });
});

describe('txt77: misses kept, each with its reason (narrative-txt77-sentences.ts TXT77_LEFT)', () => {
  it('stay silent', () => {
    for (const [h, w, why] of TXT77_LEFT) {
      expect(why.length, w).toBeGreaterThan(40);
      expect(findingKeys(rt78Page(h, w)), w).toEqual([]);
      expect(findingKeys(rt78Page(h, w, false)), w).toEqual([]);
    }
  });
});
