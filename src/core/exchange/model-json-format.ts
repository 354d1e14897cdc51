// The model JSON format: a documented, versioned, checksummed envelope around registry versions.
// v2 (current) holds any number of models; v1 held one, before units and baselines were recorded.
import type { WeeklySeries } from '../data/types';
import type { ModelVersion } from '../policy/registry-types';

export const MODEL_FORMAT = 'shelfcast-model';
export const CURRENT_FORMAT_VERSION = 2;
/** Refused before parsing: a model with its series is a few hundred kB; 20 MB is not a model. */
export const MAX_MODEL_JSON_BYTES = 20 * 1024 * 1024;

/** One exported model: the registry version and its training series, or only the series' digest (in `model.data`). */
export interface ExportedModel {
  model: ModelVersion;
  series: WeeklySeries | null;
}

/**
 * Format version 2. `checksum.value` is the SHA-256 of the canonical JSON (sorted keys, no
 * whitespace) of the document without its `checksum` field.
 */
export interface ModelDocumentV2 {
  format: typeof MODEL_FORMAT;
  formatVersion: 2;
  appVersion: string;
  exportedAt: string;
  content: { models: ExportedModel[] };
  checksum: { algorithm: 'SHA-256'; value: string };
}

/** Format version 1: one model; no `io.units`, no `evaluation.baselines`, no `searchMs`; checksum as a bare hex string. */
export interface ModelDocumentV1 {
  format: typeof MODEL_FORMAT;
  formatVersion: 1;
  appVersion: string;
  exportedAt: string;
  model: Record<string, unknown>;
  series: WeeklySeries | null;
  checksum: string;
}

export type ModelImportErrorCode =
  | 'too-large'
  | 'malformed-json'
  | 'not-a-model-file'
  | 'future-format-version'
  | 'unknown-format-version'
  | 'checksum-mismatch'
  | 'invalid-field';
