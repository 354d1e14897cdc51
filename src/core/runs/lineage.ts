// An artifact's lineage from the run records: which runs and steps wrote it, the chain of steps and
// files above it, which steps read it, and which registered models were built from it. Records
// outlive the data: an artifact that storage no longer holds shows as deleted.
import type { RunRecord } from './run-record';

export interface LineageStep {
  runId: string;
  runName: string;
  step: string;
  status: string;
  productId?: string;
}

/**
 * What a node is, by the step that wrote it: a dropped file, a data-pipeline artifact (stored with a
 * header), a product's weekly series (inside its dataset), a study (by key), a registered version.
 */
export type LineageKind = 'file' | 'artifact' | 'series' | 'study' | 'model';

const KIND_OF_STEP: Record<string, LineageKind> = { decide: 'series', search: 'study', register: 'model' };

export interface LineageModel {
  productId: string;
  version: number;
  /** `arima_book_{id}` when known. */
  name?: string;
  /** True when the version is its product's champion now. */
  champion?: boolean;
}

export interface Lineage {
  digest: string;
  kind: LineageKind;
  /** Steps that wrote the artifact (several runs can produce the same digest). */
  producedBy: LineageStep[];
  /** Steps that read it. */
  usedBy: LineageStep[];
  /** Every digest above it, nearest first, each with the step that wrote it (none: a source file). */
  ancestors: { digest: string; step: string | null; file: string | null }[];
  /** Files (by name) at the top of the chain. */
  files: string[];
  /** A file's own name (kind 'file', when an import run recorded it). */
  fileName: string | null;
  /** Registry versions built from it (or, for a version, the version itself). */
  models: LineageModel[];
  /** False when storage no longer holds it (its dataset was deleted, or the version or study was). */
  stored: boolean;
}

/** A registered version as lineage sees it; `name` and `champion` come from the registry when read there. */
export interface ModelRef {
  productId: string;
  version: number;
  dataDigest: string;
  name?: string;
  champion?: boolean;
}

/** Digest → file name, from an import run's configuration (each file, and the files together). */
function fileNames(run: RunRecord): Map<string, string> {
  const config = run.config as { files?: { name: string; digest: string }[]; sourceDigest?: string };
  const files = config.files ?? [];
  const names = new Map<string, string>();
  if (config.sourceDigest && files.length) names.set(config.sourceDigest, files.map((f) => f.name).join(' + '));
  for (const f of files) names.set(f.digest, f.name);
  return names;
}

interface Producer {
  step: string;
  inputs: string[];
}

/** What every run says: who wrote each digest (the first run listed wins), and the files' names. */
function producersAndFiles(runs: readonly RunRecord[]): { producer: Map<string, Producer>; files: Map<string, string> } {
  const producer = new Map<string, Producer>();
  const files = new Map<string, string>();
  for (const run of runs) {
    for (const [d, name] of fileNames(run)) files.set(d, name);
    for (const s of run.steps) for (const out of s.outputs) if (!producer.has(out)) producer.set(out, { step: s.step, inputs: s.inputs });
  }
  return { producer, files };
}

/** Breadth-first over the producers' inputs: every digest above `digest`, nearest first. */
function ancestorsOf(digest: string, producer: ReadonlyMap<string, Producer>, files: ReadonlyMap<string, string>): Lineage['ancestors'] {
  const ancestors: Lineage['ancestors'] = [];
  const seen = new Set([digest]);
  let frontier = producer.get(digest)?.inputs ?? [];
  while (frontier.length) {
    const next: string[] = [];
    for (const d of frontier) {
      if (seen.has(d)) continue;
      seen.add(d);
      const p = producer.get(d);
      ancestors.push({ digest: d, step: p?.step ?? null, file: files.get(d) ?? null });
      next.push(...(p?.inputs ?? []));
    }
    frontier = next;
  }
  return ancestors;
}

/** The kind of node a digest is, by the step that wrote it. */
export function lineageKind(producerStep: string | undefined): LineageKind {
  return producerStep === undefined ? 'file' : (KIND_OF_STEP[producerStep] ?? 'artifact');
}

/**
 * The lineage of `digest`. `stored` holds what storage has: artifact header digests, study keys and
 * versions as `name/version`; a product's series is stored while the dataset it came from is.
 */
export function lineageOf(
  digest: string,
  runs: readonly RunRecord[],
  stored: ReadonlySet<string>,
  models: readonly ModelRef[] = [],
  seriesDigests: ReadonlySet<string> = new Set(),
): Lineage {
  const { producer, files } = producersAndFiles(runs);
  const producedBy: LineageStep[] = [];
  const usedBy: LineageStep[] = [];
  const found = new Map<string, LineageModel>();
  const refs = new Map(models.map((m) => [`${m.productId}@${m.version}`, m]));
  const addModel = (productId: string, version: number) => {
    const key = `${productId}@${version}`;
    const ref = refs.get(key);
    if (!found.has(key))
      found.set(key, { productId, version, ...(ref?.name ? { name: ref.name } : {}), ...(ref?.champion !== undefined ? { champion: ref.champion } : {}) });
  };
  for (const run of runs) {
    for (const s of run.steps) {
      const ref = { runId: run.id, runName: run.name, step: s.step, status: s.status, ...(s.productId ? { productId: s.productId } : {}) };
      const result = s.productId ? run.products.find((p) => p.productId === s.productId) : undefined;
      const built = result?.modelVersion !== undefined && result.decision === 'retrain';
      if (s.outputs.includes(digest)) {
        producedBy.push(ref);
        if (built && s.step === 'register') addModel(result.productId, result.modelVersion!);
      }
      if (s.inputs.includes(digest)) {
        usedBy.push(ref);
        if (built) addModel(result.productId, result.modelVersion!);
      }
    }
  }
  for (const m of models)
    if (m.dataDigest === digest || seriesDigests.has(m.dataDigest) || (m.name && `${m.name}/${m.version}` === digest)) addModel(m.productId, m.version);
  const made = producer.get(digest);
  const kind = lineageKind(made?.step);
  const ancestors = ancestorsOf(digest, producer, files);
  // A series lives inside its dataset: it is there while the dataset (the step's input) is.
  const inDataset = kind === 'series' && (made?.inputs ?? []).some((d) => stored.has(d));
  return {
    digest,
    kind,
    producedBy,
    usedBy,
    ancestors,
    files: ancestors.filter((a) => a.file !== null).map((a) => a.file!),
    fileName: files.get(digest) ?? null,
    models: [...found.values()],
    stored: stored.has(digest) || files.has(digest) || inDataset,
  };
}
