// One instance of the arima package's Emscripten module, built from the package's internal files so
// that the fitted C structs in its heap can be read (the public entry hides the module).
import createModule, { type EmscriptenModule } from 'arima-internal/wasm/native-sync.js';
import wasmBinary from 'arima-internal/wrapper/native.bin.js';
import load, { type ArimaModel, type ArimaOptions } from 'arima-internal/load.js';

/** The struct layout in sarimax-struct.ts is that of arima 0.2.8; this is its WASM binary. */
export const PINNED_VERSION = '0.2.8';
const PINNED_BINARY = { bytes: 210_869, fnv1a: 'f8f39142' };

export interface ArimaInstance {
  module: EmscriptenModule;
  Model: new (options: ArimaOptions) => ArimaModel;
  /** What the C code printed (e.g. collinear regressors); cleared by the caller before each fit. */
  printed: string[];
}

function fnv1a(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16);
}

/** Throws when the installed binary is not the one the heap layout was measured on. */
export function assertPinnedBinary(bytes: Uint8Array): void {
  const hash = fnv1a(bytes);
  if (bytes.length !== PINNED_BINARY.bytes || hash !== PINNED_BINARY.fnv1a) {
    throw new Error(
      `The installed arima WASM (${bytes.length} bytes, fnv1a ${hash}) is not arima ${PINNED_VERSION}'s: ` +
        'the fitted-struct offsets in src/engine/sarimax-struct.ts must be re-measured before upgrading.',
    );
  }
}

/** Decodes and instantiates a fresh module (30–40 ms); one per worker, again after a WASM abort. */
export function createArimaInstance(): ArimaInstance {
  assertPinnedBinary(wasmBinary);
  const printed: string[] = [];
  const module = createModule({ wasmBinary, print: (t) => printed.push(t), printErr: (t) => printed.push(t) });
  return { module, Model: load(module), printed };
}
