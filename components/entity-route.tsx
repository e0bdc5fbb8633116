import type { Metadata } from 'next';
import type { EntityKind } from '@/lib/annotate/types';
import { getLibrary } from '@/lib/library';
import { entitySubtitle, findEntityByParam } from '@/lib/entities';
import { label } from '@/lib/collections';
import { entityKey } from '@/lib/annotate/types';
import { articleCountWords } from '@/lib/library';

export type EntityProps = { params: Promise<{ slug: string }> };

/** generateStaticParams and generateMetadata for the pages of one entity kind. */
export function entityRoute(kind: EntityKind) {
  return {
    generateStaticParams: () => (getLibrary()[kind] as { slug: string }[]).map((e) => ({ slug: e.slug })),
    generateMetadata: async ({ params }: EntityProps): Promise<Metadata> => {
      const lib = getLibrary();
      const entry = findEntityByParam(lib, kind, (await params).slug);
      if (!entry) return {};
      const count = lib.mentionsByEntity.get(entityKey(kind, entry.slug))?.length ?? 0;
      return {
        title: `${entry.data.name} (${label(kind, 'one')})`,
        description: `${entry.data.name}, ${entitySubtitle(kind, entry)}: ${count} mention${count === 1 ? '' : 's'} across the ${articleCountWords()} articles of Sightlines, each in context.`,
      };
    },
  };
}
