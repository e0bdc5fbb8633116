import type { EntrySlug } from '@/lib/ids';
import { entityHref } from '@/lib/links';
/** A plain list of claims, each linking to its page by its statement. */
export function ClaimLinks({ claims }: { claims: { slug: EntrySlug; data: { statement: string } }[] }) {
  return (
    <ul className="link-list">
      {claims.map((c) => (
        <li key={c.slug}>
          <a href={entityHref('claims', c.slug)}>{c.data.statement}</a>
        </li>
      ))}
    </ul>
  );
}
