import type { ArticleTheme, RailStop } from '@/lib/themes';
import { entityHref, passageFragmentHref } from '@/lib/links';

/**
 * Beside a passage: the theme threads it belongs to, each with where the reader stands in it ("Facial
 * recognition · 3 of 7 · now in TODAY, 2019") and the previous and next passage. At the last passage the thread
 * says that it ends there and links back to the theme. Arriving on a passage (its `#p-n` is the target), the
 * notes show above it even where they otherwise wait behind a marker.
 */
export function PassageThemes({ stops, n, where, extraFrom = Infinity }: { stops: RailStop[]; n: number; where: string; extraFrom?: number }) {
  if (stops.length === 0) return null;
  // From `extraFrom` on, the stops are left out of a sidenote in the margin (they show when its notes open).
  const allExtra = extraFrom <= 0;
  return (
    <span className={allExtra ? 'theme-notes note-extra' : 'theme-notes'} data-ui="" role="note" aria-label={`Themes of paragraph ${n}`}>
      {stops.map((stop, i) => (
        <span key={stop.slug} className={i >= extraFrom ? 'theme-stop note-extra' : 'theme-stop'}>
          <span className="theme-position">
            <a href={entityHref('themes', stop.slug)} className="theme-name">
              {stop.name}
            </a>{' '}
            · {stop.index + 1} of {stop.total}
            <span className="theme-where"> · now in {where}</span>
          </span>{' '}
          <span className="theme-steps">
            {stop.previous ? (
              <a href={stop.previous.href} rel="prev" aria-label={`Previous passage on ${stop.name}: ${stop.previous.label}`}>
                ← {stop.previous.label}
              </a>
            ) : (
              <span className="thread-start">Start of the thread · </span>
            )}
            {stop.previous ? ' · ' : null}
            {stop.next ? (
              <a href={stop.next.href} rel="next" aria-label={`Next passage on ${stop.name}: ${stop.next.label}`}>
                {stop.next.label} →
              </a>
            ) : (
              <span className="thread-end">
                The thread ends here. <a href={entityHref('themes', stop.slug)}>Back to {stop.name}</a>
              </span>
            )}
          </span>
        </span>
      ))}
    </span>
  );
}

/** The article's themes: where each appears here, and where else it appears in the other articles. */
export function ArticleThemeRail({ themes }: { themes: ArticleTheme[] }) {
  if (themes.length === 0) return null;
  return (
    <nav className="theme-rail" aria-labelledby="theme-rail-heading">
      <h2 id="theme-rail-heading">Themes in this article</h2>
      <ul>
        {themes.map((t) => (
          <li key={t.slug}>
            <a href={entityHref('themes', t.slug)} className="theme-name">
              {t.name}
            </a>
            : here{' '}
            {t.here.map((p, i) => (
              <span key={p.href}>
                {i > 0 ? ', ' : ''}
                <a href={passageFragmentHref(p.range.n)}>¶{p.range.n}</a>
              </span>
            ))}
            {t.elsewhere.length ? (
              <>
                ; also in{' '}
                {t.elsewhere.map((p, i) => (
                  <span key={p.href}>
                    {i > 0 ? ', ' : ''}
                    <a href={p.href}>{p.label}</a>
                  </span>
                ))}
                {t.moreElsewhere ? (
                  <>
                    {' '}
                    and <a href={entityHref('themes', t.slug)}>{t.moreElsewhere} more on the theme page</a>
                  </>
                ) : null}
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </nav>
  );
}
