import { formatDateUS, monthName } from './format';

/** What a citation needs; articles and their passages both provide it. */
export type Citable = {
  title: string;
  outlet: string;
  authors: string[];
  published: string;
  url?: string;
  /** A passage: its paragraph number, cited after the article. */
  paragraph?: number;
};

export const citationStyles = ['mla', 'apa', 'chicago'] as const;
export type CitationStyle = (typeof citationStyles)[number];
export const citationStyleNames: Record<CitationStyle, string> = { mla: 'MLA', apa: 'APA', chicago: 'Chicago' };

const [first, last] = [(n: string) => n.split(' ').slice(0, -1).join(' '), (n: string) => n.split(' ').at(-1)!];
const inverted = (name: string) => (name.includes(' ') ? `${last(name)}, ${first(name)}` : name);
const initials = (name: string) =>
  first(name)
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => `${part[0]}.`)
    .join(' ');
const endWithPeriod = (text: string) => (/[.?!”]$/.test(text) ? text : `${text}.`);
const quotedTitle = (title: string) => `“${title.replace(/\.$/, '')}.”`;

export function mla(c: Citable): string {
  const authors = c.authors.length === 0 ? '' : c.authors.length === 1 ? `${inverted(c.authors[0]!)}. ` : c.authors.length === 2 ? `${inverted(c.authors[0]!)}, and ${c.authors[1]}. ` : `${inverted(c.authors[0]!)}, et al. `;
  const [y, , d] = c.published.split('-');
  const month = monthName(c.published);
  // MLA abbreviates months longer than four letters: "Dec.", "Sept.", but "June", "July", "May".
  const shortMonth = month.length <= 4 ? month : month === 'September' ? 'Sept.' : `${month.slice(0, 3)}.`;
  const date = `${Number(d)} ${shortMonth} ${y}`;
  const para = c.paragraph ? `, par. ${c.paragraph}` : '';
  return `${authors}${quotedTitle(c.title)} ${c.outlet}, ${date}${para}${c.url ? `, ${c.url.replace(/^https?:\/\//, '')}` : ''}.`;
}

export function apa(c: Citable): string {
  const names = c.authors.map((a) => `${last(a)}, ${initials(a)}`);
  const authors = names.length === 0 ? '' : names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
  const [y, , d] = c.published.split('-');
  const date = `(${y}, ${monthName(c.published)} ${Number(d)}).`;
  const head = authors ? `${endWithPeriod(authors!)} ${date} ${endWithPeriod(c.title)}` : `${endWithPeriod(c.title)} ${date}`;
  const para = c.paragraph ? ` (para. ${c.paragraph})` : '';
  return `${head} ${c.outlet}.${para}${c.url ? ` ${c.url}` : ''}`;
}

export function chicago(c: Citable): string {
  const authors =
    c.authors.length === 0 ? '' : c.authors.length === 1 ? `${inverted(c.authors[0]!)}. ` : `${inverted(c.authors[0]!)} and ${c.authors.slice(1).join(' and ')}. `;
  const para = c.paragraph ? `, para. ${c.paragraph}` : '';
  return `${authors}${quotedTitle(c.title)} ${c.outlet}, ${formatDateUS(c.published)}${para}.${c.url ? ` ${c.url}.` : ''}`;
}

export const cite: Record<CitationStyle, (c: Citable) => string> = { mla, apa, chicago };
