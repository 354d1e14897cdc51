// The model JSON format: a documented, versioned, checksummed envelope around registry versions.
// v3 (current) adds each model's forecast of the weeks ahead (`future`); v2 held any number of
// models without it; v1 held one, before units and baselines were recorded.
import type { WeeklySeries } from '../data/types';
import type { ModelVersion } from '../registry/registry-types';

export const MODEL_FORMAT = 'shelfcast-model';
export const CURRENT_FORMAT_VERSION = 3;
/** Refused before parsing: a model with its series is a few hundred kB; 20 MB is not a model. */
export const MAX_MODEL_JSON_BYTES = 20 * 1024 * 1024;

/** One exported model: the registry version (with `future`, null when it has none) and its training series, or only the series' digest (in `model.data`). */
export interface ExportedModel {
  model: ModelVersion;
  series: WeeklySeries | null;
}

/**
 * Format version 3. `checksum.value` is the SHA-256 of the canonical JSON (sorted keys, no
 * whitespace) of the document without its `checksum` field.
 */
export interface ModelDocumentV3 {
  format: typeof MODEL_FORMAT;
  formatVersion: 3;
  appVersion: string;
  exportedAt: string;
  content: { models: ExportedModel[] };
  checksum: { algorithm: 'SHA-256'; value: string };
}

/** Format version 2: as 3, but a model has no `future` (upgraded to `future: null`). */
export interface ModelDocumentV2 extends Omit<ModelDocumentV3, 'formatVersion' | 'content'> {
  formatVersion: 2;
  content: { models: { model: Omit<ModelVersion, 'future'>; series: WeeklySeries | null }[] };
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
  'too-large' | 'malformed-json' | 'not-a-model-file' | 'future-format-version' | 'unknown-format-version' | 'checksum-mismatch' | 'invalid-field';
