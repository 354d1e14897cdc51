// Data worker entry: parsing and the data pipeline run here so a large file never blocks the page.
import { expose } from 'comlink';
import { holdLifeLock } from './worker-life';
import { shelfcastDb } from '../storage/db';
import { IdbArtifactStore } from '../storage/artifact-store';
import { RunRepository } from '../storage/run-repository';
import { createPipelineApi } from './pipeline-api';

// The worker's own shared connection (one per worker), asked for on every call so that a connection
// closed for another tab's upgrade is not held on to.
const openStore = () => shelfcastDb().then((db) => new IdbArtifactStore(db));
const openRuns = () => shelfcastDb().then((db) => new RunRepository(db));

expose(createPipelineApi(openStore, Date.now, openRuns));
holdLifeLock();
