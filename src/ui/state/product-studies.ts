// The product page's lines about its studies: what was searched, how it ended, what was chosen.
import { describeSpec } from '../../core/model/spec';
import type { StudyRecord } from '../../core/search/study-record';

export interface StudyLine {
  key: string;
  label: string;
}

/** Newest first; one sentence per study, with the counts a person checks first. */
export function studyLines(records: readonly StudyRecord[]): StudyLine[] {
  return [...records]
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .map((r) => {
      const counts = `${r.counts.complete} complete, ${r.counts.failed} failed of ${r.counts.trials} trials`;
      const best = r.bestValue === null ? 'no value' : `best ${r.config.objective} ${r.bestValue.toLocaleString('en', { maximumFractionDigits: 2 })}`;
      const stop = r.stop ? `stopped: ${r.stop.message}` : `state: ${r.state}`;
      const choice = r.choice ? `chose ${describeSpec(r.choice.spec)} (${r.choice.source})` : 'no choice yet';
      return { key: r.key, label: `${r.updatedAt.slice(0, 10)} · ${counts}, ${best} · ${stop} · ${choice} · key ${r.key.slice(0, 12)}…` };
    });
}
