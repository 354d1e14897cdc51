import { describe, expect, it } from 'vitest';
import { predictionBands, Z80, Z95 } from './intervals';

describe('prediction bands', () => {
  it("are mean ± qnorm(0.9)·se and mean ± qnorm(0.975)·se, as R's forecast() reports them", () => {
    expect([Z80, Z95]).toEqual([1.2815515655446004, 1.959963984540054]);
    const bands = predictionBands([10, 20], [1, 2]);
    expect(bands.lower80[1]).toBeCloseTo(20 - 2 * 1.2815515655446004, 12);
    expect(bands.upper80[0]).toBeCloseTo(11.2815515655446004, 12);
    expect(bands.lower95[0]).toBeCloseTo(8.040036015459946, 12);
    expect(bands.upper95[1]).toBeCloseTo(23.919927969080108, 12);
  });
});
