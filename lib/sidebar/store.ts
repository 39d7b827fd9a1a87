import { z } from 'zod';
import { browser } from 'wxt/browser';
import type { CareDb } from '../db';
import {
  addNote,
  applyRetention,
  addTag,
  conversationClockInput,
  customerHistory,
  deleteNote,
  editNote,
  eraseCustomer,
  findCustomerForAuthor,
  getSettings,
  linkCustomers,
  listNotes,
  listTags,
  recordConversation,
  recordEvent,
  removeTag,
  saveSettings,
  unlinkCustomer,
  waitingList,
} from '../db/repo';
import type { Settings } from '../db/schema';
import type { Conversation } from '../model/conversation';
import { type CompiledRule, detect, maskText } from '../privacy';
import { linkedOthers, searchCustomers } from './customer-search';
import { loadPrivacyRules } from './privacy-rules';

/**
 * The customer memory as the sidebar uses it: the repositories with the store bound. In the
 * extension the sidebar (an iframe inside a third-party page, where the browser may refuse it
 * IndexedDB) asks the background, which owns the store on the extension origin; tests and the
 * options page (a top-level extension page) use the store directly.
 */

/** The "store masked text only" option as a text transform (undefined: store as read). */
export function maskerFor(
  settings: Pick<Settings, 'storeMaskedOnly'>,
  extraRules: readonly CompiledRule[] = [],
): ((text: string) => string) | undefined {
  if (!settings.storeMaskedOnly) return undefined;
  const opts = extraRules.length ? { extraRules } : {};
  return (text) => maskText(text, detect(text, opts));
}

/** Records a read with the agent's options: masked text if chosen (with the team's rules), their time zone. */
async function recordRead(db: CareDb, conversation: Conversation, seenAt: number) {
  const s = await getSettings(db);
  const rules = s.storeMaskedOnly ? await loadPrivacyRules() : null;
  const masker = maskerFor(s, rules?.status === 'ok' ? rules.rules : []);
  return recordConversation(db, conversation, {
    seenAt,
    ...(masker ? { maskText: masker } : {}),
    ...(s.timeZone ? { timeZone: s.timeZone } : {}),
  });
}

type Bound<F> = F extends (db: CareDb, ...args: infer A) => infer R ? (...args: A) => R : never;

const OPS = {
  recordRead,
  customerHistory,
  findCustomerForAuthor,
  getSettings,
  saveSettings,
  addNote,
  editNote,
  deleteNote,
  listNotes,
  addTag,
  removeTag,
  listTags,
  linkCustomers,
  unlinkCustomer,
  linkedOthers,
  searchCustomers,
  waitingList,
  conversationClockInput,
  eraseCustomer,
  recordEvent,
  groupOf: async (db: CareDb, customerId: string) => (await db.customers.get(customerId))?.groupId ?? null,
};

export type StoreOp = keyof typeof OPS;
export type Store = { [K in StoreOp]: Bound<(typeof OPS)[K]> };

/** The repositories bound to a store opened in this page. */
export function localStore(db: CareDb): Store {
  return Object.fromEntries(
    Object.entries(OPS).map(([k, f]) => [k, (...args: unknown[]) => (f as (db: CareDb, ...a: unknown[]) => unknown)(db, ...args)]),
  ) as Store;
}

export const STORE_MESSAGE = 'care-store';
const OP_NAMES = Object.keys(OPS) as [StoreOp, ...StoreOp[]];
export const StoreRequestSchema = z.object({
  type: z.literal(STORE_MESSAGE),
  op: z.enum(OP_NAMES),
  args: z.array(z.unknown()).max(10),
});
type StoreReply = { ok: true; value: unknown } | { ok: false; error: string };

/** The repositories of the background's store, over runtime messages. */
export function remoteStore(): Store {
  return Object.fromEntries(
    OP_NAMES.map((op) => [
      op,
      async (...args: unknown[]) => {
        const reply = (await browser.runtime.sendMessage({ type: STORE_MESSAGE, op, args })) as StoreReply | undefined;
        if (!reply) throw new Error('The extension background did not answer');
        if (!reply.ok) throw new Error(reply.error);
        return reply.value;
      },
    ]),
  ) as Store;
}

/** A readable reason: a validation error's own messages rather than its JSON dump. */
export function errorMessage(e: unknown): string {
  if (e && typeof e === 'object' && 'issues' in e && Array.isArray((e as { issues: unknown }).issues)) {
    const msgs = (e as { issues: Array<{ message?: string }> }).issues.map((i) => i.message).filter(Boolean);
    if (msgs.length) return msgs.join('; ');
  }
  return e instanceof Error ? e.message : String(e);
}

export const RETENTION_RUN_KEY = 'memory.retentionRunAt';
const DAY = 86_400_000;

/**
 * Deletes data older than the retention period, at most once a day (retention off: nothing); the
 * last run is remembered in extension storage. Returns whether it ran.
 */
export async function maybeApplyRetention(db: CareDb, now: number = Date.now()): Promise<boolean> {
  const settings = await getSettings(db);
  if (settings.retentionDays === null) return false;
  let last = 0;
  try {
    const v = (await browser.storage.local.get(RETENTION_RUN_KEY))[RETENTION_RUN_KEY];
    if (typeof v === 'number') last = v;
  } catch {
    last = 0;
  }
  if (last <= now && now - last < DAY) return false;
  await applyRetention(db, now, settings);
  try {
    await browser.storage.local.set({ [RETENTION_RUN_KEY]: now });
  } catch {
    // Storage unavailable: it runs again next time, which is harmless.
  }
  return true;
}

/**
 * Serves store requests from the extension's own pages (never from content scripts, which run
 * beside the site's page). Call once in the background.
 */
export function serveStore(db: () => CareDb): void {
  const store = () => localStore(db());
  const own = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw: unknown, sender: { url?: string; tab?: unknown; id?: string }) => {
    const req = StoreRequestSchema.safeParse(raw);
    if (!req.success) return undefined;
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(own)) {
      return Promise.resolve({ ok: false, error: 'not allowed' } satisfies StoreReply);
    }
    const fn = store()[req.data.op] as (...a: unknown[]) => Promise<unknown>;
    return fn(...req.data.args).then(
      (value): StoreReply => ({ ok: true, value: value === undefined ? null : value }),
      (e: unknown): StoreReply => ({ ok: false, error: errorMessage(e) }),
    );
  });
}
