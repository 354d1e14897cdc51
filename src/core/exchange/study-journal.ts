// A finished study as an Optuna journal, with the lab's context as study user attrs (key, product,
// data digest, split, objective, configuration and its sources, stop and choice reasons), so a
// study opened in Python Optuna or optuna-dashboard still says where it came from.
import type { ResolvedConfig } from '../config/config';
import type { StudyIdentity } from '../search/study-key';
import type { StudySummary } from '../search/types';
import { exportOptunaJournal } from './optuna-journal';

export function studyToJournal(summary: StudySummary, identity: StudyIdentity, resolved: ResolvedConfig): string {
  return exportOptunaJournal({
    name: `shelfcast-${identity.productId}-${summary.studyKey.slice(0, 12)}`,
    metricName: summary.objective,
    userAttrs: {
      'shelfcast:study_key': summary.studyKey,
      'shelfcast:product_id': identity.productId,
      'shelfcast:data_digest': identity.dataDigest,
      'shelfcast:split': identity.split,
      'shelfcast:objective': summary.objective,
      'shelfcast:config': resolved.config,
      'shelfcast:config_sources': resolved.sources,
      'shelfcast:stop': summary.stop,
      'shelfcast:choice': { source: summary.choice.source, trial: summary.choice.trialNumber, reason: summary.choice.reason },
    },
    trials: summary.trials,
  });
}
