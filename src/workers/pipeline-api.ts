// The data worker's pipeline API: look at dropped files, then stream them through the cached
// import → prepare → quality → split steps, reporting progress and honouring cancel.
import { HEAD_BYTES, readHead, type FileHead } from '../core/data/file-head';
import { checkDistinctFiles } from '../core/data/file-identity';
import { invalidUtf8At, sniffEncoding, type EncodingGuess } from '../core/data/text-encoding';
import { headerSignature, type ImportMapping } from '../core/data/mapping';
import type { PreparedDataset } from '../core/data/prepare';
import { noProductsMessage } from '../core/data/filter-notes';
import type { QualityReport } from '../core/data/quality';
import type { ProductSplit } from '../core/data/split';
import { toSalesDataset } from '../core/data/import-dataset';
import { DATA_STEPS, type DataPipelineParams, type FileSource, type ImportSource } from '../core/pipeline/data-steps';
import { runPipeline } from '../core/pipeline/runner';
import type { StepReport } from '../core/pipeline/types';
import type { DatasetRecord } from '../core/records';
import { fail, ok, type Result } from '../core/result';
import type { IdbArtifactStore } from '../storage/artifact-store';
import type { RunRepository } from '../storage/run-repository';
import { recordImportRun } from './import-run-recording';

export interface DroppedFile {
  name: string;
  blob: Blob;
}

export interface InspectedFile extends Omit<FileHead, 'sample'> {
  name: string;
  signature: string;
  /** The first rows, for the mapping dialog's preview. */
  preview: string[][];
}

export interface ImportProgress {
  file: string;
  bytesRead: number;
  totalBytes: number;
}

export interface RunSummary {
  reports: StepReport[];
  dataset: DatasetRecord;
  quality: QualityReport;
  tooShort: string[];
  /** Where the worker's time went: hashing the files, and the whole run including the commit. */
  timings: { hashMs: number; totalMs: number };
}

async function hexDigest(data: BufferSource): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

const HASH_BLOCK = 4 << 20;

/**
 * A file's identity: SHA-256 over the SHA-256 of each 4 MB block. Blocks hash in parallel (Web
 * Crypto runs off this thread) and no 50 MB buffer is ever held, which keeps a cached re-run fast.
 */
async function fileDigest(blob: Blob): Promise<string> {
  const blocks: Promise<string>[] = [];
  for (let at = 0; at < blob.size || at === 0; at += HASH_BLOCK) {
    blocks.push(
      blob
        .slice(at, at + HASH_BLOCK)
        .arrayBuffer()
        .then(hexDigest),
    );
  }
  return hexDigest(new TextEncoder().encode(`${blob.size}\n${(await Promise.all(blocks)).join('\n')}`));
}

/** Head sizes tried in turn until the header and one data row fit: a first row may be 10 MB long. */
const HEAD_SIZES = [HEAD_BYTES, 1 << 20, 16 << 20];
const PREVIEW_CELL = 200;

/** The file's encoding, judged from its first bytes. */
async function encodingOf(file: DroppedFile): Promise<Result<EncodingGuess>> {
  const guess = sniffEncoding(new Uint8Array(await file.blob.slice(0, HEAD_BYTES).arrayBuffer()), file.name);
  return guess.ok ? guess : fail(guess.error.code, guess.error.message, { file: file.name });
}

/**
 * Decoded text of a blob, chunk by chunk, counting bytes for the progress bar. UTF-8 is decoded
 * strictly: a file whose start is UTF-8 and whose later bytes are not is refused (by the import
 * step, which turns the thrown error into a value) rather than read with replacement characters.
 */
async function* textChunks(blob: Blob, name: string, encoding: EncodingGuess['encoding'], onBytes: (n: number) => void): AsyncIterable<string> {
  const reader = blob.stream().getReader();
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  let offset = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onBytes(value.byteLength);
    try {
      yield decoder.decode(value, { stream: true });
    } catch {
      const at = offset + Math.max(invalidUtf8At(value), 0) + 1;
      throw new Error(`${name} is not valid UTF-8 at byte ${at.toLocaleString('en-US')}, though its start is. Save it again as UTF-8 and drop it again.`);
    }
    offset += value.byteLength;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

export function createPipelineApi(openStore: () => Promise<IdbArtifactStore>, now: () => number = Date.now, openRuns?: () => Promise<RunRepository>) {
  let controller: AbortController | undefined;
  // Digests of files already hashed in this session, by name + size + last-modified time (a File
  // that is written again gets a new time), so dropping the same file again skips re-hashing it.
  const digestMemo = new Map<string, string>();
  const digestOf = async (blob: Blob): Promise<string> => {
    const file = blob as Blob & { name?: string; lastModified?: number };
    const id = file.lastModified === undefined ? undefined : `${file.name}|${file.size}|${file.lastModified}`;
    const known = id && digestMemo.get(id);
    if (known) return known;
    const digest = await fileDigest(blob);
    if (id) digestMemo.set(id, digest);
    return digest;
  };
  return {
    async inspect(file: DroppedFile): Promise<Result<InspectedFile>> {
      const encoding = await encodingOf(file);
      if (!encoding.ok) return encoding;
      const decoder = new TextDecoder(encoding.value.encoding);
      for (const size of HEAD_SIZES) {
        const complete = file.blob.size <= size;
        const head = readHead(decoder.decode(await file.blob.slice(0, size).arrayBuffer()), complete);
        if (!head.ok && head.error.code === 'row-too-long' && !complete && size !== HEAD_SIZES.at(-1)) continue;
        if (!head.ok) {
          const message =
            head.error.code === 'row-too-long'
              ? `Row ${head.error.where?.row} does not end within the first ${size >> 20} MB of the file. A sales row is a few hundred bytes: is this a CSV export?`
              : head.error.message;
          return fail(head.error.code, message, { ...head.error.where, file: file.name });
        }
        const { sample, ...rest } = head.value;
        const preview = sample.slice(0, 5).map((row) => row.map((c) => (c.length > PREVIEW_CELL ? `${c.slice(0, PREVIEW_CELL)}…` : c)));
        return ok({ ...rest, name: file.name, signature: headerSignature(rest.headers), preview });
      }
      throw new Error('unreachable: the last head size always returns');
    },

    cancel(): void {
      controller?.abort();
    },

    /** Runs the pipeline; commits artifacts and the prepared dataset only when every step succeeded. */
    async run(
      files: DroppedFile[],
      params: DataPipelineParams & { import: { mappings: ImportMapping[]; delimiters: string[] } },
      onProgress?: (p: ImportProgress) => void,
    ): Promise<Result<RunSummary>> {
      controller = new AbortController();
      const signal = controller.signal;
      const t0 = now();
      const name = files.map((f) => f.name).join(' + ');
      const start = {
        id: crypto.randomUUID(),
        startedAt: new Date(t0),
        datasetName: name,
        params: { prepare: params.prepare, split: params.split, quality: params.quality },
      };
      return recordImportRun(await openRuns?.(), start, DATA_STEPS, async ({ onStep, identify }) => {
        const totalBytes = files.reduce((s, f) => s + f.blob.size, 0);
        let bytesRead = 0,
          lastReport = 0;
        const fileDigests = await Promise.all(files.map((f) => digestOf(f.blob)));
        const distinct = checkDistinctFiles(files.map((f, i) => ({ name: f.name, digest: fileDigests[i]! })));
        if (!distinct.ok) return { result: distinct };
        const digests = files.map((f, i) => `${f.name}:${fileDigests[i]}`);
        const hashMs = now() - t0;
        const encodings: EncodingGuess[] = [];
        for (const f of files) {
          const encoding = await encodingOf(f);
          if (!encoding.ok) return { result: encoding };
          encodings.push(encoding.value);
        }
        const sources: FileSource[] = files.map((f, i) => ({
          name: f.name,
          mapping: params.import.mappings[i]!,
          delimiter: params.import.delimiters[i]!,
          ...(encodings[i]!.note ? { notes: [encodings[i]!.note!] } : {}),
          chunks: () =>
            textChunks(f.blob, f.name, encodings[i]!.encoding, (n) => {
              bytesRead += n;
              const t = now();
              if (onProgress && (t - lastReport > 100 || bytesRead === totalBytes)) {
                lastReport = t;
                onProgress({ file: f.name, bytesRead, totalBytes });
              }
            }),
        }));
        const source: ImportSource = { files: sources, today: Math.floor(now() / 86_400_000) };
        const store = await openStore();
        const sourceDigest = await hexDigest(new TextEncoder().encode(digests.join('\n')));
        identify(
          sourceDigest,
          files.map((f, i) => ({ name: f.name, digest: fileDigests[i]! })),
        );
        const run = await runPipeline(DATA_STEPS, { files: { digest: sourceDigest, payload: source } }, { ...params }, store, { signal, onStep });
        if (!run.ok) return { result: fail(run.error!.code, run.error!.message, run.error!.where) };
        if (signal.aborted) return { result: fail('cancelled', 'The import was cancelled; nothing was stored.') };
        const datasetId = run.headers.prepare!.digest;
        if (run.headers.prepare!.metadata.products === 0) {
          // No series to forecast: keep the steps' artifacts (the cache) but store no dataset, so the
          // lab keeps the dataset it had and no "0 products" dataset or experiment appears.
          if (run.fresh.length > 0) await store.commit(run.fresh);
          const prepared = await run.payload<PreparedDataset>('prepare');
          return { result: fail('no-products', noProductsMessage(prepared.removedBy, params.prepare, prepared.dataDays)) };
        }
        const quality = await run.payload<QualityReport>('quality');
        const splits = await run.payload<ProductSplit[]>('split');
        let dataset = await store.getDataset(datasetId);
        if (dataset && run.fresh.length > 0) await store.commit(run.fresh);
        if (!dataset)
          dataset = await store.commit(run.fresh, {
            id: datasetId,
            value: toSalesDataset(name, await run.payload<PreparedDataset>('prepare'), { ...quality, rejectedCount: quality.rowsRejected }),
          });
        return {
          datasetId,
          result: ok({
            reports: run.reports,
            dataset: dataset!,
            quality,
            tooShort: splits.filter((s) => s.tooShort).map((s) => s.id),
            timings: { hashMs, totalMs: now() - t0 },
          }),
        };
      });
    },
  };
}

export type PipelineApi = ReturnType<typeof createPipelineApi>;
