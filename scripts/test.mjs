#!/usr/bin/env node
// `npm test`: the whole suite. Unit tests first (fast feedback), then a Chrome build and the
// end-to-end tests in Debian's Chromium with that build loaded, then the Firefox build and its
// smoke tests in Debian's Firefox ESR.
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run('npx', ['vitest', 'run']);
run('node', ['scripts/ensure-browser.mjs', 'chromium']);
run('npx', ['wxt', 'build']);
run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts']);
run('node', ['scripts/ensure-browser.mjs', 'firefox']);
run('npx', ['wxt', 'build', '-b', 'firefox']);
run('npx', ['vitest', 'run', '--config', 'vitest.firefox.config.ts']);
