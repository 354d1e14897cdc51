// Model worker entry: both engines; the arima WASM is instantiated once, on this worker's first fit.
import { expose } from 'comlink';
import { holdLifeLock } from './worker-life';
import { nativeEngine } from '../core/model/native';
import { arimaEngine } from '../engine/arima-engine';
import { createModelApi } from './model-api';

expose(createModelApi({ wasm: arimaEngine, native: nativeEngine }));
holdLifeLock();
