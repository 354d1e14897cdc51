// Model worker entry: the arima WASM is compiled once, when this worker starts.
import { expose } from 'comlink';
import { arimaEngine } from '../engine/arima-engine';
import { createModelApi } from './model-api';

expose(createModelApi(arimaEngine));
