import { gzipSync } from 'node:zlib';
import type { DataFile } from '@/lib/data';
import { dataFileHref } from '@/lib/links';

const size = (bytes: number) => (bytes < 1000 ? `${bytes} bytes` : bytes < 1_000_000 ? `${(bytes / 1000).toFixed(1)} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`);

/** One downloadable file: its name and link, format, sizes (raw and gzip, measured at build time) and an example. */
export function DataFileCard({ file, level = 3 }: { file: DataFile; level?: 3 | 4 }) {
  const bytes = Buffer.byteLength(file.body, 'utf8');
  const gzip = gzipSync(file.body).length;
  const id = `file-${file.path.replace(/[^a-z0-9]+/gi, '-')}`;
  const Heading = level === 3 ? 'h3' : 'h4';
  const name = file.path.split('/').at(-1);
  return (
    <section className="data-file" aria-labelledby={id}>
      <Heading id={id}>{file.title}</Heading>
      <p>
        <a href={dataFileHref(file.path)} download={name}>
          {name}
        </a>{' '}
        <span className="muted">
          · {file.format} · {size(bytes)} ({size(gzip)} gzip)
        </span>
      </p>
      <p>{file.description}</p>
      <details>
        <summary>Example</summary>
        <pre tabIndex={0} aria-label={`Example of ${name}`}>
          <code>{file.example}</code>
        </pre>
      </details>
    </section>
  );
}
