#!/usr/bin/env node
// Makes sure a Debian browser is there for the end-to-end tests: `chromium` (tests/e2e/, driven by
// playwright-core) or `firefox` (tests/e2e-firefox/, Firefox ESR driven by puppeteer-core over
// WebDriver BiDi, which Firefox speaks itself). Nothing is ever downloaded by Playwright or
// Puppeteer: the machines reach only the npm registry and Debian's apt repositories.
//   node scripts/ensure-browser.mjs chromium|firefox
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const BROWSERS = {
  chromium: { name: 'Chromium', env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', pkg: 'chromium', note: '' },
  firefox: {
    name: 'Firefox',
    env: 'FIREFOX_PATH',
    path: '/usr/bin/firefox-esr',
    pkg: 'firefox-esr',
    note: ' to a recent Firefox (WebDriver BiDi with webExtension.install; ESR 153 is tested)',
  },
};
const which = process.argv[2];
const b = BROWSERS[which];
if (!b) {
  console.error(`usage: node scripts/ensure-browser.mjs ${Object.keys(BROWSERS).join('|')}`);
  process.exit(2);
}
const path = process.env[b.env] || b.path;
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
  execSync('command -v apt-get', { stdio: 'ignore' });
  hasApt = true;
} catch {
  hasApt = false;
}
if (isRoot && hasApt && !process.env[b.env]) {
  console.log(`${b.name} not found: installing Debian package "${b.pkg}" (apt-get)…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${b.pkg}`, {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
  if (existsSync(path)) process.exit(0);
}
console.error(
  `${b.name} not found at ${path}: run "sudo apt-get install -y ${b.pkg}" (Debian/Ubuntu) or set ${b.env}${b.note}, then run the tests again.`,
);
process.exit(1);
