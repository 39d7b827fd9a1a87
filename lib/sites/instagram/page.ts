/**
 * Page-level reading shared by both views: the logged-in (brand) account, message language,
 * first-match selector lists.
 */
import type { Author, Lang } from '../../model/conversation';
import { detectLang } from '../../lang/detect';
import { $, $$ } from '../dom';
import { SELECTORS, type SelectorKey } from './selectors';
import { handleFromPath, profileUrl } from './url';

/** First element matching any selector of a list, in list order. */
export function first(root: ParentNode, key: SelectorKey): HTMLElement | null {
  for (const sel of SELECTORS[key]) {
    const el = $(root, sel);
    if (el) return el;
  }
  return null;
}

/** All elements matching the first selector of a list that matches anything. */
export function all(root: ParentNode, key: SelectorKey): HTMLElement[] {
  for (const sel of SELECTORS[key]) {
    const els = $$(root, sel);
    if (els.length > 0) return els;
  }
  return [];
}

/**
 * The logged-in account from the navigation: the profile link (a one-segment path that is not a
 * route), preferring the one drawn with the profile picture. [MB-ig-sel], PLATFORM-DOM.md §3.5.
 */
export function readBrand(doc: Document, base: string): Author | null {
  const nav = first(doc, 'navigation');
  if (!nav) return null;
  let fallback: string | null = null;
  for (const a of $$(nav, 'a[href]')) {
    const handle = handleFromPath(a.getAttribute('href'), base);
    if (!handle) continue;
    if ($(a, 'img')) return { handle, profileUrl: profileUrl(handle, base) };
    fallback ??= handle;
  }
  return fallback ? { handle: fallback, profileUrl: profileUrl(fallback, base) } : null;
}

/**
 * A message's language: a `lang` attribute on the message itself (not the page's UI language on
 * <html>, which says nothing about what strangers write), else detected from the text.
 */
export function messageLang(el: Element | null, stop: Element | null, text: string): Lang {
  for (let e: Element | null = el; e && e !== stop && e.tagName !== 'HTML'; e = e.parentElement) {
    const lang = e.getAttribute('lang')?.toLowerCase().split('-')[0];
    if (lang === 'de' || lang === 'en') return lang;
    if (lang) break;
  }
  return detectLang(text);
}

/** True when `el` is inside `ancestor` (or is it). */
export function within(el: Element, ancestor: Element): boolean {
  return ancestor === el || ancestor.contains(el);
}
