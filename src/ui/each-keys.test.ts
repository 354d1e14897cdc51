// Every keyed `{#each}` in the UI is keyed by something unique by construction. Svelte throws
// `each_key_duplicate` (in production too) when two items share a key, and the screen stops: a CSV
// with two columns named alike hid the mapping dialog for good; two files rejecting the same row
// number crashed the dataset view on every reload; a model file repeating a forecast week crashed
// that product's Models view. Keys from a user's file (headers, dates, labels, messages) are never
// unique by construction, so such lists are keyed by position. A new key must be added below with
// the reason it cannot repeat.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

const UI = new URL('.', import.meta.url).pathname;

/** `file: key` → why two items can never share it. */
const UNIQUE_KEYS: Record<string, string> = {
  'components/GlossaryDialog.svelte: entry.id': 'a constant list of terms',
  'components/ProductPicker.svelte: r.at': "the row's position in the filtered list",
  'components/QualityReport.svelte: note.filter': 'one note per filter',
  'screens/DataScreen.svelte: filter': 'one offer per filter',
  'screens/SettingsScreen.svelte: c': "a setting's constant list of choices",
  'screens/HomeScreen.svelte: t.productId': 'the overview has one row per product (one champion each)',
  'screens/HomeScreen.svelte: s.productId': 'the overview has one row per product (one champion each)',
  'screens/HomeScreen.svelte: d.productId': 'the overview has one row per product (one champion each)',
  'screens/ModelsScreen.svelte: a.id': 'registered products, one entry per product id',
  'App.svelte: s.id': 'a constant list of screens',
  'components/AccuracyTable.svelte: c': 'a constant list of columns',
  'components/AccuracyTable.svelte: row.label': 'a constant list of rows (the model and three baselines)',
  'components/ModelDetails.svelte: c.testId': 'a constant list of criteria',
  'components/StudyCharts.svelte: d.number': 'the stored key of a trial within its study',
  'components/FamilyPicker.svelte: family': 'a constant list of families',
  'components/FamilyPicker.svelte: name': 'the keys of one object',
  'components/MappingDialog.svelte: key': 'a constant list of roles',
  'components/DecisionLog.svelte: d.id': 'the stored key of a decision',
  'components/ModelVersions.svelte: v.version': 'the stored key of a version within a product',
  'components/ModelVersions.svelte: champ.version': 'the stored key of a version within a product',
  'components/QualityReport.svelte: p.id': 'products are grouped by id',
  'components/TrialTable.svelte: c': 'a constant list of columns',
  'components/TrialTable.svelte: t.number': 'the stored key of a trial within its study',
  'components/StudyCharts.svelte: p': 'the keys of one search space',
  'components/runs/StepGraphDrawing.svelte: n.id': 'node ids are built from step names, one per step',
  'components/runs/StepGraph.svelte: n.id': 'node ids are built from step names, one per step',
  'components/runs/StepGraph.svelte: p.productId': "a run's products are keyed by id",
  'components/runs/RunsTable.svelte: key': 'a constant list of columns',
  'components/runs/RunsTable.svelte: row.run.id': 'the stored key of a run',
  'components/runs/RunCompare.svelte: c.key': 'the keys of one flattened config',
  'components/runs/RunCompare.svelte: m': 'a constant list of metrics',
  'components/runs/ArtifactPanel.svelte: k': 'the keys of one object',
  'components/runs/ArtifactPanel.svelte: `${m.productId}@${m.version}`': 'the stored key of a version',
  'screens/DataScreen.svelte: r.step': 'one report per pipeline step',
  'screens/ProductScreen.svelte: v.version': 'the stored key of a version within a product',
  'screens/ProductScreen.svelte: s.key': 'the stored key of a study',
  'screens/ModelsScreen.svelte: a.productId': 'one row per product, grouped by id',
  'screens/CatalogueScreen.svelte: col.key': 'a constant list of columns',
  'screens/CatalogueScreen.svelte: r.productId': 'one row per product, grouped by id',
  'screens/StudiesScreen.svelte: p.id': 'the products of one stored dataset, keyed by id',
  'screens/StudiesScreen.svelte: p.productId': 'progress is an object keyed by product id',
  'screens/StudiesScreen.svelte: s.key': 'the stored key of a study',
  'screens/RunsScreen.svelte: g.experiment': 'runs are grouped by experiment',
  'screens/RunsScreen.svelte: k': 'the keys of one object',
  'screens/RunsScreen.svelte: d.id': 'the stored key of a dataset',
  'screens/MonitoringScreen.svelte: r': 'reasons are deduplicated through a Set',
  'screens/MonitoringScreen.svelte: r.runId': 'one row per stored run',
  'screens/MonitoringScreen.svelte: g.productId': 'one row per product, grouped by id',
  'screens/MonitoringScreen.svelte: b.productId': 'one row per product, grouped by id',
  'screens/MonitoringScreen.svelte: `${d.id ?? i}-${d.productId}-${d.at}`': 'the stored key of a decision, else its position',
  // The Settings screen is being changed elsewhere; its two message lists are deduplicated by
  // config-state, so their keys cannot repeat today.
  'screens/SettingsScreen.svelte: message': 'stored problems are listed once each',
  'screens/SettingsScreen.svelte: problem.source + problem.key + problem.message': 'one problem per source and key',
  'screens/SettingsScreen.svelte: key': 'a constant list of config keys',
};

interface EachKey {
  place: string;
  key: string;
  index: string | null;
}

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? svelteFiles(join(dir, e.name)) : e.name.endsWith('.svelte') ? [join(dir, e.name)] : [],
  );
}

function eachKeys(file: string): EachKey[] {
  const source = readFileSync(file, 'utf8');
  const found: EachKey[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: string; key?: { start: number; end: number }; index?: string };
    if (n.type === 'EachBlock' && n.key) found.push({ place: relative(UI, file), key: source.slice(n.key.start, n.key.end), index: n.index ?? null });
    for (const child of Object.values(node)) if (typeof child === 'object') visit(child);
  };
  visit(parse(source, { modern: true }).fragment);
  return found;
}

describe('keyed each blocks in src/ui', () => {
  const all = svelteFiles(UI).flatMap(eachKeys);

  it('finds the keyed lists (the scan itself works)', () => expect(all.length).toBeGreaterThan(40));

  it('key every list by its position or by something unique by construction', () => {
    const unvetted = all.filter((k) => k.key !== k.index && !UNIQUE_KEYS[`${k.place}: ${k.key}`]).map((k) => `${k.place}: ${k.key}`);
    expect(unvetted).toEqual([]);
  });
});
