/**
 * The baseline for first-load JavaScript: a bare Next.js page (a root layout and one page saying "Hello"),
 * built with `output: 'export'` by the very next/react/react-dom installed in this project, in the same run.
 * It lives in a temporary folder whose node_modules is a link to the project's; Turbopack's root is set to "/"
 * so that it may follow that link.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { timed, type Timed } from './util';

export type Baseline = { dir: string; outDir: string; build: Timed; versions: Record<string, string>; remove: () => void };

const versionOf = (root: string, name: string) =>
  (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

export async function buildBaseline(root: string): Promise<Baseline> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sightlines-baseline-'));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'app'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'baseline', private: true, type: 'module' }));
  fs.writeFileSync(
    path.join(dir, 'next.config.mjs'),
    "export default { output: 'export', images: { unoptimized: true }, turbopack: { root: '/' } };\n",
  );
  fs.writeFileSync(
    path.join(dir, 'app', 'layout.jsx'),
    [
      "export const metadata = { title: 'Baseline', description: 'A bare Next.js page' };",
      'export default function RootLayout({ children }) {',
      '  return (<html lang="en"><body>{children}</body></html>);',
      '}',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(path.join(dir, 'app', 'page.jsx'), 'export default function Page() {\n  return (<main><h1>Hello</h1></main>);\n}\n');
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const build = await timed(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], { cwd: dir });
  if (build.code !== 0 || !fs.existsSync(path.join(dir, 'out', 'index.html'))) {
    remove();
    throw new Error(`the baseline Next.js app did not build:\n${build.output.slice(-3000)}`);
  }
  const versions = Object.fromEntries(['next', 'react', 'react-dom'].map((name) => [name, versionOf(root, name)]));
  return { dir, outDir: path.join(dir, 'out'), build, versions, remove };
}
