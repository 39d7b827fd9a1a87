import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { customerHistory, linkCustomers, recordConversation, waitingList } from '../../lib/db/repo';
import { DEFAULT_SETTINGS } from '../../lib/db/settings';
import { type Conversation, ConversationSchema } from '../../lib/model/conversation';
import { freshDb, allMessages } from './helpers';

const here = path.dirname(fileURLToPath(import.meta.url));
const expected = JSON.parse(fs.readFileSync(path.join(here, '../fixtures/platforms/expected.json'), 'utf8')) as Record<
  string,
  Record<string, unknown> & { states?: Array<Record<string, unknown>> }
>;

/** The conversations the saved pages yield (what the adapters hand to the store). */
function savedConversations(): Record<string, Conversation> {
  const out: Record<string, Conversation> = {};
  for (const [file, page] of Object.entries(expected)) {
    const variants = page.threadId ? [page] : (page.states ?? []).filter((s) => s.threadId).slice(0, 1);
    for (const v of variants) {
      const post = (v.post ?? page.post) as Record<string, unknown> | undefined;
      out[file] = ConversationSchema.parse({
        platform: page.platform,
        view: page.view,
        brand: page.brand ?? null,
        ...v,
        // expected.json leaves out the language where the page gives no clear signal.
        messages: ((v.messages ?? []) as Array<Record<string, unknown>>).map((m) => ({ lang: 'und', ...m })),
        ...(post ? { post: { lang: 'und', ...post } } : {}),
        composerFound: true,
      });
    }
  }
  return out;
}

const SEEN = Date.parse('2025-11-18T13:30:00Z');

describe('storing the saved platform pages', () => {
  it('stores every page once, keeps one person per platform apart, and links them by hand', async () => {
    const db = freshDb();
    const convs = savedConversations();
    expect(Object.keys(convs).length).toBeGreaterThanOrEqual(6);
    const results = new Map<string, Awaited<ReturnType<typeof recordConversation>>>();
    for (const [file, c] of Object.entries(convs)) {
      results.set(file, await recordConversation(db, c, { seenAt: SEEN, timeZone: 'Europe/Berlin' }));
    }
    const counts = async () => [await db.customers.count(), (await allMessages(db)).length, await db.events.count()];
    const before = await counts();
    for (const c of Object.values(convs)) await recordConversation(db, c, { seenAt: SEEN + 60_000, timeZone: 'Europe/Berlin' });
    expect(await counts()).toEqual(before);

    // The same person wrote on Messenger and in the Business Suite inbox: two customers until linked.
    const messenger = results.get('facebook/messenger-thread.html')!;
    const inbox = results.get('facebook/business-inbox-navigation.html')!;
    expect(messenger.customerId).not.toBe(inbox.customerId);
    expect(await customerHistory(db, inbox.customerId!, { excludeConversationId: inbox.conversationId })).toEqual([]);
    await linkCustomers(db, inbox.customerId!, messenger.customerId!, 'Agent', SEEN);
    const history = await customerHistory(db, inbox.customerId!, { excludeConversationId: inbox.conversationId });
    expect(history.length).toBeGreaterThan(0);
    expect(history.every((h) => h.conversationId === messenger.conversationId)).toBe(true);
    expect(history[0]?.conversationUrl).toBe(convs['facebook/messenger-thread.html']!.url);

    // Each DM counterpart is one customer per platform, never merged across platforms.
    const dms = ['x/dm-thread.html', 'facebook/messenger-thread.html', 'instagram/direct-thread.html'];
    const ids = dms.map((f) => results.get(f)!.customerId);
    expect(new Set(ids).size).toBe(3);

    // Threads whose last message is the customer's are waiting.
    const waiting = await waitingList(db, DEFAULT_SETTINGS, SEEN + 5 * 60_000);
    const waitingUrls = new Set(waiting.map((w) => w.url));
    for (const [file, c] of Object.entries(convs)) {
      const last = c.messages.at(-1);
      expect(waitingUrls.has(c.url), file).toBe(!!last && !last.isBrand);
    }
  });
});
