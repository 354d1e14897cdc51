// Geometry of a run's step graph: artifacts and steps in layers (a file, then each step and what it
// wrote), with edges artifact → step → artifact. Pure numbers; the Runs screen draws them as SVG.
import type { RunStepRecord } from '../pipeline/run-record';

export interface GraphNode {
  id: string;
  kind: 'step' | 'artifact';
  label: string;
  /** For steps: ran/cached/failed…; for artifacts: the digest. */
  detail: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GraphEdge {
  from: string;
  to: string;
  /** Polyline from the right edge of `from` to the left edge of `to`. */
  points: [number, number][];
}

export interface StepGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  width: number;
  height: number;
}

export const GRAPH = { colWidth: 150, rowHeight: 56, nodeWidth: 120, nodeHeight: 36, pad: 8 } as const;

const artifactId = (digest: string) => `a:${digest}`;

/** Lays out steps (in run order) and their artifacts; `labelOf` names an artifact digest. */
export function stepGraph(steps: readonly RunStepRecord[], labelOf: (digest: string) => string = (d) => d.slice(0, 8)): StepGraph {
  const depth = new Map<string, number>();
  const order: { id: string; kind: GraphNode['kind']; label: string; detail: string }[] = [];
  const edges: [string, string][] = [];
  const addArtifact = (digest: string, d: number) => {
    const id = artifactId(digest);
    if (depth.has(id)) return;
    depth.set(id, d);
    order.push({ id, kind: 'artifact', label: labelOf(digest), detail: digest });
  };
  steps.forEach((s, i) => {
    for (const input of s.inputs) addArtifact(input, 0);
    const d = 1 + Math.max(0, ...s.inputs.map((input) => depth.get(artifactId(input)) ?? 0));
    const id = `s:${i}:${s.step}${s.productId ? `:${s.productId}` : ''}`;
    depth.set(id, d);
    order.push({ id, kind: 'step', label: s.productId ? `${s.step} ${s.productId}` : s.step, detail: s.status });
    for (const input of s.inputs) edges.push([artifactId(input), id]);
    for (const output of s.outputs) {
      addArtifact(output, d + 1);
      edges.push([id, artifactId(output)]);
    }
  });
  const rowsUsed = new Map<number, number>();
  const nodes: GraphNode[] = order.map((n) => {
    const col = depth.get(n.id)!;
    const row = rowsUsed.get(col) ?? 0;
    rowsUsed.set(col, row + 1);
    return { ...n, x: GRAPH.pad + col * GRAPH.colWidth, y: GRAPH.pad + row * GRAPH.rowHeight, width: GRAPH.nodeWidth, height: GRAPH.nodeHeight };
  });
  const at = new Map(nodes.map((n) => [n.id, n]));
  const graphEdges = edges.map(([from, to]) => {
    const a = at.get(from)!, b = at.get(to)!;
    const y1 = a.y + a.height / 2, y2 = b.y + b.height / 2, mid = (a.x + a.width + b.x) / 2;
    return { from, to, points: [[a.x + a.width, y1], [mid, y1], [mid, y2], [b.x, y2]] as [number, number][] };
  });
  const width = Math.max(0, ...nodes.map((n) => n.x + n.width)) + GRAPH.pad;
  const height = Math.max(0, ...nodes.map((n) => n.y + n.height)) + GRAPH.pad;
  return { nodes, edges: graphEdges, width, height };
}
