import type { Metadata } from 'next';
import { DataFileCard } from '@/components/data/DataFileCard';
import '@/components/data/data.css';
import { csvFile, datasetFile, getDataBundle, schemaFile } from '@/lib/data';
import { annotationsFile } from '@/lib/data/annotations';
import { dataLicense, readingTextDefinition } from '@/lib/data/terms';
import { formatDate, listNames, plural } from '@/lib/format';
import { articleHref, articlesHref, dataFileHref, entityHref, graphHref, recordHref } from '@/lib/links';
import { asEntrySlug, entityRef } from '@/lib/ids';

export const metadata: Metadata = {
  title: 'Open data',
  description:
    'Download the annotations of Sightlines — entities, mentions, claims with evidence, themes and events — as JSON with a JSON Schema, as CSV tables and as W3C Web Annotations.',
};

/**
 * Up to this many articles the terms name each one with its original; a larger library is counted by outlet (the
 * files list every article), so that the page is the same size whatever the number of articles.
 */
const listedArticles = 12;

/** "TIME (44), TODAY (51) and …": how many articles each outlet published, in order of first appearance. */
function outletCounts(articles: { outlet: string }[]): string {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.outlet, (counts.get(a.outlet) ?? 0) + 1);
  return listNames([...counts].map(([outlet, n]) => `${outlet} (${n})`));
}

export default function DataPage() {
  const { dataset, files } = getDataBundle();
  const byPath = new Map(files.map((f) => [f.path, f]));
  const csv = files.filter((f) => f.path.startsWith('csv/'));
  const example = dataset.entities.find((e) => e.id === entityRef('places', asEntrySlug('chongqing'))) ?? dataset.entities[0];
  return (
    <div className="page wide data-page">
      <h1>Open data</h1>
      <p className="lede">
        Everything Sightlines tags — {dataset.entities.length} places, people and organizations with their{' '}
        {dataset.mentions.length.toLocaleString('en')} mentions, {dataset.claims.length} claims with{' '}
        {dataset.evidence.length} pieces of evidence, {dataset.themes.length} themes with {dataset.themePassages.length}{' '}
        passages, and {dataset.events.length} dated events — as files to count, chart and reuse. Each is written when the
        site is built, from the same annotated library the pages show, so the files and the pages cannot disagree.
      </p>

      <section aria-labelledby="terms-heading">
        <h2 id="terms-heading">Terms</h2>
        <ul>
          <li>
            <strong>The annotations are free to reuse with credit</strong> under{' '}
            <a href={dataLicense.url} rel="license">
              {dataLicense.name}
            </a>
            : the entities and their descriptions, the mentions and their offsets, the claims, the relations between the
            articles’ evidence, the themes and the events. Credit “{dataLicense.attribution}”.
          </li>
          <li>
            <strong>The article texts belong to their publishers.</strong> The words quoted in the files (a mention’s
            words, a quote, the context of a selector) are there for study only; read and cite the originals:
            {dataset.articles.length <= listedArticles ? (
              <ul>
                {dataset.articles.map((a) => (
                  <li key={a.slug}>
                    <a href={articleHref(a.slug)}>{a.title}</a>, {a.outlet}, {formatDate(a.published)}
                    {a.originalUrl ? (
                      <>
                        {' '}
                        (<a href={a.originalUrl}>original<span className="visually-hidden"> at {a.outlet}</span></a>)
                      </>
                    ) : (
                      ' (no original address known)'
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <>
                {' '}
                {plural(dataset.articles.length, 'article')}, from {outletCounts(dataset.articles)}. Each article’s page
                links its original; the <code>articles</code> table of <a href={dataFileHref(datasetFile)}>{datasetFile}</a>{' '}
                lists them all with their original addresses, and <a href={articlesHref()}>the list of articles</a> shows
                them a page at a time.
              </>
            )}
          </li>
        </ul>
      </section>

      <section aria-labelledby="offsets-heading">
        <h2 id="offsets-heading">What the offsets count</h2>
        <p>{readingTextDefinition}</p>
      </section>

      <section aria-labelledby="files-heading">
        <h2 id="files-heading">The files</h2>
        <p>Sizes are as stored; a server sends them compressed (the second figure).</p>
        <DataFileCard file={byPath.get(datasetFile)!} />
        <DataFileCard file={byPath.get(schemaFile)!} />
        <section aria-labelledby="csv-heading">
          <h3 id="csv-heading">CSV: one file per table</h3>
          <p>
            A header row, then one row per record; comma-separated with CRLF line ends and fields quoted as RFC 4180
            says, in UTF-8. A list (aliases, themes…) is one field with its items joined by “ | ”. Column names are the
            JSON field names. The files link by id: <code>mentions.entity</code> is <code>entities.id</code>,{' '}
            <code>evidence.claim</code> is <code>claims.slug</code>.
          </p>
          {csv.map((f) => (
            <DataFileCard key={f.path} file={f} level={4} />
          ))}
        </section>
        <DataFileCard file={byPath.get(annotationsFile)!} />
      </section>

      <section aria-labelledby="records-heading">
        <h2 id="records-heading">One record per page</h2>
        <p>
          Every place, person, organization, claim and theme page links its own record: the entry and its anchored
          mentions, evidence or passages, in the same fields as the JSON above less the one that names the entry
          (<code>entity</code>, <code>claim</code> or <code>theme</code>, the same in every item of a record). For example{' '}
          <a href={recordHref(example!.collection, example!.slug)}>{dataFileHref(`records/${example!.id}.json`)}</a> for{' '}
          <a href={entityHref(example!.collection, example!.slug)}>{example!.name}</a>. The site’s search index is a
          separate file, made for the search box, and is not part of the open data.
        </p>
        <p>
          To explore the same data by connection, see <a href={graphHref()}>the graph</a>. CSV:{' '}
          <a href={dataFileHref(csvFile('mentions'))}>mentions.csv</a> is the usual place to start counting.
        </p>
      </section>
    </div>
  );
}
