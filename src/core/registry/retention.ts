// Retention: at most N versions per product, oldest first, never the champion or the one before it.
import type { ProductAliases } from './registry-types';

/** Version numbers to delete so that at most `maxVersions` remain (protected ones always remain). */
export function versionsToDelete(stored: readonly number[], aliases: ProductAliases, maxVersions: number): number[] {
  const keep = new Set([aliases.champion, aliases.previousChampion].filter((v): v is number => v !== null));
  const excess = stored.length - Math.max(0, Math.floor(maxVersions));
  if (excess <= 0) return [];
  return [...stored]
    .sort((a, b) => a - b)
    .filter((v) => !keep.has(v))
    .slice(0, excess);
}
