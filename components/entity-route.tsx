import type { AnnotatedLibrary, EntityKind } from '@/lib/annotate/types';
import { entityKey } from '@/lib/annotate/types';
import { label } from '@/lib/collections';
import { entitySubtitle, findEntityByParam } from '@/lib/entities';
import { articleCountWords, getLibrary } from '@/lib/library';
import { slugRoute, type SlugProps } from './slug-route';

export type EntityProps = SlugProps;

/** generateStaticParams, generateMetadata and the entry the URL names, for the pages of one entity kind. */
export function entityRoute<K extends EntityKind>(kind: K) {
  type Entry = AnnotatedLibrary[K][number];
  return slugRoute<Entry>(
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
}
