import { getDataBundle, getRecords } from '@/lib/data';

// Prerendered by `next build` into out/data/…: the open data files (sightlines.json, its schema, one CSV per
// table, the Web Annotations) and one JSON record per entity, claim and theme page (records/<collection>/<slug>.json).
export const dynamic = 'force-static';
export const dynamicParams = false;

const mediaTypes: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
};

const recordPath = (id: string) => `records/${id}.json`;

export function generateStaticParams(): { file: string[] }[] {
  const paths = [...getDataBundle().files.map((f) => f.path), ...[...getRecords().keys()].map(recordPath)];
  return paths.map((p) => ({ file: p.split('/') }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }): Promise<Response> {
  const path = (await params).file.map(decodeURIComponent).join('/');
  const type = mediaTypes[path.split('.').at(-1) ?? ''] ?? 'application/octet-stream';
  const file = getDataBundle().files.find((f) => f.path === path);
  if (file) return new Response(file.body, { headers: { 'content-type': type } });
  const record = path.startsWith('records/') ? getRecords().get(path.slice('records/'.length).replace(/\.json$/, '')) : undefined;
  if (record) return Response.json(record);
  return new Response('Not found', { status: 404 });
}
