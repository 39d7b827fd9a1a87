/**
 * Client-made ids. UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit counter that keeps
 * ids made in the same millisecond in order, then 62 random bits. Ids sort by creation time, which
 * keeps IndexedDB and the server's B-trees append-mostly and lets the outbox be read in order.
 */

let lastMs = -1;
let counter = 0;
// Random bytes fetched in batches: one getRandomValues call per 512 ids instead of per id.
const pool = new Uint8Array(8 * 512);
let poolAt = pool.length;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** A new UUIDv7; strictly increasing within this context. `now` is for tests. */
export function uuidv7(now: number = Date.now()): string {
  let ms = Math.max(0, Math.floor(now));
  if (ms <= lastMs) {
    ms = lastMs;
    counter += 1;
    if (counter > 0xfff) {
      // 4096 ids in one millisecond: borrow the next millisecond rather than repeat.
      ms += 1;
      counter = 0;
    }
  } else {
    counter = 0;
  }
  lastMs = ms;
  if (poolAt >= pool.length) {
    crypto.getRandomValues(pool);
    poolAt = 0;
  }
  const rand = pool.subarray(poolAt, poolAt + 8);
  poolAt += 8;
  const r = Array.from(rand, (b) => hex(b, 2)).join('');
  const timeHex = hex(ms, 12);
  const variant = hex((((rand[0] ?? 0) & 0x3f) | 0x80) >>> 0, 2);
  return (
    `${timeHex.slice(0, 8)}-${timeHex.slice(8, 12)}-7${hex(counter, 3)}-` + `${variant}${r.slice(2, 4)}-${r.slice(4, 16)}`
  );
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The creation time carried by a UUIDv7. */
export function uuidv7Time(id: string): number {
  return parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}

/**
 * A stable 64-bit hash (two FNV-1a 32-bit lanes with different seeds) as 16 hex digits. Not for
 * secrets: it names a message that has no platform id so re-visits find the same row.
 */
export function stableHash(parts: readonly string[]): string {
  const text = parts.join('\u0000');
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return hex(h1 >>> 0, 8) + hex(h2 >>> 0, 8);
}
