// One product's retraining decision, end to end: champion lookup in, decision and log record out,
// with the champion judged on appended weeks by the forecaster the caller provides.
import type { WeeklySeries } from '../data/types';
import { decisionRecord, type DecisionRecord } from './decision-log';
import { judgeOnNewWeeks, type ChampionForecaster } from './recent-performance';
import { decideRetraining, type ChampionLookup, type LostChallenge, type RetrainDecision } from './retrain-decision';
import type { RetrainPolicy } from './retrain-policy';

export interface ProductDecisionInput {
  productId: string;
  series: WeeklySeries;
  champion: ChampionLookup;
  policy: RetrainPolicy;
  now: Date;
  /** Forecasts with the champion's model; without it appended weeks are not judged. */
  forecaster?: ChampionForecaster;
  runId?: string | null;
  /** The product's newest version when it lost as a challenger (see `RegistryPort.lastLostChallenger`). */
  lostChallenger?: LostChallenge | null;
}

/** Decides for one product and builds the record to log (a reuse is credited the champion's search time). */
export async function decideForProduct(input: ProductDecisionInput): Promise<{ decision: RetrainDecision; record: DecisionRecord }> {
  const { champion, forecaster, series } = input;
  const judgeRecent =
    champion.kind === 'present' && forecaster ? (newWeeks: number) => judgeOnNewWeeks(champion.model, series, newWeeks, forecaster) : undefined;
  const decision = await decideRetraining({ champion, series, now: input.now, judgeRecent, lostChallenger: input.lostChallenger ?? null }, input.policy);
  const lastSearchMs = champion.kind === 'present' ? champion.model.searchMs : null;
  return { decision, record: decisionRecord(input.productId, decision, lastSearchMs, input.now, input.runId ?? null) };
}
