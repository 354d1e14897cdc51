// The data worker's API: reading a dropped file and turning it into weekly series, off the main thread.
import { importSalesCsv } from '../core/data/import-dataset';
import type { SalesDataset } from '../core/data/types';
import type { ImportErrorCode } from '../core/data/sales-table';
import { sha256Hex } from '../core/digest';
import { ok, type Result } from '../core/result';

/** A dataset plus the digest of the file it came from (its identity in storage). */
export interface ImportedDataset extends SalesDataset {
  id: string;
}

export const dataApi = {
  /** Reads and prepares a CSV given as a File/Blob (browser) or as text (Node, tests). */
  async importCsv(source: Blob | string, name: string): Promise<Result<ImportedDataset, ImportErrorCode>> {
    const text = typeof source === 'string' ? source : await source.text();
    const imported = importSalesCsv(text, name);
    if (!imported.ok) return imported;
    const id = await sha256Hex(text);
    return ok({ ...imported.value, id });
  },
};

export type DataApi = typeof dataApi & import("./pipeline-api").PipelineApi;
