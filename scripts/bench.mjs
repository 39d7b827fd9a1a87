#!/usr/bin/env node
// `npm run bench`: every benchmark in tests/bench/ (not part of `npm test`: timings on shared
// machines are noisy, so goals are checked on medians/percentiles printed as JSON, not asserted).
// Builds the Chrome extension first, since some benchmarks measure the built bundle in Chromium.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const files = readdirSync('tests/bench')
  .filter((f) => /\.bench\.(ts|mjs)$/.test(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
const build = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
for (const file of files) {
  console.error(`\n# tests/bench/${file}`);
  const r = spawnSync('npx', ['tsx', `tests/bench/${file}`], { stdio: 'inherit' });
  if (r.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
