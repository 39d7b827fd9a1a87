#!/usr/bin/env node
// `npm start`: builds the extension for Chrome and Firefox and says where to load it from.
// (The optional team server arrives in its own issue; until then there is nothing else to start.)
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

for (const args of [['wxt', 'build'], ['wxt', 'build', '-b', 'firefox']]) {
  const r = spawnSync('npx', args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
console.log(`
Built. Load the extension:
  Chrome:  chrome://extensions → Developer mode → "Load unpacked" → ${resolve('.output/chrome-mv3')}
  Firefox: about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → ${resolve('.output/firefox-mv2/manifest.json')}
Then open a conversation on x.com, facebook.com, business.facebook.com or instagram.com.`);
