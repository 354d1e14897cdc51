// The registry version a training run builds from the chosen trial's test evaluation: the study's
// split and choice in the registry builder's terms.
import type { ResolvedConfig } from '../config/config';
import type { ModelVersionDraft } from '../registry/registry-types';
import { versionDraft as draftOf } from '../registry/version-draft';
import type { StudySplit, TestEvaluation } from '../search/objective';
import { engineOf } from '../search/space';
import type { StudyChoice } from '../search/types';
import type { TrainProduct } from './train-ports';

export interface VersionInput {
  product: TrainProduct;
  split: StudySplit;
  choice: StudyChoice;
  evaluation: TestEvaluation;
  resolved: ResolvedConfig;
  studyKey: string;
  searchMs: number;
  createdAt: Date;
  appVersion: string;
}

export function versionDraft(input: VersionInput): Promise<ModelVersionDraft> {
  const { split, choice, evaluation } = input;
  return draftOf({
    product: input.product,
    history: split.history,
    fittedFrom: split.historyStart,
    testStart: split.history.length,
    test: split.test,
    forecast: evaluation.fit.forecast,
    spec: choice.spec,
    engine: engineOf(choice.params),
    fitted: evaluation.fit.model,
    config: { ...input.resolved.config, sources: input.resolved.sources } as unknown as Record<string, unknown>,
    study: choice.trialNumber === null ? null : { key: input.studyKey, trial: choice.trialNumber },
    fitMs: evaluation.fitMs,
    searchMs: input.searchMs,
    createdAt: input.createdAt,
    appVersion: input.appVersion,
  });
}
