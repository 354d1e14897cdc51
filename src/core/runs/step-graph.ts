// Geometry of a run's step graph: the step and artifact groups (step-groups.ts) in columns by how
// far along the run they come, each box sized to its text (drawn in a monospace font, so widths are
// known here), edges routed through the gaps between columns so none crosses a box. Pure numbers;
// the Runs screen draws them as SVG.
import type { RunStepRecord } from './run-record';
import { stepGroups, type GroupEdge, type GroupNode } from './step-groups';

export { productsOf, type ProductChoice } from './step-groups';

export interface GraphNode extends GroupNode {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GraphEdge extends GroupEdge {
  /** From the middle of `from`'s right side to the middle of `to`'s left side. */
  points: [number, number][];
}

export interface StepGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  width: number;
  height: number;
}

/** 11 px monospace text is 6.6 px a character; 6.8 leaves a margin for fonts that run wider. */
export const GRAPH = { pad: 8, gap: 48, rowGap: 14, padX: 8, padY: 6, lineHeight: 14, charWidth: 6.8, minWidth: 88, laneGap: 6 } as const;

/** Lays out the groups of `steps` (in run order); `labelOf` names an artifact digest. */
export function stepGraph(steps: readonly RunStepRecord[], labelOf: (digest: string) => string = (d) => d.slice(0, 8)): StepGraph {
  const { nodes: groups, edges } = stepGroups(steps, labelOf);
  const column = columnsOf(groups, edges);
  const columns = Math.max(0, ...column.values()) + 1;
  const widths = Array.from({ length: columns }, (): number => GRAPH.minWidth);
  for (const n of groups)
    widths[column.get(n.id)!] = Math.max(widths[column.get(n.id)!]!, Math.ceil(Math.max(...n.lines.map((l) => l.length)) * GRAPH.charWidth + 2 * GRAPH.padX));
  const left = widths.map((_, c) => GRAPH.pad + widths.slice(0, c).reduce((sum, w) => sum + w + GRAPH.gap, 0));
  /** Where the next box of each column starts. */
  const top = Array.from({ length: columns }, (): number => GRAPH.pad);
  const nodes: GraphNode[] = groups.map((n) => {
    const c = column.get(n.id)!;
    const height = 2 * GRAPH.padY + n.lines.length * GRAPH.lineHeight;
    const y = top[c]!;
    top[c] = y + height + GRAPH.rowGap;
    return { ...n, x: left[c]!, y, width: widths[c]!, height };
  });
  const at = new Map(nodes.map((n) => [n.id, n]));
  let lanes = 0;
  const graphEdges = edges.map((e): GraphEdge => {
    const [a, b] = [at.get(e.from)!, at.get(e.to)!];
    const [ca, cb] = [column.get(e.from)!, column.get(e.to)!];
    const y1 = a.y + a.height / 2,
      y2 = b.y + b.height / 2;
    const xa = a.x + a.width + GRAPH.gap / 2,
      xb = b.x - GRAPH.gap / 2;
    const start: [number, number] = [a.x + a.width, y1],
      end: [number, number] = [b.x, y2];
    if (cb === ca + 1) return { ...e, points: [start, [xa, y1], [xa, y2], end] };
    // Across columns: along the source's row when it is clear, else in a lane below the boxes between.
    const between = nodes.filter((n) => column.get(n.id)! > ca && column.get(n.id)! < cb);
    const clear = between.every((n) => y1 <= n.y - 1 || y1 >= n.y + n.height + 1);
    const lane = clear ? y1 : Math.max(...between.map((n) => n.y + n.height)) + GRAPH.rowGap / 2 + GRAPH.laneGap * lanes++;
    return { ...e, points: [start, [xa, y1], [xa, lane], [xb, lane], [xb, y2], end] };
  });
  const width = Math.max(GRAPH.pad, ...nodes.map((n) => n.x + n.width)) + GRAPH.pad;
  const height = Math.max(GRAPH.pad, ...nodes.map((n) => n.y + n.height), ...graphEdges.flatMap((e) => e.points.map((p) => p[1]))) + GRAPH.pad;
  return { nodes, edges: graphEdges, width, height };
}

/**
 * Each group's column: one right of everything before it (longest path); a group nothing leads to
 * sits just left of the first group it feeds. Edges that would close a cycle are not followed.
 */
function columnsOf(nodes: readonly GroupNode[], edges: readonly GroupEdge[]): Map<string, number> {
  const preds = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  const succs = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const e of edges) (preds.get(e.to)!.push(e.from), succs.get(e.from)!.push(e.to));
  const column = new Map<string, number>();
  const visiting = new Set<string>();
  const place = (id: string): number => {
    if (column.has(id)) return column.get(id)!;
    visiting.add(id);
    const before = preds
      .get(id)!
      .filter((p) => !visiting.has(p))
      .map(place);
    visiting.delete(id);
    const c = before.length ? 1 + Math.max(...before) : 0;
    column.set(id, c);
    return c;
  };
  for (const n of nodes) place(n.id);
  for (const n of nodes) {
    const next = succs.get(n.id)!.map((s) => column.get(s)!);
    if (preds.get(n.id)!.length === 0 && next.length) column.set(n.id, Math.max(0, Math.min(...next) - 1));
  }
  return column;
}
