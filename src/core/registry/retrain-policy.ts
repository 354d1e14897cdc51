// The knobs of the retraining decision, champion/challenger and retention, as the policy code needs
// them; the configuration profiles are mapped onto these by the caller.

export interface RetrainPolicy {
  forceRetrain: boolean;
  /** Retrain when the champion is older than this many whole days (strictly more); null = off. */
  maxModelAgeDays: number | null;
  /** Retrain when the champion's error on new weeks exceeds its recorded error by this fraction; null = off. */
  performanceThreshold: number | null;
  /** The original's absolute RMSE gate (misnamed: it is a maximum); null = off. */
  minAcceptableRmse: number | null;
  /** The original's MAPE gate, in percent; null = off. */
  maxAcceptableMape: number | null;
  /** Scale-free gate: retrain when the recorded test MASE is above this; null = off. */
  maxAcceptableMase: number | null;
  /** Appended weeks needed before the champion is judged on them (fewer: it is kept unjudged). */
  minNewWeeksToJudge: number;
  /** A champion worse than naive or seasonal naive on its test weeks by more than this fraction is retrained. */
  baselineMargin: number;
}

export interface RegistryPolicy {
  /** A challenger must beat the champion's error on the same window by this fraction (0.02 = 2 %). */
  championMargin: number;
  /** Keep at most this many versions per product; the champion and the one before it are always kept. */
  maxVersionsPerProduct: number;
}

/** Gates off, as the issue asks: the original's absolute RMSE/MAPE gates retrained every real book. */
export const DEFAULT_RETRAIN_POLICY: RetrainPolicy = {
  forceRetrain: false,
  maxModelAgeDays: null,
  performanceThreshold: null,
  minAcceptableRmse: null,
  maxAcceptableMape: null,
  maxAcceptableMase: null,
  minNewWeeksToJudge: 1,
  baselineMargin: 0.02,
};

export const DEFAULT_REGISTRY_POLICY: RegistryPolicy = { championMargin: 0.02, maxVersionsPerProduct: 5 };
