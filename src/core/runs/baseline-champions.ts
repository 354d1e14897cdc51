// The products whose champion is a baseline (naive, seasonal naive, …), for the Monitoring screen:
// which baseline, and why it is the champion.
import { describeSpec } from '../model/spec';
import type { ModelVersion } from '../registry/registry-types';

export interface BaselineChampionRow {
  productId: string;
  title: string;
  version: number;
  /** "Seasonal naive", "Naive", … */
  baseline: string;
  /** Why a baseline is the champion: the registry's reason when it replaced a losing model. */
  reason: string;
}

/** Said when no model was replaced: the study itself chose the baseline. */
export const CHOSEN_BY_STUDY = 'It forecast better than every model tried over the rolling origins before the test weeks.';

/** One row per champion that is a baseline, by product id. */
export function baselineChampions(
  champions: readonly Pick<ModelVersion, 'productId' | 'productTitle' | 'version' | 'spec' | 'evaluation'>[],
): BaselineChampionRow[] {
  return champions
    .filter((c) => c.spec.family === 'baseline')
    .map((c) => ({
      productId: c.productId,
      title: c.productTitle,
      version: c.version,
      baseline: describeSpec(c.spec),
      reason: c.evaluation.replaced?.reason ?? CHOSEN_BY_STUDY,
    }))
    .sort((a, b) => a.productId.localeCompare(b.productId));
}
