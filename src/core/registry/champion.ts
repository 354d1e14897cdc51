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

/**
 * Whether a version's recorded test metrics are the lab's own measurement: trained here, or imported
 * and re-scored on the importer's series. A file's checksum proves it was not changed after export,
 * not that its numbers are true, so an import's own numbers never win a comparison.
 */
export function metricsTrusted(v: Pick<ModelVersion, 'provenance'>): boolean {
  return v.provenance.kind === 'trained' || v.provenance.verification === 'recomputed';
}

/** Decides whether a newly registered version becomes champion; always returns the event to log. */
export function judgeChallenger(input: ChallengeInput): AliasChange {
  const { aliases, challenger, champion, at } = input;
  const promote = (kind: ChampionEvent['kind'], reason: string, numbers: ChampionEvent['numbers']): AliasChange => ({
    aliases: { ...aliases, champion: challenger.version, challenger: null, previousChampion: champion ? champion.version : aliases.previousChampion },
    event: { productId: aliases.productId, kind, from: champion?.version ?? null, to: challenger.version, challenger: challenger.version, reason, numbers, at },
  });
  const trusted = metricsTrusted(challenger);
  if (!champion) return promote('first-champion', trusted ? 'no_champion' : 'no_champion_unverified_import', {});
  const lost = (reason: string, numbers: ChampionEvent['numbers']): AliasChange => ({
    aliases: { ...aliases, challenger: challenger.version },
    event: {
      productId: aliases.productId,
      kind: 'challenger-lost',
      from: champion.version,
      to: champion.version,
      challenger: challenger.version,
      reason,
      numbers,
      at,
    },
  });
  // Only a person's confirmed choice makes an unverified import champion over an existing one.
  if (!trusted) return lost('imported_metrics_unverified', {});
  const measured = input.championOnWindow?.version === champion.version ? input.championOnWindow.metrics : null;
  // An unverified champion's recorded numbers are not evidence either: only a measurement counts.
  const championMetrics = sameEvaluationWindow(champion, challenger) && metricsTrusted(champion) ? champion.evaluation.test : measured;
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
  const numbers = {
    championRmse,
    challengerRmse,
    improvement,
    margin: input.policy.championMargin,
    windowStart: window.start,
    windowEnd: window.end,
    windowWeeks: window.weeks,
  };
  if (championRmse > 0 && improvement >= input.policy.championMargin) return promote('promoted', `challenger_better_by_${pct(improvement)}`, numbers);
  return lost(`challenger_not_better_by_margin_${pct(improvement)}`, numbers);
}

/** What a person confirmed when making a version champion by hand. */
export interface RollbackOptions {
  /** The target's metrics are an imported file's own (not re-scored here): the person confirmed that. */
  unverifiedConfirmed?: boolean;
}

export type RollbackError = 'unknown-version' | 'already-champion' | 'unverified-not-confirmed';

/**
 * Makes `target` champion again. Refused when it is not stored or already champion, and, for a
 * version whose metrics are unverified, unless the person confirmed they are the file's own.
 */
export function rollbackTo(
  aliases: ProductAliases,
  target: number,
  stored: readonly Pick<ModelVersion, 'version' | 'provenance'>[],
  at: string,
  options: RollbackOptions = {},
): Result<AliasChange, RollbackError> {
  const version = stored.find((v) => v.version === target);
  if (!version) {
    return fail('unknown-version', `Version ${target} of product ${aliases.productId} is not in the registry.`, { product: aliases.productId });
  }
  if (aliases.champion === target) return fail('already-champion', `Version ${target} is already the champion.`, { product: aliases.productId });
  const unverified = !metricsTrusted(version);
  if (unverified && !options.unverifiedConfirmed) {
    return fail(
      'unverified-not-confirmed',
      `Version ${target} of product ${aliases.productId} was imported and its test metrics are the file's own, not measured here: making it champion needs your confirmation.`,
      { product: aliases.productId },
    );
  }
  return ok({
    aliases: { ...aliases, champion: target, previousChampion: aliases.champion, challenger: aliases.challenger === target ? null : aliases.challenger },
    event: {
      productId: aliases.productId,
      kind: 'rollback',
      from: aliases.champion,
      to: target,
      challenger: null,
      reason: unverified ? `made_unverified_champion_by_hand_${target}` : `rollback_to_version_${target}`,
      numbers: {},
      at,
    },
  });
}
