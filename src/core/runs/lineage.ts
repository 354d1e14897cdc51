// An artifact's lineage from the run records: which runs and steps wrote it, the chain of steps and
// files above it, which steps read it, and which registered models were built from it. Records
// outlive the data: an artifact whose stored header (or dataset) is gone shows as deleted.
import type { RunRecord } from '../pipeline/run-record';

export interface LineageStep {
  runId: string;
  runName: string;
  step: string;
  status: string;
  productId?: string;
}

export interface Lineage {
  digest: string;
  /** Steps that wrote the artifact (several runs can produce the same digest). */
  producedBy: LineageStep[];
  /** Steps that read it. */
  usedBy: LineageStep[];
  /** Every digest above it, nearest first, each with the step that wrote it (none: a source file). */
  ancestors: { digest: string; step: string | null; file: string | null }[];
  /** Files (by name) at the top of the chain. */
  files: string[];
  /** Registry versions built from it: by a run's product result or by the version's data digest. */
  models: { productId: string; version: number }[];
  /** False when no stored artifact header exists any more (its dataset was deleted). */
  stored: boolean;
}

export interface ModelRef {
  productId: string;
  version: number;
  dataDigest: string;
}

function fileNames(run: RunRecord): Map<string, string> {
  const files = (run.config as { files?: { name: string; digest: string }[]; sourceDigest?: string }).files ?? [];
  const names = new Map<string, string>();
  const source = (run.config as { sourceDigest?: string }).sourceDigest;
  if (source && files.length) names.set(source, files.map((f) => f.name).join(' + '));
  for (const f of files) names.set(f.digest, f.name);
  return names;
}

export function lineageOf(digest: string, runs: readonly RunRecord[], stored: ReadonlySet<string>, models: readonly ModelRef[] = [], seriesDigests: ReadonlySet<string> = new Set()): Lineage {
  const producer = new Map<string, { step: string; inputs: string[] }>();
  const files = new Map<string, string>();
  const producedBy: LineageStep[] = [];
  const usedBy: LineageStep[] = [];
  const modelKeys = new Set<string>();
  const found: { productId: string; version: number }[] = [];
  const addModel = (productId: string, version: number) => {
    const key = `${productId}@${version}`;
    if (!modelKeys.has(key)) modelKeys.add(key), found.push({ productId, version });
  };
  for (const run of runs) {
    for (const [d, name] of fileNames(run)) files.set(d, name);
    for (const s of run.steps) {
      const ref = { runId: run.id, runName: run.name, step: s.step, status: s.status, ...(s.productId ? { productId: s.productId } : {}) };
      for (const out of s.outputs) if (!producer.has(out)) producer.set(out, { step: s.step, inputs: s.inputs });
      if (s.outputs.includes(digest)) producedBy.push(ref);
      if (s.inputs.includes(digest)) {
        usedBy.push(ref);
        const result = s.productId ? run.products.find((p) => p.productId === s.productId) : undefined;
        if (result?.modelVersion !== undefined) addModel(result.productId, result.modelVersion);
      }
    }
  }
  for (const m of models) if (m.dataDigest === digest || seriesDigests.has(m.dataDigest)) addModel(m.productId, m.version);
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
  const topFiles = ancestors.filter((a) => a.file !== null).map((a) => a.file!);
  return { digest, producedBy, usedBy, ancestors, files: topFiles, models: found, stored: stored.has(digest) || files.has(digest) };
}
