/**
 * Build time and output size as the library grows: the real library (4 articles) and synthetic libraries of
 * more articles (scripts/bench/synthetic.ts), each built by `npm run build` with SIGHTLINES_CONTENT_DIR pointing
 * at it. The builds replace out/ and .next/; the caller rebuilds the real site afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSyntheticContent, type SyntheticSummary } from './synthetic';
import { seconds, sizeOfDir, timed } from './util';

export type GrowthPoint = {
  articles: number;
  synthetic: SyntheticSummary | null;
  wallSeconds: number;
  cpuSeconds: number;
  outBytes: number;
  outFiles: number;
  htmlPages: number;
};

export async function buildOnce(root: string, contentDir: string | null): Promise<{ wallSeconds: number; cpuSeconds: number; outBytes: number; outFiles: number; htmlPages: number }> {
  const env: Record<string, string> = contentDir ? { SIGHTLINES_CONTENT_DIR: contentDir } : {};
  const build = await timed('npm', ['run', 'build'], { cwd: root, env });
  if (build.code !== 0) throw new Error(`npm run build failed${contentDir ? ` on the synthetic library in ${contentDir}` : ''}:\n${build.output.slice(-4000)}`);
  const out = path.join(root, 'out');
  const { bytes, files } = sizeOfDir(out);
  const htmlPages = fs.readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  return { wallSeconds: build.wallSeconds, cpuSeconds: build.cpuSeconds, outBytes: bytes, outFiles: files, htmlPages };
}

export async function measureGrowth(root: string, sizes: number[], log: (line: string) => void): Promise<GrowthPoint[]> {
  const points: GrowthPoint[] = [];
  const realArticles = fs.readdirSync(path.join(root, 'content/articles')).filter((f) => f.endsWith('.md') && f !== 'README.md').length;
  for (const size of sizes) {
    if (size <= realArticles) {
      log(`  building the real library (${realArticles} articles)…`);
      const result = await buildOnce(root, null);
      points.push({ articles: realArticles, synthetic: null, ...result });
      log(`    ${seconds(result.wallSeconds)} wall, ${seconds(result.cpuSeconds)} CPU, ${result.htmlPages} pages`);
      continue;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sightlines-synthetic-${size}-`));
    try {
      log(`  writing a synthetic library of ${size} articles…`);
      const synthetic = writeSyntheticContent(path.join(root, 'content'), dir, size);
      log(`  building it…`);
      const result = await buildOnce(root, dir);
      points.push({ articles: synthetic.articles, synthetic, ...result });
      log(`    ${seconds(result.wallSeconds)} wall, ${seconds(result.cpuSeconds)} CPU, ${result.htmlPages} pages`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return points;
}

/** Least-squares line y = a + b·x. */
export function linearFit(xs: number[], ys: number[]): { a: number; b: number } {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  const b = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  return { a: my - b * mx, b };
}

/** The parabola through three points (Lagrange form), evaluated at x. */
export function quadraticThrough(points: [number, number][], x: number): number {
  return points.reduce((sum, [xi, yi], i) => {
    const basis = points.reduce((p, [xj], j) => (j === i ? p : (p * (x - xj)) / (xi - xj)), 1);
    return sum + yi * basis;
  }, 0);
}

/**
 * Whether cost grows at most linearly: the cost per added article in the last interval is compared with that in
 * the first. A ratio up to 1.25 is within the noise of a shared two-core machine.
 */
export function growthVerdict(xs: number[], ys: number[]): { firstSlope: number; lastSlope: number; ratio: number; linear: boolean } {
  const firstSlope = (ys[1]! - ys[0]!) / (xs[1]! - xs[0]!);
  const lastSlope = (ys.at(-1)! - ys.at(-2)!) / (xs.at(-1)! - xs.at(-2)!);
  const ratio = lastSlope / firstSlope;
  return { firstSlope, lastSlope, ratio, linear: ratio <= 1.25 };
}
