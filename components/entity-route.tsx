import type { AnnotatedLibrary, EntityKind } from '@/lib/annotate/types';
import { entityKey } from '@/lib/annotate/types';
import { label } from '@/lib/collections';
import { entitySubtitle, findEntityByParam } from '@/lib/entities';
import { articleCountWords, getLibrary } from '@/lib/library';
import type { ReactNode } from 'react';
import { EntityPage } from './EntityPage';
import { slugRoute, type SlugProps } from './slug-route';

export type EntityProps = SlugProps;

/**
 * generateStaticParams, generateMetadata, the entry the URL names and the page itself (components/EntityPage.tsx),
 * for the pages of one entity kind; `extra` is what the kind adds under the entry's name (a person's role, a
 * place's map).
 */
export function entityRoute<K extends EntityKind>(kind: K, extra?: (entry: AnnotatedLibrary[K][number]) => ReactNode) {
  type Entry = AnnotatedLibrary[K][number];
  const route = slugRoute<Entry>(
    () => getLibrary()[kind] as Entry[],
    (segment) => findEntityByParam(getLibrary(), kind, segment) as Entry | undefined,
    (entry) => {
      const count = getLibrary().mentionsByEntity.get(entityKey<EntityKind>(kind, entry.slug))?.length ?? 0;
      return {
        title: `${entry.data.name} (${label(kind, 'one')})`,
        description: `${entry.data.name}, ${entitySubtitle(kind, entry)}: ${count} mention${count === 1 ? '' : 's'} across the ${articleCountWords()} articles of Sightlines, each in context.`,
      };
    },
  );
  return {
    ...route,
    Page: async (props: EntityProps) => {
      const entry = await route.entry(props);
      return <EntityPage kind={kind} slug={entry.slug} extra={extra?.(entry)} />;
    },
  };
}
