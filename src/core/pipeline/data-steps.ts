// The data pipeline's four steps: import (streamed files → rows), prepare (filters + weekly series),
// quality (the report) and split (train/validation/test windows with series digests).
import { sha256Hex } from '../digest';
import { checkProductTotals, combineTables, type ImportedTable } from '../data/import-types';
import type { ImportMapping } from '../data/mapping';
import { checkWeeklySize, prepareSeries, type PrepareParams, type PreparedDataset } from '../data/prepare';
import { qualityReport, type QualityParams } from '../data/quality';
import { seriesDigest } from '../data/series-digest';
import { splitSeries, type SplitParams } from '../data/split';
import { TableReader } from '../data/table-reader';
import { formatDay } from '../data/dates';
import { fail, ok } from '../result';
import type { Step } from './types';

/** One file to import: its text arrives chunk by chunk from whoever reads it (the worker streams it). */
export interface FileSource {
  name: string;
  mapping: ImportMapping;
  delimiter: string;
  /** Said about the file as a whole (e.g. the encoding it was read in); shown with the report. */
  notes?: string[];
  /** May throw when the bytes cannot be read or decoded; the message says why, naming the file. */
  chunks(): AsyncIterable<string>;
}

/** The import step's source; `today` (day number) decides which dates are in the future. */
export interface ImportSource {
  files: FileSource[];
  today: number;
}

function dateRange(table: ImportedTable): { firstWeek: string | null; lastWeek: string | null } {
  let lo = Infinity,
    hi = -Infinity;
  for (const d of table.day) {
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  return Number.isFinite(lo) ? { firstWeek: formatDay(lo), lastWeek: formatDay(hi) } : { firstWeek: null, lastWeek: null };
}

export const importStep: Step<{ mappings: ImportMapping[] }> = {
  name: 'import',
  version: 1,
  inputs: ['files'],
  cache: true,
  async run(inputs, _params, ctx) {
    const source = inputs.files as ImportSource;
    const parts: ImportedTable[] = [];
    for (const file of source.files) {
      const reader = new TableReader(file.name, file.mapping, file.delimiter);
      try {
        for await (const chunk of file.chunks()) {
          if (ctx.signal?.aborted) return fail('cancelled', 'The import was cancelled; nothing was stored.');
          if (!reader.push(chunk)) break;
        }
      } catch (error) {
        return fail('unreadable-file', (error as Error).message, { file: file.name });
      }
      const table = reader.finish(source.today);
      if (!table.ok) return { ok: false, error: { ...table.error, where: { ...table.error.where, file: file.name } } };
      parts.push(file.notes ? { ...table.value, notes: [...file.notes, ...table.value.notes] } : table.value);
    }
    const table = combineTables(parts);
    const totals = checkProductTotals(table);
    if (!totals.ok) return { ok: false, error: { ...totals.error, where: { ...totals.error.where } } };
    return ok({ type: 'sales-rows', payload: table, metadata: { rows: table.product.length, products: table.products.length, ...dateRange(table) } });
  },
};

export const prepareStep: Step<PrepareParams> = {
  name: 'prepare',
  version: 1,
  inputs: ['import'],
  cache: true,
  async run(inputs, params) {
    const size = checkWeeklySize(inputs.import as ImportedTable, params);
    if (!size.ok) return { ok: false, error: { ...size.error, where: { ...size.error.where } } };
    const prepared = prepareSeries(inputs.import as ImportedTable, params);
    for (const p of prepared.products) p.digest = await seriesDigest(p);
    const digest = await sha256Hex(`${prepared.weekEndingDay}\n${prepared.products.map((p) => p.digest).join('\n')}`);
    const weeks = prepared.products.reduce((s, p) => s + p.values.length, 0);
    return ok({
      type: 'weekly-series',
      payload: prepared,
      digest,
      metadata: { rows: weeks, products: prepared.products.length, weekEndingDay: prepared.weekEndingDay },
    });
  },
};

// Version 2: "long enough" is the windows' rule (data/windows.ts minimumWeeks).
export const qualityStep: Step<QualityParams> = {
  name: 'quality',
  version: 2,
  inputs: ['import', 'prepare'],
  cache: true,
  async run(inputs, params) {
    const report = qualityReport(inputs.import as ImportedTable, inputs.prepare as PreparedDataset, params);
    return ok({
      type: 'quality-report',
      payload: report,
      metadata: { rows: report.rowsRead, products: report.products, firstWeek: report.firstWeek, lastWeek: report.lastWeek },
    });
  },
};

// Version 2: windows as training cuts them (tooShort = fewer than minimumWeeks; trainEnd = earliest origin).
export const splitStep: Step<SplitParams> = {
  name: 'split',
  version: 2,
  inputs: ['prepare'],
  cache: true,
  async run(inputs, params) {
    const splits = await splitSeries((inputs.prepare as PreparedDataset).products, params);
    return ok({ type: 'splits', payload: splits, metadata: { products: splits.length, tooShort: splits.filter((s) => s.tooShort).length } });
  },
};

export const DATA_STEPS = [importStep, prepareStep, qualityStep, splitStep] as const;

export interface DataPipelineParams {
  import: { mappings: ImportMapping[] };
  prepare: PrepareParams;
  quality: QualityParams;
  split: SplitParams;
}
