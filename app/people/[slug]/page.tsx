import { EntityPage } from '@/components/EntityPage';
import { entityRoute, type EntityProps } from '@/components/entity-route';
import { findEntity } from '@/lib/entities';
import { getLibrary } from '@/lib/library';
import { entityHref } from '@/lib/links';

const route = entityRoute('people');
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function PersonPage(props: EntityProps) {
  const person = await route.entry(props);
  const { slug } = person;
  const affiliation = person.data.affiliation ? findEntity(getLibrary(), 'organizations', person.data.affiliation) : undefined;
  return (
    <EntityPage
      kind="people"
      slug={slug}
      extra={
        <dl className="facts">
          <dt>Role</dt>
          <dd>{person.data.role}</dd>
          {affiliation ? (
            <>
              <dt>Affiliation</dt>
              <dd>
                <a href={entityHref('organizations', affiliation.slug)}>{affiliation.data.name}</a>
              </dd>
            </>
          ) : null}
          <dt>In the reporting</dt>
          <dd>{person.data.involvement.map((i) => i.replace('-', ' ')).join(', ')}</dd>
        </dl>
      }
    />
  );
}
