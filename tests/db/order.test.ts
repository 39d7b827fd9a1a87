import { describe, expect, it } from 'vitest';
import { mergeOrder } from '../../lib/db/order';

const stored = (...keys: string[]) => keys.map((key, position) => ({ key, position }));
const order = (m: Map<string, number>): string[] => [...m].sort((a, b) => a[1] - b[1]).map(([k]) => k);

describe('mergeOrder', () => {
  it('changes nothing when the page shows the same messages again', () => {
    const m = mergeOrder(stored('a', 'b', 'c'), ['a', 'b', 'c']);
    expect([...m]).toEqual([['a', 0], ['b', 1], ['c', 2]]);
  });
  it('keeps messages that scrolled away before the ones now shown', () => {
    expect(order(mergeOrder(stored('a', 'b', 'c'), ['c', 'd', 'e']))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('puts older messages loaded by scrolling up before the known ones', () => {
    expect(order(mergeOrder(stored('c', 'd'), ['a', 'b', 'c', 'd']))).toEqual(['a', 'b', 'c', 'd']);
  });
  it('keeps a stale message between the neighbours it had', () => {
    expect(order(mergeOrder(stored('a', 'b', 'c'), ['a', 'c', 'd']))).toEqual(['a', 'b', 'c', 'd']);
  });
  it('keeps stale messages after the window at the end', () => {
    expect(order(mergeOrder(stored('a', 'b', 'c', 'd'), ['a', 'b']))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('mergeOrder without overlap', () => {
  it('orders by time when the page shows none of the stored messages', () => {
    const m = mergeOrder(
      [
        { key: 'a', position: 0, sentAt: 100 },
        { key: 'b', position: 1, sentAt: 200 },
      ],
      ['c', 'd'],
      150,
    );
    expect(order(m)).toEqual(['a', 'c', 'd', 'b']);
  });
});
