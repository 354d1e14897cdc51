#!/usr/bin/env node
// `npm run bench [name…]`: runs every benchmark in bench/ (or those whose file name contains a
// given name). Node benchmarks are `bench/*.bench.ts`, run through Vitest so TypeScript and the
// project's Vite config apply; browser benchmarks are `bench/*.browser.mjs` scripts that drive
// Chromium themselves. Each writes JSON to bench/results/ and prints ratios measured in the same run.
import { spawnSync } from 'node:child_process';
import { readdirSync, mkdirSync } from 'node:fs';

const wanted = process.argv.slice(2);
mkdirSync('bench/results', { recursive: true });
const files = readdirSync('bench')
  .filter((f) => /\.bench\.ts$|\.browser\.mjs$/.test(f))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();
if (files.length === 0) {
  console.error(`no benchmark matches ${wanted.join(', ') || '(any)'}`);
  process.exit(1);
}
let failed = 0;
for (const file of files) {
  console.log(`\n=== bench/${file} ===`);
  const [command, args] = file.endsWith('.mjs')
    ? ['node', [`bench/${file}`]]
    : ['npx', ['vitest', 'run', '--config', 'bench/vitest.bench.config.ts', `bench/${file}`]];
  const status = spawnSync(command, args, { stdio: 'inherit' }).status;
  if (status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
