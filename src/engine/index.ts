// The arima WASM engine for scripts and workers (kept out of src/core/index.ts: core never imports arima).
export { arimaEngine, WasmAbortError } from './arima-engine';
export { PINNED_VERSION } from './arima-module';
