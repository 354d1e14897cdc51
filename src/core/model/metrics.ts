// Forecast accuracy on held-out weeks, defined as forecast::accuracy() defines them.

export interface PointMetrics {
  rmse: number;
  mae: number;
}

/** Root mean squared and mean absolute error of `forecast` against `actual` (same length). */
export function pointMetrics(actual: readonly number[], forecast: readonly number[]): PointMetrics {
  if (actual.length !== forecast.length || actual.length === 0) {
    throw new Error(`pointMetrics needs equal, non-empty lengths (got ${actual.length} and ${forecast.length})`);
  }
  let squared = 0;
  let absolute = 0;
  for (let i = 0; i < actual.length; i++) {
    const e = actual[i]! - forecast[i]!;
    squared += e * e;
    absolute += Math.abs(e);
  }
  return { rmse: Math.sqrt(squared / actual.length), mae: absolute / actual.length };
}
