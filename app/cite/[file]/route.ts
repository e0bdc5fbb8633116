import { siteRecords } from '@/lib/cite/site';
import { bibtex, cslJson, ris } from '@/lib/cite/export';
import { citationFormats, type CitationFormat } from '@/lib/links';
import { getLibrary } from '@/lib/library';

// Prerendered by `next build` into out/cite/<slug>.ris, .bib and .json: each article's record for reference
// managers (RIS, BibLaTeX, CSL-JSON), made from its one CSL-JSON record (lib/cite/record.ts).
export const dynamic = 'force-static';
export const dynamicParams = false;

const types: Record<CitationFormat, string> = {
  ris: 'application/x-research-info-systems',
  bib: 'application/x-bibtex; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};
const writers: Record<CitationFormat, typeof ris> = { ris, bib: bibtex, json: cslJson };

export function generateStaticParams(): { file: string }[] {
  return getLibrary().articles.flatMap((a) => citationFormats.map((format) => ({ file: `${a.slug}.${format}` })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const match = /^([a-z0-9-]+)\.(ris|bib|json)$/.exec(file);
  const record = match ? siteRecords(getLibrary()).find((r) => r.id === match[1]) : undefined;
  if (!match || !record) return new Response('Not found', { status: 404 });
  const format = match[2] as CitationFormat;
  return new Response(writers[format]([record]), { headers: { 'Content-Type': types[format] } });
}
