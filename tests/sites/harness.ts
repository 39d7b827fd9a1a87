import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

// Resolved from this file's path (in happy-dom test files Vite rewrites `new URL(…, import.meta.url)`).
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/platforms/');

/** expected.json: what each saved page must yield. */
export const expected: Record<string, any> = JSON.parse(
  readFileSync(FIXTURES + 'expected.json', 'utf8'),
);

/** The raw HTML of a saved page, e.g. `x/tweet-detail.html`. */
export function fixtureHtml(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

/**
 * Loads HTML into a fresh happy-dom document at the given URL. Scripts in the saved pages are
 * not run (happy-dom's JavaScript evaluation is disabled), so navigation pages show their first state.
 */
export function loadDocument(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Fields of a message that are about meaning (not DOM details such as aria labels). */
export const MESSAGE_FIELDS = [
  'id',
  'commentId',
  'replyCommentId',
  'author',
  'isBrand',
  'text',
  'lang',
  'timestamp',
  'timeLabel',
  'relativeTime',
  'permalink',
  'depth',
  'inReplyTo',
] as const;

/** Picks from `actual` only the meaningful fields that `wanted` lists, for toEqual comparisons. */
export function pickLike(actual: any, wanted: any): any {
  const out: any = {};
  for (const key of MESSAGE_FIELDS) {
    if (key in wanted) {
      out[key] =
        key === 'author' && actual?.author
          ? Object.fromEntries(Object.keys(wanted.author).map((k) => [k, actual.author[k]]))
          : actual?.[key];
    }
  }
  return out;
}

/** The same subset of the expected message. */
export function wantedFields(wanted: any): any {
  const out: any = {};
  for (const key of MESSAGE_FIELDS) if (key in wanted) out[key] = wanted[key];
  return out;
}

/** Hostile strings that mutated fixtures put in place of page text. */
export const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '\u202Eevil\u202C \u200F\u200E',
  '"><script>alert(1)</script>',
  'x'.repeat(50_000),
];
