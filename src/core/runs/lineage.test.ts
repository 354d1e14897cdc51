// The lineage of a training run over run records as the pipelines write them: the data pipeline
// recorded as an import run, then trainRun with its real steps (native engine, in-memory ports).
import { describe, expect, it } from 'vitest';
import { bookScanCsv, panelRows } from '../../test/bookscan';
import { parseDay } from '../data/dates';
import { readHead } from '../data/file-head';
import { DEFAULT_PREPARE, type PreparedDataset } from '../data/prepare';
import { DEFAULT_QUALITY } from '../data/quality';
import { DEFAULT_SPLIT } from '../data/split';
import { sha256Hex } from '../digest';
import { nativeEngine } from '../model/native';
import { judgeChallenger } from '../registry/champion';
import { emptyAliases, registeredModelName, type ModelVersion, type ProductAliases } from '../registry/registry-types';
import { resolveConfig } from '../config/resolve';
import { ok } from '../result';
import type { StudyRecord } from '../search/study-record';
import type { TrialRecord } from '../search/types';
import { DATA_STEPS, type DataPipelineParams, type ImportSource } from '../pipeline/data-steps';
import { MemoryArtifactStore } from '../pipeline/memory-store';
import type { RunRecord } from './run-record';
import { runPipeline } from '../pipeline/runner';
import { localFitter } from '../pipeline/train-fitter';
import type { TrainPorts } from '../pipeline/train-ports';
import { trainRun } from '../pipeline/train-run';
import { startImportRun, stepRecorder } from '../pipeline/import-run';
import { lineageOf, type ModelRef } from './lineage';

const csv = bookScanCsv(panelRows('data/dominicks-tuna/long.csv', ['tuna-b1', 'tuna-b2']), 'F - Adult Fiction');
const params: DataPipelineParams = { import: { mappings: [] }, prepare: DEFAULT_PREPARE, quality: DEFAULT_QUALITY, split: DEFAULT_SPLIT };

/** The data worker's import: a run record with each step's digests, the artifacts committed. */
async function recordedImport(store: MemoryArtifactStore): Promise<{ run: RunRecord; prepared: PreparedDataset }> {
  const head = readHead(csv, true);
  if (!head.ok) throw new Error(head.error.message);
  const file = {
    name: 'oj-bookscan.csv',
    mapping: head.value.mapping,
    delimiter: head.value.delimiter,
    async *chunks() {
      yield csv;
    },
  };
  const sources = { files: { digest: await sha256Hex(csv), payload: { files: [file], today: parseDay('2026-12-01')! } satisfies ImportSource } };
  const record = startImportRun({
    id: 'import-1',
    startedAt: new Date('2026-12-02T00:07:00Z'),
    datasetName: 'oj-bookscan.csv',
    sourceDigest: sources.files.digest,
    files: [{ name: 'oj-bookscan.csv', digest: sources.files.digest }],
    params,
  });
  const toStep = stepRecorder(DATA_STEPS, sources);
  const run = await runPipeline(DATA_STEPS, sources, { ...params }, store, { onStep: (r) => record.steps.push(toStep(r)) });
  await store.putAll(run.fresh);
  return {
    run: { ...record, status: 'completed', endedAt: '2026-12-02T00:07:01.000Z', datasetId: run.headers.prepare!.digest },
    prepared: await run.payload<PreparedDataset>('prepare'),
  };
}

/** Runs, studies and registry in memory, behaving as the repositories do (the registry judges with the same rule). */
function memoryPorts() {
  const runs = new Map<string, RunRecord>();
  const studies = new Map<string, StudyRecord>();
  const trials = new Map<string, TrialRecord[]>();
  const versions: ModelVersion[] = [];
  const aliases = new Map<string, ProductAliases>();
  const ports: TrainPorts = {
    fitter: localFitter({ native: nativeEngine }),
    runs: {
      start: async (run) => void runs.set(run.id, structuredClone(run)),
      addStep: async (id, step) => void runs.get(id)!.steps.push(step),
      addProduct: async (id, result, steps = []) => {
        runs.get(id)!.steps.push(...steps);
        runs.get(id)!.products.push(result);
      },
      finish: async (id, status, at = new Date()) => void Object.assign(runs.get(id)!, { status, endedAt: at.toISOString() }),
    },
    studies: {
      getStudy: async (key) => studies.get(key),
      saveStudy: async (record) => void studies.set(record.key, record),
      restartStudy: async (record) => void (studies.set(record.key, record), trials.set(record.key, [])),
      listTrials: async (key) => trials.get(key) ?? [],
      putTrial: async (key, t) => void trials.set(key, [...(trials.get(key) ?? []).filter((x) => x.number !== t.number), t]),
    },
    registry: {
      getChampion: async (productId) => {
        const n = aliases.get(productId)?.champion;
        const model = versions.find((v) => v.productId === productId && v.version === n);
        return model ? { kind: 'present', model } : { kind: 'none' };
      },
      register: async (draft, policy, options) => {
        const current = aliases.get(draft.productId) ?? emptyAliases(draft.productId);
        const version: ModelVersion = { ...draft, recordVersion: 2, name: registeredModelName(draft.productId), version: current.nextVersion };
        const champion = versions.find((v) => v.productId === draft.productId && v.version === current.champion) ?? null;
        const change = judgeChallenger({
          aliases: current,
          challenger: version,
          champion,
          championOnWindow: options?.championOnWindow ?? null,
          policy,
          at: new Date().toISOString(),
        });
        versions.push(version);
        aliases.set(draft.productId, { ...change.aliases, nextVersion: version.version + 1 });
        return ok({ ...change, aliases: aliases.get(draft.productId)!, version, deleted: [] });
      },
      replaceFuture: async () => {
        throw new Error('not used');
      },
    },
  };
  const modelRefs = (): ModelRef[] =>
    versions.map((v) => ({
      productId: v.productId,
      version: v.version,
      dataDigest: v.data.digest,
      name: v.name,
      champion: aliases.get(v.productId)?.champion === v.version,
    }));
  return { ports, runs, studies, modelRefs };
}

async function importThenTrain() {
  const store = new MemoryArtifactStore();
  const { run: imported, prepared } = await recordedImport(store);
  const memory = memoryPorts();
  // BookScan ids are ISBNs: the first product's.
  const product = prepared.products[0]!;
  const resolved = resolveConfig({ url: { profile: 'development', engine: 'native', search_space: { engines: ['native'] }, n_trials: 6, min_trials: 6 } });
  const trained = await trainRun(
    {
      runId: 'train-1',
      datasetId: imported.datasetId,
      datasetName: 'oj-bookscan.csv',
      products: [{ id: product.id, title: product.title, series: { start: product.start, values: product.values } }],
      resolved,
      concurrency: 1,
      appVersion: 'test',
      now: () => new Date('2026-12-02T00:08:00Z'),
      timeZone: 'UTC',
    },
    memory.ports,
  );
  const runs = [memory.runs.get('train-1')!, imported];
  const headers = new Set([...store.artifacts.values()].map((a) => a.digest));
  // What storage holds: artifact headers, study keys, registered versions (`name/version`).
  const stored = new Set([...headers, ...memory.studies.keys(), ...memory.modelRefs().map((m) => `${m.name}/${m.version}`)]);
  return { imported, trained, runs, stored, headers, models: memory.modelRefs(), seriesDigest: product.digest!, productId: product.id };
}

describe('the lineage of a training run', () => {
  it('names the training run and its experiment for people, keeping the dataset id', async () => {
    const { trained, imported } = await importThenTrain();
    expect(trained.name).toBe('Training · oj-bookscan.csv · development · 2 Dec 00:08');
    expect(trained.experiment).toBe('oj-bookscan.csv');
    expect(trained.experiment).toBe(imported.experiment);
    expect(trained.datasetId).toBe(imported.datasetId);
  }, 120_000);

  it('reads the dataset in its first step, never a product id as if it were a file', async () => {
    const { runs, imported, productId } = await importThenTrain();
    const steps = runs[0]!.steps;
    expect(steps[0]).toMatchObject({ step: 'decide', inputs: [imported.datasetId] });
    expect(steps.flatMap((s) => [...s.inputs, ...s.outputs])).not.toContain(productId);
  }, 120_000);

  it('traces the registered version back through study, series and dataset to the CSV file, and says it is champion', async () => {
    const { runs, stored, models, trained, seriesDigest, imported, productId } = await importThenTrain();
    const studyKey = trained.products[0]!.studyKey!;
    const version = runs[0]!.steps.find((s) => s.step === 'register')!.outputs[0]!;
    expect(version).toBe(`arima_book_${productId}/1`);
    const lineage = lineageOf(version, runs, stored, models);
    expect(lineage.kind).toBe('model');
    expect(lineage.stored).toBe(true);
    expect(lineage.ancestors.map((a) => [a.digest, a.step ?? a.file])).toEqual([
      [studyKey, 'search'],
      [seriesDigest, 'decide'],
      [imported.datasetId, 'prepare'],
      [imported.steps[0]!.outputs[0], 'import'],
      [imported.config.sourceDigest, 'oj-bookscan.csv'],
    ]);
    expect(lineage.files).toEqual(['oj-bookscan.csv']);
    expect(lineage.models).toEqual([{ productId, version: 1, name: `arima_book_${productId}`, champion: true }]);
  }, 120_000);

  it('shows the study and the series as stored while they are, each with the model built from it', async () => {
    const { runs, stored, models, trained, seriesDigest, imported, headers, productId } = await importThenTrain();
    const studyKey = trained.products[0]!.studyKey!;
    const study = lineageOf(studyKey, runs, stored, models);
    expect(study).toMatchObject({ kind: 'study', stored: true, files: ['oj-bookscan.csv'] });
    expect(study.usedBy.map((u) => u.step)).toEqual(['evaluate', 'register']);
    expect(study.models.map((m) => `${m.name} v${m.version}`)).toEqual([`arima_book_${productId} v1`]);
    const series = lineageOf(seriesDigest, runs, stored, models);
    expect(series).toMatchObject({ kind: 'series', stored: true, files: ['oj-bookscan.csv'] });
    expect(series.models.map((m) => m.version)).toEqual([1]);
    const dataset = lineageOf(imported.datasetId, runs, stored, models, new Set([seriesDigest]));
    expect(dataset.usedBy.map((u) => `${u.step} ${u.productId}`)).toContain(`decide ${productId}`);
    expect(dataset.models.map((m) => m.version)).toEqual([1]);
    // The dataset deleted: its artifacts (and the series inside it) are gone; the study and the version are not.
    const withoutDataset = new Set([...stored].filter((d) => !headers.has(d)));
    expect(lineageOf(seriesDigest, runs, withoutDataset, models).stored).toBe(false);
    expect(lineageOf(studyKey, runs, withoutDataset, models).stored).toBe(true);
  }, 120_000);
});
