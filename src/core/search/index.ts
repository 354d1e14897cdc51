// The search's public API: trial and study records, the driver, the objective, the study key.
export * from './types';
export { runStudy, ruleOf, type RunStudyOptions, type StudyObjective, type ObjectiveOutcome, type AbortSignalLike } from './driver';
export {
  validationObjective,
  evaluateOnTest,
  studySplit,
  crossValidate,
  scoreForecast,
  type StudySplit,
  type Engines,
  type Scores,
  type TestEvaluation,
} from './objective';
export { studyKey, type StudyIdentity } from './study-key';
export { replay, observe, shouldStop, INITIAL_STATE, earlyStopMessage, type EarlyStoppingRule, type EarlyStoppingState } from './early-stopping';
export { chooseFinal, safeDefaultParams, NO_TRIALS_COMPLETED } from './choice';
export { paretoFront, fitMsOf } from './pareto';
export { paramDefs, paramsToSpec, seedToParams, enumerateSpace, inSpace, paramKey, distributionsOf, engineOf } from './space';
export { spaceForSeries, type DroppedFamily } from './space-fit';
export { samplerFor, type Sampler, type SamplerContext } from './samplers';
