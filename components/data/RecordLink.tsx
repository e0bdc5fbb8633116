import { recordHref, type PageCollection } from '@/lib/links';
import type { EntrySlug } from '@/lib/ids';

/** The link from an entity, claim or theme page to its own JSON record under /data. */
export function RecordLink({ collection, slug }: { collection: PageCollection; slug: EntrySlug }) {
  return (
    <a className="record-link" href={recordHref(collection, slug)} type="application/json">
      JSON record<span className="visually-hidden"> of this page (open data)</span>
    </a>
  );
}
