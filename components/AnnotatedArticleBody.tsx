import type { Article } from '@/lib/content/load';
import { entityKey, passageKey } from '@/lib/annotate/types';
import { getLibrary } from '@/lib/library';
import { themeRail } from '@/lib/themes';
import { ArticleBody, type PassageExtras } from './ArticleBody';
import { PassageMenu } from './PassageMenu';
import { PassageThemes } from './ThemeRail';
import { entityHref } from '@/lib/links';

/** The article body with its mentions linked and its claim passages noted in the margin. */
export function AnnotatedArticleBody({ article }: { article: Article }) {
  const lib = getLibrary();
  const statements = new Map(lib.claims.map((c) => [c.slug, c.data.statement]));
  const extras: PassageExtras = {
    menu: (passage) => <PassageMenu article={article.slug} passage={passage} />,
    annotations: (passage) =>
      (lib.mentionsByPassage.get(passageKey(article.slug, passage.id)) ?? []).map((m) => ({
        start: m.start,
        end: m.end,
        tagName: 'a',
        properties: { href: entityHref(m.kind, m.slug), className: ['mention', `mention-${m.kind}`], dataEntity: entityKey(m.kind, m.slug) },
      })),
    aside: (passage) => {
      const claims = lib.claimsByPassage.get(passageKey(article.slug, passage.id)) ?? [];
      const themes = themeRail(lib, article.slug, passage.id);
      if (claims.length === 0 && themes.length === 0) return null;
      return (
        <span className="passage-notes" data-ui="">
          {claims.length ? (
            <span className="claim-notes" role="note" aria-label={`Claims in paragraph ${passage.n}`}>
              <span className="claim-tag">{claims.length === 1 ? 'Claim' : 'Claims'}</span>
              {claims.map((slug) => (
                <a key={slug} href={entityHref('claims', slug)}>
                  {statements.get(slug)}
                </a>
              ))}
            </span>
          ) : null}
          <PassageThemes stops={themes} n={passage.n} />
        </span>
      );
    },
  };
  return <ArticleBody article={article} extras={extras} />;
}
