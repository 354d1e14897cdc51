// The steps of a training run as src/core/pipeline/train-product.ts records them, for tests of the
// step graph and the Runs screen: per product decide → search → evaluate → forecast → register (or a
// reuse, or a failed search), products in concurrent lanes so their steps interleave as they do live.
import type { RunStepRecord } from '../core/runs/run-record';

/** What happened to one product: its steps follow the matching branch of trainProduct. */
export type ProductPath = 'retrained' | 'search-failed' | 'refit' | 'reused';

const DATASET = 'dataset-digest';

const productSteps = (productId: string, path: ProductPath, i: number): RunStepRecord[] => {
  const series = `series-${productId}`;
  const studyKey = `study-${productId}`;
  const model = `arima_book_${productId}/${i % 3 === 0 ? 2 : 1}`;
  const s = (step: string, status: RunStepRecord['status'], inputs: string[] = [], outputs: string[] = [], message?: string): RunStepRecord => ({
    step,
    status,
    ms: status === 'skipped-by-policy' || status === 'not-run' ? 0 : 10 + i,
    inputs,
    outputs,
    productId,
    ...(message ? { message } : {}),
  });
  const decide = s('decide', 'ran', [DATASET], [series], path === 'refit' || path === 'reused' ? 'reuse: model_still_valid' : 'retrain: no_existing_model');
  switch (path) {
    case 'retrained':
      return [
        decide,
        s('search', 'ran', [series], [studyKey]),
        s('evaluate', 'ran', [studyKey], [], 'test RMSE 12.30'),
        s('forecast', 'ran'),
        s('register', 'ran', [studyKey], [model]),
      ];
    case 'search-failed':
      return [
        decide,
        s('search', 'failed', [], [], 'The series is too short for the validation and test windows'),
        s('evaluate', 'not-run'),
        s('register', 'not-run'),
      ];
    case 'refit':
      return [decide, s('refit', 'ran', [series, model], [], 'Refitted on 1 appended week')];
    case 'reused':
      return ['search', 'evaluate', 'register'].reduce((all, name) => [...all, s(name, 'skipped-by-policy', [], [], 'model_still_valid')], [decide]);
  }
};

/** A product id per index, ISBN-like as the BookScan panels have them. */
export const productIdAt = (i: number): string => `97800000${String(i).padStart(5, '0')}`;

/**
 * Steps of a run over `paths.length` products (product i takes paths[i]) trained `lanes` at a time:
 * each lane takes the next product when its last one is done, one step per lane in turn.
 */
export function trainingRunSteps(paths: readonly ProductPath[], lanes = 3): RunStepRecord[] {
  const queues = paths.map((path, i) => productSteps(productIdAt(i), path, i));
  const running: RunStepRecord[][] = [];
  let next = 0;
  const out: RunStepRecord[] = [];
  while (next < queues.length || running.some((q) => q.length > 0)) {
    for (let lane = 0; lane < lanes; lane++) {
      if (!running[lane]?.length && next < queues.length) running[lane] = [...queues[next++]!];
      const step = running[lane]?.shift();
      if (step) out.push(step);
    }
  }
  return out;
}

/** The run: 55 products, 53 retrained, 2 whose search failed (the 11th and the 40th). */
export const fiftyFiveProductPaths: ProductPath[] = Array.from({ length: 55 }, (_, i) => (i === 10 || i === 39 ? 'search-failed' : 'retrained'));
