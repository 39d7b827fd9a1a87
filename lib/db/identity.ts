import type { Author, Conversation, Message, Platform } from '../model/conversation';
import type { IdentityKind } from './schema';

/** One way to recognise an author on a platform. */
export interface IdentityKey {
  platform: Platform;
  kind: IdentityKind;
  value: string;
}

/** The thread a conversation row stands for: platform|view|threadType|threadId. */
export function threadKeyOf(c: Pick<Conversation, 'platform' | 'view' | 'threadType' | 'threadId'>): string {
  return [c.platform, c.view, c.threadType ?? '', c.threadId].join('|');
}

const RESERVED_PATHS = new Set([
  'profile.php',
  'people',
  'pages',
  'groups',
  'messages',
  'direct',
  'p',
  'reel',
  'reels',
  'stories',
  'i',
  'home',
  'search',
  'explore',
  'settings',
  'notifications',
  'permalink.php',
  'story.php',
  'watch',
  'events',
]);

function normHandle(h: string): string {
  return h.trim().replace(/^@/, '').toLowerCase();
}

/** Handle or numeric profile id from a profile link (x.com/name, instagram.com/name/, facebook.com/profile.php?id=…). */
export function parseProfileUrl(url: string): { handle?: string; profileId?: string } {
  let u: URL;
  try {
    u = new URL(url, 'https://invalid.example/');
  } catch {
    return {};
  }
  const id = u.searchParams.get('id');
  if (/profile\.php$/.test(u.pathname) && id && /^\d+$/.test(id)) return { profileId: id };
  const first = u.pathname.split('/').filter(Boolean)[0];
  if (first === 'people') {
    const num = u.pathname.split('/').filter(Boolean)[2];
    return num && /^\d+$/.test(num) ? { profileId: num } : {};
  }
  if (!first || RESERVED_PATHS.has(first.toLowerCase())) return {};
  if (/^\d{6,}$/.test(first)) return { profileId: first };
  return /^[\w.]{1,80}$/.test(first) ? { handle: first.toLowerCase() } : {};
}

/**
 * The keys that recognise an author on one platform: handle and profile id (the page's own ids).
 * Where the page shows neither, a name that holds only inside this thread, so two strangers with the
 * same name are never merged.
 */
export function identityKeys(platform: Platform, author: Author, threadKey: string): IdentityKey[] {
  const keys: IdentityKey[] = [];
  const add = (kind: IdentityKind, value: string | undefined): void => {
    if (value && !keys.some((k) => k.kind === kind && k.value === value)) keys.push({ platform, kind, value });
  };
  if (author.handle) add('handle', normHandle(author.handle));
  if (author.pageId) add('profileId', author.pageId.trim());
  if (author.profileUrl) {
    const p = parseProfileUrl(author.profileUrl);
    add('handle', p.handle);
    add('profileId', p.profileId);
  }
  if (keys.length === 0) {
    const name = (author.name ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
    add('thread-name', `${threadKey}\u0000${name || '?'}`);
  }
  return keys;
}

/** A stable string naming an author inside one thread (for message hashes). */
export function authorTag(author: Author): string {
  return (author.handle ?? author.pageId ?? author.profileUrl ?? author.name ?? '?').trim().toLowerCase();
}

const sameName = (a: string | undefined, b: string | undefined): boolean =>
  !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * In a private thread the page often shows only a name on each message but the other party's
 * handle or profile link in the header. The customer messages there are the counterpart's: give
 * them the counterpart's ids (only where names agree, or the message shows no name).
 */
export function withCounterpart(c: Conversation): Message[] {
  const cp = c.counterpart;
  if (!cp || (c.view !== 'dm' && c.view !== 'business-inbox')) return c.messages;
  const names = new Set(c.messages.filter((m) => !m.isBrand && m.author.name).map((m) => m.author.name!.trim().toLowerCase()));
  return c.messages.map((m) => {
    if (m.isBrand) return m;
    const a = m.author;
    const matches =
      sameName(a.name, cp.name) ||
      (a.handle && cp.handle && normHandle(a.handle) === normHandle(cp.handle)) ||
      (!a.name && !a.handle && names.size <= 1);
    if (!matches) return m;
    return { ...m, author: { ...cp, ...stripEmpty(a) } };
  });
}

function stripEmpty(a: Author): Author {
  return Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined && v !== '')) as Author;
}
