// What the Models screen shows, as plain functions: pages of products, each version's role and
// source in words (the champion is named, not only coloured), sizes and durations for people.
import type { ChampionEvent, ModelVersion, ModelVersionDraft, ProductAliases } from '../../core/registry/registry-types';
import type { DecisionTotals } from '../../core/registry/decision-log';
import { championReasonInWords } from '../../core/registry/champion-words';
import { metricsTrusted } from '../../core/registry/champion';
import type { ProductEntry } from '../../core/data/product-search';

export interface Page<T> {
  items: T[];
  /** 0-based, clamped to the pages there are. */
  page: number;
  pages: number;
  total: number;
}

export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  return { items: items.slice(p * size, (p + 1) * size), page: p, pages, total: items.length };
}

/** The registered products for the picker, in id order, each noting its champion. */
export function registeredEntries(aliases: readonly ProductAliases[], titles: ReadonlyMap<string, string>): ProductEntry[] {
  return [...aliases]
    .sort((a, b) => a.productId.localeCompare(b.productId))
    .map((a) => ({ id: a.productId, title: titles.get(a.productId) ?? a.productId, note: a.champion === null ? 'no champion' : `champion v${a.champion}` }));
}

export type VersionRole = 'champion' | 'previous champion' | 'challenger (lost)' | 'earlier version';

export function roleOf(version: number, aliases: ProductAliases): VersionRole {
  if (aliases.champion === version) return 'champion';
  if (aliases.previousChampion === version) return 'previous champion';
  if (aliases.challenger === version) return 'challenger (lost)';
  return 'earlier version';
}

/** "trained in this browser" or "imported from f.json (exported 2026-11-27 by Shelfcast 0.1.0 as arima_book_x v3)". */
export function sourceText(v: ModelVersion): string {
  const p = v.provenance;
  if (p.kind === 'trained') return 'trained in this browser';
  return `imported from ${p.fileName} on ${p.importedAt.slice(0, 10)} (exported ${p.exportedAt.slice(0, 10)} by Shelfcast ${p.exportedBy} as ${p.originalName} v${p.originalVersion})`;
}

/**
 * For a version whose test metrics are an imported file's own (not measured here), the words that
 * say so; null for versions trained here or re-scored on this browser's data.
 */
export function unverifiedText(v: Pick<ModelVersion, 'provenance'>): string | null {
  if (metricsTrusted(v)) return null;
  return 'unverified: these test metrics are the imported file’s own, not measured on this browser’s data';
}

/** The confirmation a person answers before an unverified import becomes champion. */
export function confirmUnverifiedText(v: Pick<ModelVersion, 'name' | 'version'>): string {
  return `Make ${v.name} v${v.version} champion?\n\nIts test metrics are the imported file’s own numbers: this browser could not measure them on its own data. A checksum only shows the file was not changed after export, not that its numbers are true.`;
}

/** The import notice for a model whose file this registry already holds as `existing`: nothing was added. */
export function alreadyRegisteredText(draft: ModelVersionDraft, existing: number, fileName: string): string {
  const p = draft.provenance;
  const origin = p.kind === 'imported' ? `${p.originalName} v${p.originalVersion}` : draft.productId;
  return `${origin} from ${fileName} is already registered as v${existing}; nothing was added.`;
}

/** The best baseline by test RMSE, and how the model compares with it (negative: the model is better). */
export function versusBaselines(v: ModelVersion): { name: string; rmse: number; change: number } | null {
  const best = [...v.evaluation.baselines].sort((a, b) => a.metrics.rmse - b.metrics.rmse)[0];
  if (!best) return null;
  const change = best.metrics.rmse > 0 ? (v.evaluation.test.rmse - best.metrics.rmse) / best.metrics.rmse : 0;
  return { name: best.name, rmse: best.metrics.rmse, change };
}

/** The register button's notice: the new version, its role, and why, in words. */
export function registeredText(version: ModelVersion, aliases: ProductAliases, event: ChampionEvent): string {
  const role = aliases.champion === version.version ? 'champion' : 'challenger that lost';
  return `Registered ${version.name} version ${version.version}: ${role}. ${championReasonInWords(event.reason)}`;
}

/** One line of the champion event log: when, what happened, and why in words (the code stays in the log). */
export function eventText(e: ChampionEvent): string {
  const when = e.at.replace('T', ' ').slice(0, 19);
  const what =
    e.kind === 'first-champion'
      ? `v${e.to} became the first champion`
      : e.kind === 'promoted'
        ? `v${e.to} became champion (was v${e.from})`
        : e.kind === 'challenger-lost'
          ? `v${e.challenger} lost as challenger to v${e.from}`
          : `rolled back to v${e.to} (was v${e.from ?? '–'})`;
  return `${when} — ${what}: ${championReasonInWords(e.reason)}`;
}

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return 'unknown';
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) [v, u] = [v / 1000, u + 1];
  return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

export function totalsText(t: DecisionTotals): string {
  return `${t.total} decisions: ${t.reused + t.refit} reused${t.refit ? ` (${t.refit} refitted on new weeks)` : ''}, ${t.retrained} retrained, ${t.failed} failed${t.pending ? `, ${t.pending} pending` : ''}; training time saved ${formatDuration(t.savedMs)}`;
}
