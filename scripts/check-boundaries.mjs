#!/usr/bin/env node
// The rooms of the house (docs/ARCHITECTURE.md) as import rules, checked on every `npm test`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

/** [room (path prefix under src/), forbidden import test, why] */
const RULES = [
  [
    'core/',
    (spec, target) => /^(svelte|idb|comlink|arima|arima-internal)(\/|$)/.test(spec) || (target && !target.startsWith('core/')),
    'core is pure: it imports only core and pure libraries',
  ],
  ['', (spec) => /^idb(\/|$)/.test(spec), 'only src/storage may import idb', 'storage/'],
  ['', (spec) => /^arima(-internal)?(\/|$)/.test(spec), 'only src/engine may import arima', 'engine/'],
  ['', (spec) => /^comlink(\/|$)/.test(spec), 'only src/workers may import comlink', 'workers/'],
  [
    'ui/components/',
    (_spec, target) => target && /^(storage|workers|engine|app)\//.test(target),
    'components go through ui/state, never storage, workers, engine or app',
  ],
  // app/ is the page's orchestration (it wires core to storage, the worker pools and Web Locks);
  // the rooms it uses never reach back up to it or to the UI.
  ['app/', (_spec, target) => target && /^ui\//.test(target), 'app orchestrates below the UI: it never imports ui'],
  ['workers/', (_spec, target) => target && /^(ui|app)\//.test(target), 'workers are worker entries, their APIs, bridges and pools: never ui or app'],
  ['storage/', (_spec, target) => target && /^(ui|app|workers)\//.test(target), 'storage only stores: never ui, app or workers'],
];

/**
 * The rooms of src/core from the bottom up (a folder, or a file directly in core/); a room imports
 * only rooms on lower lines, so a training run walks downward: pipeline → runs → exchange → registry
 * → search → config → model → data. Rooms on one line are independent of each other.
 */
export const CORE_ROOMS = [
  ['result.ts', 'digest.ts'], // errors as values and the hash: what every room uses
  ['canonical-json.ts', 'error-text.ts'], // one text per value, so equal values hash equal (keys, checksums); one sentence per error
  ['data'], // reading files into weekly series
  ['model', 'chart'], // fitting and scoring one spec; drawing a series
  ['config'], // the study configuration: profiles, layers, validation
  ['search'], // the study: spaces, samplers, trials, the choice
  ['registry'], // versions, champions, retraining decisions
  ['exchange'], // file formats in and out (model JSON, CSV, Optuna journals)
  ['runs'], // run records and the views over them
  ['pipeline'], // the walks that drive all of the above: import and train
  ['records.ts', 'index.ts'], // the app's surfaces onto core: they gather from below
  ['stored'], // stored records' versions and their upgrades on read: it names every stored kind
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name)) yield path;
  }
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|new URL\(\s*['"]([^'"]+)['"]/g;
const specsOf = (text) => [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
const targetOf = (rel, spec) => (spec.startsWith('.') ? relative('/', resolve('/', dirname(rel), spec)) + (spec.endsWith('/') ? '/' : '') : undefined);

/** Problems with the rules above, for sources keyed by their path under src/. */
export function ruleProblems(sources) {
  const problems = [];
  for (const [rel, text] of sources) {
    for (const spec of specsOf(text)) {
      const target = targetOf(rel, spec);
      for (const [room, forbidden, why, exempt] of RULES) {
        if (!rel.startsWith(room) || (exempt && rel.startsWith(exempt))) continue;
        if (target?.startsWith('test/') && room === 'core/') continue;
        if (forbidden(spec, target)) problems.push(`src/${rel}: imports "${spec}" — ${why}`);
      }
    }
  }
  return problems;
}

/** The import graph of src/core: file → files it imports (type-only imports count: they tie the rooms too). */
function coreGraph(sources) {
  const graph = new Map();
  for (const [rel, text] of sources) {
    if (!rel.startsWith('core/')) continue;
    const edges = new Set();
    for (const spec of specsOf(text)) {
      const target = targetOf(rel, spec);
      if (!target?.startsWith('core/')) continue;
      const file = [target, `${target}.ts`, `${target.replace(/\/$/, '')}/index.ts`].find((t) => sources.has(t));
      if (file) edges.add(file);
    }
    graph.set(rel, edges);
  }
  return graph;
}

/** Strongly connected components with more than one file (or a file importing itself): the cycles. */
function cycles(graph) {
  let index = 0;
  const stack = [];
  const info = new Map();
  const found = [];
  const visit = (v) => {
    info.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!info.has(w)) {
        visit(w);
        info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
      } else if (info.get(w).onStack) info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
    }
    if (info.get(v).low === info.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        info.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.has(v)) found.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!info.has(v)) visit(v);
  return found;
}

/** One loop through a cycle's files, for the message: a → b → … → a. */
function loopThrough(component, graph) {
  const members = new Set(component);
  const start = component[0];
  const path = [start];
  const seen = new Set([start]);
  for (let at = start; ;) {
    const next = [...graph.get(at)].filter((f) => members.has(f)).sort();
    if (next.includes(start) && path.length > 1) return [...path, start];
    const step = next.find((f) => !seen.has(f)) ?? start;
    if (step === start) return [...path, start];
    path.push(step);
    seen.add(step);
    at = step;
  }
}

const roomOf = (rel) => rel.split('/')[1];

/** Import cycles inside src/core and imports that climb (or cross sideways) between its rooms. */
export function coreProblems(sources, rooms = CORE_ROOMS) {
  const level = new Map(rooms.flatMap((line, i) => line.map((room) => [room, i])));
  const graph = coreGraph(sources);
  const problems = [];
  for (const file of graph.keys()) {
    if (!level.has(roomOf(file))) problems.push(`src/${file}: core room "${roomOf(file)}" has no place in CORE_ROOMS (scripts/check-boundaries.mjs)`);
  }
  for (const [file, targets] of graph) {
    const from = roomOf(file);
    for (const target of targets) {
      const to = roomOf(target);
      if (from === to || !level.has(from) || !level.has(to)) continue;
      if (level.get(to) > level.get(from))
        problems.push(`src/${file}: imports src/${target} — an arrow up from ${from} to ${to}; core rooms import only rooms below them`);
      else if (level.get(to) === level.get(from))
        problems.push(`src/${file}: imports src/${target} — ${from} and ${to} are side by side and must not depend on each other`);
    }
  }
  for (const component of cycles(graph)) {
    const loop = loopThrough(component, graph);
    const others = component.filter((f) => !loop.includes(f));
    problems.push(
      `import cycle in src/core: ${loop.map((f) => `src/${f}`).join(' → ')}${others.length ? ` (tied in with ${others.map((f) => `src/${f}`).join(', ')})` : ''}`,
    );
  }
  return problems;
}

export function readSources(root) {
  return new Map([...files(root)].map((file) => [relative(root, file), readFileSync(file, 'utf8')]));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sources = readSources(resolve('src'));
  const problems = [...ruleProblems(sources), ...coreProblems(sources)];
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log('boundaries: ok');
}
