/**
 * The page's address as a tie-break between places the page names (det63): portals put a county's pages
 * under its pinyin's initials, in the host or the path ("www.pingliang.gov.cn/hts/…" for 华亭市, "jnx.…" for
 * 静宁县). Read only where the page leaves a tie — two counties named, none certain (town-county.ts) — and only
 * where certain: a whole segment of the host or the path is the initials of one candidate's name with its unit
 * ("hts") or, three letters or more, without it, and of no other; every candidate's initials known (a rare
 * character's are not, and then nothing is taken). Never over the page's own words: one place named is that.
 *
 * The initials are the first letters of the characters' pinyin (pinyin.ts: GB2312's first level, whose 3,755
 * characters stand in pinyin order, decoded once when first asked, without a list of characters in the bundle;
 * until det64 a table of each letter's first code here, the same boundaries).
 * A segment may spell the full pinyin too ("/xxgk/pingyangxian/…", "/zwgk/wuyishan/…": pinyin.ts, det64), as a
 * tie-break the same way, and where the page's chrome names no county at all, for the one county-level unit
 * its text names right before the town ("平阳县昆阳镇人民政府") when the address spells it whole, unit and all.
 * A name is spelt as it reads ("乐清市" yueqing, "yqs"; "单县" shanxian) and as its characters' first readings do
 * (leqing, "lqs": a CMS's pinyin tool), pinyin.ts spellingsOf (det65); two places so spelt alike tell neither.
 */
import { spellingsOf, syllablesOf } from './pinyin.ts';

/**
 * A name's initials ("华亭市" → "hts", "乐清市" → "yqs"), or null where a character has none known: each syllable's
 * first letter, as the place's name reads (pinyin.ts).
 */
export function initialsOf(name: string): string | null {
  return syllablesOf(name)?.map((s) => s[0]).join('') ?? null;
}

/** A host's or path's words of the web, no place's initials. */
const WEB_WORDS = /^(?:www\d*|gov|cn|com|org|net|html?|shtml|jsp|php|aspx?|index|art|col|list|content)$/;

/** The host's labels and the path's segments, lower-cased (letters only). */
function segments(url: string): string[] {
  try {
    const u = new URL(url);
    return [...u.hostname.split('.'), ...u.pathname.split('/')].map((s) => s.toLowerCase()).filter((s) => /^[a-z]{2,}$/.test(s) && !WEB_WORDS.test(s));
  } catch {
    return [];
  }
}

/** A county-level unit's name without its unit ("平阳县" → "平阳", "鄂伦春自治旗" → "鄂伦春"). */
const UNIT_END = /(?:自治县|自治旗|林区|特区|县|区|市|旗)$/u;

/**
 * Does the URL name `place` (a county-level unit: "华亭市", "静宁县") — by a whole segment that is its
 * initials with its unit ("hts") or, three letters or more, without it (det63), or its full pinyin with its
 * unit ("pingyangxian") or without it, two characters or more ("wuyishan", "huating": det64, pinyin.ts)?
 * null where a character's initials are not known (nothing can be said of it).
 */
function named(place: string, segs: ReadonlySet<string>): boolean | null {
  if (initialsOf(place) === null) return null;
  // the name's own reading and its characters' first (pinyin.ts spellingsOf: "yqs" and "lqs" for 乐清市)
  for (const whole of spellingsOf(place, (s) => s.map((x) => x[0]).join(''))) {
    const bare = whole.slice(0, -1);
    if (segs.has(whole) || (bare.length >= 3 && segs.has(bare))) return true;
  }
  const name = place.replace(UNIT_END, '');
  const bare = name.length >= 2 && name !== place ? spellingsOf(name, (s) => s.join('')) : [];
  return [...spellingsOf(place, (s) => s.join('')), ...bare].some((s) => segs.has(s));
}

/** The one of `places` (county-level units: "华亭市", "静宁县") the URL names (named), where certain; else null. */
export function placeInUrl(places: readonly string[], url: string | undefined): string | null {
  if (!url || places.length < 2) return null;
  const segs = new Set(segments(url));
  if (segs.size === 0) return null;
  const out: string[] = [];
  for (const place of places) {
    const n = named(place, segs);
    if (n === null) return null;
    if (n) out.push(place);
  }
  return out.length === 1 ? out[0]! : null;
}

/**
 * The county-level unit a page names only in its text, right before the town's own name ("平阳县昆阳镇人民政府"
 * in the 落款 or the opening), where the URL spells that unit's full pinyin with its unit ("/xxgk/pingyangxian/…":
 * det64): the page's words and its address agree. texts: the page's lines (labelKey); county: tells a
 * county-level unit. null where none, or more than one, is so named.
 */
export function placeBeforeTown(town: string, texts: readonly string[], url: string | undefined, county: (name: string) => boolean): string | null {
  if (!url) return null;
  const segs = new Set(segments(url).filter((s) => s.length >= 6));
  if (segs.size === 0) return null;
  const out = new Set<string>();
  for (const text of texts) {
    for (let at = text.indexOf(town); at > 0; at = text.indexOf(town, at + 1)) {
      const before = text.slice(Math.max(0, at - 8), at);
      for (let k = 2; k <= before.length; k++) {
        const name = before.slice(-k);
        if (county(name) && spellingsOf(name, (s) => s.join('')).some((s) => segs.has(s))) out.add(name);
      }
    }
  }
  return out.size === 1 ? [...out][0]! : null;
}
