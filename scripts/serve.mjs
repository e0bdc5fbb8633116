#!/usr/bin/env node
/**
 * A small static file server for the exported site in out/ (`next start` does not serve an export).
 *   node scripts/serve.mjs [--port 3000] [--dir out]
 * /articles/x is served from out/articles/x.html; unknown paths get out/404.html with status 404.
 * Sends the security headers a real host should send (see README), but no CSP header: each page
 * carries its own Content-Security-Policy in a meta tag. Text files are compressed (brotli or gzip, as the
 * browser accepts), as any real static host or CDN does; compressed copies are kept in memory.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = path.resolve(option('dir', 'out'));
const port = Number(option('port', process.env.PORT ?? 3000));
const host = option('host', undefined);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ris': 'application/x-research-info-systems',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Types worth compressing (images other than SVG and fonts are compressed already). */
const compressible = new Set(['.html', '.js', '.css', '.json', '.jsonld', '.csv', '.txt', '.svg', '.map', '.ris', '.bib']);

/** The encoding to send, from the request's Accept-Encoding: brotli, then gzip, else none. */
function chooseEncoding(acceptEncoding = '') {
  const accepted = new Map();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    accepted.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

/** Compressed copies, keyed by file, encoding and modification time. */
const compressed = new Map();
function compressedBody(file, stat, encoding) {
  const key = `${encoding}:${file}`;
  const hit = compressed.get(key);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.body;
  const raw = fs.readFileSync(file);
  const body =
    encoding === 'br'
      ? zlib.brotliCompressSync(raw, {
          params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
        })
      : zlib.gzipSync(raw, { level: 9 });
  compressed.set(key, { mtimeMs: stat.mtimeMs, size: stat.size, body });
  return body;
}

const headers = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`No exported site in ${root}. Run "npm run build" first (or "npm start", which builds and serves).`);
  process.exit(1);
}

/** The file a path names (as is, as .html, or its index.html) with its stat, or null. */
function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const clean = path.normalize(decoded).replace(/^([/\\])+/, '');
  const candidates = [clean, `${clean}.html`, path.join(clean, 'index.html')];
  for (const candidate of candidates) {
    const file = path.join(root, candidate);
    if (!file.startsWith(root)) return null;
    try {
      const stat = fs.statSync(file);
      if (stat.isFile()) return { file, stat };
    } catch {
      // try the next candidate
    }
  }
  return null;
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', ...headers }).end();
    return;
  }
  const found = resolveFile(url.pathname);
  const status = found ? 200 : 404;
  const target = found?.file ?? path.join(root, '404.html');
  const stat = found?.stat ?? fs.statSync(target);
  const type = types[path.extname(target)] ?? 'application/octet-stream';
  const cache = target.includes(`${path.sep}_next${path.sep}static${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
  const encoding = compressible.has(path.extname(target)) ? chooseEncoding(req.headers['accept-encoding']) : null;
  const common = { 'Content-Type': type, 'Cache-Control': cache, Vary: 'Accept-Encoding', ...headers };
  if (encoding) {
    const body = compressedBody(target, stat, encoding);
    res.writeHead(status, { ...common, 'Content-Encoding': encoding, 'Content-Length': body.length });
    return res.end(req.method === 'HEAD' ? undefined : body);
  }
  res.writeHead(status, { ...common, 'Content-Length': stat.size });
  if (req.method === 'HEAD') return res.end();
  fs.createReadStream(target).pipe(res);
});

server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Sightlines is served from ${path.relative(process.cwd(), root) || '.'} at http://localhost:${actual}`);
});
