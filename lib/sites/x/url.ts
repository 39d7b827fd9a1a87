import type { View } from '../../model/conversation';

/** Hosts the X adapter serves. */
export const X_HOSTS = ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'] as const;

/** What a URL on X points at: the view and the id of the conversation. */
export interface XRoute {
  view: View;
  threadId: string;
}

/** First path segments that are app pages, not user handles. */
const RESERVED = new Set([
  'home', 'explore', 'notifications', 'messages', 'settings', 'search', 'compose', 'login',
  'logout', 'signup', 'i', 'tos', 'privacy', 'hashtag', 'jobs', 'account', 'intent', 'share',
]);

const HANDLE = /^[A-Za-z0-9_]{1,20}$/;
const STATUS_ID = /^\d{1,25}$/;
/** A chat / DM conversation id: `<idA>-<idB>`, `<idA>:<idB>` or a single (group) id. */
const PAIR = /^[A-Za-z0-9]{1,40}(?:[-:][A-Za-z0-9]{1,40}){0,2}$/;
const CHAT_WORDS = new Set(['requests', 'settings', 'new', 'compose', 'search', 'pinned', 'info']);
/** Sub-pages of a post that still show the conversation behind a media viewer. */
const POST_OVERLAYS = new Set(['photo', 'video']);

function isXHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return (X_HOSTS as readonly string[]).includes(h);
}

function segments(pathname: string): string[] {
  return pathname
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

/**
 * The conversation a URL on X shows, or null for everything else (home, profile, search,
 * settings, login, a post's likes or quotes…). Pure.
 */
export function routeOf(url: URL): XRoute | null {
  if (!isXHost(url.hostname)) return null;
  const seg = segments(url.pathname);
  const [a, b, c, d, e] = seg;
  if (a === undefined) return null;

  // /<handle>/status/<id>[/photo/N]
  if (b === 'status' && c !== undefined && STATUS_ID.test(c) && HANDLE.test(a) && !RESERVED.has(a.toLowerCase())) {
    if (d === undefined) return { view: 'post-detail', threadId: c };
    if (POST_OVERLAYS.has(d) && (e === undefined || /^\d+$/.test(e)) && seg.length <= 5) {
      return { view: 'post-detail', threadId: c };
    }
    return null;
  }
  // /i/web/status/<id>, /i/status/<id>
  if (a === 'i') {
    const statusAt = b === 'web' ? 2 : 1;
    if (seg[statusAt] === 'status' && seg[statusAt + 1] && STATUS_ID.test(seg[statusAt + 1]!) && seg.length === statusAt + 2) {
      return { view: 'post-detail', threadId: seg[statusAt + 1]! };
    }
    // /i/chat/<pair>, /i/chat/requests[/<folder>]/<pair>
    if (b === 'chat') {
      const rest = seg.slice(2);
      if (rest[0] === 'requests') rest.shift();
      if (rest.length === 2 && /^[a-z]+$/.test(rest[0]!)) rest.shift();
      const pair = rest[0];
      if (rest.length === 1 && pair !== undefined && isChatId(pair)) return { view: 'dm', threadId: pair };
    }
    return null;
  }
  // legacy /messages/<pair>
  if (a === 'messages' && b !== undefined && seg.length === 2 && isChatId(b)) {
    return { view: 'dm', threadId: b };
  }
  return null;
}

function isChatId(s: string): boolean {
  return PAIR.test(s) && /\d/.test(s) && !CHAT_WORDS.has(s.toLowerCase());
}

/** The view of a URL, or null when it is not a conversation. */
export function viewOfUrl(url: URL): View | null {
  return routeOf(url)?.view ?? null;
}
