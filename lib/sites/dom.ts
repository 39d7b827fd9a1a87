/**
 * Small DOM helpers shared by the site adapters. They read; they never change the page.
 */

/** querySelector that never throws (an invalid or unsupported selector yields null). */
export function $(root: ParentNode, selector: string): HTMLElement | null {
  try {
    return root.querySelector<HTMLElement>(selector);
  } catch {
    return null;
  }
}

/** querySelectorAll as an array, never throwing. */
export function $$(root: ParentNode, selector: string): HTMLElement[] {
  try {
    return Array.from(root.querySelectorAll<HTMLElement>(selector));
  } catch {
    return [];
  }
}

const BLOCK = /^(DIV|P|LI|BR|H[1-6]|SECTION|ARTICLE|BLOCKQUOTE)$/;

/**
 * The visible text of an element as a user reads it: emoji drawn as `<img alt>` become their
 * characters, `<br>` and block elements become line breaks, hidden helper text
 * (`aria-hidden`, visually hidden spans given in `skip`) is left out.
 */
export function readText(el: Element, skip?: (el: Element) => boolean): string {
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const e = node as Element;
    if (skip?.(e)) return;
    const tag = e.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') return;
    if (tag === 'IMG') {
      out += e.getAttribute('alt') ?? '';
      return;
    }
    if (tag === 'BR') {
      out += '\n';
      return;
    }
    const block = BLOCK.test(tag) && out.length > 0 && !out.endsWith('\n');
    if (block) out += '\n';
    for (let c = e.firstChild; c; c = c.nextSibling) walk(c);
  };
  for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
  return normaliseText(out);
}

/** Collapses runs of spaces, trims each line, keeps paragraph breaks. */
export function normaliseText(s: string): string {
  return s
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Absolute URL of a link, resolved against the page, or undefined. */
export function absUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}
