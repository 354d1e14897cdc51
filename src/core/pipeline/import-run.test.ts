import { describe, expect, it } from 'vitest';
import { bookScanCsv, panelRows } from '../../test/bookscan';
import { parseDay } from '../data/dates';
import { readHead } from '../data/file-head';
import { DEFAULT_PREPARE } from '../data/prepare';
import { DEFAULT_QUALITY } from '../data/quality';
import { DEFAULT_SPLIT } from '../data/split';
import { sha256Hex } from '../digest';
import { DATA_STEPS, type DataPipelineParams, type ImportSource } from './data-steps';
import { MemoryArtifactStore } from './memory-store';
import type { RunRecord } from '../runs/run-record';
import { runPipeline } from './runner';
import { lineageOf } from '../runs/lineage';
import { startImportRun, stepRecorder } from './import-run';

const fiction = bookScanCsv(panelRows('data/uci-sales-weekly/long.csv', ['P1', 'P2', 'P3'], 60), 'F - Adult Fiction');

async function sources(text: string) {
  const head = readHead(text, true);
  if (!head.ok) throw new Error(head.error.message);
  const file = {
    name: 'fiction.csv',
    mapping: head.value.mapping,
    delimiter: head.value.delimiter,
    async *chunks() {
      yield text;
    },
  };
  const payload: ImportSource = { files: [file], today: parseDay('2026-11-27')! };
  return { files: { digest: await sha256Hex(text), payload } };
}

/** What the data worker does: start a record, add each step as the runner reports it, finish. */
async function recordedImport(id: string, store: MemoryArtifactStore, params: DataPipelineParams): Promise<RunRecord> {
  const src = await sources(fiction);
  const record = startImportRun({
    id,
    startedAt: new Date('2026-11-27T05:00:00Z'),
    datasetName: 'fiction.csv',
    sourceDigest: src.files.digest,
    files: [{ name: 'fiction.csv', digest: src.files.digest }],
    params,
    timeZone: 'UTC',
  });
  const toStep = stepRecorder(DATA_STEPS, src);
  const run = await runPipeline(DATA_STEPS, src, { ...params }, store, { onStep: (r) => record.steps.push(toStep(r)) });
  await store.putAll(run.fresh);
  return { ...record, status: run.ok ? 'completed' : 'failed', endedAt: '2026-11-27T05:00:01.000Z', datasetId: run.headers.prepare!.digest };
}

const params = (over: Partial<DataPipelineParams> = {}): DataPipelineParams => ({
  import: { mappings: [] },
  prepare: DEFAULT_PREPARE,
  quality: DEFAULT_QUALITY,
  split: DEFAULT_SPLIT,
  ...over,
});

describe('an import recorded as a run', () => {
  it('records each step with the digests it read and wrote, and the same file again as cached', async () => {
    const store = new MemoryArtifactStore();
    const first = await recordedImport('r1', store, params());
    expect(first.name).toBe('Import · fiction.csv · 27 Nov 05:00');
    expect(first.experiment).toBe('fiction.csv');
    expect(first.steps.map((s) => `${s.step}:${s.status}`)).toEqual(['import:ran', 'prepare:ran', 'quality:ran', 'split:ran']);
    const [imp, prep, qual, split] = first.steps;
    expect(imp!.inputs).toEqual([first.config.sourceDigest]);
    expect(prep!.inputs).toEqual(imp!.outputs);
    expect(qual!.inputs).toEqual([...imp!.outputs, ...prep!.outputs]);
    expect(split!.inputs).toEqual(prep!.outputs);
    expect(first.datasetId).toBe(prep!.outputs[0]);
    const again = await recordedImport('r2', store, params());
    expect(again.steps.map((s) => s.status)).toEqual(['cached', 'cached', 'cached', 'cached']);
    expect(again.steps.map((s) => s.outputs)).toEqual(first.steps.map((s) => s.outputs));
    const narrowed = await recordedImport('r3', store, params({ prepare: { ...DEFAULT_PREPARE, topN: 1 } }));
    expect(narrowed.steps.map((s) => s.status)).toEqual(['cached', 'ran', 'ran', 'ran']);
    expect(narrowed.steps[1]!.outputs).not.toEqual(prep!.outputs);
  });

  it('traces the split artifact back through prepare and import to the file, across runs', async () => {
    const store = new MemoryArtifactStore();
    const runs = [await recordedImport('r1', store, params()), await recordedImport('r2', store, params())];
    const splitDigest = runs[0]!.steps[3]!.outputs[0]!;
    const stored = new Set([...store.artifacts.values()].map((a) => a.digest));
    const lineage = lineageOf(splitDigest, runs, stored, [{ productId: 'P1', version: 1, dataDigest: splitDigest }]);
    expect(lineage.producedBy.map((p) => `${p.runId}:${p.step}:${p.status}`)).toEqual(['r1:split:ran', 'r2:split:cached']);
    expect(lineage.ancestors.map((a) => a.step ?? a.file)).toEqual(['prepare', 'import', 'fiction.csv']);
    expect(lineage.files).toEqual(['fiction.csv']);
    expect(lineage.models).toEqual([{ productId: 'P1', version: 1 }]);
    expect(lineage.stored).toBe(true);
    // The dataset deleted: its artifacts are gone from the store, the lineage is still whole.
    const afterDelete = lineageOf(splitDigest, runs, new Set());
    expect(afterDelete.stored).toBe(false);
    expect(afterDelete.ancestors.map((a) => a.step ?? a.file)).toEqual(['prepare', 'import', 'fiction.csv']);
  });
});
