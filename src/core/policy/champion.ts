// Champion/challenger: a new version takes the `champion` alias only if it beats the champion on the
// same evaluation window by the configured margin; rollback makes any earlier version champion again.
import { fail, ok, type Result } from '../result';
import type { ChampionEvent, MetricSet, ModelVersion, ProductAliases } from './registry-types';
import type { RegistryPolicy } from './retrain-policy';

export interface AliasChange {
  aliases: ProductAliases;
  event: ChampionEvent;
}

/** 'unavailable': the champion cannot forecast the challenger's window at all. */
export interface MeasuredChampion {
  version: number;
  metrics: MetricSet | 'unavailable';
}

export interface ChallengeInput {
  aliases: ProductAliases;
  challenger: ModelVersion;
  /** The stored champion, or null when there is none (or its record is gone). */
  champion: ModelVersion | null;
  /**
   * The champion's score on the challenger's test window, measured by the caller when the windows
   * differ (new data; see `championOnChallengerWindow`), with the version it measured. Not needed
   * when both were evaluated on the same window of the same series.
   */
  championOnWindow?: MeasuredChampion | null;
  policy: RegistryPolicy;
  at: string;
}

/** Same held-out weeks of the same series: recorded metrics are then directly comparable. */
export function sameEvaluationWindow(a: ModelVersion, b: ModelVersion): boolean {
  const wa = a.evaluation.testWindow;
  const wb = b.evaluation.testWindow;
  return a.data.digest === b.data.digest && wa.start === wb.start && wa.weeks === wb.weeks;
}

const pct = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;

/** Decides whether a newly registered version becomes champion; always returns the event to log. */
export function judgeChallenger(input: ChallengeInput): AliasChange {
  const { aliases, challenger, champion, at } = input;
  const promote = (kind: ChampionEvent['kind'], reason: string, numbers: ChampionEvent['numbers']): AliasChange => ({
    aliases: { ...aliases, champion: challenger.version, challenger: null, previousChampion: champion ? champion.version : aliases.previousChampion },
    event: { productId: aliases.productId, kind, from: champion?.version ?? null, to: challenger.version, challenger: challenger.version, reason, numbers, at },
  });
  if (!champion) return promote('first-champion', 'no_champion', {});
  const lost = (reason: string, numbers: ChampionEvent['numbers']): AliasChange => ({
    aliases: { ...aliases, challenger: challenger.version },
    event: { productId: aliases.productId, kind: 'challenger-lost', from: champion.version, to: champion.version, challenger: challenger.version, reason, numbers, at },
  });
  const measured = input.championOnWindow?.version === champion.version ? input.championOnWindow.metrics : null;
  const championMetrics = sameEvaluationWindow(champion, challenger) ? champion.evaluation.test : measured;
  if (championMetrics === 'unavailable') return promote('promoted', 'champion_cannot_forecast_window', { challengerRmse: challenger.evaluation.test.rmse });
  if (championMetrics === null) {
    // Not compared on the same weeks, so it has not beaten the champion: it stays a challenger.
    return lost('champion_not_comparable', { challengerRmse: challenger.evaluation.test.rmse });
  }

  const championRmse = championMetrics.rmse;
  const challengerRmse = challenger.evaluation.test.rmse;
  // Improvement as a fraction of the champion's error; a perfect champion cannot be beaten.
  const improvement = championRmse > 0 ? (championRmse - challengerRmse) / championRmse : 0;
  // Both errors are on the challenger's test weeks; the event names them so every view can say so.
  const window = challenger.evaluation.testWindow;
  const numbers = { championRmse, challengerRmse, improvement, margin: input.policy.championMargin, windowStart: window.start, windowEnd: window.end, windowWeeks: window.weeks };
  if (championRmse > 0 && improvement >= input.policy.championMargin) return promote('promoted', `challenger_better_by_${pct(improvement)}`, numbers);
  return lost(`challenger_not_better_by_margin_${pct(improvement)}`, numbers);
}

/** Makes `target` champion again. Refused when it is not stored or already champion. */
export function rollbackTo(aliases: ProductAliases, target: number, storedVersions: readonly number[], at: string): Result<AliasChange, 'unknown-version' | 'already-champion'> {
  if (!storedVersions.includes(target)) {
    return fail('unknown-version', `Version ${target} of product ${aliases.productId} is not in the registry.`, { product: aliases.productId });
  }
  if (aliases.champion === target) return fail('already-champion', `Version ${target} is already the champion.`, { product: aliases.productId });
  return ok({
    aliases: { ...aliases, champion: target, previousChampion: aliases.champion, challenger: aliases.challenger === target ? null : aliases.challenger },
    event: { productId: aliases.productId, kind: 'rollback', from: aliases.champion, to: target, challenger: null, reason: `rollback_to_version_${target}`, numbers: {}, at },
  });
}
