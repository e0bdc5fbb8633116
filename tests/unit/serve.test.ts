/**
 * The project's static server (scripts/serve.mjs), run against a small fixture site: compression as a real host
 * does it, the security headers, extension-less page paths, validators and cache headers, and a 404 page for bad
 * or hostile paths; requests an attacker would send (a malformed target, a symlink out of the folder, a site
 * without a 404 page) get an answer and leave the server up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
let dir: string;
let outside: string;
let server: ChildProcess;
let port: number;
const page = `<!doctype html><title>Page</title><p>${'A paragraph about cameras. '.repeat(200)}</p>`;
/** A pack of two gzip members, as lib/search/build.ts writes them. */
const pack = Buffer.concat([zlib.gzipSync(JSON.stringify({ first: 0 }).repeat(40)), zlib.gzipSync(JSON.stringify({ first: 16 }).repeat(40))]);

type Response = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };
function get(urlPath: string, headers: Record<string, string> = {}, method = 'GET', at = port): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: at, path: urlPath, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Sends a request line as written, without the client's own checks, and returns the status line or ''. */
function rawRequest(target: string, at = port): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(at, '127.0.0.1', () => socket.write(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
    let text = '';
    socket.on('data', (c: Buffer) => (text += c.toString()));
    socket.on('error', () => resolve(text.split('\r\n')[0] ?? ''));
    socket.on('close', () => resolve(text.split('\r\n')[0] ?? ''));
  });
}

/** Starts scripts/serve.mjs on a free port for a folder, and resolves with the process and its port. */
async function startServer(folder: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), '--port', '0', '--host', '127.0.0.1', '--dir', folder], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const at = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the static server did not start within 10 s')), 10_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /http:\/\/localhost:(\d+)/.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  });
  return { child, port: at };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sightlines-serve-'));
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'sightlines-outside-'));
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'SECRET outside the site');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Home</title>');
  fs.writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>Not found</title>');
  fs.writeFileSync(path.join(dir, 'page.html'), page);
  fs.writeFileSync(path.join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
  fs.mkdirSync(path.join(dir, '_next/static/chunks'), { recursive: true });
  fs.writeFileSync(path.join(dir, '_next/static/chunks/app.js'), 'console.log(1);');
  fs.writeFileSync(path.join(dir, 'shard.3f9a2c1d.json'), '{"a":1}');
  fs.writeFileSync(path.join(dir, 'search-index.json'), '{"b":2}');
  fs.mkdirSync(path.join(dir, 'search-data'));
  fs.writeFileSync(path.join(dir, 'search-data/r0-0a1b2c3d4e5f.bin'), pack);
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'secret.txt'));
  fs.symlinkSync(outside, path.join(dir, 'elsewhere'));
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'leak.html'));
  ({ child: server, port } = await startServer(dir));
});

afterAll(() => {
  server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('static server', () => {
  it('serves /page from page.html, with the security headers', async () => {
    const res = await get('/page');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html; ?charset=utf-8$/);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.body.toString()).toBe(page);
  });

  it('compresses text with brotli or gzip, as the browser accepts, and says so', async () => {
    const br = await get('/page', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('Accept-Encoding');
    expect(br.body.length).toBeLessThan(page.length / 5);
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(page);

    const gzip = await get('/page', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(page);

    const refused = await get('/page', { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.toString()).toBe(page);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const res = await get('/page', { 'Accept-Encoding': 'gzip' }, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers.etag).toBeTruthy();
    expect(res.body.length).toBe(0);
  });

  it('sends an ETag and answers 304 when the browser already has that version', async () => {
    const first = await get('/page');
    const etag = first.headers.etag!;
    expect(etag).toBeTruthy();
    expect(first.headers['last-modified']).toBeTruthy();
    const again = await get('/page', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['cache-control']).toBe('no-cache');
    const changed = await get('/page', { 'If-None-Match': 'W/"0-0"' });
    expect(changed.status).toBe(200);
    expect(changed.body.toString()).toBe(page);
  });

  it.each([
    ['/_next/static/chunks/app.js', 'public, max-age=31536000, immutable'],
    ['/shard.3f9a2c1d.json', 'public, max-age=31536000, immutable'],
    ['/search-index.json', 'no-cache'],
    ['/page', 'no-cache'],
    ['/missing', 'no-cache'],
  ])('sends Cache-Control for %s: %s', async (urlPath, expected) => {
    const res = await get(urlPath);
    expect(res.headers['cache-control']).toBe(expected);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('answers a range request for a pack of search fragments with those bytes, as they are, cacheable for ever', async () => {
    const res = await get('/search-data/r0-0a1b2c3d4e5f.bin?bytes=3-40', { 'Accept-Encoding': 'gzip, deflate, br', Range: 'bytes=3-40' });
    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe(`bytes 3-40/${pack.length}`);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body.equals(pack.subarray(3, 41))).toBe(true);
    const whole = await get('/search-data/r0-0a1b2c3d4e5f.bin', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(whole.status).toBe(200);
    expect(whole.body.equals(pack)).toBe(true);
    const past = await get('/search-data/r0-0a1b2c3d4e5f.bin', { Range: `bytes=${pack.length}-${pack.length + 10}` });
    expect(past.status).toBe(416);
  });

  it('does not compress images that are compressed already', async () => {
    const res = await get('/image.png', { 'Accept-Encoding': 'gzip, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.length).toBe(7);
  });

  it.each(['/missing', '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/%E0%A4%A', '/a%00b'])('answers %s with the 404 page', async (urlPath) => {
    const res = await get(urlPath);
    expect(res.status).toBe(404);
    expect(res.body.toString()).toContain('Not found');
  });

  it.each(['/secret.txt', '/elsewhere/secret.txt', '/leak'])('does not follow a symbolic link out of the folder: %s', async (urlPath) => {
    const res = await get(urlPath);
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('SECRET');
  });

  it.each(['//[', '//example.com/x', 'http://example.com/page', '/%', '*'])('answers the malformed target %s and stays up', async (target) => {
    const status = await rawRequest(target);
    expect(status).toMatch(/^HTTP\/1\.1 (400|404)/);
    expect((await get('/page')).status).toBe(200);
  });

  it('stays up and answers 404 when the site has no 404 page', async () => {
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'sightlines-bare-'));
    fs.writeFileSync(path.join(bare, 'index.html'), '<!doctype html><title>Home</title>');
    const { child, port: at } = await startServer(bare);
    try {
      for (const target of ['/missing', '/other']) {
        const res = await get(target, {}, 'GET', at);
        expect(res.status).toBe(404);
        expect(res.body.toString()).toContain('Not found');
      }
      expect((await get('/', {}, 'GET', at)).status).toBe(200);
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill();
      fs.rmSync(bare, { recursive: true, force: true });
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await get('/page', {}, 'POST');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });
});
