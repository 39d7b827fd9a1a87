import { describe, expect, it } from 'vitest';
import type { Conversation, Message } from '../../lib/model/conversation';
import { customerOf, defaultSelection, unansweredIndexes } from '../../lib/conversation/customer';

const msg = (over: Partial<Message>): Message => ({ author: {}, isBrand: false, text: '', lang: 'de', ...over });

const conv = (view: Conversation['view'], messages: Message[], extra: Partial<Conversation> = {}): Conversation => ({
  platform: 'x',
  view,
  url: 'https://x.com/a/status/1',
  threadId: '1',
  brand: { name: 'Brand', handle: 'brand' },
  messages,
  composerFound: true,
  ...extra,
});

describe('default customer selection', () => {
  const brandPost = msg({ isBrand: true, author: { name: 'Brand', handle: 'brand' }, text: 'Neuer Tarif!' });
  it('picks the newest customer comment that no brand reply answers', () => {
    const c = conv('post-detail', [
      brandPost,
      msg({ author: { name: 'Anna Roth', handle: 'anna' }, text: 'Wann?', timestamp: '2025-01-01T10:00:00.000Z' }),
      msg({ isBrand: true, author: { name: 'Brand', handle: 'brand' }, text: 'Hallo Anna, morgen!', timestamp: '2025-01-01T11:00:00.000Z' }),
      msg({ author: { name: 'Ben Kurz', handle: 'ben' }, text: 'Und bei mir?', timestamp: '2025-01-01T10:30:00.000Z' }),
    ]);
    expect(unansweredIndexes(c)).toEqual([3]);
    expect(defaultSelection(c)).toBe(3);
    expect(customerOf(c, defaultSelection(c))?.name).toBe('Ben Kurz');
  });

  it('uses the explicit reply target where the page gives one', () => {
    const c = conv('post-comments', [
      msg({ author: { name: 'Anna Roth' }, text: 'Frage 1' }),
      msg({ author: { name: 'Ben Kurz' }, text: 'Frage 2' }),
      msg({ isBrand: true, author: { name: 'Brand' }, text: 'Antwort', depth: 1, inReplyTo: 'Ben Kurz' }),
    ]);
    expect(defaultSelection(c)).toBe(0);
  });

  it('falls back to the newest customer message when all are answered', () => {
    const c = conv('dm', [msg({ author: { name: 'Cem' }, text: 'Hallo' }), msg({ isBrand: true, author: { name: 'Brand' }, text: 'Hi' })], {
      counterpart: { name: 'Cem' },
    });
    expect(defaultSelection(c)).toBe(0);
    expect(customerOf(c, undefined)?.name).toBe('Cem');
  });

  it('has no customer when only the brand wrote', () => {
    const c = conv('post-detail', [brandPost]);
    expect(defaultSelection(c)).toBeUndefined();
    expect(customerOf(c, undefined)).toBeUndefined();
  });
});
