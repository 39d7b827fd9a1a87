import { describe, expect, it } from 'vitest';
import { routeOf, viewOfUrl } from '../../lib/sites/x/url';

const u = (s: string) => new URL(s);

describe('X: which URLs are conversations', () => {
  it('a post detail is a post-detail view keyed by the status id', () => {
    expect(routeOf(u('https://x.com/nordwind_mobil/status/1990457712345678901'))).toEqual({
      view: 'post-detail',
      threadId: '1990457712345678901',
    });
    expect(routeOf(u('https://twitter.com/Some_User/status/123/'))?.threadId).toBe('123');
    expect(routeOf(u('https://mobile.x.com/a/status/42?s=20&t=abc'))?.threadId).toBe('42');
    expect(routeOf(u('https://x.com/i/web/status/77'))).toEqual({ view: 'post-detail', threadId: '77' });
  });

  it('a photo opened over a post keeps the post view; likes, quotes and analytics do not', () => {
    expect(viewOfUrl(u('https://x.com/a/status/5/photo/1'))).toBe('post-detail');
    for (const sub of ['likes', 'quotes', 'retweets', 'analytics', 'history']) {
      expect(viewOfUrl(u(`https://x.com/a/status/5/${sub}`))).toBeNull();
    }
  });

  it('an XChat or legacy conversation is a dm view keyed by the pair in the URL', () => {
    expect(routeOf(u('https://x.com/i/chat/1534567890123456789-1789012345678901234'))).toEqual({
      view: 'dm',
      threadId: '1534567890123456789-1789012345678901234',
    });
    expect(routeOf(u('https://x.com/i/chat/requests/other/10-20'))?.threadId).toBe('10-20');
    expect(routeOf(u('https://x.com/messages/10-20'))).toEqual({ view: 'dm', threadId: '10-20' });
    expect(routeOf(u('https://twitter.com/messages/1500000000000000000'))?.view).toBe('dm');
  });

  it('feeds, profiles, inboxes, settings, login and other sites are not conversations', () => {
    for (const s of [
      'https://x.com/',
      'https://x.com/home',
      'https://x.com/explore',
      'https://x.com/notifications',
      'https://x.com/nordwind_mobil',
      'https://x.com/nordwind_mobil/with_replies',
      'https://x.com/settings/account',
      'https://x.com/i/flow/login',
      'https://x.com/login',
      'https://x.com/search?q=nordwind',
      'https://x.com/i/chat',
      'https://x.com/i/chat/requests',
      'https://x.com/i/chat/settings',
      'https://x.com/messages',
      'https://x.com/messages/compose',
      'https://x.com/compose/post',
      'https://x.com/home/status/1',
      'https://x.com/a/status/notanumber',
      'https://example.com/a/status/1',
      'https://x.com.evil.example/a/status/1',
      'https://www.facebook.com/messages/t/1',
    ]) {
      expect(viewOfUrl(u(s)), s).toBeNull();
    }
  });
});
