#!/usr/bin/env node
// Makes sure Debian's Chromium is there for the end-to-end tests. Playwright never downloads a
// browser here: the machines reach only the npm registry and Debian's apt repositories.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
  execSync('command -v apt-get', { stdio: 'ignore' });
  hasApt = true;
} catch {
  hasApt = false;
}
if (isRoot && hasApt && !process.env.CHROMIUM_PATH) {
  console.log('Chromium not found: installing Debian package "chromium" (apt-get)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
  if (existsSync(path)) process.exit(0);
}
console.error(
  `Chromium not found at ${path}: run "sudo apt-get install -y chromium" (Debian/Ubuntu) or set CHROMIUM_PATH, then run the tests again.`,
);
process.exit(1);
