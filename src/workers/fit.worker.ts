// Fit worker entry: both engines (the native one is the default: s = 52 fits in milliseconds); the
// arima WASM is instantiated once, on this worker's warm-up.
import { expose } from 'comlink';
import { holdLifeLock } from './worker-life';
import { nativeEngine } from '../core/model/native';
import { arimaEngine } from '../engine/arima-engine';
import { createFitApi } from './fit-api';

expose(createFitApi({ wasm: arimaEngine, native: nativeEngine }));
holdLifeLock();
