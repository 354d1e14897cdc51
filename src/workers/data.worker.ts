// Data worker entry: parsing and the data pipeline run here so a large file never blocks the page.
import { expose } from 'comlink';
import { openShelfcastDb } from '../storage/db';
import { IdbArtifactStore } from '../storage/artifact-store';
import { RunRepository } from '../storage/run-repository';
import { dataApi } from './data-api';
import { createPipelineApi } from './pipeline-api';

let store: Promise<IdbArtifactStore> | undefined;
const openStore = () => (store ??= openShelfcastDb().then((db) => new IdbArtifactStore(db)));

const openRuns = () => openShelfcastDb().then((db) => new RunRepository(db));

expose({ ...dataApi, ...createPipelineApi(openStore, Date.now, openRuns) });
