/**
 * Time of the Instagram adapter's extract() on the saved pages and on pages grown to many
 * comments / message rows (copies of the saved items), in happy-dom and, with --chromium, in
 * Debian's Chromium (closer to the content script's real cost).
 *   npx tsx tests/bench/instagram-extract.bench.ts [--chromium]
 * Prints JSON: the fastest of several runs, in milliseconds per extract (the minimum is the
 * least disturbed by other load on the machine).
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { instagramAdapter } from '../../lib/sites/instagram';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIX = path.resolve(here, '../fixtures/platforms/instagram/');
const POST_URL = 'https://www.instagram.com/p/DBx3kLmN0pQ/';
const DM_URL = 'https://www.instagram.com/direct/t/17842055330127433/';
const SIZES = [0, 100, 1_000];

/** Grows a page in its own DOM: N extra copies of the last comment item / message row. */
const GROW = `function grow(doc, kind, n) {
  if (kind === 'post') {
    const items = Array.from(doc.querySelectorAll('article li')).filter((li) => li.querySelector('a[href*="/c/"]')?.closest('li') === li);
    const last = items.at(-1).closest('[role="button"]') ?? items.at(-1);
    for (let i = 0; i < n; i++) {
      const copy = last.cloneNode(true);
      const a = copy.querySelector('a[href*="/c/"]');
      a.setAttribute('href', a.getAttribute('href').replace(/c\\/\\d+/, 'c/' + (90000000000000000 + i)));
      last.parentElement.append(copy);
    }
  } else {
    const rows = Array.from(doc.querySelectorAll('[role="row"]')).filter((r) => r.querySelector('[role="none"]'));
    const list = rows[0].parentElement;
    for (let i = 0; i < n; i++) list.append(rows[i % rows.length].cloneNode(true));
  }
}`;
const grow = new Function(`${GROW}; return grow;`)() as (doc: Document, kind: string, n: number) => void;

function fastest(xs: number[]): number {
  return Math.round(Math.min(...xs) * 100) / 100;
}

function happyDom(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [kind, file, url] of [
    ['post', 'post-comments.html', POST_URL],
    ['dm', 'direct-thread.html', DM_URL],
  ] as const) {
    for (const n of SIZES) {
      const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
      window.document.write(fs.readFileSync(path.join(FIX, file), 'utf8'));
      const doc = window.document as unknown as Document;
      grow(doc, kind, n);
      const times: number[] = [];
      let messages = 0;
      for (let i = 0; i < (n >= 1_000 ? 3 : 9); i++) {
        const t = performance.now();
        const r = instagramAdapter.extract(doc, new URL(url));
        times.push(performance.now() - t);
        if (r.ok) messages = r.conversation.messages.length;
      }
      out[`happydom_${kind}_${messages}msgs_ms`] = fastest(times);
    }
  }
  return out;
}

async function chromium(): Promise<Record<string, number>> {
  const { build } = await import('esbuild');
  const { chromium: browserType } = await import('playwright-core');
  const entry = path.join(here, '../../lib/sites/instagram/index.ts');
  const bundle = await build({
    stdin: { contents: `import { instagramAdapter } from ${JSON.stringify(entry)}; window.ig = instagramAdapter;`, resolveDir: here, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
  });
  const js = bundle.outputFiles[0]!.text;
  const browser = await browserType.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  const out: Record<string, number> = {};
  for (const [kind, file, url] of [
    ['post', 'post-comments.html', POST_URL],
    ['dm', 'direct-thread.html', DM_URL],
  ] as const) {
    await page.route(/^https?:\/\//, (route) =>
      route.request().resourceType() === 'document'
        ? route.fulfill({ status: 200, contentType: 'text/html', body: fs.readFileSync(path.join(FIX, file)) })
        : route.fulfill({ status: 404, body: '' }),
    );
    for (const n of SIZES) {
      await page.goto(url);
      await page.addScriptTag({ content: js });
      const res = await page.evaluate(
        ([growSrc, kind, n]) => {
          const grow = new Function(`${growSrc}; return grow;`)();
          grow(document, kind, n);
          const times: number[] = [];
          let messages = 0;
          for (let i = 0; i < 9; i++) {
            const t = performance.now();
            const r = (window as any).ig.extract(document, new URL(location.href));
            times.push(performance.now() - t);
            if (r.ok) messages = r.conversation.messages.length;
          }
          return { ms: Math.min(...times), messages };
        },
        [GROW, kind, n] as const,
      );
      out[`chromium_${kind}_${res.messages}msgs_ms`] = Math.round(res.ms * 100) / 100;
    }
    await page.unroute(/^https?:\/\//);
  }
  await browser.close();
  return out;
}

const result: Record<string, number> = happyDom();
if (process.argv.includes('--chromium')) Object.assign(result, await chromium());
console.log(JSON.stringify(result, null, 2));
