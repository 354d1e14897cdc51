// A step's cache key: the digest of its name, version, input digests and parameters. Format 2 hashes
// the shared canonical JSON (an undefined parameter is left out); format 1 wrote it as null. Artifacts
// stored under a format-1 key are still found by `v1StepKey`, so no cached step is orphaned.
import { canonicalChecksum } from '../canonical-json';
import { sha256Hex } from '../digest';
import type { Step } from './types';

type KeyedStep = Pick<Step, 'name' | 'version'>;

export function stepKey(step: KeyedStep, inputDigests: readonly string[], params: unknown): Promise<string> {
  return canonicalChecksum({ keyFormat: 2, step: step.name, version: step.version, inputs: inputDigests, params });
}

/** The key format 1 gave the same step, inputs and parameters (keys written before format 2). */
export function v1StepKey(step: KeyedStep, inputDigests: readonly string[], params: unknown): Promise<string> {
  return sha256Hex(v1Text({ step: step.name, version: step.version, inputs: inputDigests, params }));
}

// Frozen: the exact text format 1 hashed. Never change it, or the artifacts stored then are lost.
function v1Text(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(v1Text).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${v1Text((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}
