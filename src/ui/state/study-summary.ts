// A stored study and its trials as a StudySummary (what the journal export and the views read).
import { chooseFinal } from '../../core/search/choice';
import { paretoFront } from '../../core/search/pareto';
import type { StudyRecord } from '../../core/search/study-record';
import type { StudySummary, TrialRecord } from '../../core/search/types';

export function summaryOf(study: StudyRecord, trials: readonly TrialRecord[]): StudySummary {
  const complete = trials.filter((t) => t.state === 'complete' && t.value !== null);
  const choice = study.choice ?? chooseFinal(trials, study.config.search_space, study.config.engine, study.config.objective);
  return {
    studyKey: study.key,
    objective: study.config.objective,
    trials: [...trials],
    trialsThisSession: 0,
    stop: study.stop ?? { code: 'aborted', message: 'The study has not finished.' },
    choice,
    bestValue: complete.length ? Math.min(...complete.map((t) => t.value!)) : study.bestValue,
    paretoFront: trials.length ? paretoFront(trials) : study.paretoFront,
  };
}
