type Point = [number, number];

/** How much detail a path keeps: tolerance and minimum ring size are in the view's own units (its viewBox). */
export type Detail = { tolerance: number; minRingSize: number };

/** Squared distance from p to the segment a–b. */
function segmentDistance2(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  let t = length2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2;
  t = Math.max(0, Math.min(1, t));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/** Douglas–Peucker: keeps the points that stray more than `tolerance` from the simplified line. */
export function simplifyLine(points: Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const tolerance2 = tolerance * tolerance;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let worstDistance = tolerance2;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i]!, points[first]!, points[last]!);
      if (d > worstDistance) {
        worst = i;
        worstDistance = d;
      }
    }
    if (worst !== -1) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * A d3-geo path context that writes compact SVG path data: each ring or line is simplified (Douglas–Peucker),
 * rounded to whole view units and written with relative moves; rings smaller than `minRingSize` (tiny islands
 * at this scale) are left out. This is what keeps a Natural Earth map small enough to inline in a page.
 */
export class CompactPathContext {
  private parts: string[] = [];
  private current: Point[] = [];
  constructor(private readonly detail: Detail) {}

  moveTo(x: number, y: number) {
    this.flush(false);
    this.current = [[x, y]];
  }
  lineTo(x: number, y: number) {
    this.current.push([x, y]);
  }
  closePath() {
    this.flush(true);
  }
  /** d3 draws Point geometries with arc(); maps here draw markers themselves, so points are ignored. */
  arc() {}
  beginPath() {}

  private flush(closed: boolean) {
    const points = this.current;
    this.current = [];
    if (points.length < 2) return;
    if (closed) {
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (const [x, y] of points) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
      if (Math.max(maxX - minX, maxY - minY) < this.detail.minRingSize) return;
    }
    // A closed ring is simplified as a line that returns to its start, so its first point is kept.
    const line = closed ? [...points, points[0]!] : points;
    const simplified = simplifyLine(line, this.detail.tolerance).map(([x, y]) => [Math.round(x), Math.round(y)] as Point);
    const deduplicated = simplified.filter((p, i) => i === 0 || p[0] !== simplified[i - 1]![0] || p[1] !== simplified[i - 1]![1]);
    if (closed) {
      if (deduplicated.length > 1) {
        const last = deduplicated[deduplicated.length - 1]!;
        if (last[0] === deduplicated[0]![0] && last[1] === deduplicated[0]![1]) deduplicated.pop();
      }
      if (deduplicated.length < 3) return;
    } else if (deduplicated.length < 2) {
      return;
    }
    let [x0, y0] = deduplicated[0]!;
    let d = `M${x0} ${y0}`;
    for (let i = 1; i < deduplicated.length; i++) {
      const [x, y] = deduplicated[i]!;
      const dx = x - x0;
      const dy = y - y0;
      d += dy === 0 ? `h${dx}` : dx === 0 ? `v${dy}` : `l${dx}${dy < 0 ? '' : ' '}${dy}`;
      x0 = x;
      y0 = y;
    }
    this.parts.push(closed ? `${d}z` : d);
  }

  /** The path data written so far. */
  result(): string {
    this.flush(false);
    const d = this.parts.join('');
    this.parts = [];
    return d;
  }
}
