import { FactLinks } from '@/components/CommaLinks';
import { LocatorMap } from '@/components/map/LocatorMap';
import { entityRoute } from '@/components/entity-route';
import { enclosingPlaces } from '@/lib/places';
import { getLibrary } from '@/lib/library';
import { islandsApart } from '@/lib/islands';
import { entityHref } from '@/lib/links';

/** A place's page (components/EntityPage.tsx), with its map, kind, the places it lies in and its coordinates. */
const route = entityRoute('places', (place) => {
  const { slug } = place;
  const chain = enclosingPlaces(getLibrary().places, slug);
  const { coordinates } = place.data;
  return (
    <>
      <LocatorMap placeSlug={slug} filled={!islandsApart()} />
      <dl className="facts">
        <dt>Kind</dt>
        <dd>{place.data.kind}</dd>
        <FactLinks term="In" links={chain.map((p) => ({ key: p.slug, href: entityHref('places', p.slug), name: p.data.name }))} />
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
  );
});
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default route.Page;
