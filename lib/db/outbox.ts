import type { CareDb } from './index';
import { uuidv7 } from './ids';
import type { OutboxChange, OutboxTable } from './schema';

/** A put of a whole row, for the outbox. */
export function put(table: OutboxTable, row: { id: string }): OutboxChange {
  return { table, op: 'put', key: row.id, row: { ...row } };
}

/** A delete by id, for the outbox. */
export function del(table: OutboxTable, key: string): OutboxChange {
  return { table, op: 'delete', key };
}

/**
 * Appends one user action to the outbox. Call it inside the action's own transaction so the
 * local write and the pending push commit together or not at all.
 */
export async function enqueue(
  db: CareDb,
  mutation: string,
  changes: OutboxChange[],
  customerIds: Iterable<string | null | undefined>,
  now: number,
  teamId: string | null = null,
): Promise<void> {
  if (changes.length === 0) return;
  const ids = [...new Set([...customerIds].filter((c): c is string => !!c))];
  await db.outbox.add({ id: uuidv7(now), teamId, createdAt: now, mutation, changes, customerIds: ids });
}
