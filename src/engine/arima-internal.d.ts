// Hand-written types for the arima package's internal files (reached through the `arima-internal/`
// alias in vite.config.ts): the Emscripten module factory, the embedded WASM bytes, the JS wrapper.
declare module 'arima-internal/wasm/native-sync.js' {
  export interface EmscriptenModule {
    HEAP32: Int32Array;
    HEAPF64: Float64Array;
    cwrap(name: string, ret: string | null, args: string[]): (...args: unknown[]) => unknown;
  }
  export interface ModuleOptions {
    wasmBinary: Uint8Array;
    print?: (text: string) => void;
    printErr?: (text: string) => void;
  }
  const factory: (options: ModuleOptions) => EmscriptenModule;
  export default factory;
}

declare module 'arima-internal/wrapper/native.bin.js' {
  const bytes: Uint8Array;
  export default bytes;
}

declare module 'arima-internal/load.js' {
  import type { EmscriptenModule } from 'arima-internal/wasm/native-sync.js';
  export interface ArimaOptions {
    p: number;
    d: number;
    q: number;
    P: number;
    D: number;
    Q: number;
    s: number;
    method: number;
    optimizer: number;
    verbose: boolean;
    transpose: boolean;
  }
  export interface ArimaModel {
    /** Address of the fitted model in the WASM heap (ctsa's sarimax wrapper). */
    model: number | null;
    train(ts: number[], exog?: number[][]): ArimaModel;
    predict(length: number, exog?: number[][]): [number[], number[]];
    destroy(): void;
  }
  const load: (module: EmscriptenModule) => new (options: ArimaOptions) => ArimaModel;
  export default load;
}

declare module 'arima-internal/package.json' {
  const pkg: { version: string };
  export default pkg;
}
