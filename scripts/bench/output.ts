/**
 * What an export costs as the library grows (issue 13 items 2, 3 and 5), from two exports already built:
 *   tsx scripts/bench/output.ts --out=<export of N articles> --base=<export of the four articles> [--cpu=<s>]
 * Prints out/'s size and files, the cost of an added article in bytes and files, by folder and by page type,
 * the 5,000-article extrapolation, the largest pages and every page over 500 kB, and (given the build's CPU
 * seconds, user + system, e.g. from /usr/bin/time -v) the build CPU per page. Exits 1 if a target is missed.
 * `npm run bench:side-by-side` prints the same output figures beside the search benchmark; this one runs in
 * seconds, without a browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { kB, MB } from './util';

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const site = option('out');
const base = option('base') ?? 'out';
const cpu = option('cpu') ? Number(option('cpu')) : NaN;
if (!site || !fs.existsSync(path.join(site, 'index.html')) || !fs.existsSync(path.join(base, 'index.html'))) {
  console.error('usage: tsx scripts/bench/output.ts --out=<export of N articles> --base=<export of the four articles> [--cpu=<build CPU seconds>]');
  process.exit(2);
}

type File = { rel: string; bytes: number };
const filesOf = (dir: string): File[] =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const full = path.join(e.parentPath ?? e.path, e.name);
      return { rel: path.relative(dir, full).split(path.sep).join('/'), bytes: fs.statSync(full).size };
    });
const articlesIn = (dir: string) => fs.readdirSync(path.join(dir, 'articles')).filter((f) => f.endsWith('.html')).length;

const big = filesOf(site);
const small = filesOf(base);
const n = articlesIn(site);
const n0 = articlesIn(base);
const added = n - n0;
const sum = (fs_: File[]) => fs_.reduce((s, f) => s + f.bytes, 0);
const perBytes = (sum(big) - sum(small)) / added;
const perFiles = (big.length - small.length) / added;

/** A file's group: its top folder, or for HTML pages its page type (the path with numbers and slugs generalised). */
const folder = (rel: string) => (rel.includes('/') ? `${rel.split('/')[0]}/` : rel.endsWith('.html') ? '(top-level pages)' : '(top-level files)');
const byFolder = (files: File[]) => {
  const m = new Map<string, { bytes: number; files: number }>();
  for (const f of files) {
    const k = folder(f.rel);
    const e = m.get(k) ?? { bytes: 0, files: 0 };
    e.bytes += f.bytes;
    e.files++;
    m.set(k, e);
  }
  return m;
};
const bigF = byFolder(big);
const smallF = byFolder(small);

const html = big.filter((f) => f.rel.endsWith('.html'));
const largest = [...html].sort((a, b) => b.bytes - a.bytes);
const over = largest.filter((f) => f.bytes > 500_000);

const lines: string[] = [];
lines.push(`Output at ${n} articles (${site}) against ${n0} (${base}); ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`);
lines.push('');
lines.push('| figure | value |');
lines.push('| --- | --- |');
lines.push(`| out/ at ${n} articles | ${MB(sum(big))} in ${big.length} files (${html.length} HTML pages) |`);
lines.push(`| out/ at ${n0} articles | ${MB(sum(small))} in ${small.length} files |`);
lines.push(`| per added article | ${kB(perBytes)}, ${perFiles.toFixed(2)} files |`);
lines.push(`| 5,000 articles, extrapolated | ${MB(sum(small) + perBytes * (5000 - n0))}, ${Math.round(small.length + perFiles * (5000 - n0))} files |`);
lines.push(`| largest pages | ${largest.slice(0, 6).map((f) => `${f.rel} ${kB(f.bytes)}`).join('; ')} |`);
lines.push(`| pages over 500 kB | ${over.length ? over.map((f) => `${f.rel} ${kB(f.bytes)}`).join('; ') : 'none'} |`);
if (Number.isFinite(cpu)) lines.push(`| build CPU | ${cpu.toFixed(1)} s, ${((cpu / html.length) * 1000).toFixed(1)} ms per page |`);
lines.push('');
lines.push('Per added article, by folder of out/ (the largest first):');
lines.push('');
lines.push('| folder | per added article | files per added article |');
lines.push('| --- | ---: | ---: |');
const rows = [...bigF].map(([k, v]) => {
  const s = smallF.get(k) ?? { bytes: 0, files: 0 };
  return { k, bytes: (v.bytes - s.bytes) / added, files: (v.files - s.files) / added };
});
for (const r of rows.sort((a, b) => b.bytes - a.bytes).slice(0, 14)) lines.push(`| ${r.k} | ${kB(r.bytes)} | ${r.files.toFixed(2)} |`);
lines.push('');
const verdicts = [
  { name: `out/ per added article ≤ 150 kB (${kB(perBytes)})`, ok: perBytes <= 150_000 },
  { name: `out/ files per added article ≤ 4 (${perFiles.toFixed(2)})`, ok: perFiles <= 4 },
  { name: `5,000 articles fit 1 GB and 20,000 files (${MB(sum(small) + perBytes * (5000 - n0))}, ${Math.round(small.length + perFiles * (5000 - n0))} files)`, ok: sum(small) + perBytes * (5000 - n0) <= 1e9 && small.length + perFiles * (5000 - n0) <= 20_000 },
  { name: `no HTML page over 500 kB (${over.length} over; largest ${kB(largest[0]?.bytes ?? 0)})`, ok: over.length === 0 },
];
for (const v of verdicts) lines.push(`${v.ok ? 'PASS' : 'FAIL'}  ${v.name}`);
console.log(lines.join('\n'));
process.exit(verdicts.every((v) => v.ok) ? 0 : 1);
