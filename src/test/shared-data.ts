// Test helpers reading the real datasets and R fixtures kept beside the clone in ../shared.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

export function readShared(path: string): string {
  return readFileSync(SHARED + path, 'utf8');
}

/** The header plus the data lines of `path` whose id (first column after `skip`) is in `ids`. */
export function excerpt(path: string, ids: readonly string[], idColumn = 0, maxPerId = Infinity): string {
  const [header, ...lines] = readShared(path).trimEnd().split('\n');
  const counts = new Map<string, number>();
  const kept = lines.filter((line) => {
    const id = line.split(',')[idColumn]!;
    if (!ids.includes(id)) return false;
    const n = (counts.get(id) ?? 0) + 1;
    counts.set(id, n);
    return n <= maxPerId;
  });
  return [header, ...kept].join('\n') + '\n';
}
