import { detect, type DetectOptions } from '../../lib/privacy';

/** What a user would see: the type and the flagged text of every finding. */
export function found(text: string, options?: DetectOptions): string[] {
  return detect(text, options).map((s) => `${s.type}: ${text.slice(s.start, s.end)}`);
}

/** A seeded pseudo-random source in [0, 1): generated test texts are the same on every run. */
export function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}
