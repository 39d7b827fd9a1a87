/**
 * Keeps one page order for everything stored of a thread across reads. A page shows a window of
 * the thread (older messages scroll away, newer ones arrive); each read fixes the order of what it
 * shows, and messages stored earlier but not shown now keep their place next to the neighbours they
 * had. Returns the new position of every key; unchanged reads give unchanged positions, so a
 * re-visit rewrites nothing.
 */
export function mergeOrder(
  stored: ReadonlyArray<{ key: string; position: number; sentAt?: number }>,
  read: readonly string[],
  /** When the read's first message was written; places stored messages when the read shares none. */
  readStartsAt?: number,
): Map<string, number> {
  const inRead = new Set(read);
  const old = [...stored].sort((a, b) => a.position - b.position).map((s) => s.key);
  // Stale messages go before the next message (in the old order) that the read shows again.
  const before = new Map<string, string[]>();
  const tail: string[] = [];
  let pending: string[] = [];
  for (const key of old) {
    if (inRead.has(key)) {
      if (pending.length) before.set(key, pending);
      pending = [];
    } else {
      pending.push(key);
    }
  }
  const out = new Map<string, number>();
  let n = 0;
  if (pending.length === old.length && readStartsAt !== undefined) {
    // The page shows none of what was stored (the thread moved on): order by time instead.
    const sentAt = new Map(stored.map((s) => [s.key, s.sentAt ?? Infinity]));
    for (const key of pending) if ((sentAt.get(key) ?? Infinity) <= readStartsAt) out.set(key, n++);
    pending = pending.filter((key) => !out.has(key));
  }
  tail.push(...pending);
  for (const key of read) {
    for (const s of before.get(key) ?? []) if (!out.has(s)) out.set(s, n++);
    if (!out.has(key)) out.set(key, n++);
  }
  for (const s of tail) if (!out.has(s)) out.set(s, n++);
  return out;
}
