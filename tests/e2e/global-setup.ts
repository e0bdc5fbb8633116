import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

let server: ChildProcess | undefined;

/** Serves out/ with the project's own static server on a free port for the browser tests. */
export async function setup(project: TestProject) {
  const root = path.resolve(__dirname, '../..');
  server = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), '--port', '0', '--host', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    // Generous: on a loaded machine starting Node and reading the server's modules can take many seconds.
    const timer = setTimeout(() => reject(new Error('the static server did not start within 60 s')), 60_000);
    server!.stdout!.on('data', (chunk: Buffer) => {
      const match = /http:\/\/localhost:(\d+)/.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    });
    server!.on('exit', (code) => reject(new Error(`the static server exited with code ${code}`)));
  });
  process.env.SIGHTLINES_BASE_URL = baseUrl;
  project.provide('baseUrl', baseUrl);
}

export async function teardown() {
  server?.kill();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
