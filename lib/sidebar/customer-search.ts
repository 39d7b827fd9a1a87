import type { CareDb } from '../db';
import type { CustomerRecord } from '../db/schema';
import type { Platform } from '../model/conversation';

/** A stored customer as a picker shows it. */
export interface CustomerOption {
  id: string;
  groupId: string;
  displayName: string;
  platform: Platform;
  /** A handle or profile id that tells two people of the same name apart. */
  handle?: string;
}

async function describe(db: CareDb, rows: CustomerRecord[]): Promise<CustomerOption[]> {
  return Promise.all(
    rows.map(async (c) => {
      const ids = await db.identities.where('customerId').equals(c.id).toArray();
      const handle = ids.find((i) => i.kind === 'handle')?.value ?? ids.find((i) => i.kind === 'profileId')?.value;
      return {
        id: c.id,
        groupId: c.groupId,
        displayName: c.displayName || ids.find((i) => i.name)?.name || handle || '?',
        platform: c.platform,
        ...(handle ? { handle } : {}),
      };
    }),
  );
}

/**
 * Stored customers whose name or handle contains `query` (case-insensitive); the most recently
 * changed ones when the query is empty. Customers of `excludeGroupId` (already linked) are left out.
 */
export async function searchCustomers(
  db: CareDb,
  query: string,
  opts: { limit?: number; excludeGroupId?: string } = {},
): Promise<CustomerOption[]> {
  const limit = opts.limit ?? 20;
  const q = query.trim().toLowerCase().replace(/^@/, '');
  const keep = (c: CustomerRecord | undefined): c is CustomerRecord => !!c && c.groupId !== opts.excludeGroupId;
  let rows: CustomerRecord[];
  if (!q) {
    rows = (await db.customers.orderBy('updatedAt').reverse().limit(limit * 3).toArray()).filter(keep);
  } else {
    const byName = await db.customers
      .filter((c) => c.groupId !== opts.excludeGroupId && c.displayName.toLowerCase().includes(q))
      .limit(limit)
      .toArray();
    const byIdentity = await db.identities
      .filter((i) => i.kind !== 'thread-name' && (i.value.includes(q) || (i.name ?? '').toLowerCase().includes(q)))
      .limit(limit)
      .toArray();
    const more = await db.customers.bulkGet([...new Set(byIdentity.map((i) => i.customerId))]);
    const seen = new Set<string>();
    rows = [...byName, ...more.filter(keep)].filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)));
  }
  rows.sort((a, b) => a.displayName.localeCompare(b.displayName, 'de') || b.updatedAt - a.updatedAt);
  return describe(db, rows.slice(0, limit));
}

/** The other customers the agent linked to this one. */
export async function linkedOthers(db: CareDb, customerId: string): Promise<CustomerOption[]> {
  const c = await db.customers.get(customerId);
  if (!c) return [];
  const group = await db.customers.where('groupId').equals(c.groupId).toArray();
  return describe(
    db,
    group.filter((g) => g.id !== customerId),
  );
}
