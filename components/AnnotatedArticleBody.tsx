import type { Article } from '@/lib/content/load';
import { passageKey } from '@/lib/annotate/types';
import { getLibrary } from '@/lib/library';
import { articleShortName } from '@/lib/entities';
import { themeRail } from '@/lib/themes';
import { plural } from '@/lib/format';
import { ArticleBody, type PassageExtras } from './ArticleBody';
import { PassageThemes } from './ThemeRail';
import { PassageMenuTemplate } from './PassageMenu';
import { entityHref } from '@/lib/links';
import type { PassageId } from '@/lib/ids';
import { marginPlan } from '@/lib/sidenotes';

/**
 * The article body with its mentions linked and its claim and theme notes beside each passage. The notes of a
 * passage are one element: in the right margin on wide screens (a sidenote level with the passage), and a
 * native popover opened from a small marker after the passage's last word on narrower ones, so that the text
 * runs on unbroken. No script is needed either way.
 *
 * In the margin a sidenote floats beside its paragraph's first line; so that it does not run on far past a
 * short paragraph, it shows only the notes that fit beside it (`marginPlan`, claims first, then themes) and a
 * "+N more" button that opens all of them in the same popover the phone layout uses.
 */
export function AnnotatedArticleBody({ article, filled = true }: { article: Article; filled?: boolean }) {
  // A static island (lib/islands.ts): when the page renders it empty, none of the notes below is worked out.
  if (!filled) return <ArticleBody article={article} filled={false} />;
  const lib = getLibrary();
  const statements = new Map(lib.claims.map((c) => [c.slug, c.data.statement]));
  const where = `${articleShortName(article)}, ${article.published.slice(0, 4)}`;
  const { passages } = article.structure;
  const notes = new Map(
    passages.map((p) => [
      p.id,
      { claims: lib.claimsByPassage.get(passageKey(article.slug, p.id)) ?? [], themes: themeRail(lib, article.slug, p.id) },
    ]),
  );
  const notesOf = (passageId: PassageId) => notes.get(passageId) ?? { claims: [], themes: [] };
  const plan = marginPlan(
    passages.map((p) => {
      const { claims, themes } = notesOf(p.id);
      return { text: p.text, claims: claims.map((slug) => statements.get(slug) ?? ''), themes };
    }),
  );
  const shownInMargin = new Map(passages.map((p, i) => [p.id, plan[i]!]));
  const extras: PassageExtras = {
    menus: <PassageMenuTemplate />,
    annotations: (passage) =>
      (lib.mentionsByPassage.get(passageKey(article.slug, passage.id)) ?? []).map((m) => ({
        start: m.start,
        end: m.end,
        tagName: 'a',
        properties: { href: entityHref(m.kind, m.slug), className: ['mention'] },
      })),
    aside: (passage) => {
      const { claims, themes } = notesOf(passage.id);
      if (claims.length === 0 && themes.length === 0) return null;
      const id = `notes-${passage.id}`;
      const total = claims.length + themes.length;
      const share = shownInMargin.get(passage.id) ?? { claims: claims.length, themes: themes.length };
      const hidden = total - share.claims - share.themes;
      return (
        <span id={id} className="passage-notes" data-ui="" popover="auto">
          <span className="notes-head">
            <span className="notes-title">Notes on paragraph {passage.n}</span>
            <button type="button" className="notes-close" popoverTarget={id} popoverTargetAction="hide">
              Close
            </button>
          </span>
          {claims.length ? (
            <span className="claim-notes" role="note" aria-label={`Claims in paragraph ${passage.n}`}>
              <span className="claim-tag">{claims.length === 1 ? 'Claim' : 'Claims'}</span>
              {claims.map((slug, i) => (
                <a key={slug} href={entityHref('claims', slug)} className={i >= share.claims ? 'note-extra' : undefined}>
                  {statements.get(slug)}
                </a>
              ))}
            </span>
          ) : null}
          <PassageThemes stops={themes} n={passage.n} where={where} extraFrom={share.themes} />
          {hidden ? (
            <button type="button" className="notes-more" popoverTarget={id} popoverTargetAction="show">
              +{hidden} more<span className="visually-hidden"> notes on paragraph {passage.n}</span>
            </button>
          ) : null}
        </span>
      );
    },
    marker: (passage) => {
      const { claims, themes } = notesOf(passage.id);
      if (claims.length === 0 && themes.length === 0) return null;
      const what = [claims.length ? plural(claims.length, 'claim') : '', themes.length ? plural(themes.length, 'theme') : ''].filter(Boolean).join(', ');
      return (
        <>
          {' '}
          <button type="button" className="notes-marker" popoverTarget={`notes-${passage.id}`} data-ui="" aria-label={`Notes on paragraph ${passage.n}: ${what}`}>
            {what}
          </button>
        </>
      );
    },
  };
  return <ArticleBody article={article} extras={extras} />;
}
