import { describe, expect, it } from 'vitest';
import type { RunStepRecord } from '../pipeline/run-record';
import { GRAPH, stepGraph } from './step-graph';

const step = (name: string, inputs: string[], outputs: string[], status: RunStepRecord['status'] = 'ran'): RunStepRecord => ({ step: name, status, ms: 1, inputs, outputs });

describe('the step graph', () => {
  const g = stepGraph([step('import', ['file'], ['rows']), step('prepare', ['rows'], ['series']), step('quality', ['rows', 'series'], ['report'], 'cached'), step('split', ['series'], ['splits'])]);

  it('puts each step to the right of every artifact it reads, and its output to its right', () => {
    const node = (id: string) => g.nodes.find((n) => n.id === id)!;
    expect(node('a:file').x).toBe(GRAPH.pad);
    expect(node('s:0:import').x).toBeGreaterThan(node('a:file').x);
    expect(node('s:2:quality').x).toBeGreaterThan(node('a:series').x);
    expect(node('s:2:quality').detail).toBe('cached');
    for (const e of g.edges) {
      const [from, to] = [node(e.from), node(e.to)];
      expect(from.x + from.width).toBeLessThanOrEqual(to.x);
      expect(e.points[0]).toEqual([from.x + from.width, from.y + from.height / 2]);
      expect(e.points.at(-1)).toEqual([to.x, to.y + to.height / 2]);
    }
    expect(g.edges).toHaveLength(9);
  });

  it('never overlaps two nodes and fits them all inside its size', () => {
    for (const a of g.nodes) {
      expect(a.x + a.width).toBeLessThanOrEqual(g.width);
      expect(a.y + a.height).toBeLessThanOrEqual(g.height);
      for (const b of g.nodes) if (a !== b) expect(a.x === b.x && a.y === b.y).toBe(false);
    }
  });

  it('draws a run without steps as an empty picture', () => {
    expect(stepGraph([])).toEqual({ nodes: [], edges: [], width: GRAPH.pad, height: GRAPH.pad });
  });
});
