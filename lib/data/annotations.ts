import { articleHref, dataFileHref, entityHref } from '../links';
import { quoteAt, type ReadingText } from './reading-text';
import type { Dataset } from './schema';
import { articleTextsNotice, dataLicense } from './terms';
import { numberWords } from '../format';
import { entityRefParts, type ArticleSlug } from '../ids';

/**
 * The annotations as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/): one annotation per
 * mention, per piece of claim evidence and per theme passage, collected in one AnnotationCollection. Each targets
 * its article page with a TextQuoteSelector (the exact words, with up to 32 code points of context either side)
 * and a TextPositionSelector (code-point offsets in the article's reading text, see reading-text.ts); its body is
 * the entity, claim or theme page (and for evidence and theme passages any note). IRIs are relative to the file's
 * own URL: `#mention/…` is that of an annotation in it, `/places/china` a page of the site.
 */
export const annoContext = 'http://www.w3.org/ns/anno.jsonld';
export const annotationsFile = 'annotations.jsonld';

export type TextQuoteSelector = { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
export type TextPositionSelector = { type: 'TextPositionSelector'; start: number; end: number };
/**
 * A body: the entity, claim or theme page, by its IRI alone (the annotation's motivation says why it is linked;
 * at a thousand articles the longer SpecificResource form with a purpose repeating it was 3 kB an article), or a
 * note on the evidence or passage.
 */
type Body = string | { type: 'TextualBody'; value: string; format: 'text/plain'; language: 'en'; purpose: string };
export type WebAnnotation = {
  id: string;
  type: 'Annotation';
  motivation: 'identifying' | 'tagging' | 'assessing';
  body: Body | Body[];
  target: { type: 'SpecificResource'; source: string; selector: [TextQuoteSelector, TextPositionSelector] };
};
export type AnnotationCollection = {
  '@context': typeof annoContext;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  rights: string;
  /** The terms of the article texts the selectors quote (dc: is a prefix of the annotation context). */
  'dc:rights': string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
};

const relationWords = { reports: 'reports', agrees: 'agrees with', differs: 'differs from', qualifies: 'qualifies' } as const;

export function webAnnotations(d: Dataset, texts: Map<string, ReadingText>): AnnotationCollection {
  const file = dataFileHref(annotationsFile);
  const target = (a: { article: ArticleSlug; start: number; end: number }): WebAnnotation['target'] => {
    const quote = quoteAt(texts.get(a.article)!, a.start, a.end);
    return {
      type: 'SpecificResource',
      source: articleHref(a.article),
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: a.start, end: a.end },
      ],
    };
  };
  const note = (value: string | undefined, purpose: string): Body[] => (value ? [{ type: 'TextualBody', value, format: 'text/plain', language: 'en', purpose }] : []);
  const items: WebAnnotation[] = [
    ...d.mentions.map((m): WebAnnotation => {
      const { collection, slug } = entityRefParts(m.entity);
      return { id: `#mention/${m.id}`, type: 'Annotation', motivation: 'identifying', body: entityHref(collection, slug), target: target(m) };
    }),
    ...d.evidence.map((e): WebAnnotation => ({
      id: `#evidence/${e.id}`,
      type: 'Annotation',
      motivation: 'assessing',
      body: [
        entityHref('claims', e.claim),
        ...note(`${relationWords[e.relation]}${e.with ? ` ${e.with}` : ''}${e.note ? `: ${e.note}` : ''}`, 'assessing'),
      ],
      target: target(e),
    })),
    ...d.themePassages.map((p): WebAnnotation => ({
      id: `#theme/${p.id}`,
      type: 'Annotation',
      motivation: 'tagging',
      body: [entityHref('themes', p.theme), ...note(p.note, 'commenting')],
      target: target(p),
    })),
  ];
  return {
    '@context': annoContext,
    id: file,
    type: 'AnnotationCollection',
    label: `Sightlines: mentions, claim evidence and theme passages in ${numberWords(d.articles.length)} articles on China’s surveillance state`,
    rights: dataLicense.url,
    'dc:rights': articleTextsNotice,
    total: items.length,
    first: { id: '#page-1', type: 'AnnotationPage', startIndex: 0, items },
  };
}
