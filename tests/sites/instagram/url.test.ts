import { describe, expect, it } from 'vitest';
import {
  commentIdFromPath,
  handleFromPath,
  routeOf,
  shortcodeFromPath,
  viewOf,
} from '../../../lib/sites/instagram/url';

const u = (s: string) => new URL(s);

describe('Instagram URL → view', () => {
  it.each([
    ['https://www.instagram.com/p/DBx3kLmN0pQ/', 'post-comments', 'DBx3kLmN0pQ'],
    ['https://www.instagram.com/p/DBx3kLmN0pQ', 'post-comments', 'DBx3kLmN0pQ'],
    ['https://www.instagram.com/p/DBx3kLmN0pQ/?img_index=2&igsh=abc', 'post-comments', 'DBx3kLmN0pQ'],
    ['https://www.instagram.com/reel/C9zYx-_1AbC/', 'post-comments', 'C9zYx-_1AbC'],
    ['https://www.instagram.com/tv/B7aBcDeFgHi/', 'post-comments', 'B7aBcDeFgHi'],
    ['https://instagram.com/p/DBx3kLmN0pQ/', 'post-comments', 'DBx3kLmN0pQ'],
    ['https://www.instagram.com/nordwind.mobil/p/DBx3kLmN0pQ/', 'post-comments', 'DBx3kLmN0pQ'],
    ['https://www.instagram.com/nordwind.mobil/reel/C9zYx-_1AbC/', 'post-comments', 'C9zYx-_1AbC'],
    ['https://www.instagram.com/p/DBx3kLmN0pQ/c/18045612345678901/', 'post-comments', 'DBx3kLmN0pQ'],
    ['https://www.instagram.com/p/DBx3kLmN0pQ/c/18045612345678901/r/18045698765432109/', 'post-comments', 'DBx3kLmN0pQ'],
    ['https://www.instagram.com/direct/t/17842055330127433/', 'dm', '17842055330127433'],
    ['https://www.instagram.com/direct/t/17842055330127433', 'dm', '17842055330127433'],
  ])('%s is %s', (url, view, threadId) => {
    expect(viewOf(u(url))).toBe(view);
    expect(routeOf(u(url))?.threadId).toBe(threadId);
  });

  it.each([
    'https://www.instagram.com/',
    'https://www.instagram.com/nordwind.mobil/',
    'https://www.instagram.com/nordwind.mobil/tagged/',
    'https://www.instagram.com/nordwind.mobil/reels/',
    'https://www.instagram.com/explore/',
    'https://www.instagram.com/explore/tags/nordwind/',
    'https://www.instagram.com/reels/',
    'https://www.instagram.com/reels/audio/123456789/',
    'https://www.instagram.com/stories/nordwind.mobil/3456789012345678901/',
    'https://www.instagram.com/direct/inbox/',
    'https://www.instagram.com/direct/requests/',
    'https://www.instagram.com/direct/t/',
    'https://www.instagram.com/accounts/login/',
    'https://www.instagram.com/accounts/edit/',
    'https://www.instagram.com/notifications/',
    'https://www.instagram.com/p/DBx3kLmN0pQ/liked_by/',
    'https://www.instagram.com/p/DBx3kLmN0pQ/embed/',
    'https://www.instagram.com/p/x/',
    'https://www.facebook.com/p/DBx3kLmN0pQ/',
    'https://evil.example/www.instagram.com/p/DBx3kLmN0pQ/',
    'https://www.instagram.com.evil.example/p/DBx3kLmN0pQ/',
    'ftp://www.instagram.com/p/DBx3kLmN0pQ/',
  ])('%s is not a conversation', (url) => {
    expect(viewOf(u(url))).toBeNull();
  });
});

describe('Instagram link paths', () => {
  const base = 'https://www.instagram.com/p/DBx3kLmN0pQ/';
  it('reads a username only from a one-segment profile path', () => {
    expect(handleFromPath('/lena.hoffmann/', base)).toBe('lena.hoffmann');
    expect(handleFromPath('https://www.instagram.com/ozan.dmr/', base)).toBe('ozan.dmr');
    for (const path of ['/', '/explore/', '/reels/', '/direct/inbox/', '/p/DBx3kLmN0pQ/', '/a/b/', null, 'https://evil.example/x/']) {
      expect(handleFromPath(path, base)).toBeNull();
    }
  });
  it('reads comment ids and shortcodes from permalinks', () => {
    expect(commentIdFromPath('/p/DBx3kLmN0pQ/c/18045612345678901/', base)).toBe('18045612345678901');
    expect(commentIdFromPath('/p/DBx3kLmN0pQ/', base)).toBeNull();
    expect(shortcodeFromPath('/p/DBx3kLmN0pQ/c/1/', base)).toBe('DBx3kLmN0pQ');
    expect(shortcodeFromPath('/nordwind.mobil/reel/C9zYx-_1AbC/', base)).toBe('C9zYx-_1AbC');
    expect(shortcodeFromPath('/lena.hoffmann/', base)).toBeNull();
  });
});
