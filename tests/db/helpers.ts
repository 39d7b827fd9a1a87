import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { type CareDb, type MessageRecord, openDb } from '../../lib/db';
import { allMessages } from '../../lib/db/messages';
import type { Conversation, Message } from '../../lib/model/conversation';

let n = 0;

/** A fresh, empty store on its own fake IndexedDB. */
export function freshDb(): CareDb {
  n += 1;
  return openDb(`test-${n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Every row of every table, as [table, row] pairs. */
export async function allRows(db: CareDb): Promise<Array<[string, unknown]>> {
  const out: Array<[string, unknown]> = [];
  for (const t of db.tables) for (const r of await t.toArray()) out.push([t.name, r]);
  return out;
}

export function msg(over: Partial<Message> & Pick<Message, 'text'>): Message {
  return { author: {}, isBrand: false, lang: 'de', ...over };
}

export const BRAND = { name: 'Acme Support', handle: 'acme_help' };

/** An X DM thread with one customer. */
export function xDm(threadId: string, handle: string, name: string, messages: Message[]): Conversation {
  return {
    platform: 'x',
    view: 'dm',
    url: `https://x.com/messages/${threadId}`,
    threadId,
    brand: BRAND,
    counterpart: { name, handle, profileUrl: `https://x.com/${handle}` },
    messages,
    composerFound: true,
  };
}

/** An Instagram direct thread; messages show only the name, the header shows the handle. */
export function igDm(threadId: string, handle: string, name: string, messages: Message[]): Conversation {
  return {
    platform: 'instagram',
    view: 'dm',
    url: `https://www.instagram.com/direct/t/${threadId}/`,
    threadId,
    brand: { name: 'Acme', handle: 'acme.official' },
    counterpart: { name, handle, profileUrl: `https://www.instagram.com/${handle}/` },
    messages,
    composerFound: true,
  };
}

/** Every stored message, from the chunk rows. */
export { allMessages };

/** One stored message by id. */
export async function messageById(db: CareDb, id: string): Promise<MessageRecord | undefined> {
  return (await allMessages(db)).find((m) => m.id === id);
}
