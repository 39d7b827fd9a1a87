import { describe, expect, it } from 'vitest';
import { identityKeys, parseProfileUrl, withCounterpart } from '../../lib/db/identity';
import type { Conversation } from '../../lib/model/conversation';

describe('identity keys', () => {
  it('reads handles and profile ids from profile links', () => {
    expect(parseProfileUrl('https://x.com/Some_One')).toEqual({ handle: 'some_one' });
    expect(parseProfileUrl('https://www.instagram.com/some.one/')).toEqual({ handle: 'some.one' });
    expect(parseProfileUrl('https://www.facebook.com/profile.php?id=100012345678901')).toEqual({ profileId: '100012345678901' });
    expect(parseProfileUrl('https://www.facebook.com/people/Some-One/100012345678901/')).toEqual({ profileId: '100012345678901' });
    expect(parseProfileUrl('https://www.facebook.com/messages/t/123')).toEqual({});
    expect(parseProfileUrl('::::')).toEqual({});
  });

  it('uses handle and profile id, and only a thread-local name when the page shows neither', () => {
    expect(identityKeys('x', { handle: '@Mia_K', name: 'Mia' }, 't')).toEqual([{ platform: 'x', kind: 'handle', value: 'mia_k' }]);
    expect(identityKeys('facebook', { name: 'Mia', pageId: '42' }, 't')).toEqual([{ platform: 'facebook', kind: 'profileId', value: '42' }]);
    const a = identityKeys('facebook', { name: 'Anna  Schmidt' }, 'thread-1');
    const b = identityKeys('facebook', { name: 'anna schmidt' }, 'thread-2');
    expect(a[0]?.kind).toBe('thread-name');
    expect(a[0]?.value).not.toBe(b[0]?.value);
  });

  it('gives name-only DM messages the counterpart from the header, but not a stranger in a group', () => {
    const conv: Conversation = {
      platform: 'facebook',
      view: 'dm',
      url: 'https://www.facebook.com/messages/t/1',
      threadId: '1',
      brand: null,
      counterpart: { name: 'Jo B', profileUrl: 'https://www.facebook.com/jo.b.7' },
      messages: [
        { author: { name: 'Jo B' }, isBrand: false, text: 'a', lang: 'de' },
        { author: { name: 'Someone Else' }, isBrand: false, text: 'b', lang: 'de' },
      ],
      composerFound: true,
    };
    const [m1, m2] = withCounterpart(conv);
    expect(m1?.author).toEqual({ name: 'Jo B', profileUrl: 'https://www.facebook.com/jo.b.7' });
    expect(m2?.author).toEqual({ name: 'Someone Else' });
  });
});
