import { describe, expect, it } from 'vitest';
import { sparklinePath, sparklinePoints } from './sparkline';

describe('the sparkline of a health trend', () => {
  it('puts 0–100 on a fixed scale, the oldest week on the left', () => {
    expect(sparklinePoints([0, 50, 100], 20, 10)).toEqual([
      { x: 0, y: 10 },
      { x: 10, y: 5 },
      { x: 20, y: 0 },
    ]);
  });

  it('draws a run of scores as one line and breaks it where a week has none', () => {
    const points = sparklinePoints([null, 40, 60, null, 80, 90], 50, 20);
    expect(sparklinePath(points)).toBe('M10 12L20 8M40 4L50 2');
  });

  it('draws nothing before the first score, and a lone score as a point to mark', () => {
    expect(sparklinePath(sparklinePoints([null, null], 40, 10))).toBe('');
    expect(sparklinePoints([null, 72.5], 40, 10)[1]).toEqual({ x: 40, y: 2.8 });
  });
});
