import type { Theme } from '../messaging/protocol';

/** Parses `rgb(a)` colours; returns null for transparent or unknown values. */
function parseRgb(value: string): [number, number, number] | null {
  const m = value.match(/rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+))?/);
  if (!m) return null;
  if (m[4] !== undefined && Number(m[4]) === 0) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * The host page's theme, so the sidebar can match it: the page's own background colour
 * (X, Facebook and Instagram all paint body or html dark in dark mode), else the OS preference.
 * Two computed-style reads per refresh; no layout.
 */
export function detectTheme(doc: Document): Theme {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgb = parseRgb(getComputedStyle(el).backgroundColor);
    if (rgb) {
      const [r, g, b] = rgb;
      const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      return luminance < 0.45 ? 'dark' : 'light';
    }
  }
  return matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
