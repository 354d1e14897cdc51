// Every kind of record the lab stores with a `recordVersion`, and its upgrade steps (see
// upgrade-on-read.ts). Bump a record type's `recordVersion` together with a new step here.
import type { DatasetRecord, ModelRecord } from '../records';
import type { DecisionRecord } from '../registry/decision-log';
import type { ModelVersion } from '../registry/registry-types';
import type { RunRecord } from '../runs/run-record';
import type { StudyRecord } from '../search/study-record';
import type { StoredJson, StoredKind } from './upgrade-on-read';

const isObject = (v: unknown): v is StoredJson => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Model version 1 → 2. Version 1 recorded no forecast of the weeks ahead until that existed, and no
 * verification for an imported model until that existed: it gets `future: null` (none recorded)
 * and `verification: 'unverified'` (its metrics are the file's own).
 */
export function modelVersionV1toV2(record: StoredJson): StoredJson {
  const provenance = record.provenance;
  const imported = isObject(provenance) && provenance.kind === 'imported' && !('verification' in provenance);
  return {
    ...record,
    future: record.future ?? null,
    ...(imported ? { provenance: { ...provenance, verification: 'unverified' } } : {}),
  };
}

export const DATASET_RECORD: StoredKind<DatasetRecord> = { label: 'dataset', version: 1, steps: [] };
export const LAB_MODEL_RECORD: StoredKind<ModelRecord> = { label: 'lab forecast', version: 1, steps: [] };
export const MODEL_VERSION_RECORD: StoredKind<ModelVersion> = { label: 'model version', version: 2, steps: [modelVersionV1toV2] };
export const DECISION_RECORD: StoredKind<DecisionRecord> = { label: 'retraining decision', version: 1, steps: [] };
export const RUN_RECORD: StoredKind<RunRecord> = { label: 'run', version: 1, steps: [] };
export const STUDY_RECORD: StoredKind<StudyRecord> = { label: 'study', version: 1, steps: [] };

/** Every stored kind, for the check that each has one step per older version. */
export const STORED_KINDS = [DATASET_RECORD, LAB_MODEL_RECORD, MODEL_VERSION_RECORD, DECISION_RECORD, RUN_RECORD, STUDY_RECORD] as const;
