import { describe, expect, it } from 'vitest';
import type { Conversation, Message } from '../../lib/model/conversation';
import { historyFromItems, replyInputFor, threadBefore } from '../../lib/sidebar/reply-input';

const brand = { name: 'Acme Energie', handle: 'acme' };
const msg = (author: Message['author'], text: string, isBrand = false, extra: Partial<Message> = {}): Message => ({
  author,
  isBrand,
  text,
  lang: 'de',
  ...extra,
});
const anna = { name: 'Anna Berg', handle: 'anna_b' };
const otto = { name: 'Otto Kern', handle: 'okern' };

const publicThread: Conversation = {
  platform: 'x',
  view: 'post-detail',
  url: 'https://x.com/acme/status/1',
  threadId: '1',
  brand,
  messages: [
    msg(brand, 'Neuer Ökostromtarif ab Januar.', true),
    msg(anna, 'Mein Zähler wurde letzte Woche getauscht, die Rechnung stimmt nicht.'),
    msg(otto, 'Gibt es den Tarif auch in Kassel?'),
    msg(brand, 'Hallo Otto, ja, in ganz Hessen.', true),
    msg(brand, 'Anna, schick uns bitte eine DM, dann schauen wir auf die Rechnung.', true),
    msg(anna, 'Habe ich gemacht, aber keine Antwort bekommen!', false, { lang: 'und' }),
  ],
  composerFound: true,
};

describe('what the reply engines see', () => {
  it('under a public post: the post, the customer’s own turns and the brand’s answers to them — not other customers’ talk', () => {
    expect(threadBefore(publicThread, 5)).toEqual([
      { role: 'agent', text: 'Neuer Ökostromtarif ab Januar.' },
      { role: 'customer', text: 'Mein Zähler wurde letzte Woche getauscht, die Rechnung stimmt nicht.' },
      { role: 'agent', text: 'Anna, schick uns bitte eine DM, dann schauen wir auf die Rechnung.' },
    ]);
    // Otto's reply under the same post does not carry Anna's conversation
    expect(threadBefore(publicThread, 2).map((t) => t.text)).toEqual(['Neuer Ökostromtarif ab Januar.']);
  });

  it('in a private thread: every earlier turn, with roles', () => {
    const dm: Conversation = { ...publicThread, view: 'dm', messages: publicThread.messages.slice(1, 4) };
    expect(threadBefore(dm, 2).map((t) => t.role)).toEqual(['customer', 'customer']);
  });

  it('fills platform, brand, author, language and visibility; leaves an unknown language to the engine', () => {
    const input = replyInputFor(publicThread, 5, { history: [{ text: 'Zählerstand falsch abgelesen', date: '2025-10-01' }] });
    expect(input).toMatchObject({
      text: 'Habe ich gemacht, aber keine Antwort bekommen!',
      platform: 'x',
      brand: 'Acme Energie',
      author: { name: 'Anna Berg', handle: 'anna_b' },
      visibility: 'public',
      history: [{ text: 'Zählerstand falsch abgelesen', date: '2025-10-01' }],
    });
    expect(input).not.toHaveProperty('lang');
    expect(replyInputFor(publicThread, 1)).toMatchObject({ lang: 'de' });
    expect(replyInputFor({ ...publicThread, view: 'dm' }, 1)).toMatchObject({ visibility: 'private' });
  });

  it('has nothing to answer for a brand message, a missing selection or an empty text', () => {
    expect(replyInputFor(publicThread, 0)).toBeNull();
    expect(replyInputFor(publicThread, undefined)).toBeNull();
    expect(replyInputFor(publicThread, 99)).toBeNull();
    expect(replyInputFor({ ...publicThread, messages: [msg(anna, '   ')] }, 0)).toBeNull();
  });

  it('turns the customer memory (newest first) into history oldest first, skipping junk', () => {
    const items = [
      { text: 'Zweite Nachricht', sentAt: Date.UTC(2025, 9, 2), platform: 'facebook' },
      { text: '', sentAt: 1 },
      null,
      { text: 'Erste Nachricht', sentAt: Date.UTC(2025, 8, 1), platform: 'myspace' },
    ];
    expect(historyFromItems(items)).toEqual([
      { text: 'Erste Nachricht', date: '2025-09-01' },
      { text: 'Zweite Nachricht', date: '2025-10-02', platform: 'facebook' },
    ]);
    expect(historyFromItems(undefined)).toEqual([]);
  });
});
