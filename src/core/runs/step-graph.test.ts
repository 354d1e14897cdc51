import { describe, expect, it } from 'vitest';
import type { RunStepRecord } from './run-record';
import { fiftyFiveProductPaths, productIdAt, trainingRunSteps, type ProductPath } from '../../test/training-run-steps';
import { GRAPH, productsOf, stepGraph, type StepGraph } from './step-graph';

const step = (name: string, inputs: string[], outputs: string[], status: RunStepRecord['status'] = 'ran'): RunStepRecord => ({
  step: name,
  status,
  ms: 1,
  inputs,
  outputs,
});
const labelOf = (d: string) =>
  d.startsWith('study-') ? 'study' : d.startsWith('arima_book_') ? 'version' : d.startsWith('series-') ? 'series' : d.startsWith('dataset') ? 'dataset' : d;
const node = (g: StepGraph, id: string) => g.nodes.find((n) => n.id === id)!;
const edgesOf = (g: StepGraph) => g.edges.map((e) => `${e.from} ${e.kind === 'then' ? '⇢' : '→'} ${e.to}`).sort();

/** The drawing's promises, for any graph: nothing clipped, overlapping, or crossed by an edge it does not touch. */
function expectReadable(g: StepGraph) {
  const inside = (p: [number, number], n: StepGraph['nodes'][number]) => p[0] > n.x && p[0] < n.x + n.width && p[1] > n.y && p[1] < n.y + n.height;
  for (const a of g.nodes) {
    expect(a.x + a.width).toBeLessThanOrEqual(g.width);
    expect(a.y + a.height).toBeLessThanOrEqual(g.height);
    expect(a.height).toBe(2 * GRAPH.padY + a.lines.length * GRAPH.lineHeight);
    for (const line of a.lines) expect(line.length * GRAPH.charWidth + 2 * GRAPH.padX, `"${line}" fits its box`).toBeLessThanOrEqual(a.width);
    for (const b of g.nodes) {
      if (a === b) continue;
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart, `${a.id} and ${b.id} do not overlap`).toBe(true);
    }
  }
  for (const e of g.edges) {
    const [from, to] = [node(g, e.from), node(g, e.to)];
    expect(from.x + from.width).toBeLessThan(to.x);
    expect(e.points[0]).toEqual([from.x + from.width, from.y + from.height / 2]);
    expect(e.points.at(-1)).toEqual([to.x, to.y + to.height / 2]);
    // Every segment's points, sampled, stay out of every box (its ends touch their own boxes' sides).
    for (let i = 1; i < e.points.length; i++) {
      const [p, q] = [e.points[i - 1]!, e.points[i]!];
      for (let t = 0; t <= 1; t += 0.05) {
        const at: [number, number] = [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
        for (const n of g.nodes) expect(inside(at, n), `${e.from}→${e.to} passes through ${n.id}`).toBe(false);
      }
      expect(Math.max(p[1], q[1])).toBeLessThanOrEqual(g.height);
    }
  }
}

describe('the step graph of a 55-product training run', () => {
  const steps = trainingRunSteps(fiftyFiveProductPaths);
  const g = stepGraph(steps, labelOf);

  it('groups every step by kind with its count and status totals: none left out', () => {
    expect(steps).toHaveLength(53 * 5 + 2 * 4);
    const stepNodes = g.nodes.filter((n) => n.kind === 'step');
    expect(stepNodes.map((n) => n.summary)).toEqual([
      'decide ×55 · 55 ran',
      'search ×55 · 53 ran · 2 failed',
      'evaluate ×55 · 53 ran · 2 not run',
      'forecast ×53 · 53 ran',
      'register ×55 · 53 ran · 2 not run',
    ]);
    expect(stepNodes.reduce((sum, n) => sum + n.count, 0)).toBe(steps.length);
    expect(node(g, 's:search').lines).toEqual(['search ×55', '▶ 53 ran', '✗ 2 failed']);
    expect(node(g, 's:search').tone).toBe('failed');
  });

  it('groups the artifacts the products read and wrote, one node per kind with its count', () => {
    expect(g.nodes.filter((n) => n.kind === 'artifact').map((n) => [n.summary, n.digest])).toEqual([
      ['dataset dataset-dige', 'dataset-digest'],
      ['series ×55 · written by decide', null],
      ['study ×53 · written by search', null],
      ['version ×53 · written by register', null],
    ]);
  });

  it("draws the edges between the groups: data through the artifacts, and each product's order where no artifact links two steps", () => {
    const series = g.nodes.find((n) => n.summary.startsWith('series'))!.id;
    const study = g.nodes.find((n) => n.summary.startsWith('study'))!.id;
    const version = g.nodes.find((n) => n.summary.startsWith('version'))!.id;
    expect(edgesOf(g)).toEqual(
      [
        'a:dataset-digest → s:decide',
        `s:decide → ${series}`,
        `${series} → s:search`,
        `${study} → s:evaluate`,
        `${study} → s:register`,
        's:evaluate ⇢ s:forecast',
        // The two failed products: evaluate and register were not run, one after the other.
        's:evaluate ⇢ s:register',
        's:forecast ⇢ s:register',
        `s:register → ${version}`,
        `s:search → ${study}`,
      ].sort(),
    );
    expect(node(g, 's:decide').x).toBeLessThan(node(g, 's:search').x);
    expect(node(g, 's:forecast').x).toBeLessThan(node(g, 's:register').x);
  });

  it('lays the groups out readably: no clipped text, no overlap, no edge through a box', () => {
    expectReadable(g);
  });

  it('expands one product into its own chain, each artifact its own and inspectable', () => {
    const one = stepGraph(
      steps.filter((s) => s.productId === productIdAt(0)),
      labelOf,
    );
    expect(one.nodes.map((n) => n.summary)).toEqual([
      'dataset dataset-dige',
      'decide · ran',
      'series series-97800',
      'search · ran',
      'study study-978000',
      'evaluate · ran',
      'forecast · ran',
      'register · ran',
      'version arima_book_9',
    ]);
    expect(one.nodes.filter((n) => n.kind === 'artifact').map((n) => n.digest)).toEqual([
      'dataset-digest',
      `series-${productIdAt(0)}`,
      `study-${productIdAt(0)}`,
      `arima_book_${productIdAt(0)}/2`,
    ]);
    expect(one.edges).toHaveLength(9);
    expectReadable(one);

    const failed = stepGraph(
      steps.filter((s) => s.productId === productIdAt(10)),
      labelOf,
    );
    expect(failed.nodes.map((n) => n.summary)).toEqual([
      'dataset dataset-dige',
      'decide · ran',
      'series series-97800',
      'search · failed',
      'evaluate · not run',
      'register · not run',
    ]);
    expect(edgesOf(failed)).toEqual([
      'a:in:dataset → s:decide',
      's:decide → a:<decide',
      's:decide ⇢ s:search',
      's:evaluate ⇢ s:register',
      's:search ⇢ s:evaluate',
    ]);
    expectReadable(failed);
  });

  it('lists the products to expand, the failed ones first with the step that failed', () => {
    const products = productsOf(steps);
    expect(products).toHaveLength(55);
    expect(products.slice(0, 3)).toEqual([
      { productId: productIdAt(10), failedAt: 'search' },
      { productId: productIdAt(39), failedAt: 'search' },
      { productId: productIdAt(0), failedAt: null },
    ]);
  });
});

describe('the step graph of other runs', () => {
  it('shows a run that reused and refitted champions beside retrained ones, the reused steps as skipped', () => {
    const paths: ProductPath[] = Array.from({ length: 20 }, (_, i) => (['retrained', 'refit', 'reused', 'search-failed'] as const)[i % 4]!);
    const g = stepGraph(trainingRunSteps(paths, 4), labelOf);
    expect(g.nodes.filter((n) => n.kind === 'step').map((n) => n.summary)).toEqual([
      'decide ×20 · 20 ran',
      'search ×15 · 5 ran · 5 skipped · 5 failed',
      'refit ×5 · 5 ran',
      'evaluate ×15 · 5 ran · 5 skipped · 5 not run',
      'forecast ×5 · 5 ran',
      'register ×15 · 5 ran · 5 skipped · 5 not run',
    ]);
    // One node for the products' series, read by the searches and the refits alike.
    const series = g.nodes.find((n) => n.summary.startsWith('series'))!;
    expect(series.summary).toBe('series ×20 · written by decide');
    expect(
      g.edges
        .filter((e) => e.from === series.id)
        .map((e) => e.to)
        .sort(),
    ).toEqual(['s:refit', 's:search']);
    // The refits read the champions (registered before this run); the retrained products' versions are written by register.
    expect(g.nodes.filter((n) => n.summary.startsWith('version')).map((n) => n.summary)).toEqual(['version ×5', 'version ×5 · written by register']);
    expect(
      g.edges
        .filter((e) => e.to === 's:refit')
        .map((e) => e.from)
        .sort(),
    ).toEqual(['a:<decide', 'a:in:version']);
    expectReadable(g);
  });

  it('draws an import run (no products) step by step, each artifact inspectable', () => {
    const g = stepGraph([
      step('import', ['file'], ['rows']),
      step('prepare', ['rows'], ['series']),
      step('quality', ['rows', 'series'], ['report'], 'cached'),
      step('split', ['series'], ['splits']),
    ]);
    expect(g.nodes.map((n) => n.summary)).toEqual([
      'file file',
      'import · ran',
      'rows rows',
      'prepare · ran',
      'series series',
      'quality · cached',
      'report report',
      'split · ran',
      'splits splits',
    ]);
    expect(g.nodes.filter((n) => n.kind === 'artifact').every((n) => n.digest !== null)).toBe(true);
    expect(g.edges).toHaveLength(9);
    expect(g.edges.every((e) => e.kind === 'data')).toBe(true);
    expect(node(g, 's:quality').x).toBeGreaterThan(node(g, 'a:series').x);
    expect(productsOf([step('import', ['file'], ['rows'])])).toEqual([]);
    expectReadable(g);
  });

  it('groups what each product read but no step of the run wrote: 500 register steps, two boxes of artifacts, not 500', () => {
    const steps: RunStepRecord[] = Array.from({ length: 500 }, (_, i) => ({
      step: 'register',
      status: 'ran',
      ms: 5,
      inputs: [`series-${i}`],
      outputs: [`arima_book_${i}/1`],
      productId: `P${i}`,
    }));
    const g = stepGraph(steps, labelOf);
    expect(g.nodes.map((n) => n.summary)).toEqual(['series ×500', 'register ×500 · 500 ran', 'version ×500 · written by register']);
    expect(g.edges).toHaveLength(2);
  });

  it('draws a run without steps as an empty picture', () => {
    expect(stepGraph([])).toEqual({ nodes: [], edges: [], width: 2 * GRAPH.pad, height: 2 * GRAPH.pad });
  });
});
