/**
 * The static params and GET handler of a route that serves a build's files by name (`app/<folder>/[file]/route.ts`:
 * the search index's files, /compare's packs, the reading lists' texts, the mention cards): text as JSON, bytes
 * as `application/octet-stream`, any other name 404. A static export needs at least one name, so with no files
 * a route may give `placeholder`, which answers 404 and which the build removes from out/ (scripts/prune-out.mjs).
 * Each route keeps its own `dynamic` and `dynamicParams`: Next reads those from the route file itself.
 */
export function filesRoute(files: () => ReadonlyMap<string, string | Uint8Array>, placeholder?: string) {
  return {
    generateStaticParams(): { file: string }[] {
      const names = [...files().keys()];
      return (names.length === 0 && placeholder ? [placeholder] : names).map((file) => ({ file }));
    },
    async GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
      const { file } = await params;
      const data = files().get(file);
      if (data === undefined) return new Response('Not found', { status: 404 });
      if (typeof data === 'string') return new Response(data, { headers: { 'content-type': 'application/json' } });
      return new Response(new Uint8Array(data), { headers: { 'content-type': 'application/octet-stream' } });
    },
  };
}
