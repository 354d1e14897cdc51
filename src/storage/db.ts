// Opens the one Shelfcast database and runs the migrations an older copy needs. The page (and each
// worker) shares one connection per database name; it closes itself when another tab upgrades.
import { openDB, type IDBPDatabase, type StoreNames } from 'idb';
import { DB_NAME, DB_VERSION, MIGRATIONS, type ShelfcastDB } from './schema';

export type ShelfcastDatabase = IDBPDatabase<ShelfcastDB>;

/**
 * What happened to the shared connection: another tab wants a newer version, the browser closed it,
 * our upgrade waits for another tab (then went on), the database is newer than this copy of the
 * lab, or it lacks the lab's stores.
 */
export type ConnectionLoss = 'newer-version' | 'terminated' | 'blocked' | 'unblocked' | 'newer-database' | 'damaged';

/** Opening failed in a way a person must act on; `loss` says which. */
export class DatabaseProblem extends Error {
  override name = 'DatabaseProblem';
  constructor(
    readonly loss: 'newer-database' | 'damaged',
    message: string,
  ) {
    super(message);
  }
}

interface OpenHooks {
  onBlocking?: (db: ShelfcastDatabase) => void;
  onTerminated?: () => void;
  onBlocked?: () => void;
}

/** Every store the last migration leaves; a database without them cannot be used. */
const EXPECTED_STORES: StoreNames<ShelfcastDB>[] = [
  'datasets',
  'series',
  'models',
  'settings',
  'artifacts',
  'payloads',
  'mappings',
  'modelVersions',
  'modelAliases',
  'championEvents',
  'retrainDecisions',
  'runs',
  'studies',
  'trials',
];

function checked(db: ShelfcastDatabase): ShelfcastDatabase {
  const missing = EXPECTED_STORES.filter((store) => !db.objectStoreNames.contains(store));
  if (missing.length === 0) return db;
  db.close();
  throw new DatabaseProblem(
    'damaged',
    `The lab's database in this browser is at version ${db.version} but missing parts of the lab's data (${missing.join(', ')}): it was made by something else or damaged. Export anything you need, then reset local data.`,
  );
}

function named(error: unknown): never {
  if ((error as { name?: string })?.name === 'VersionError') {
    throw new DatabaseProblem(
      'newer-database',
      'The data in this browser was saved by a newer version of the lab, which this page cannot read. Reload to get the newer version (close other tabs of the lab if it stays old).',
    );
  }
  throw error;
}

/** Opens a fresh connection (tests use fresh names); the app uses `shelfcastDb()`. */
export function openShelfcastDb(name = DB_NAME, hooks: OpenHooks = {}): Promise<ShelfcastDatabase> {
  let opened: ShelfcastDatabase | undefined;
  const connection = openDB<ShelfcastDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < DB_VERSION; v++) MIGRATIONS[v]!(db, tx);
    },
    // Another tab wants a newer version (or to delete the database): stepping aside lets it proceed.
    blocking() {
      if (opened) hooks.onBlocking?.(opened);
    },
    terminated() {
      hooks.onTerminated?.();
    },
    // Another tab holds an older version open and did not step aside: the open waits for it.
    blocked() {
      hooks.onBlocked?.();
    },
  });
  return connection.then((db) => (opened = checked(db)), named);
}

const connections = new Map<string, Promise<ShelfcastDatabase>>();
const lossListeners = new Set<(loss: ConnectionLoss) => void>();

function forget(name: string, connection: Promise<ShelfcastDatabase>): void {
  if (connections.get(name) === connection) connections.delete(name);
}

function notify(loss: ConnectionLoss): void {
  for (const listener of lossListeners) listener(loss);
}

/** The shared connection to database `name`: opened on first use, reopened after it was lost. */
export function shelfcastDb(name = DB_NAME): Promise<ShelfcastDatabase> {
  const cached = connections.get(name);
  if (cached) return cached;
  let blocked = false;
  const connection: Promise<ShelfcastDatabase> = openShelfcastDb(name, {
    onBlocked() {
      blocked = true;
      notify('blocked');
    },
    onBlocking(db) {
      db.close();
      forget(name, connection);
      notify('newer-version');
    },
    onTerminated() {
      forget(name, connection);
      notify('terminated');
    },
  });
  connections.set(name, connection);
  connection.then(
    () => blocked && notify('unblocked'),
    (error: unknown) => {
      // A failed open (e.g. after another tab upgraded) is not cached: the next call retries.
      forget(name, connection);
      if (error instanceof DatabaseProblem) notify(error.loss);
    },
  );
  return connection;
}

/** Calls `listener` whenever a shared connection is lost; returns the unsubscribe function. */
export function onConnectionLoss(listener: (loss: ConnectionLoss) => void): () => void {
  lossListeners.add(listener);
  return () => lossListeners.delete(listener);
}

/** Closes and forgets every shared connection (tests, and before deleting a database). */
export async function closeSharedConnections(): Promise<void> {
  const open = [...connections.values()];
  connections.clear();
  for (const connection of open) (await connection.catch(() => undefined))?.close();
}
