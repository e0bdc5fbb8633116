/**
 * What /compare fetches to show a pair of articles other than the embedded default, read from an export:
 *   tsx scripts/bench/compare-pair.ts [outDir]        (default out/)
 * For every pair of articles (or 2,000 pairs spread over the library when there are more), the comparison files
 * the page fetches, counted once each, raw and brotli-compressed (as scripts/serve.mjs sends them): mean,
 * median and largest. The list /compare-articles.json is fetched by the page anyway and is reported apart.
 * Reads either layout: one file per article (/compare-data/<slug>.json) or packs named by the list; with packs
 * that leave the texts to the reading lists (version 2), the file of texts of each article is counted too.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { kB } from './util';

const outDir = path.resolve(process.argv[2] ?? 'out');
const listFile = path.join(outDir, 'compare-articles.json');
if (!fs.existsSync(listFile)) {
  console.error(`usage: tsx scripts/bench/compare-pair.ts [outDir]  (${listFile} not found)`);
  process.exit(2);
}
type Listed = { slug: string; pack?: number; text?: number };
const list = JSON.parse(fs.readFileSync(listFile, 'utf8')) as Listed[] | { articles: Listed[]; packs: string[]; texts?: string[] };
const articles = Array.isArray(list) ? list : list.articles;
const bySlug = new Map(articles.map((a) => [a.slug, a]));
/** The files the page fetches for one article, as paths under outDir. */
const filesOf = (slug: string): string[] => {
  if (Array.isArray(list)) return [path.join('compare-data', `${slug}.json`)];
  const a = bySlug.get(slug)!;
  const pack = path.join('compare-data', list.packs[a.pack!]!);
  return list.texts && a.text !== undefined ? [pack, list.texts[a.text]!.replace(/^\//, '')] : [pack];
};

type Size = { raw: number; br: number; files: number };
const sizes = new Map<string, Size>();
const sizeOf = (name: string) => {
  let size = sizes.get(name);
  if (!size) {
    const data = fs.readFileSync(path.join(outDir, name));
    size = { files: 1, raw: data.length, br: zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
    sizes.set(name, size);
  }
  return size;
};

const slugs = articles.map((a) => a.slug);
const pairs: [string, string][] = [];
const all = (slugs.length * (slugs.length - 1)) / 2;
const step = Math.max(1, Math.floor(all / 2000));
let k = 0;
for (let i = 0; i < slugs.length; i++) for (let j = i + 1; j < slugs.length; j++) if (k++ % step === 0) pairs.push([slugs[i]!, slugs[j]!]);

const fetched = pairs.map(([a, b]) => [...new Set([...filesOf(a), ...filesOf(b)])].map(sizeOf).reduce((t, s) => ({ raw: t.raw + s.raw, br: t.br + s.br, files: t.files + 1 }), { raw: 0, br: 0, files: 0 }));
const stat = (key: 'raw' | 'br' | 'files') => {
  const values = fetched.map((f) => f[key]).sort((x, y) => x - y);
  return { mean: values.reduce((t, v) => t + v, 0) / values.length, p50: values[Math.floor(values.length / 2)]!, max: values.at(-1)! };
};
const files = fs.readdirSync(path.join(outDir, 'compare-data'));
const listSize = fs.statSync(listFile).size;
console.log(`${slugs.length} articles, ${files.length} comparison files (${(files.length / slugs.length).toFixed(3)} per article); ${pairs.length} pairs measured`);
console.log(`list /compare-articles.json: ${kB(listSize)} raw, ${kB(zlib.brotliCompressSync(fs.readFileSync(listFile)).length)} brotli`);
for (const [label, key] of [['raw', 'raw'], ['brotli', 'br']] as const) {
  const s = stat(key);
  console.log(`a pair fetches (${label}): mean ${kB(s.mean)}, median ${kB(s.p50)}, max ${kB(s.max)}`);
}
const f = stat('files');
console.log(`files per pair: mean ${f.mean.toFixed(2)}, max ${f.max}`);
