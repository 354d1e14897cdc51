// A study's identity: SHA-256 of a canonical JSON of what makes two searches the same search
// (product, data digest, search space, split, objective). Never a timestamp, so re-running or
// reopening the page continues the same study (the original's timestamped names could not).
import { sha256Hex } from '../digest';
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

/** JSON with object keys sorted at every depth; arrays keep their order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Lower-case hex SHA-256 of the identity's canonical JSON. */
export function studyKey(identity: StudyIdentity): Promise<string> {
  const { productId, dataDigest, searchSpace, split, objective } = identity;
  return sha256Hex(canonicalJson({ v: 1, productId, dataDigest, searchSpace, split, objective }));
}
