#!/usr/bin/env node
// Makes sure Debian's Firefox ESR is there for the Firefox end-to-end tests (tests/e2e-firefox/).
// puppeteer-core drives it over WebDriver BiDi, which Firefox speaks itself: no geckodriver and
// no browser download (the machines reach only the npm registry and Debian's apt repositories).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
  execSync('command -v apt-get', { stdio: 'ignore' });
  hasApt = true;
} catch {
  hasApt = false;
}
if (isRoot && hasApt && !process.env.FIREFOX_PATH) {
  console.log('Firefox not found: installing Debian package "firefox-esr" (apt-get)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr', {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
  if (existsSync(path)) process.exit(0);
}
console.error(
  `Firefox not found at ${path}: run "sudo apt-get install -y firefox-esr" (Debian/Ubuntu) or set FIREFOX_PATH to a recent Firefox (WebDriver BiDi with webExtension.install; ESR 153 is tested), then run the tests again.`,
);
process.exit(1);
