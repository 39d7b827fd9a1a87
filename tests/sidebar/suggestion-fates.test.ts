import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../lib/replies/schema';
import { applyVariant, choose, EMPTY_FATES, fateEvents, inserted, leave, replace, show } from '../../lib/sidebar/suggestion-fates';

const s = (id: string, text: string): Suggestion => ({ id, text, strategy: 'next-step', engine: 'core', issues: [] });
const A = s('a', 'Oh nein, seit Dienstag kein Strom in Kassel? Wir prüfen das sofort.');
const B = s('b', 'Das klingt ärgerlich. Magst du uns per DM sagen, welche Straße betroffen ist?');
const C = s('c', 'Danke für den Hinweis zu Kassel – unser Störungsteam ist informiert.');
let n = 0;
const ctx = () => ({ newId: () => `ev-${++n}`, now: new Date('2025-11-18T10:00:00Z'), platform: 'x' as const, conversationId: 'x:1' });
const fates = (d: Parameters<typeof fateEvents>[0]) => fateEvents(d, ctx()).map((e) => [e.suggestionId, e.fate]);

describe('suggestion fates', () => {
  it('inserted unchanged: the chosen one is inserted, the others ignored', () => {
    let st = show(EMPTY_FATES, 'm1', [A, B, C]).state;
    st = choose(st, B);
    const r = inserted(st, `  ${B.text} `);
    expect(fates(r.decided)).toEqual([['a', 'ignored'], ['b', 'inserted'], ['c', 'ignored']]);
    expect(r.state.open).toEqual([]);
  });

  it('edited before inserting: edited, with how much was kept and which variants were used', () => {
    let st = show(EMPTY_FATES, 'm1', [A, B, C]).state;
    st = applyVariant(choose(st, A), 'shorter');
    const ev = fateEvents(inserted(st, 'Oh nein, kein Strom in Kassel? Wir prüfen das.').decided, ctx()).find((e) => e.suggestionId === 'a')!;
    expect(ev.fate).toBe('edited');
    expect(ev.kept).toBeGreaterThan(0.3);
    expect(ev.kept).toBeLessThan(1);
    expect(ev.variants).toEqual(['shorter']);
    expect(ev).toMatchObject({ kind: 'suggestion-fate', engine: 'core', strategy: 'next-step', platform: 'x', conversationId: 'x:1' });
  });

  it('ignored when the agent inserts their own text, or moves to another message', () => {
    const st = show(EMPTY_FATES, 'm1', [A, B]).state;
    expect(fates(inserted(st, 'Ganz eigene Antwort').decided)).toEqual([['a', 'ignored'], ['b', 'ignored']]);
    const moved = show(choose(st, A), 'm2', [C]);
    expect(fates(moved.decided)).toEqual([['a', 'ignored'], ['b', 'ignored']]);
    expect(moved.state.open.map((o) => o.suggestion.id)).toEqual(['c']);
    expect(fates(leave(moved.state).decided)).toEqual([['c', 'ignored']]);
  });

  it('another set ignores the replaced ones but keeps the chosen one open; a model upgrade drops them unrecorded', () => {
    let st = choose(show(EMPTY_FATES, 'm1', [A, B]).state, A);
    const another = replace(st, [C], true);
    expect(fates(another.decided)).toEqual([['b', 'ignored']]);
    st = another.state;
    expect(fates(inserted(st, A.text).decided)).toEqual([['a', 'inserted'], ['c', 'ignored']]);
    expect(replace(show(EMPTY_FATES, 'm1', [A, B]).state, [C], false).decided).toEqual([]);
  });

  it('each suggestion is decided once', () => {
    const st = choose(show(EMPTY_FATES, 'm1', [A]).state, A);
    const first = inserted(st, A.text);
    expect(inserted(first.state, A.text).decided).toEqual([]);
  });
});
