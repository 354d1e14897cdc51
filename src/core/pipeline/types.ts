// The pipeline's vocabulary: steps, the artifacts they produce, and the store that keeps them.
import type { Result } from '../result';

export interface ArtifactMetadata {
  rows?: number;
  products?: number;
  firstWeek?: string | null;
  lastWeek?: string | null;
  [key: string]: unknown;
}

/** Everything about an artifact except its (possibly large) payload. */
export interface ArtifactHeader {
  /** The cache key: digest(step name + version + input digests + parameters). */
  key: string;
  /** Digest of the content; downstream cache keys are built from it. */
  digest: string;
  type: string;
  step: string;
  version: number;
  metadata: ArtifactMetadata;
  /** Digests of the input artifacts (or source files): the lineage. */
  parents: string[];
  createdAt: string;
}

export interface Artifact<T = unknown> extends ArtifactHeader {
  payload: T;
}

/** Where artifacts live; headers and payloads are read apart so a cache hit never loads a payload. */
export interface ArtifactStore {
  getHeader(key: string): Promise<ArtifactHeader | undefined>;
  getPayload(key: string): Promise<unknown>;
  /** Stores all or nothing. */
  putAll(artifacts: readonly Artifact[]): Promise<void>;
}

export interface StepOutput<T = unknown> {
  type: string;
  payload: T;
  metadata: ArtifactMetadata;
  /** Content digest when the step can compute one cheaply; else the cache key stands for it. */
  digest?: string;
}

export interface StepContext {
  signal?: AbortSignal;
}

export interface Step<P = unknown> {
  name: string;
  version: number;
  /** Names of earlier steps or of sources (files) this step reads. */
  inputs: readonly string[];
  cache: boolean;
  run(inputs: Record<string, unknown>, params: P, ctx: StepContext): Promise<Result<StepOutput>>;
}

export type StepStatus = 'ran' | 'cached' | 'failed' | 'not-run';

export interface StepReport {
  step: string;
  status: StepStatus;
  ms: number;
  key?: string;
  digest?: string;
  metadata?: ArtifactMetadata;
}

/** A source the pipeline starts from: a file, known by the digest of its bytes. */
export interface Source {
  digest: string;
  payload: unknown;
}
