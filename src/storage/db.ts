// Opens the one Shelfcast database and runs the migrations an older copy needs. The page (and each
// worker) shares one connection per database name; it closes itself when another tab upgrades.
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, MIGRATIONS, type ShelfcastDB } from './schema';

export type ShelfcastDatabase = IDBPDatabase<ShelfcastDB>;

/** Why a shared connection went away: another tab wants a newer version, or the browser closed it. */
export type ConnectionLoss = 'newer-version' | 'terminated';

interface OpenHooks {
  onBlocking?: (db: ShelfcastDatabase) => void;
  onTerminated?: () => void;
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
  });
  return connection.then((db) => (opened = db));
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
  const connection: Promise<ShelfcastDatabase> = openShelfcastDb(name, {
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
  // A failed open (e.g. VersionError after another tab upgraded) is not cached: the next call retries.
  connection.catch(() => forget(name, connection));
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
