// Writes registry versions as model JSON (format v3): one model or all champions, with the training
// series or only its digest, and a SHA-256 checksum of the canonical content.
import type { WeeklySeries } from '../data/types';
import type { ModelVersion } from '../registry/registry-types';
import { canonicalChecksum } from '../canonical-json';
import { CURRENT_FORMAT_VERSION, MODEL_FORMAT, type ModelDocumentV3 } from './model-json-format';

export interface ExportOptions {
  /** Include each model's training series; otherwise only its digest (already in `model.data`). */
  includeSeries: boolean;
  appVersion: string;
  exportedAt: Date;
}

/** The document for `entries` (one model, or every champion). */
export async function buildModelDocument(
  entries: readonly { model: ModelVersion; series: WeeklySeries | null }[],
  options: ExportOptions,
): Promise<ModelDocumentV3> {
  const body = {
    format: MODEL_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    appVersion: options.appVersion,
    exportedAt: options.exportedAt.toISOString(),
    // A version stored before forecasts of the weeks ahead existed has none: written as null, never left out.
    content: { models: entries.map((e) => ({ model: { ...e.model, future: e.model.future ?? null }, series: options.includeSeries ? e.series : null })) },
  } as const;
  return { ...body, checksum: { algorithm: 'SHA-256', value: await canonicalChecksum(body) } };
}

/** Model JSON text, indented for people who open it. */
export async function exportModelsJson(entries: readonly { model: ModelVersion; series: WeeklySeries | null }[], options: ExportOptions): Promise<string> {
  return `${JSON.stringify(await buildModelDocument(entries, options), null, 2)}\n`;
}

/**
 * `arima_book_9780722532935-v3.shelfcast-model.json` for one version; for several, what the file
 * holds and the date, so the two "Export all champions" files never share a name:
 * `shelfcast-champions-55-products-with-series-2026-11-27.shelfcast-model.json`.
 */
export function modelJsonFileName(models: readonly ModelVersion[], exportedAt: Date, what: { includeSeries: boolean; allChampions: boolean }): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');
  const only = models.length === 1 && !what.allChampions ? models[0] : undefined;
  if (only) return `${safe(only.name)}-v${only.version}.shelfcast-model.json`;
  const day = exportedAt.toISOString().slice(0, 10);
  const holds = what.includeSeries ? 'with-series' : 'digests-only';
  const count = what.allChampions ? `champions-${models.length}-product${models.length === 1 ? '' : 's'}` : `${models.length}-models`;
  return `shelfcast-${count}-${holds}-${day}.shelfcast-model.json`;
}
