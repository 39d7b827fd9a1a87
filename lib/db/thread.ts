import { Dexie } from 'dexie';
import type { CareDb } from './index';

/** A conversation's stored messages in the page's order: one range of the [conversationId+position] index. */
export function threadRange(db: CareDb, conversationId: string) {
  return db.messages.where('[conversationId+position]').between([conversationId, Dexie.minKey], [conversationId, Dexie.maxKey]);
}
