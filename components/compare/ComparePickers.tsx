import type { CompareArticle } from '@/lib/compare/types';

/** One of the two article pickers; it offers a blank choice only while nothing valid is chosen. */
function ArticlePicker(props: { id: string; label: string; value: string; articles: CompareArticle[]; onChoose?: (slug: string) => void }) {
  const { id, label, value, articles, onChoose } = props;
  // Without a handler (the prerendered page, before the script has run) the picker shows the choice it starts from.
  const choice = onChoose ? { value, onChange: (e: React.ChangeEvent<HTMLSelectElement>) => onChoose(e.target.value) } : { defaultValue: value };
  return (
    <div className="compare-picker">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...choice}>
        {value ? null : <option value="">Choose an article</option>}
        {articles.map((x) => (
          <option key={x.slug} value={x.slug}>
            {x.outlet}: {x.title}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The two pickers of /compare. The page prerenders them with the default pair (and only its two articles), so
 * that they hold their place until the explorer, which reads the address, takes over.
 */
export function ComparePickers(props: { a: string; b: string; articles: CompareArticle[]; onChoose?: (a: string, b: string) => void }) {
  const { a, b, articles, onChoose } = props;
  return (
    <form className="compare-pickers" aria-label="Choose two articles" onSubmit={onChoose ? (e) => e.preventDefault() : undefined}>
      <ArticlePicker id="compare-a" label="Left article" value={a} articles={articles} onChoose={onChoose && ((x) => onChoose(x, b))} />
      <ArticlePicker id="compare-b" label="Right article" value={b} articles={articles} onChoose={onChoose && ((x) => onChoose(a, x))} />
    </form>
  );
}

/** Said above the default pair when the address names no pair (and by the prerendered page, which cannot know). */
export function DefaultPairHint({ left, right, prerendered = false }: { left: string; right: string; prerendered?: boolean }) {
  return (
    <p className={prerendered ? 'compare-hint compare-prerendered' : 'compare-hint'} role="status">
      No pair chosen in the address, so here are {left} and {right}. Choose any two articles above.
    </p>
  );
}
