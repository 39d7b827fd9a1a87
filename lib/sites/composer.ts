import type { InsertResult } from './types';

/**
 * Putting text into the sites' composers. Research and sources: PLATFORM-DOM.md §4.
 * The extension only fills the composer; the agent presses the site's own send button.
 */

/** Waits for a condition over a few animation-free ticks (editors commit on a later task). */
async function eventually(check: () => boolean, timeoutMs = 1_000): Promise<boolean> {
  const start = Date.now();
  for (;;) {
    if (check()) return true;
    if (Date.now() - start > timeoutMs) return false;
    await new Promise((r) => setTimeout(r, 25));
  }
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Current text of a composer element: value for textareas, innerText for contenteditables. */
export function composerText(el: HTMLElement): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  return (el.innerText ?? el.textContent ?? '').replace(/\u200b/g, '');
}

/**
 * React-controlled <textarea>: set the value through the prototype's setter (React tracks the
 * instance property) and dispatch `input`, so the site's state and send button update.
 */
export async function insertIntoTextarea(el: HTMLTextAreaElement, text: string): Promise<InsertResult> {
  el.focus();
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  el.select();
  let done = false;
  try {
    done = document.execCommand('insertText', false, text) && el.value === text;
  } catch {
    done = false;
  }
  if (!done) {
    if (setter) setter.call(el, text);
    else el.value = text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return el.value === text ? { ok: true } : { ok: false, error: 'composer did not take the text' };
}

/** Selects the whole content of a contenteditable so the next insertion replaces it. */
function selectAll(el: HTMLElement): void {
  el.focus();
  const sel = el.ownerDocument.getSelection();
  if (!sel) return;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  sel.removeAllRanges();
  sel.addRange(range);
}

/** Dispatches a synthetic paste with text/plain, which Draft.js and Lexical both handle. */
function dispatchPaste(el: HTMLElement, text: string): boolean {
  try {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    const ev = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
    el.dispatchEvent(ev);
    return ev.defaultPrevented;
  } catch {
    return false;
  }
}

/**
 * Draft.js (X) and Lexical (Meta) contenteditables. Draft.js needs a paste event (execCommand
 * leaves its state empty, OCLI-1265); Lexical takes one `execCommand('insertText')` for a single
 * line and a paste for several lines, and commits on a later task, so success is checked
 * asynchronously and never retried by inserting again (PM-85: triple inserts).
 */
export async function insertIntoContentEditable(
  el: HTMLElement,
  text: string,
  kind: 'draftjs' | 'lexical' | 'plain',
): Promise<InsertResult> {
  selectAll(el);
  const multiLine = text.includes('\n');
  let handled = false;
  if (kind === 'draftjs' || (kind === 'lexical' && multiLine)) handled = dispatchPaste(el, text);
  if (!handled) {
    try {
      handled = el.ownerDocument.execCommand('insertText', false, text);
    } catch {
      handled = false;
    }
  }
  if (!handled) {
    return { ok: false, error: 'the site editor refused the text' };
  }
  const want = squash(text);
  const ok = await eventually(() => squash(composerText(el)).includes(want));
  return ok ? { ok: true } : { ok: false, error: 'the text did not appear in the site editor' };
}
