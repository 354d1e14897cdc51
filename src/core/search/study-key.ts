// A study's identity: SHA-256 of a canonical JSON of what makes two searches the same search
// (product, data digest, search space, split, objective). Never a timestamp, so re-running or
// reopening the page continues the same study (the original's timestamped names could not).
import { canonicalChecksum } from '../canonical-json';
import type { ObjectiveMetric, SearchSpaceConfig } from '../config/config';

export interface StudyIdentity {
  productId: string;
  /** Digest of the product's series as imported (from src/core/data). */
  dataDigest: string;
  searchSpace: SearchSpaceConfig;
  /** `folds` and `selection` exist for auto-selection studies only (older keys stay as they were). */
  split: { testWeeks: number; validationWeeks: number; folds?: number; selection?: 'auto' };
  objective: ObjectiveMetric;
}

/**
 * Lower-case hex SHA-256 of the identity's canonical JSON. Still `v: 1`: the shared canonical JSON
 * writes every identity as the earlier text did (only arrays with holes differed, which no identity
 * has), and run records, exported journals and study locks name studies by these keys.
 */
export function studyKey(identity: StudyIdentity): Promise<string> {
  const { productId, dataDigest, searchSpace, split, objective } = identity;
  return canonicalChecksum({ v: 1, productId, dataDigest, searchSpace, split, objective });
}
