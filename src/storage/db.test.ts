// The shared connection: one per database name, closed when another tab opens a newer version (so its
// upgrade is not blocked), reopened on the next call; the UI hears about the loss.
import 'fake-indexeddb/auto';
import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { closeSharedConnections, onConnectionLoss, shelfcastDb, type ConnectionLoss } from './db';
import { DB_VERSION, MIGRATIONS } from './schema';

let n = 0;
const freshName = () => `shared-db-test-${n++}`;

afterEach(() => closeSharedConnections());

describe('shelfcastDb', () => {
  it('returns the same connection to every caller of one name', async () => {
    const name = freshName();
    const [a, b] = await Promise.all([shelfcastDb(name), shelfcastDb(name)]);
    expect(a).toBe(b);
    expect(await shelfcastDb(name)).toBe(a);
    expect(await shelfcastDb(freshName())).not.toBe(a);
  });

  it('closes on a newer version elsewhere, so that upgrade runs instead of being blocked', async () => {
    const name = freshName();
    const losses: ConnectionLoss[] = [];
    const stop = onConnectionLoss((loss) => losses.push(loss));
    const first = await shelfcastDb(name);
    let blocked = false;
    const newer = await openDB(name, DB_VERSION + 1, {
      upgrade: (db) => void db.createObjectStore('from-the-newer-lab'),
      blocked: () => void (blocked = true),
    });
    stop();
    expect(blocked).toBe(false);
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(newer.objectStoreNames.contains('from-the-newer-lab')).toBe(true);
    expect(losses).toEqual(['newer-version']);
    expect(() => first.transaction('settings')).toThrow(); // closed
    // This copy of the lab cannot read the newer schema: the next call tries again and fails, uncached.
    await expect(shelfcastDb(name)).rejects.toThrow(/version/i);
    newer.close();
  });

  it('reopens at the version then current after the connection stepped aside', async () => {
    const name = freshName();
    const first = await shelfcastDb(name);
    let blocked = false;
    // Deleting is the other version change a tab can ask for; recreating it is the "newer" database.
    await deleteDB(name, { blocked: () => void (blocked = true) });
    expect(blocked).toBe(false);
    const again = await shelfcastDb(name);
    expect(again).not.toBe(first);
    expect(again.version).toBe(DB_VERSION);
    expect(await shelfcastDb(name)).toBe(again);
    await again.put('settings', { key: 'last-opened', value: { datasetId: 'd1', productId: null } });
    expect(await again.get('settings', 'last-opened')).toEqual({ key: 'last-opened', value: { datasetId: 'd1', productId: null } });
  });
});

describe('shelfcastDb when the database cannot be used as it is', () => {
  it('says so when the database was made by a newer version of the lab', async () => {
    const name = freshName();
    (await openDB(name, DB_VERSION + 1, { upgrade: (db) => void db.createObjectStore('from-the-future') })).close();
    const losses: ConnectionLoss[] = [];
    const stop = onConnectionLoss((loss) => losses.push(loss));
    await expect(shelfcastDb(name)).rejects.toThrow(/newer version of the lab/);
    stop();
    expect(losses).toEqual(['newer-database']);
  });

  it('says the upgrade waits for another tab, and that it went on once that tab let go', async () => {
    const name = freshName();
    // An older lab's tab that does not step aside for upgrades (as builds before this one did not).
    // (The untyped test connection runs the lab's typed migration steps, hence `as never`.)
    const older = await openDB(name, DB_VERSION - 1, {
      upgrade: (db, _old, _new, tx) => MIGRATIONS.slice(0, DB_VERSION - 1).forEach((step) => step(db as never, tx as never)),
    });
    const losses: ConnectionLoss[] = [];
    const stop = onConnectionLoss((loss) => losses.push(loss));
    const opening = shelfcastDb(name);
    await expect.poll(() => losses).toEqual(['blocked']);
    older.close();
    expect((await opening).version).toBe(DB_VERSION);
    stop();
    expect(losses).toEqual(['blocked', 'unblocked']);
  });

  it("refuses a database of the right version that lacks the lab's stores, naming the problem", async () => {
    const name = freshName();
    (await openDB(name, DB_VERSION)).close(); // an existing, empty "shelfcast" database
    const losses: ConnectionLoss[] = [];
    const stop = onConnectionLoss((loss) => losses.push(loss));
    await expect(shelfcastDb(name)).rejects.toThrow(/missing parts of the lab's data \(datasets, series/);
    stop();
    expect(losses).toEqual(['damaged']);
  });
});
