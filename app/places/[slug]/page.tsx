import { FactLinks } from '@/components/CommaLinks';
import { EntityPage } from '@/components/EntityPage';
import { LocatorMap } from '@/components/map/LocatorMap';
import { entityRoute, type EntityProps } from '@/components/entity-route';
import { enclosingPlaces } from '@/lib/places';
import { getLibrary } from '@/lib/library';
import { entityHref } from '@/lib/links';

const route = entityRoute('places');
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function PlacePage(props: EntityProps) {
  const place = await route.entry(props);
  const { slug } = place;
  const chain = enclosingPlaces(getLibrary().places, slug);
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
      }
    />
  );
}
