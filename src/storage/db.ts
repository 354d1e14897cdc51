// Opens the one Shelfcast database and runs the migrations an older copy needs.
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, MIGRATIONS, type ShelfcastDB } from './schema';

export type ShelfcastDatabase = IDBPDatabase<ShelfcastDB>;

export function openShelfcastDb(name = DB_NAME): Promise<ShelfcastDatabase> {
  return openDB<ShelfcastDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < DB_VERSION; v++) MIGRATIONS[v]!(db, tx);
    },
  });
}
