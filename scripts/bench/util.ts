/** Small helpers shared by the benchmark steps: timed commands, sizes, a static server, formatting. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export type Timed = { code: number; wallSeconds: number; cpuSeconds: number; output: string };

/**
 * Runs a command through bash's `time`, so the CPU time of the command and all its children (Next.js build
 * workers) is measured as well as the wall time; CPU time is the steadier figure on a shared machine.
 */
export function timed(command: string, args: string[], options: { cwd: string; env?: Record<string, string>; echo?: boolean }): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', 'TIMEFORMAT="__BENCH_TIME__ %R %U %S"; time "$@"', 'bash', command, ...args], {
      cwd: options.cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      if (options.echo) process.stdout.write(text.replace(/^__BENCH_TIME__.*\n?/m, ''));
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      const match = /__BENCH_TIME__ ([\d.]+) ([\d.]+) ([\d.]+)/.exec(output);
      resolve({
        code: code ?? 1,
        wallSeconds: match ? Number(match[1]) : NaN,
        cpuSeconds: match ? Number(match[2]) + Number(match[3]) : NaN,
        output: output.replace(/^__BENCH_TIME__.*\n?/m, ''),
      });
    });
  });
}

export function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? e.path, e.name));
}

export function sizeOfDir(dir: string): { bytes: number; files: number } {
  const files = filesUnder(dir);
  return { bytes: files.reduce((n, f) => n + fs.statSync(f).size, 0), files: files.length };
}

/** gzip at zlib's default level (6), the level most static hosts use. */
export const gzipSize = (data: Buffer | string) => zlib.gzipSync(data).length;

/** Serves a folder with the project's static server on a free port; returns its URL and a stop function. */
export async function serve(root: string, dir: string): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), '--port', '0', '--dir', dir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the static server for ${dir} did not start within 10 s`)), 10_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /http:\/\/localhost:(\d+)/.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve(`http://localhost:${match[1]}`);
      }
    });
    child.on('exit', (code) => reject(new Error(`the static server exited with code ${code}`)));
  });
  return { url, stop: () => child.kill() };
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const MB = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
export const seconds = (s: number) => `${s.toFixed(1)} s`;
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The line in docs-bench.md below which the benchmark writes nothing: the notes written by hand, kept on each run. */
export const keptBelow = '<!-- Written by hand below this line: npm run bench replaces only what is above it. -->';

/**
 * The new figures, then the file's kept part (from keptBelow on). A file without the line (lost in an edit) is
 * kept whole below it, old figures and all, rather than lost: nothing written by hand is ever dropped.
 */
export function withKeptPart(generated: string, existing: string | null): string {
  const at = existing?.indexOf(keptBelow) ?? -1;
  const kept = at >= 0 ? existing!.slice(at) : `${keptBelow}\n${existing?.trim() ? `\n${existing.trimEnd()}\n` : ''}`;
  return `${generated.trimEnd()}\n\n${kept}`;
}
