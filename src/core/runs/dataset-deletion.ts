// Which artifacts go when a dataset is deleted: those written by its runs and read or written by no
// run of another dataset. Run records stay, so lineage still names every deleted artifact.
import type { RunRecord } from './run-record';

export function artifactsOnlyOf(runs: readonly RunRecord[], datasetId: string): Set<string> {
  const mine = new Set<string>();
  const others = new Set<string>();
  for (const run of runs) {
    const into = run.datasetId === datasetId ? mine : others;
    for (const s of run.steps) for (const d of [...s.inputs, ...s.outputs]) into.add(d);
  }
  for (const run of runs)
    if (run.datasetId === datasetId) for (const s of run.steps) for (const d of s.inputs) if (!run.steps.some((t) => t.outputs.includes(d))) mine.delete(d);
  return new Set([...mine].filter((d) => !others.has(d)));
}
