import { notFound } from 'next/navigation';
import { EntityPage } from '@/components/EntityPage';
import { LocatorMap } from '@/components/map/LocatorMap';
import { entityRoute, type EntityProps } from '@/components/entity-route';
import { findEntity } from '@/lib/entities';
import { getLibrary } from '@/lib/library';
import { entityHref } from '@/lib/links';

const route = entityRoute('places');
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** The chain of places a place sits in: Jiangnan Stadium → Chongqing → China. */
function withinChain(slug: string) {
  const lib = getLibrary();
  const chain = [];
  let place = findEntity(lib, 'places', slug);
  const seen = new Set<string>();
  while (place && 'within' in place.data && place.data.within && !seen.has(place.data.within)) {
    seen.add(place.data.within);
    place = findEntity(lib, 'places', place.data.within);
    if (place) chain.push(place);
  }
  return chain;
}

export default async function PlacePage({ params }: EntityProps) {
  const { slug } = await params;
  const place = getLibrary().places.find((p) => p.slug === slug);
  if (!place) notFound();
  const chain = withinChain(slug);
  const { coordinates } = place.data;
  return (
    <EntityPage
      kind="places"
      slug={slug}
      extra={
        <>
        <LocatorMap placeSlug={slug} />
        <dl className="facts">
          <dt>Kind</dt>
          <dd>{place.data.kind}</dd>
          {chain.length ? (
            <>
              <dt>In</dt>
              <dd>
                {chain.map((p, i) => (
                  <span key={p.slug}>
                    {i > 0 ? ', ' : ''}
                    <a href={entityHref('places', p.slug)}>{p.data.name}</a>
                  </span>
                ))}
              </dd>
            </>
          ) : null}
          {coordinates ? (
            <>
              <dt>Coordinates</dt>
              <dd>
                {Math.abs(coordinates.lat).toFixed(2)}° {coordinates.lat >= 0 ? 'N' : 'S'}, {Math.abs(coordinates.lon).toFixed(2)}°{' '}
                {coordinates.lon >= 0 ? 'E' : 'W'}
              </dd>
            </>
          ) : null}
        </dl>
        </>
      }
    />
  );
}
