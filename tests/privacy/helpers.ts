import { detect, type DetectOptions } from '../../lib/privacy';

/** What a user would see: the type and the flagged text of every finding. */
export function found(text: string, options?: DetectOptions): string[] {
  return detect(text, options).map((s) => `${s.type}: ${text.slice(s.start, s.end)}`);
}
