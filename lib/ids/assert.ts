import { isEntityRef } from './refs';
import { parseArticleSlug, parseEntrySlug } from './slugs';

/** A parser made into a function that throws, naming what it expected (the `as…` helpers). */
function known<T>(parse: (value: unknown) => T | null, what: string) {
  return (text: string): T => {
    const value = parse(text);
    if (value === null) throw new TypeError(`expected ${what}; found ${JSON.stringify(text)}`);
    return value;
  };
}
/**
 * For text the code itself holds (tests, scripts, benchmarks): the branded id, or a thrown error naming the text.
 * Content, URLs and JSON go through the parsers (./slugs.ts, ./refs.ts), which answer null instead.
 */
export const asArticleSlug = known(parseArticleSlug, 'an article slug');
export const asEntrySlug = known(parseEntrySlug, 'an entry slug');
export const asEntityRef = known((v) => (isEntityRef(v) ? v : null), 'an entity ref such as places/chongqing');
