/**
 * Where a copy of a report comes from (red team 25). A report read on an archive or on a platform
 * many bodies publish on does not stand on its body's site: its host names the archive
 * (web.archive.org) or the platform (mp.weixin.qq.com, toutiao.com), which two bodies of one name
 * (城关镇 is in many counties) share. Matched by that host, the two would be taken for one body and
 * their figures compared across years (上年结转 against the other's 结转下年度): false findings.
 *
 * An archive's address that holds the original's (web.archive.org/web/20240301051203/https://…,
 * archive.today's long form) stands for the original's site; a platform's host, and an archive's
 * short address, name no site at all: such a report is matched by nothing but what the user
 * says (or, in the batch checker, its folder).
 */

/** Archives whose addresses carry the original's after a path segment: /web/<timestamp>[flags]/<url> and the like. */
const ARCHIVE_HOSTS: ReadonlySet<string> = new Set(['web.archive.org', 'wayback.archive.org', 'archive.org', 'archive.ph', 'archive.today', 'archive.is', 'archive.li', 'archive.vn', 'archive.md', 'archive.fo']);

/**
 * Hosts many bodies publish on, or that keep other sites' pages (search engines' caches): the
 * host names no body's site. 公众号, 今日头条, 澎湃号, 网易号, 搜狐号, 百家号, 腾讯新闻, 个人图书馆 (360doc)
 * and the caches.
 */
const SHARED_HOSTS: ReadonlySet<string> = new Set([
  'mp.weixin.qq.com', 'new.qq.com', 'view.inews.qq.com', 'toutiao.com', 'www.toutiao.com', 'm.toutiao.com', 'thepaper.cn', 'www.thepaper.cn', 'm.thepaper.cn',
  'www.163.com', 'm.163.com', 'c.m.163.com', 'dy.163.com', 'www.sohu.com', 'm.sohu.com', 'baijiahao.baidu.com', 'mbd.baidu.com',
  'www.360doc.com', 'www.360doc.cn', 'm.360doc.com',
  'cache.baiducontent.com', 'snapshot.baidu.com', 'webcache.googleusercontent.com', 'cc.bingj.com',
]);

/** The original's address inside an archive's address, or null (not an archive's, or none held). */
function archivedOriginal(u: URL): string | null {
  if (!ARCHIVE_HOSTS.has(u.hostname.toLowerCase())) return null;
  const m = /\/(https?:\/\/?.+)$/i.exec(u.pathname + u.search);
  // the archive writes "https:/www…" at times (a path's double slash folded)
  return m ? m[1]!.replace(/^(https?:)\/(?!\/)/i, '$1//') : null;
}

/**
 * The host of the site a page's report stands on, from the address it was read or saved from:
 * the original's host for an archive's copy, null for a platform's or an archive's page that
 * holds no original (SHARED_HOSTS, ARCHIVE_HOSTS), the address's own host otherwise; null for an
 * address with no web host.
 */
export function publisherHostOf(address: string): string | null {
  let u: URL;
  try {
    u = new URL(address);
  } catch {
    return null;
  }
  for (let depth = 0; depth < 3; depth++) {
    const inner = archivedOriginal(u);
    if (inner === null) break;
    try {
      u = new URL(inner);
    } catch {
      return null;
    }
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.hostname === '') return null;
  const host = u.hostname.toLowerCase();
  return SHARED_HOSTS.has(host) || ARCHIVE_HOSTS.has(host) ? null : host;
}

/** Is the host one that names no body's site (a platform's, a cache's, an archive's)? */
export function namesNoSite(host: string): boolean {
  const h = host.toLowerCase();
  return SHARED_HOSTS.has(h) || ARCHIVE_HOSTS.has(h);
}
