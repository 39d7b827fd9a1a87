/**
 * Issue 3 benchmark: adapter extraction time in Debian's Chromium on every saved page (goal:
 * median < 5 ms on the largest), and the content scripts' gzip size (goal: ≤ 60 KB).
 *   npx tsx tests/bench/adapters.bench.ts      (after `npx wxt build`)
 * Prints JSON.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/platforms');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<string, { url: string }>;
const RUNS = 60;

async function adapterBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { xAdapter } from './lib/sites/x';
        import { facebookAdapter } from './lib/sites/facebook';
        import { instagramAdapter } from './lib/sites/instagram';
        window.__careAdapters = { x: xAdapter, facebook: facebookAdapter, instagram: instagramAdapter };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    alias: { '@': ROOT },
  });
  return result.outputFiles[0]!.text;
}

function contentScriptSizes(): Record<string, { bytes: number; gzip: number }> | null {
  const dir = join(ROOT, process.env.WXT_OUT_DIR || '.output', 'chrome-mv3/content-scripts');
  if (!existsSync(dir)) return null;
  const out: Record<string, { bytes: number; gzip: number }> = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const buf = readFileSync(join(dir, f));
    out[f] = { bytes: statSync(join(dir, f)).size, gzip: gzipSync(buf, { level: 9 }).length };
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

async function main() {
  const bundle = await adapterBundle();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = await browser.newPage();
  await page.route(/^https?:\/\//, (route) => route.fulfill({ status: 204, body: '' }));
  const results: Record<string, { bytes: number; medianMs: number; p90Ms: number; messages: number }> = {};
  for (const [file, info] of Object.entries(expected)) {
    const html = readFileSync(join(FIXTURES, file), 'utf8');
    await page.unroute(/^https?:\/\//);
    await page.route(/^https?:\/\//, (route) =>
      route.request().resourceType() === 'document'
        ? route.fulfill({ status: 200, contentType: 'text/html', body: html })
        : route.fulfill({ status: 204, body: '' }),
    );
    await page.goto(info.url, { waitUntil: 'load' });
    await page.addScriptTag({ content: bundle });
    const site = file.split('/')[0]!;
    const r = await page.evaluate(
      ([site, runs]) => {
        const adapter = (window as any).__careAdapters[site as string];
        const times: number[] = [];
        let messages = 0;
        for (let i = 0; i < (runs as number); i++) {
          const t = performance.now();
          const res = adapter.extract(document, new URL(location.href));
          times.push(performance.now() - t);
          messages = res.ok ? res.conversation.messages.length : -1;
        }
        return { times, messages };
      },
      [site, RUNS] as const,
    );
    const sorted = [...r.times].sort((a, b) => a - b);
    results[file] = {
      bytes: html.length,
      medianMs: Math.round(median(r.times) * 1000) / 1000,
      p90Ms: Math.round(sorted[Math.floor(sorted.length * 0.9)]! * 1000) / 1000,
      messages: r.messages,
    };
  }
  await browser.close();
  const largest = Object.entries(results).sort((a, b) => b[1].bytes - a[1].bytes)[0]!;
  const sizes = contentScriptSizes();
  const maxGzip = sizes ? Math.max(...Object.values(sizes).map((s) => s.gzip)) : null;
  console.log(
    JSON.stringify(
      {
        benchmark: 'adapters',
        runsPerPage: RUNS,
        largestPage: { file: largest[0], ...largest[1], goalMedianMs: 5, ok: largest[1].medianMs < 5 },
        slowestMedianMs: Math.max(...Object.values(results).map((r) => r.medianMs)),
        pages: results,
        contentScripts: sizes ?? 'not built: run `npx wxt build` first',
        contentScriptMaxGzipBytes: maxGzip,
        contentScriptGoalGzipBytes: 60 * 1024,
        contentScriptOk: maxGzip !== null && maxGzip <= 60 * 1024,
      },
      null,
      2,
    ),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
