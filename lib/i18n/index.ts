import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';
import de from '../../public/_locales/de/messages.json';

/**
 * The sidebar's and options page's own words. `public/_locales/{de,en}/messages.json` are the
 * single source (the browser uses them for the manifest too); they are bundled here so the UI can
 * also follow a language chosen in the options and render in unit tests.
 */
type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const CATALOGS: Record<UiLang, Catalog> = { en, de };

export type UiLang = 'de' | 'en';
export type MessageKey = keyof typeof en;

let current: UiLang = detectUiLang();

/** The browser's UI language, reduced to the two the product speaks (English otherwise). */
export function detectUiLang(): UiLang {
  let tag = '';
  try {
    tag = browser?.i18n?.getUILanguage?.() ?? '';
  } catch {
    tag = '';
  }
  if (!tag && typeof navigator !== 'undefined') tag = navigator.language ?? '';
  return tag.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function setUiLang(lang: UiLang): void {
  current = lang;
}

export function uiLang(): UiLang {
  return current;
}

/** Translates a key; `$1`… in the message are filled from `subs`, as in chrome.i18n. */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const entry = CATALOGS[current][key] ?? CATALOGS.en[key];
  if (!entry) return key;
  let text = entry.message;
  for (const [name, ph] of Object.entries(entry.placeholders ?? {})) {
    const index = Number(ph.content.replace('$', '')) - 1;
    text = text.replace(new RegExp('\\$' + name + '\\$', 'gi'), String(subs[index] ?? ''));
  }
  return text;
}
