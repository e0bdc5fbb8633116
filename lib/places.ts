/**
 * The place hierarchy (`within` in a place's front matter), walked in one place for the place pages, the
 * timeline's place filter and the map's China view.
 */

type PlaceLike = { slug: string; data: { within?: string } };

/**
 * A place and the places it lies within, innermost first: Jiangnan Stadium → Chongqing → China, as slugs. The
 * walk stops at a slug that is not a place and never loops, whatever the data says.
 */
export function placeLineage(withinOf: ReadonlyMap<string, string | undefined>, slug: string): string[] {
  const chain: string[] = [];
  for (let at: string | undefined = slug; at && !chain.includes(at); at = withinOf.get(at)) chain.push(at);
  return chain;
}

/** Each place's `within`, by slug: what placeLineage walks. */
export const withinMap = (places: readonly PlaceLike[]) => new Map(places.map((p) => [p.slug, p.data.within]));

/** The places a place lies within, innermost first, as entries (the place itself and unknown slugs left out). */
export function enclosingPlaces<P extends PlaceLike>(places: readonly P[], slug: string): P[] {
  const bySlug = new Map(places.map((p) => [p.slug, p]));
  return placeLineage(withinMap(places), slug)
    .slice(1)
    .flatMap((s) => bySlug.get(s) ?? []);
}
