/**
 * Readings of the application flow added in session 10c:
 * - "其中网上申请50件，办结48件": the 办结 after a 其中 part, joined by ，, may be the part's: it
 *   passes when it meets the table and is skipped when it does not (part-of-applications.ts);
 * - "2019年结转的申请4件" in the 2020 report: 上年结转 (carried-from-year.ts);
 * - "新收、办结分别为56件和57件" under a heading about applications: the paragraph's topic
 *   (respectively.ts);
 * - "年底在办2件": 结转下年度 (carried-after.ts).
 * Each reading fires when the text is wrong against the table and stays silent when it agrees, or
 * when the words are about another year or other work. The pages are written as Word pastes them:
 * MsoNormal paragraphs, spans around figures, <o:p>, and full-width digits in some.
 * The bureau's table 三 (narrative-tables.ts): 新收 86, 上年结转 5, 办结 88, 结转下年度 3.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, flagged, runProse, type ProseResult } from './narrative-tables.ts';

/** A paragraph as Word pastes it: every run of digits in its own span, an <o:p> at the end. */
const word = (text: string): string =>
  `<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span style="font-family:仿宋_GB2312">${text.replace(
    /[0-9０-９]+/g,
    (d) => `</span><span lang="EN-US" style="font-family:仿宋_GB2312">${d}</span><span style="font-family:仿宋_GB2312">`,
  )}</span><o:p></o:p></p>`;

/** A heading as Word pastes it: bold, in its own paragraph. */
const heading = (text: string): string => `<p class="MsoNormal"><b><span style="font-family:楷体_GB2312">${text}</span></b><o:p></o:p></p>`;

/** The 2020 report of the bureau. */
const run = (...paras: string[]): ProseResult => runProse(paras.join('\n'), BUREAU_TABLES, 2020);
const fired = (r: ProseResult) => flagged(r).map((f) => `${f.severity}:${f.expected}:${f.actual}`);
/** The checks against table 三, as "outcome quote". */
const t3 = (r: ProseResult) => r.checks.filter((c) => c.detail.includes('表三')).map((c) => `${c.outcome} ${c.quote}`);

describe('办结 after a 其中 part of the applications, joined by ，: the part\'s or the whole\'s', () => {
  it.each([
    ['全年收到政府信息公开申请86件，其中网上申请50件，办结48件。', 'skip 办结48件'],
    ['全年收到政府信息公开申请８６件，其中网上申请５０件，办结８８件。', 'pass 办结８８件'],
    ['全年收到政府信息公开申请86件，其中信函申请36件，已答复35件。', 'skip 已答复35件'],
    ['全年收到政府信息公开申请86件，其中自然人申请80件，办结78件。', null],
    ['全年收到政府信息公开申请86件，其中网上50件、信函36件，办结88件。', 'pass 办结88件'],
    ['全年收到政府信息公开申请86件，其中网上50件、信函36件，办结84件。', 'skip 办结84件'],
    ['全年收到政府信息公开申请86件，其中当面申请20件，答复80件。', 'skip 答复80件'],
  ])('%s: no error; the figure meets the table or is skipped', (text, check) => {
    const r = run(word(text));
    expect(fired(r)).toEqual([]);
    const after = t3(r).filter((c) => !c.includes('收到'));
    // 自然人 names a part of the applicants: SUBSET_SUBJECT leaves every later figure alone
    expect(after).toEqual(check ? [check] : []);
  });

  it.each([
    // after ；or 。 the 办结 is the whole's again
    ['全年收到政府信息公开申请86件，其中网上申请50件、信函申请36件；办结84件。', 'error:88:84'],
    ['全年收到政府信息公开申请86件，其中网上申请50件、信函申请36件。办结84件。', 'error:88:84'],
    // a 其中 in a closed parenthesis is an aside: the 办结 is the whole's
    ['全年收到政府信息公开申请86件（其中网上申请50件），办结84件。', 'error:88:84'],
    // 其中 naming no part of the applications (results of those answered) leaves the later figure compared
    ['全年收到政府信息公开申请86件，其中予以公开42件，办结84件。', 'error:88:84'],
  ])('%s: compared as before', (text, flag) => {
    expect(fired(run(word(text)))).toEqual([flag]);
  });
});
