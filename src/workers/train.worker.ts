// Training worker entry: both engines (the native one is the default: s = 52 fits in milliseconds).
import { expose } from 'comlink';
import { holdLifeLock } from './worker-life';
import { nativeEngine } from '../core/model/native';
import { arimaEngine } from '../engine/arima-engine';
import { createStudyApi } from './study-api';

expose(createStudyApi({ wasm: arimaEngine, native: nativeEngine }));
holdLifeLock();
