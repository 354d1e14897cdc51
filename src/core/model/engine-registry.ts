// Which engine runs a fit: callers name one ('wasm' | 'native'); a registry maps names to the
// engines this build or worker has, so adding an engine is one entry.
import { fail, ok, type Result } from '../result';
import type { EngineName, FitErrorCode, ModelEngine } from './engine';

export type EngineRegistry = Partial<Record<EngineName, ModelEngine>>;

/**
 * The native engine: it matches R to ~1e-10 where the package drifts, fits s = 52 in milliseconds,
 * and keeps a state that forecasts without a refit. The WASM engine stays selectable as a cross-check.
 */
export const DEFAULT_ENGINE: EngineName = 'native';

export function selectEngine(registry: EngineRegistry, name: EngineName = DEFAULT_ENGINE): Result<ModelEngine, FitErrorCode> {
  const engine = registry[name];
  if (!engine) {
    const available = Object.keys(registry).join(', ') || 'none';
    return fail('invalid-input', `The ${name} engine is not available here (available: ${available}).`);
  }
  return ok(engine);
}
