/**
 * A share said to be about so much ("约占总量的26%", "占26%左右") and printed rounded up: "电子邮件申请24件，约占
 * 总量的26%" of 95 is 25.26% (hunt42: a real 2025 city office's report, an error "应为25%"). 约 says the writer
 * did not mean the digits exactly, and a share rounded up at them is one an author may well have written so
 * (share-totals.ts already takes shares said 约 as rounded any way). A skip, not an error; a share 约 off by
 * more than its last digit ("约占27%") stays an error, and so does one without 约.
 */
import { percentRoundedUp } from './decimal.ts';
import type { ShareClaim } from './shares.ts';
import { lastMark } from '../text/marks.ts';

/**
 * Words that make a share an approximation either way (not 近/超过/不足, which bound it on one side): 约 before it
 * (not of 预约, 签约, 约谈…: rt43), 左右 right after it.
 */
const ABOUT = /(?<![预签节制合契履违邀公大])约(?![谈定束请])/;
const ABOUT_AFTER = /^\s*左右/;

/** Why a share that does not fit its whole rounded or cut off is still no error: 约 and rounded up; or null. */
export function roundedUpAbout(c: ShareClaim): string | null {
  if (!c.whole) return null;
  const { s, f } = c.share;
  const from = lastMark(s.text, '，,；;。、（(', f.start - 1) + 1;
  // (not a 约 after it, of something else: "占比26%，约为上年的两倍", rt43)
  if (!ABOUT.test(s.text.slice(from, f.start)) && !ABOUT_AFTER.test(s.text.slice(f.end, f.end + 3))) return null;
  if (!percentRoundedUp(c.part.f.value, c.whole.f.value, f.printed)) return null;
  return `正文称“约”${f.raw}，为向上取整的约数，不作判断`;
}
