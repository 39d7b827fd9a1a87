import type { View } from '../../model/conversation';

/**
 * Instagram URLs → conversation views. Pure: no DOM. Research: PLATFORM-DOM.md §3.1.
 *
 * - `/p/<code>/`, `/reel/<code>/`, `/tv/<code>/`, the same under `/<user>/`, and a comment
 *   permalink `/p/<code>/c/<comment id>/` → 'post-comments' with the shortcode as thread id.
 * - `/direct/t/<thread id>/` → 'dm'. `/direct/inbox/` lists threads and is not a conversation.
 * - Everything else (feed, profile, explore, reels feed, settings, login…) → null.
 */

export const INSTAGRAM_HOSTS = ['www.instagram.com', 'instagram.com'] as const;

/** Usernames: letters, digits, `.` and `_`, at most 30 characters. */
export const USERNAME = /^[A-Za-z0-9._]{1,30}$/;

/** First path segments that are Instagram routes, not usernames. */
export const RESERVED_SEGMENTS = new Set([
  'p', 'reel', 'reels', 'tv', 'stories', 'explore', 'direct', 'accounts', 'notifications',
  'about', 'legal', 'developer', 'emails', 'session', 'challenge', 'web', 'graphql', 'api',
  'create', 'oauth', 'privacy', 'terms', 'help', 'press', 'lite', 'threads', 'meta', 'ar',
  'locations', 'topics', 'directory', 'your_activity', 'qr', 'nametag', 'auth_platform',
]);

const SHORTCODE = /^[A-Za-z0-9_-]{5,64}$/;
const THREAD_ID = /^[A-Za-z0-9_-]{1,64}$/;
const COMMENT_ID = /^\d{1,40}$/;

export interface InstagramRoute {
  view: View;
  threadId: string;
}

function isInstagramHost(host: string): boolean {
  return (INSTAGRAM_HOSTS as readonly string[]).includes(host.toLowerCase());
}

/**
 * The Instagram path of a link, or null for another site. Site-relative links (nearly all of
 * them) are split without building a URL object: pages hold thousands of links.
 */
function instagramPath(href: string, base: string): string | null {
  if (href.startsWith('/') && !href.startsWith('//')) {
    const end = href.search(/[?#]/);
    return end < 0 ? href : href.slice(0, end);
  }
  const u = new URL(href, base);
  return isInstagramHost(u.hostname) ? u.pathname : null;
}

/** The path's segments without empty parts: `/p/abc/` → ['p', 'abc']. */
function segments(pathname: string): string[] {
  return pathname.split('/').filter((s) => s.length > 0);
}

/** Reads a post path (without the optional leading username): kind, code, optional comment part. */
function postRoute(segs: string[]): InstagramRoute | null {
  const [kind, code, ...rest] = segs;
  if (kind !== 'p' && kind !== 'reel' && kind !== 'tv') return null;
  if (!code || !SHORTCODE.test(code)) return null;
  // `/p/<code>/` or a comment permalink `/p/<code>/c/<id>/` (optionally `/r/<reply id>/`).
  const tailOk =
    rest.length === 0 ||
    (rest[0] === 'c' && COMMENT_ID.test(rest[1] ?? '') &&
      (rest.length === 2 || (rest.length === 4 && rest[2] === 'r' && COMMENT_ID.test(rest[3] ?? ''))));
  return tailOk ? { view: 'post-comments', threadId: code } : null;
}

/** The conversation a URL shows, or null when it shows none. Never throws. */
export function routeOf(url: URL): InstagramRoute | null {
  try {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!isInstagramHost(url.hostname)) return null;
    const segs = segments(url.pathname);
    const first = segs[0];
    if (!first) return null;
    if (first === 'direct') {
      if (segs[1] === 't' && segs.length === 3 && THREAD_ID.test(segs[2] ?? '')) {
        return { view: 'dm', threadId: segs[2]! };
      }
      return null;
    }
    const direct = postRoute(segs);
    if (direct) return direct;
    // `/<user>/p/<code>/` and `/<user>/reel/<code>/`.
    if (USERNAME.test(first) && !RESERVED_SEGMENTS.has(first.toLowerCase())) return postRoute(segs.slice(1));
    return null;
  } catch {
    return null;
  }
}

export function viewOf(url: URL): View | null {
  return routeOf(url)?.view ?? null;
}

/**
 * The username a link path points to (`/nordwind.mobil/` → `nordwind.mobil`), or null when the
 * path is a route, a post, or has more than one segment.
 */
export function handleFromPath(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const path = instagramPath(href, base);
    if (path === null) return null;
    const segs = segments(path);
    if (segs.length !== 1) return null;
    const seg = decodeURIComponent(segs[0]!);
    if (!USERNAME.test(seg) || RESERVED_SEGMENTS.has(seg.toLowerCase())) return null;
    return seg;
  } catch {
    return null;
  }
}

/** The comment id of a comment permalink (`/p/<code>/c/<id>/`), or null. */
export function commentIdFromPath(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const path = instagramPath(href, base);
    if (path === null) return null;
    const segs = segments(path);
    const i = segs.indexOf('c');
    if (i < 1) return null;
    const id = segs[i + 1];
    return id && COMMENT_ID.test(id) ? id : null;
  } catch {
    return null;
  }
}

/** The shortcode a post link points to (`/p/<code>/…`, `/<user>/reel/<code>/`), or null. */
export function shortcodeFromPath(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const path = instagramPath(href, base);
    if (path === null) return null;
    const segs = segments(path);
    const i = segs.findIndex((s) => s === 'p' || s === 'reel' || s === 'tv');
    if (i < 0 || i > 1) return null;
    const code = segs[i + 1];
    return code && SHORTCODE.test(code) ? code : null;
  } catch {
    return null;
  }
}

let lastBase = '';
let lastOrigin: string | undefined;

/** The page's origin, remembered for the last base (thousands of links share one page URL). */
function originOf(base: string): string | undefined {
  if (base !== lastBase) {
    lastBase = base;
    try {
      lastOrigin = new URL(base).origin;
    } catch {
      lastOrigin = undefined;
    }
  }
  return lastOrigin;
}

/** The canonical profile URL of a username on the page's origin. */
export function profileUrl(handle: string, base: string): string | undefined {
  const origin = originOf(base);
  return origin ? `${origin}/${encodeURIComponent(handle)}/` : undefined;
}

/** An absolute URL for a link; site-relative paths are joined to the origin without parsing. */
export function absoluteLink(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  if (href.startsWith('/') && !href.startsWith('//')) {
    const origin = originOf(base);
    if (origin) return origin + href;
  }
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}
