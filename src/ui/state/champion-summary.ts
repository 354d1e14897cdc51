// What kind of model a champion is, in words for the Product page: an ARIMA model, a combination of
// several, or a baseline (and, when the registry put the baseline in place of a losing model, why).
import { describeSpec } from '../../core/model/spec';
import type { ModelVersion } from '../../core/registry/registry-types';
import { CHOSEN_BY_STUDY } from '../../core/runs/baseline-champions';

export interface ChampionSummary {
  kind: 'model' | 'combination' | 'baseline';
  text: string;
}

export function championSummary(champion: Pick<ModelVersion, 'spec' | 'evaluation'>): ChampionSummary {
  const spec = champion.spec;
  if (spec.family === 'baseline') {
    const why = champion.evaluation.replaced?.reason ?? CHOSEN_BY_STUDY;
    return { kind: 'baseline', text: `The champion is a baseline, ${describeSpec(spec).toLowerCase()}. ${why}` };
  }
  if (spec.family === 'combination') {
    return {
      kind: 'combination',
      text: `The champion combines ${spec.members.length} models: the ${spec.combine} of ${spec.members.map(describeSpec).join(', ')}.`,
    };
  }
  return { kind: 'model', text: `The champion is ${describeSpec(spec)}.` };
}
