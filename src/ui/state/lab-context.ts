// The lab's composition root (main thread): the one place that opens the database and reaches the
// workers. App builds it once and hands each state class only the stores and workers it uses.
import { onConnectionLoss, shelfcastDb, type ShelfcastDatabase } from '../../storage/db';
import { MappingRepository } from '../../storage/artifact-store';
import { ConfigSettingsRepository } from '../../storage/config-settings';
import { DecisionRepository } from '../../storage/decision-repository';
import { LabRepository } from '../../storage/lab-repository';
import { LineageRepository } from '../../storage/lineage-repository';
import { MonitoringRepository } from '../../storage/monitoring-repository';
import { RegistryBrowser } from '../../storage/registry-browse';
import { RegistryRepository } from '../../storage/registry-repository';
import { RunRepository } from '../../storage/run-repository';
import { StudyRepository } from '../../storage/study-repository';
import { callback, dataWorker, type LazyWorker } from '../../workers/bridge';
import type { PipelineApi } from '../../workers/pipeline-api';
import { fitPool } from '../../workers/fit-pool';
import { runTraining } from '../../app/train-client';

/** Every repository, over one connection. */
export interface Stores {
  lab: LabRepository;
  registry: RegistryRepository;
  registryBrowser: RegistryBrowser;
  decisions: DecisionRepository;
  monitoring: MonitoringRepository;
  runs: RunRepository;
  lineage: LineageRepository;
  studies: StudyRepository;
  mappings: MappingRepository;
  settings: ConfigSettingsRepository;
}

/**
 * The repositories a state class uses, over the current connection. A function rather than the
 * stores themselves: a connection another tab terminated is reopened by the next call.
 */
export type OpenStores<K extends keyof Stores = keyof Stores> = () => Promise<Pick<Stores, K>>;

/** The fit worker pool as state classes use it. */
export type ModelRunner = Pick<typeof fitPool, 'run'>;

/** The data worker as the Data screen uses it: calls, and callbacks it may call back (progress). */
export interface DataWorkerPort {
  call: LazyWorker<PipelineApi>['call'];
  callback: typeof callback;
}

export type Train = typeof runTraining;
export type WatchConnection = typeof onConnectionLoss;

export interface LabContext {
  stores: OpenStores;
  models: ModelRunner;
  data: DataWorkerPort;
  train: Train;
  watchConnection: WatchConnection;
  /** Development only (`npm start` with ?demo-history): fills an empty history before Monitoring reads it. */
  seedHistory?: () => Promise<void>;
}

const byConnection = new WeakMap<ShelfcastDatabase, Stores>();

/** The repositories over `db` (made once per connection). */
export function storesOf(db: ShelfcastDatabase): Stores {
  let stores = byConnection.get(db);
  if (!stores) {
    stores = {
      lab: new LabRepository(db),
      registry: new RegistryRepository(db),
      registryBrowser: new RegistryBrowser(db),
      decisions: new DecisionRepository(db),
      monitoring: new MonitoringRepository(db),
      runs: new RunRepository(db),
      lineage: new LineageRepository(db),
      studies: new StudyRepository(db),
      mappings: new MappingRepository(db),
      settings: new ConfigSettingsRepository(db),
    };
    byConnection.set(db, stores);
  }
  return stores;
}

/** The page's database and workers (both opened or started on first use). */
export function labContext(): LabContext {
  const stores = () => shelfcastDb().then(storesOf);
  // In the production build import.meta.env.DEV is false: this branch and the seed module are gone.
  const seedHistory =
    import.meta.env.DEV && new URLSearchParams(location.search).has('demo-history')
      ? async () => (await import('../../dev/demo-history')).seedDemoHistory(await stores(), { appVersion: __APP_VERSION__ })
      : undefined;
  return {
    stores,
    models: fitPool,
    data: { call: (fn) => dataWorker.call(fn), callback },
    train: runTraining,
    watchConnection: onConnectionLoss,
    ...(seedHistory ? { seedHistory } : {}),
  };
}
