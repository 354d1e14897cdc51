// Narrows the search space to the families a product's history can support, so a short product
// is still searched (with the families that fit) instead of failing every seasonal trial.
import type { SearchFamily, SearchSpaceConfig } from '../policy/config';

export interface DroppedFamily {
  family: SearchFamily;
  reason: string;
}

/**
 * SARIMA needs two full seasons (as forecast::nsdiffs asks before it tests seasonal differencing);
 * ARIMA + Fourier needs one full cycle of its period; plain ARIMA always fits.
 */
export function spaceForSeries(space: SearchSpaceConfig, trainWeeks: number): { space: SearchSpaceConfig; dropped: DroppedFamily[] } {
  const dropped: DroppedFamily[] = [];
  const families = space.families.filter((family) => {
    if (family === 'sarima' && trainWeeks < 2 * space.s) {
      dropped.push({ family, reason: `SARIMA with s = ${space.s} needs ${2 * space.s} training weeks (two seasons); this product has ${trainWeeks}.` });
      return false;
    }
    if (family === 'fourier' && trainWeeks < Math.ceil(space.fourier_period)) {
      dropped.push({ family, reason: `Fourier terms of period ${space.fourier_period.toFixed(2)} need a full cycle; this product has ${trainWeeks} training weeks.` });
      return false;
    }
    return true;
  });
  return { space: { ...space, families }, dropped };
}
