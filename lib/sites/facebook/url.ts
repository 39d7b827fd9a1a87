import type { View } from '../../model/conversation';
import { RESERVED_PATHS } from './selectors';

/**
 * Facebook URLs → view. Pure: takes a URL, returns data. Patterns: PLATFORM-DOM.md §2.1.
 */

export const FACEBOOK_HOSTS = ['www.facebook.com', 'web.facebook.com', 'business.facebook.com'] as const;

const MAIN_HOSTS = new Set(['www.facebook.com', 'web.facebook.com', 'facebook.com']);

const ID = /^[A-Za-z0-9_.-]+$/;

/** Path segments without empty parts, decoded where possible. */
function segments(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

const isVanity = (s: string | undefined): s is string =>
  !!s && ID.test(s) && !RESERVED_PATHS.has(s.toLowerCase());

/** What a URL shows, with the id of its conversation; null for feed, profile, settings, login… */
export function parseUrl(url: URL): { view: View; threadId: string; threadType?: string } | null {
  const host = url.hostname.toLowerCase();
  if (host === 'business.facebook.com') {
    // /latest/inbox/<all|facebook|instagram|messenger…>/?…&selected_item_id=…&thread_type=…
    const seg = segments(url);
    if (seg[0] !== 'latest' || seg[1] !== 'inbox') return null;
    const selected = url.searchParams.get('selected_item_id');
    if (!selected || !ID.test(selected)) return null;
    const type = url.searchParams.get('thread_type');
    return { view: 'business-inbox', threadId: selected, ...(type && ID.test(type) ? { threadType: type } : {}) };
  }
  if (!MAIN_HOSTS.has(host)) return null;
  const seg = segments(url);
  const first = seg[0]?.toLowerCase();

  // Messenger: /messages/t/<id>, end-to-end encrypted /messages/e2ee/t/<id>.
  if (first === 'messages') {
    const t = seg[1] === 'e2ee' ? seg[3] : seg[1] === 't' ? seg[2] : undefined;
    if ((seg[1] === 't' || (seg[1] === 'e2ee' && seg[2] === 't')) && t && ID.test(t)) {
      return { view: 'dm', threadId: t };
    }
    return null;
  }

  // Older permalinks: /permalink.php?story_fbid=…&id=…, /story.php?story_fbid=…
  if (first === 'permalink.php' || first === 'story.php') {
    const story = url.searchParams.get('story_fbid');
    return story && ID.test(story) ? { view: 'post-comments', threadId: story } : null;
  }

  // Photos: /photo/?fbid=…, /photo.php?fbid=…, /<vanity>/photos/<album>/<id>/
  if (first === 'photo' || first === 'photo.php') {
    const fbid = url.searchParams.get('fbid');
    return fbid && ID.test(fbid) ? { view: 'post-comments', threadId: fbid } : null;
  }

  // Page posts: /<vanity>/posts/<pfbid… or numeric id>
  if (isVanity(seg[0]) && seg[1] === 'posts' && seg[2] && ID.test(seg[2]) && seg.length === 3) {
    return { view: 'post-comments', threadId: seg[2] };
  }
  if (isVanity(seg[0]) && seg[1] === 'photos' && seg.length >= 3) {
    const last = seg[seg.length - 1];
    if (last && /^\d+$/.test(last)) return { view: 'post-comments', threadId: last };
  }
  return null;
}

/** The view a URL shows, or null. */
export function viewOf(url: URL): View | null {
  return parseUrl(url)?.view ?? null;
}

/**
 * A profile or Page link reduced to its identity: `https://www.facebook.com/<vanity>` or
 * `https://www.facebook.com/profile.php?id=<id>`; tracking (`__cft__`, `__tn__`) and
 * `comment_id` are dropped. Undefined for links that are not a profile.
 */
export function profileUrlOf(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  let u: URL;
  try {
    u = new URL(href, base);
  } catch {
    return undefined;
  }
  if (!MAIN_HOSTS.has(u.hostname.toLowerCase())) return undefined;
  const seg = segments(u);
  if (seg[0] === 'profile.php') {
    const id = u.searchParams.get('id');
    return id && /^\d+$/.test(id) ? `${u.origin}/profile.php?id=${id}` : undefined;
  }
  // /people/<Name>/<id>/ and /profile/<id> are profile forms too.
  if (seg[0] === 'people' && seg[2] && /^\d+$/.test(seg[2])) return `${u.origin}/profile.php?id=${seg[2]}`;
  if (seg[0] === 'profile' && seg.length === 2 && /^\d+$/.test(seg[1]!)) return `${u.origin}/profile.php?id=${seg[1]}`;
  if (seg.length !== 1 || !isVanity(seg[0])) return undefined;
  return `${u.origin}/${seg[0]}`;
}

/** The numeric id of a `profile.php?id=` link, if that is its form. */
export function numericIdOf(profileUrl: string | undefined): string | undefined {
  const m = profileUrl ? /[?&]id=(\d+)/.exec(profileUrl) : null;
  return m?.[1];
}

/**
 * A query parameter exactly as written in the link (not decoded): Facebook's `comment_id` values
 * are kept in their URL form (`…MQ%3D%3D`), which is also how the site links to them.
 */
export function rawParam(href: string | null | undefined, name: string): string | undefined {
  if (!href) return undefined;
  const q = href.indexOf('?');
  if (q < 0) return undefined;
  for (const part of href.slice(q + 1).split('#')[0]!.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq) === name) {
      const v = part.slice(eq + 1);
      return v.length > 0 && v.length <= 400 ? v : undefined;
    }
  }
  return undefined;
}

/** A link without Facebook's click-tracking parameters (`__cft__[0]`, `__tn__`). */
export function withoutTracking(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, base);
    const keep = u.search
      .slice(1)
      .split('&')
      .filter((p) => p && !/^(__cft__|__tn__|__xts__|%5F%5Fcft%5F%5F)/i.test(p));
    u.search = keep.length ? `?${keep.join('&')}` : '';
    u.hash = '';
    return u.href;
  } catch {
    return undefined;
  }
}

/** The post id in a post permalink (the `/posts/<id>` segment or `story_fbid`). */
export function postIdOfLink(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, base);
    const parsed = parseUrl(u);
    if (parsed?.view === 'post-comments') return parsed.threadId;
    const seg = segments(u);
    const i = seg.indexOf('permalink');
    if (i >= 0 && seg[i + 1] && ID.test(seg[i + 1]!)) return seg[i + 1];
    const i2 = seg.indexOf('posts');
    if (i2 >= 0 && seg[i2 + 1] && ID.test(seg[i2 + 1]!)) return seg[i2 + 1];
    return undefined;
  } catch {
    return undefined;
  }
}
