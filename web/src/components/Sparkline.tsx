// A health trend as a small inline SVG line (lib/sparkline), its latest score marked in the
// colour of the account's band: one per row of the account list.
import { useMemo } from 'react';
import type { HealthBand } from '../api';
import { BAND_COLOR } from '../lib/health';
import { sparklinePath, sparklinePoints } from '../lib/sparkline';

const WIDTH = 48;
const HEIGHT = 18;
const PAD = 2;

export function Sparkline({
  values,
  band,
  label,
}: {
  values: readonly (number | null)[];
  band: HealthBand | null;
  /** What it shows, for screen readers and on hover. */
  label: string;
}) {
  const points = useMemo(
    () =>
      sparklinePoints(values, WIDTH - 2 * PAD, HEIGHT - 2 * PAD).map(
        (p) => p && { x: p.x + PAD, y: p.y + PAD },
      ),
    [values],
  );
  const last = points.at(-1);
  return (
    <svg
      className="sparkline"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
      data-testid="health-sparkline"
    >
      <title>{label}</title>
      <path d={sparklinePath(points)} />
      {last && (
        <circle cx={last.x} cy={last.y} r={2} fill={band ? BAND_COLOR[band] : 'currentColor'} />
      )}
    </svg>
  );
}
