import type { Article } from '@/lib/content/load';
import type { EntityKind } from '@/lib/annotate/types';
import { entityKinds } from '@/lib/annotate/types';
import { getLibrary } from '@/lib/library';
import { findEntity } from '@/lib/entities';
import { entityHref } from '@/lib/links';
import { label } from '@/lib/collections';
import { ClaimLinks } from '@/components/ClaimLinks';
import type { EntrySlug } from '@/lib/ids';

/** The article's places, people, organizations and claims, most mentioned first. */
export function InThisArticle({ article, open }: { article: Article; open?: boolean }) {
  const lib = getLibrary();
  const mentions = lib.mentionsByArticle.get(article.slug) ?? [];
  const counted = (kind: EntityKind) => {
    const counts = new Map<EntrySlug, number>();
    for (const m of mentions) if (m.kind === kind) counts.set(m.slug, (counts.get(m.slug) ?? 0) + 1);
    return [...counts.entries()]
      .map(([slug, count]) => ({ slug, count, name: findEntity(lib, kind, slug)?.data.name ?? slug }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  };
  const claims = lib.claims.filter((c) => (lib.evidenceByClaim.get(c.slug) ?? []).some((e) => e.article === article.slug));
  return (
    <details className="in-this-article" open={open}>
      <summary>
        In this article: {entityKinds.map((k) => `${counted(k).length} ${label(k, 'many')}`).join(', ')}, {claims.length} claims
      </summary>
      {entityKinds.map((kind) => (
        <section key={kind} aria-labelledby={`ita-${kind}`}>
          <h3 id={`ita-${kind}`}>{label(kind, 'Many')}</h3>
          <ul className="chip-list">
            {counted(kind).map((e) => (
              <li key={e.slug}>
                <a href={entityHref(kind, e.slug)}>{e.name}</a> <span className="muted">{e.count}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby="ita-claims">
        <h3 id="ita-claims">Claims</h3>
        <ClaimLinks claims={claims} />
      </section>
    </details>
  );
}
