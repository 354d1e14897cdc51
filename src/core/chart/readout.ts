// What a chart's readout shows: the point under the pointer, or the one the arrow keys moved to.
// Points are kept in reading order (left to right), so ← and → step through them.

/** A point a chart can read out: where it is drawn and what it says. */
export interface ReadoutPoint {
  x: number;
  y: number;
  text: string;
}

/**
 * The index of the point nearest to the pointer at (px, py), or -1 without points. Line charts
 * ('x') read the week under the pointer; scatter charts ('xy') the dot nearest to it.
 */
export function nearestPoint(points: readonly ReadoutPoint[], px: number, py: number, mode: 'x' | 'xy'): number {
  let best = -1,
    bestDistance = Infinity;
  points.forEach((p, i) => {
    const d = mode === 'x' ? Math.abs(p.x - px) : Math.hypot(p.x - px, p.y - py);
    if (d < bestDistance) [best, bestDistance] = [i, d];
  });
  return best;
}

/** The point a key moves the readout to (from `current`, -1 for none), or null when the key does not move it. */
export function stepPoint(current: number, key: string, count: number): number | null {
  if (count === 0) return null;
  const page = Math.max(1, Math.round(count / 10));
  const moves: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: page, PageDown: -page };
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (!(key in moves)) return null;
  if (current < 0) return moves[key]! > 0 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + moves[key]!));
}

/** Points in reading order: left to right, then top to bottom. */
export const inReadingOrder = <P extends ReadoutPoint>(points: readonly P[]): P[] => [...points].sort((a, b) => a.x - b.x || a.y - b.y);
