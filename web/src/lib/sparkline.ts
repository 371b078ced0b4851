// A score's weekly trend as the path of a small inline SVG: cheap enough for a row of each of
// hundreds of accounts (no chart library per row). Scores are drawn on a fixed 0–100 scale, so
// that the rows of a list compare; a week without a score breaks the line.

export interface SparklinePoint {
  x: number;
  y: number;
}

/** Where each score falls in a `width` × `height` box (null: no point), the oldest on the left. */
export function sparklinePoints(
  values: readonly (number | null)[],
  width: number,
  height: number,
): (SparklinePoint | null)[] {
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  return values.map((v, i) =>
    v === null || !Number.isFinite(v)
      ? null
      : { x: round(i * step), y: round(height - (Math.min(100, Math.max(0, v)) / 100) * height) },
  );
}

/** The SVG path: a run of scores is one line ("M0 12L8 10…"), a gap starts a new one. */
export function sparklinePath(points: readonly (SparklinePoint | null)[]): string {
  let path = '';
  let drawing = false;
  for (const p of points) {
    if (!p) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'}${p.x} ${p.y}`;
    drawing = true;
  }
  return path;
}
