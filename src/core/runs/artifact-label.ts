// Short labels of the nodes of a run's step graph, for people: a stored artifact by its type, a file
// by its name, a series or study by its product, a version as "arima_book_… v2"; "(deleted)" when
// storage no longer holds it.
import type { RunRecord } from './run-record';
import { lineageKind } from './lineage';

interface Written {
  step: string;
  productId?: string;
  inputs: string[];
}

/** `stored` as lineageOf takes it; `types` maps a stored artifact header's digest to its type. */
export function artifactLabeler(runs: readonly RunRecord[], types: ReadonlyMap<string, string>, stored: ReadonlySet<string>): (digest: string) => string {
  const writer = new Map<string, Written>();
  const files = new Map<string, string>();
  for (const run of runs) {
    const config = run.config as { files?: { name: string; digest: string }[]; sourceDigest?: string };
    if (config.sourceDigest && config.files?.length) files.set(config.sourceDigest, config.files.map((f) => f.name).join(' + '));
    for (const s of run.steps)
      for (const out of s.outputs)
        if (!writer.has(out)) writer.set(out, { step: s.step, inputs: s.inputs, ...(s.productId ? { productId: s.productId } : {}) });
  }
  return (digest) => {
    const type = types.get(digest);
    if (type) return type;
    const w = writer.get(digest);
    const kind = lineageKind(w?.step);
    if (kind === 'file') return files.has(digest) ? `file ${files.get(digest)}` : 'file';
    const gone = (there: boolean) => (there ? '' : ' (deleted)');
    switch (kind) {
      case 'series':
        return `series ${w!.productId ?? ''}`.trim() + gone(w!.inputs.some((d) => stored.has(d)));
      case 'study':
        return `study ${w!.productId ?? ''}`.trim() + gone(stored.has(digest));
      case 'model':
        return digest.replace(/\/(\d+)$/, ' v$1') + gone(stored.has(digest));
      default:
        return `${w!.step}${gone(false)}`;
    }
  };
}
