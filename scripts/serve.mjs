#!/usr/bin/env node
/**
 * A small static file server for the exported site in out/ (`next start` does not serve an export).
 *   node scripts/serve.mjs [--port 3000] [--dir out] [--host 127.0.0.1]
 * Files are found and sent by `sirv` (clean URLs: /articles/x is out/articles/x.html; ETag validators and 304
 * answers); text is compressed by `compression` (brotli or gzip, as the browser accepts), as any real static host
 * or CDN does. Unknown paths get out/404.html with status 404 (a plain-text 404 when that file is missing).
 * Sends the headers a real host should send (see README, "Headers to send"): the security headers, a CSP header
 * with the one directive a meta element cannot carry (`frame-ancestors 'none'`, with the page-independent rest),
 * and cache headers: `immutable` for files whose names carry a content hash, `no-cache` for everything else.
 * A request it cannot make sense of (a malformed target, a path that leads out of the folder by a symbolic link)
 * gets an error answer; no request stops the server.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import sirv from 'sirv';
import compression from 'compression';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = path.resolve(option('dir', 'out'));
const port = Number(option('port', process.env.PORT ?? 3000));
const host = option('host', undefined);

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`No exported site in ${root}. Run "npm run build" first (or "npm start", which builds and serves).`);
  process.exit(1);
}
const realRoot = fs.realpathSync(root);

/** Sent with every answer, 304 and 404 included. */
const securityHeaders = {
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'self'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Content types by extension, with the charset for text (sirv's own table leaves it out for most types). */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Whether a path names a file whose name changes with its content, so a host may let browsers keep it forever:
 * everything under /_next/static/, and any other non-page file whose name carries a hash of eight or more hex
 * digits (`shard.3f9a2c1d.json`, `words-0a1b2c3d4e.json`). Pages never do: their addresses are stable.
 */
function isHashed(pathname) {
  if (pathname.startsWith('/_next/static/')) return true;
  const name = pathname.slice(pathname.lastIndexOf('/') + 1);
  if (!/\.[a-z0-9]+$/i.test(name) || name.endsWith('.html')) return false;
  return /[.-][0-9a-f]{8,}\.[a-z0-9]+$/i.test(name);
}

/**
 * Whether any file the path could be served from (as is, `.html`, or an index) is, through a symbolic link,
 * outside the folder. sirv follows links; this refuses them before it does.
 */
function leavesRoot(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false; // sirv answers a malformed escape itself, as a path that does not exist
  }
  if (decoded.includes('\0')) return true;
  const base = path.join(root, path.normalize(decoded));
  for (const candidate of [base, `${base}.html`, path.join(base, 'index'), path.join(base, 'index.html')]) {
    let real;
    try {
      real = fs.realpathSync(candidate);
    } catch {
      continue;
    }
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return true;
  }
  return false;
}

/** The 404 page, read at each miss so a rebuild shows; a plain-text answer when out/404.html is missing. */
function notFound(req, res) {
  let body;
  try {
    body = fs.readFileSync(path.join(root, '404.html'));
    res.setHeader('Content-Type', types['.html']);
  } catch {
    body = Buffer.from('Not found\n');
    res.setHeader('Content-Type', types['.txt']);
  }
  res.statusCode = 404;
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Content-Length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}

const files = sirv(root, {
  dev: true, // look each file up when asked, so a rebuild of out/ is served without a restart
  etag: true,
  extensions: ['html'],
  dotfiles: false,
  setHeaders(res, pathname) {
    const type = types[path.extname(pathname)];
    if (type) res.setHeader('Content-Type', type);
  },
  onNoMatch: notFound,
});

// Compressed as each request comes, at the levels hosts use for that (Cloudflare's brotli 4, nginx's brotli
// and gzip 6). Brotli 9, used before, took about 8 ms for a 37 kB file on this machine, and one process compresses
// one response at a time: a search's dozen parallel fetches queued behind it (docs-bench.md, issue 13).
const compress = compression({
  threshold: 1024,
  level: 6,
  brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
});

function handle(req, res) {
  for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const raw = req.url ?? '/';
  const pathname = raw.split(/[?#]/, 1)[0];
  if (!pathname.startsWith('/') || pathname.startsWith('//')) {
    res.writeHead(400, { 'Content-Type': types['.txt'] }).end('Bad request\n');
    return;
  }
  if (leavesRoot(pathname)) return notFound(req, res);
  res.setHeader('Cache-Control', isHashed(pathname) ? IMMUTABLE : 'no-cache');
  compress(req, res, () => files(req, res));
}

const server = http.createServer((req, res) => {
  try {
    handle(req, res);
  } catch (error) {
    console.error(`serve: ${req.method} ${req.url}: ${error instanceof Error ? error.message : error}`);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': types['.txt'] });
    res.end();
  }
});
server.on('clientError', (_error, socket) => {
  if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
});

server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Sightlines is served from ${path.relative(process.cwd(), root) || '.'} at http://localhost:${actual}`);
});
