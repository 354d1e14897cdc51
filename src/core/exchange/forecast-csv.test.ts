import { describe, expect, it } from 'vitest';
import { forecastCsv } from './forecast-csv';

describe('forecastCsv', () => {
  it('writes one row per week with the mean and both interval bounds, exactly', () => {
    const csv = forecastCsv({
      weekEnding: ['2024-07-27', '2024-08-03'],
      mean: [412.5, 398.125],
      lower80: [300, 280.5],
      upper80: [525, 515.75],
      lower95: [240.25, 218],
      upper95: [584.75, 578.25],
    });
    expect(csv).toBe('week_ending,mean,lower80,upper80,lower95,upper95\n2024-07-27,412.5,300,525,240.25,584.75\n2024-08-03,398.125,280.5,515.75,218,578.25\n');
  });
});
