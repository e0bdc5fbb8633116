import type { SearchFiles } from '@/lib/search/build';
import type { ByteRange, FileLoader } from '@/lib/search/engine';
import { SEARCH_DATA_PATH, type ShardedIndex } from '@/lib/search/payload';

/**
 * A sharded index's files served from memory, for the unit and browser tests: JSON files whole, packs by byte
 * range as a static server answers a range request (lib/search/engine.ts, components/search/loadEngine.ts).
 */

/** How many pieces a sharded index has: its word shards and its record fragments (what a query could fetch). */
export const pieceCount = (files: SearchFiles) => {
  const index = files.index as ShardedIndex;
  return index.shardStarts.length + index.fragmentBytes.length;
};

/** A loader for createSearchEngine that records each request (`name`, or `name bytes=start-end`). */
export function memoryLoader(files: SearchFiles, requests: string[] = []): FileLoader {
  return async (file: string, range?: ByteRange) => {
    requests.push(range ? `${file} bytes=${range.start}-${range.end - 1}` : file);
    const data = files.files.get(file);
    if (data === undefined) throw new Error(`${SEARCH_DATA_PATH}${file}: not found`);
    if (range) return (typeof data === 'string' ? new TextEncoder().encode(data) : data).slice(range.start, range.end);
    if (typeof data !== 'string') throw new Error(`${file}: not a JSON file`);
    return JSON.parse(data);
  };
}

/**
 * The answer a static server gives for a file of the index: 200 with the file, 206 with the bytes a `Range`
 * header asks for (one range, `bytes=a-b`), 416 for a range past the end, 404 for a name it lacks.
 */
export function searchFileAnswer(files: SearchFiles, name: string, rangeHeader?: string): { status: number; body: string | Buffer; contentType: string; headers: Record<string, string> } {
  const data = files.files.get(name);
  if (data === undefined) return { status: 404, body: 'Not found', contentType: 'text/plain', headers: {} };
  const contentType = typeof data === 'string' ? 'application/json' : 'application/octet-stream';
  const bytes = Buffer.from(typeof data === 'string' ? new TextEncoder().encode(data) : data);
  const asked = rangeHeader?.match(/^bytes=(\d+)-(\d+)$/);
  if (!asked) return { status: 200, body: typeof data === 'string' ? data : bytes, contentType, headers: {} };
  const start = Number(asked[1]);
  const end = Math.min(Number(asked[2]), bytes.length - 1);
  if (start >= bytes.length || start > end) return { status: 416, body: '', contentType: 'text/plain', headers: { 'Content-Range': `bytes */${bytes.length}` } };
  return { status: 206, body: bytes.subarray(start, end + 1), contentType, headers: { 'Content-Range': `bytes ${start}-${end}/${bytes.length}` } };
}
