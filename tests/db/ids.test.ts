import { describe, expect, it } from 'vitest';
import { stableHash, UUID_RE, uuidv7, uuidv7Time } from '../../lib/db/ids';

describe('uuidv7', () => {
  it('makes RFC 9562 version-7 ids carrying their creation time', () => {
    const t = Date.parse('2026-11-18T09:00:00Z');
    const id = uuidv7(t + 5_000_000_000); // ahead of any id made before in this file
    expect(id).toMatch(UUID_RE);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
    expect(uuidv7Time(id)).toBe(t + 5_000_000_000);
  });
  it('sorts in creation order, also within one millisecond', () => {
    const t = Date.now() + 10_000_000_000;
    const ids = Array.from({ length: 5000 }, () => uuidv7(t));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('stableHash', () => {
  it('is stable and tells different inputs apart', () => {
    expect(stableHash(['a', 'b'])).toBe(stableHash(['a', 'b']));
    expect(stableHash(['a', 'b'])).not.toBe(stableHash(['ab', '']));
    expect(stableHash(['ok', '0'])).not.toBe(stableHash(['ok', '1']));
    expect(stableHash(['x'])).toMatch(/^[0-9a-f]{16}$/);
  });
});
