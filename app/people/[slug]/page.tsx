import { entityRoute } from '@/components/entity-route';
import { findEntity } from '@/lib/entities';
import { getLibrary } from '@/lib/library';
import { entityHref } from '@/lib/links';

/** A person's page (components/EntityPage.tsx), with their role, affiliation and part in the reporting. */
const route = entityRoute('people', (person) => {
  const affiliation = person.data.affiliation ? findEntity(getLibrary(), 'organizations', person.data.affiliation) : undefined;
  return (
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
  );
});
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default route.Page;
