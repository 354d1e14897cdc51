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
import { runPipeline } from './runner';
import { stepKey } from './step-key';
import type { Step } from './types';

const fiction = bookScanCsv(panelRows('data/uci-sales-weekly/long.csv', ['P1', 'P2', 'P3'], 60), 'F - Adult Fiction');

async function sourceOf(texts: string[]) {
  const files = texts.map((text, i) => {
    const head = readHead(text, true);
    if (!head.ok) throw new Error(head.error.message);
    return {
      name: `f${i}.csv`,
      mapping: head.value.mapping,
      delimiter: head.value.delimiter,
      async *chunks() {
        for (let j = 0; j < text.length; j += 500) yield text.slice(j, j + 500);
      },
    };
  });
  const payload: ImportSource = { files, today: parseDay('2026-11-27')! };
  return { files: { digest: await sha256Hex(texts.join('\u0000')), payload } };
}
const params = (over: Partial<DataPipelineParams> = {}): DataPipelineParams => ({
  import: { mappings: [] },
  prepare: DEFAULT_PREPARE,
  quality: DEFAULT_QUALITY,
  split: DEFAULT_SPLIT,
  ...over,
});
const statuses = (run: Awaited<ReturnType<typeof runPipeline>>) => run.reports.map((r) => `${r.step}:${r.status}`);

describe('the data pipeline with a cache', () => {
  it('runs every step the first time and reuses everything for the same file', async () => {
    const store = new MemoryArtifactStore();
    const first = await runPipeline(DATA_STEPS, await sourceOf([fiction]), { ...params() }, store);
    expect(statuses(first)).toEqual(['import:ran', 'prepare:ran', 'quality:ran', 'split:ran']);
    await store.putAll(first.fresh);
    expect(first.headers.prepare!.parents).toEqual([first.headers.import!.digest]);
    expect(first.headers.import!.metadata).toMatchObject({ rows: 156, products: 3, firstWeek: '2000-01-01' });
    const again = await runPipeline(DATA_STEPS, await sourceOf([fiction]), { ...params() }, store);
    expect(statuses(again)).toEqual(['import:cached', 'prepare:cached', 'quality:cached', 'split:cached']);
    expect(store.payloadReads).toBe(0);
    expect((await again.payload<{ products: number }>('quality')).products).toBe(3);
  });

  it('re-runs only what depends on a changed filter or parameter', async () => {
    const store = new MemoryArtifactStore();
    await store.putAll((await runPipeline(DATA_STEPS, await sourceOf([fiction]), { ...params() }, store)).fresh);
    const filtered = await runPipeline(DATA_STEPS, await sourceOf([fiction]), { ...params({ prepare: { ...DEFAULT_PREPARE, topN: 2 } }) }, store);
    expect(statuses(filtered)).toEqual(['import:cached', 'prepare:ran', 'quality:ran', 'split:ran']);
    const split = await runPipeline(DATA_STEPS, await sourceOf([fiction]), { ...params({ split: { test: 10, validation: 10 } }) }, store);
    expect(statuses(split)).toEqual(['import:cached', 'prepare:cached', 'quality:cached', 'split:ran']);
  });

  it('keeps downstream steps cached when a filter change leaves the prepared series identical', async () => {
    const store = new MemoryArtifactStore();
    await store.putAll((await runPipeline(DATA_STEPS, await sourceOf([fiction]), { ...params() }, store)).fresh);
    const same = await runPipeline(DATA_STEPS, await sourceOf([fiction]), { ...params({ prepare: { ...DEFAULT_PREPARE, topN: 3 } }) }, store);
    expect(statuses(same)).toEqual(['import:cached', 'prepare:ran', 'quality:cached', 'split:cached']);
  });

  it('stops at a failing step and has nothing to commit from a cancelled run', async () => {
    const store = new MemoryArtifactStore();
    const bad = await runPipeline(DATA_STEPS, await sourceOf([fiction.replace(/\n.*$/s, '\n') + 'x']), { ...params() }, store);
    expect(bad.ok).toBe(false);
    expect(statuses(bad)).toEqual(['import:failed', 'prepare:not-run', 'quality:not-run', 'split:not-run']);
    const controller = new AbortController();
    controller.abort();
    const cancelled = await runPipeline(DATA_STEPS, await sourceOf([fiction]), { ...params() }, store, { signal: controller.signal });
    expect(cancelled.error?.code).toBe('cancelled');
    expect(cancelled.fresh).toEqual([]);
  });

  it('never caches a step that declares cache: false', async () => {
    let runs = 0;
    const counted: Step<null> = {
      name: 'count',
      version: 1,
      inputs: ['files'],
      cache: false,
      async run() {
        runs++;
        return { ok: true, value: { type: 'n', payload: runs, metadata: {} } };
      },
    };
    const store = new MemoryArtifactStore();
    const src = { files: { digest: 'abc', payload: null } };
    await store.putAll((await runPipeline([counted], src, {}, store)).fresh);
    const again = await runPipeline([counted], src, {}, store);
    expect([runs, again.reports[0]!.status, store.artifacts.size]).toEqual([2, 'ran', 0]);
  });
});

describe('step cache keys', () => {
  it('are the same for a parameter left undefined and one left out, as JSON.stringify treats them', async () => {
    const step = { name: 'split', version: 2 };
    expect(await stepKey(step, ['d'], { test: 32, validation: 32, folds: undefined })).toBe(await stepKey(step, ['d'], { test: 32, validation: 32 }));
  });

  it('finds an artifact cached under the key format before version 2 (undefined parameters written as null)', async () => {
    const fromCache: Step<unknown> = {
      name: 'count',
      version: 1,
      inputs: ['files'],
      cache: true,
      async run() {
        throw new Error('the stored artifact should have been reused');
      },
    };
    // The text key format 1 hashed for these parameters, written out by hand.
    const v1Key = await sha256Hex('{"inputs":["src"],"params":{"every":null,"n":2},"step":"count","version":1}');
    const store = new MemoryArtifactStore();
    await store.putAll([
      { key: v1Key, digest: v1Key, type: 'n', step: 'count', version: 1, metadata: {}, parents: ['src'], createdAt: '2026-11-01T00:00:00.000Z', payload: 42 },
    ]);
    const run = await runPipeline([fromCache], { files: { digest: 'src', payload: null } }, { count: { n: 2, every: undefined } }, store);
    expect(statuses(run)).toEqual(['count:cached']);
    expect(run.headers.count!.key).toBe(v1Key);
    expect(await run.payload('count')).toBe(42);
  });
});
