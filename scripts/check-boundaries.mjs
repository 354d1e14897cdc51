#!/usr/bin/env node
// The rooms of the house (ARCHITECTURE.md) as import rules, checked on every `npm test`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';

const ROOT = resolve('src');
/** [room (path prefix under src/), forbidden import test, why] */
const RULES = [
  ['core/', (spec, target) => /^(svelte|idb|comlink|arima|arima-internal)(\/|$)/.test(spec) || (target && !target.startsWith('core/')), 'core is pure: it imports only core and pure libraries'],
  ['', (spec) => /^idb(\/|$)/.test(spec), 'only src/storage may import idb', 'storage/'],
  ['', (spec) => /^arima(-internal)?(\/|$)/.test(spec), 'only src/engine may import arima', 'engine/'],
  ['', (spec) => /^comlink(\/|$)/.test(spec), 'only src/workers may import comlink', 'workers/'],
  ['ui/components/', (_spec, target) => target && /^(storage|workers|engine|app)\//.test(target), 'components go through ui/state, never storage, workers, engine or app'],
  // app/ is the page's orchestration (it wires core to storage, the worker pools and Web Locks);
  // the rooms it uses never reach back up to it or to the UI.
  ['app/', (_spec, target) => target && /^ui\//.test(target), 'app orchestrates below the UI: it never imports ui'],
  ['workers/', (_spec, target) => target && /^(ui|app)\//.test(target), 'workers are worker entries, their APIs, bridges and pools: never ui or app'],
  ['storage/', (_spec, target) => target && /^(ui|app|workers)\//.test(target), 'storage only stores: never ui, app or workers'],
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name)) yield path;
  }
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|new URL\(\s*['"]([^'"]+)['"]/g;
const problems = [];
for (const file of files(ROOT)) {
  const rel = relative(ROOT, file);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2] ?? match[3];
    const target = spec.startsWith('.') ? relative(ROOT, resolve(dirname(file), spec)) + (spec.endsWith('/') ? '/' : '') : undefined;
    for (const [room, forbidden, why, exempt] of RULES) {
      if (!rel.startsWith(room) || (exempt && rel.startsWith(exempt))) continue;
      if (target?.startsWith('test/') && room === 'core/') continue;
      if (forbidden(spec, target)) problems.push(`src/${rel}: imports "${spec}" — ${why}`);
    }
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('boundaries: ok');
