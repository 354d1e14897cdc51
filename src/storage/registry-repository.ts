// The model registry in IndexedDB: registering a version (with its champion verdict and retention
// deletes) or rolling back is one transaction; a full disk rolls it back and comes back as a value.
import type { FutureForecast } from '../core/registry/registry-types';
import { judgeChallenger, rollbackTo, type AliasChange, type MeasuredChampion, type RollbackError, type RollbackOptions } from '../core/registry/champion';
import type { ChampionLookup, LostChallenge } from '../core/registry/retrain-decision';
import { emptyAliases, registeredModelName, type ModelVersion, type ModelVersionDraft, type ProductAliases } from '../core/registry/registry-types';
import type { RegistryPolicy } from '../core/registry/retrain-policy';
import { versionsToDelete } from '../core/registry/retention';
import { fail, ok, type AppError, type ErrorLocation, type Result } from '../core/result';
import { MODEL_VERSION_RECORD } from '../core/stored/stored-kinds';
import type { IDBPTransaction } from 'idb';
import type { ShelfcastDatabase } from './db';
import { readAllStored, readStoredIfAny } from './stored-records';
import type { ShelfcastDB } from './schema';
import { describeThrown, isQuotaError } from './storage-errors';
import type { StoredChampionEvent } from './registry-schema';

export type RegistryWriteError = 'quota-exceeded' | 'write-failed';

export interface Registration extends AliasChange {
  version: ModelVersion;
  /** Version numbers retention deleted in the same transaction. */
  deleted: number[];
}

/** What an import did: stored a new version, or found the same file's model already stored. */
export type ImportRegistration = ({ kind: 'registered' } & Registration) | { kind: 'already-registered'; version: ModelVersion };

interface RegisterOptions {
  championOnWindow?: MeasuredChampion | null;
  at?: Date;
}

/** One imported draft of a file, with how to judge it against the product's champion. */
export interface ImportToRegister {
  draft: ModelVersionDraft;
  options?: RegisterOptions;
}

/** What a write was for, in the words and `where` of its error. */
interface WriteSubject {
  what: string;
  where: ErrorLocation;
}
const oneModel = (productId: string): WriteSubject => ({ what: 'this model', where: { product: productId } });

const WRITE_STORES = ['modelVersions', 'modelAliases', 'championEvents'] as const;
type WriteTx = IDBPTransaction<ShelfcastDB, (typeof WRITE_STORES)[number][], 'readwrite'>;

/** A stored version of the draft's product imported from the same file (checksum) as the same version, if any. */
async function findSameImport(tx: WriteTx, draft: ModelVersionDraft): Promise<ModelVersion | undefined> {
  const p = draft.provenance;
  if (p.kind !== 'imported') return undefined;
  const stored = readAllStored(MODEL_VERSION_RECORD, await tx.objectStore('modelVersions').index('byProduct').getAll(draft.productId));
  // A file may hold several versions of one product: the version it had there tells them apart.
  return stored.find((v) => v.provenance.kind === 'imported' && v.provenance.checksum === p.checksum && v.provenance.originalVersion === p.originalVersion);
}

function writeError(e: unknown, subject: WriteSubject): { ok: false; error: AppError<RegistryWriteError> } {
  if (isQuotaError(e)) {
    return fail(
      'quota-exceeded',
      `The browser has no room left for ${subject.what}: nothing was saved. Delete old versions or datasets, or allow more storage.`,
      subject.where,
    );
  }
  return fail('write-failed', `The registry could not save ${subject.what}: ${describeThrown(e)}. Nothing was saved.`, subject.where);
}

export class RegistryRepository {
  constructor(private readonly db: ShelfcastDatabase) {}

  /** Runs `body` in one read-write transaction over the registry; any failure aborts all of it. */
  private async write<T>(subject: WriteSubject, body: (tx: WriteTx) => Promise<T>): Promise<Result<T, RegistryWriteError>> {
    const tx = this.openWrite();
    const done = tx.done;
    done.catch(() => undefined); // awaited below; this only stops an early abort being "unhandled"
    try {
      const value = await body(tx);
      await done;
      return ok(value);
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request: nothing left to undo.
      }
      return writeError(e, subject);
    }
  }

  private openWrite(): WriteTx {
    return this.db.transaction([...WRITE_STORES], 'readwrite');
  }

  /**
   * Registers a draft as the product's next version, judges it against the champion (on the same
   * window, or on `championOnWindow` measured by the caller), logs the event and applies retention.
   */
  register(draft: ModelVersionDraft, policy: RegistryPolicy, options: RegisterOptions = {}): Promise<Result<Registration, RegistryWriteError>> {
    return this.write(oneModel(draft.productId), (tx) => this.registerIn(tx, draft, policy, options));
  }

  /**
   * Registers every imported draft of one file in one transaction, each unless the product already
   * holds that model imported from the same file (same checksum and original version). A full disk,
   * a failed write or a closed tab part-way leaves none of the file stored, never some of its models.
   */
  registerImports(fileName: string, imports: readonly ImportToRegister[], policy: RegistryPolicy): Promise<Result<ImportRegistration[], RegistryWriteError>> {
    const subject = { what: `the ${imports.length} model${imports.length === 1 ? '' : 's'} of ${fileName}`, where: { file: fileName } };
    return this.write(subject, async (tx) => {
      const done: ImportRegistration[] = [];
      for (const { draft, options } of imports) {
        const existing = await findSameImport(tx, draft);
        done.push(
          existing ? { kind: 'already-registered', version: existing } : { kind: 'registered', ...(await this.registerIn(tx, draft, policy, options ?? {})) },
        );
      }
      return done;
    });
  }

  private async registerIn(tx: WriteTx, draft: ModelVersionDraft, policy: RegistryPolicy, options: RegisterOptions): Promise<Registration> {
    const productId = draft.productId;
    const versions = tx.objectStore('modelVersions');
    const aliases = (await tx.objectStore('modelAliases').get(productId)) ?? emptyAliases(productId);
    const stored = (await versions.index('byProduct').getAllKeys(productId)).map(([, v]) => v);
    const version: ModelVersion = {
      ...draft,
      future: draft.future ?? null,
      recordVersion: 2,
      name: registeredModelName(productId),
      version: aliases.nextVersion,
    };
    const champion = aliases.champion === null ? null : (readStoredIfAny(MODEL_VERSION_RECORD, await versions.get([productId, aliases.champion])) ?? null);
    const change = judgeChallenger({
      aliases,
      challenger: version,
      champion,
      championOnWindow: options.championOnWindow ?? null,
      policy,
      at: (options.at ?? new Date()).toISOString(),
    });
    const next: ProductAliases = { ...change.aliases, nextVersion: version.version + 1 };
    const deleted = versionsToDelete([...stored, version.version], next, policy.maxVersionsPerProduct);
    await versions.put(version);
    await tx.objectStore('modelAliases').put(next);
    await tx.objectStore('championEvents').add(change.event);
    for (const v of deleted) await versions.delete([productId, v]);
    return { version, aliases: next, event: change.event, deleted };
  }

  /** Makes an earlier stored version champion again (an unverified import only when confirmed), and logs it. */
  async rollback(
    productId: string,
    target: number,
    at = new Date(),
    options: RollbackOptions = {},
  ): Promise<Result<AliasChange, RegistryWriteError | RollbackError>> {
    const result = await this.write(oneModel(productId), async (tx) => {
      const aliases = (await tx.objectStore('modelAliases').get(productId)) ?? emptyAliases(productId);
      const stored = readAllStored(MODEL_VERSION_RECORD, await tx.objectStore('modelVersions').index('byProduct').getAll(productId));
      const change = rollbackTo(aliases, target, stored, at.toISOString(), options);
      if (!change.ok) return change;
      await tx.objectStore('modelAliases').put(change.value.aliases);
      await tx.objectStore('championEvents').add(change.value.event);
      return change;
    });
    return result.ok ? result.value : result;
  }

  /**
   * Replaces a stored version's forecast of the weeks ahead (a reuse's refit on appended weeks), in
   * one transaction. Everything else stays: its evaluation is still the evidence from training.
   */
  async replaceFuture(productId: string, version: number, future: FutureForecast): Promise<Result<ModelVersion, RegistryWriteError | 'unknown-version'>> {
    const result = await this.write(oneModel(productId), async (tx) => {
      const versions = tx.objectStore('modelVersions');
      const stored = readStoredIfAny(MODEL_VERSION_RECORD, await versions.get([productId, version]));
      if (!stored)
        return fail('unknown-version', `${registeredModelName(productId)} v${version} is not stored: its forecast was not replaced.`, { product: productId });
      const updated: ModelVersion = { ...stored, future };
      await versions.put(updated);
      return ok(updated);
    });
    return result.ok ? result.value : result;
  }

  async getVersion(productId: string, version: number): Promise<ModelVersion | undefined> {
    return readStoredIfAny(MODEL_VERSION_RECORD, await this.db.get('modelVersions', [productId, version]));
  }

  /** Every stored version of a product, oldest first. */
  async listVersions(productId: string): Promise<ModelVersion[]> {
    return readAllStored(MODEL_VERSION_RECORD, await this.db.getAllFromIndex('modelVersions', 'byProduct', productId));
  }

  async getAliases(productId: string): Promise<ProductAliases> {
    return (await this.db.get('modelAliases', productId)) ?? emptyAliases(productId);
  }

  /** What the retraining decision needs: the champion, a dangling alias, or nothing. */
  async getChampion(productId: string): Promise<ChampionLookup> {
    const { champion } = await this.getAliases(productId);
    if (champion === null) return { kind: 'none' };
    const model = await this.getVersion(productId, champion);
    return model ? { kind: 'present', model } : { kind: 'missing', version: champion };
  }

  /**
   * The newest version when it lost as a challenger and nothing happened since: it is still the
   * alias's challenger, no later version was registered, and the last event is its lost challenge.
   */
  async lastLostChallenger(productId: string): Promise<LostChallenge | null> {
    const aliases = await this.getAliases(productId);
    const newest = aliases.nextVersion - 1;
    if (aliases.challenger === null || aliases.challenger !== newest) return null;
    const last = (await this.listEvents(productId)).at(-1);
    if (!last || last.kind !== 'challenger-lost' || last.challenger !== newest) return null;
    const version = await this.getVersion(productId, newest);
    return version ? { version: newest, digest: version.data.digest, reason: last.reason } : null;
  }

  /** The champion of every product that has one (for "export all champions"). */
  async listChampions(): Promise<ModelVersion[]> {
    const all = await this.db.getAll('modelAliases');
    const found = await Promise.all(all.filter((a) => a.champion !== null).map((a) => this.getVersion(a.productId, a.champion!)));
    return found.filter((m): m is ModelVersion => m !== undefined);
  }

  /** Champion changes and lost challenges of a product, oldest first. */
  listEvents(productId: string): Promise<StoredChampionEvent[]> {
    return this.db.getAllFromIndex('championEvents', 'byProduct', productId);
  }
}
