import fs from 'node:fs';
import path from 'node:path';
import { ContentError, type ContentProblem } from './errors';
import { articleStructure, StructureError, type ArticleStructure } from './blocks';
import { readCollection, type RawEntry } from './read';
import {
  articleFrontMatter,
  claimFrontMatter,
  organizationFrontMatter,
  personFrontMatter,
  placeFrontMatter,
  themeFrontMatter,
  type ArticleFrontMatter,
  type ClaimFrontMatter,
  type OrganizationFrontMatter,
  type PersonFrontMatter,
  type PlaceFrontMatter,
  type ThemeFrontMatter,
} from './schema';

export type Article = ArticleFrontMatter & {
  file: string;
  structure: ArticleStructure;
  /** The verbatim source text (content/sources/<sourceFile>), shown at /articles/<slug>/source. */
  sourceText: string;
};
export type Place = RawEntry<PlaceFrontMatter>;
export type Person = RawEntry<PersonFrontMatter>;
export type Organization = RawEntry<OrganizationFrontMatter>;
export type Theme = RawEntry<ThemeFrontMatter>;
export type Claim = RawEntry<ClaimFrontMatter>;

/** The validated content of the site, articles in publication order. */
export type Library = {
  articles: Article[];
  places: Place[];
  people: Person[];
  organizations: Organization[];
  themes: Theme[];
  claims: Claim[];
};

export const defaultContentDir = () => process.env.SIGHTLINES_CONTENT_DIR || path.join(process.cwd(), 'content');

/** Reads and validates every collection; throws one ContentError that lists every problem found. */
export function loadLibrary(contentDir: string = defaultContentDir()): Library {
  const problems: ContentProblem[] = [];
  const dir = (name: string) => path.join(contentDir, name);

  const rawArticles = readCollection(dir('articles'), 'articles', articleFrontMatter, problems);
  const articles: Article[] = [];
  const seen = new Map<string, string>();
  for (const entry of rawArticles) {
    const { data, file, body } = entry;
    const earlier = seen.get(data.slug);
    if (earlier) {
      problems.push({ code: 'duplicate-slug', collection: 'articles', file, field: 'slug', message: `duplicate slug "${data.slug}"; expected a slug no other article uses, found it already in ${earlier}` });
      continue;
    }
    seen.set(data.slug, file);
    if (`${data.slug}.md` !== file) {
      problems.push({ code: 'slug-file-mismatch', collection: 'articles', file, field: 'slug', message: `expected the file name to be "${data.slug}.md"; found "${file}"` });
    }
    const sourcePath = path.join(dir('sources'), data.sourceFile);
    if (!fs.existsSync(sourcePath)) {
      problems.push({ code: 'source-missing', collection: 'articles', file, field: 'sourceFile', message: `expected a verbatim copy at content/sources/${data.sourceFile}; found no such file (npm run import copies it)` });
      continue;
    }
    try {
      articles.push({ ...data, file, structure: articleStructure(body), sourceText: fs.readFileSync(sourcePath, 'utf8') });
    } catch (error) {
      if (!(error instanceof StructureError)) throw error;
      problems.push({ code: 'article-structure', collection: 'articles', file, field: 'body', message: error.message });
    }
  }
  articles.sort((a, b) => a.published.localeCompare(b.published) || a.slug.localeCompare(b.slug));

  const library: Library = {
    articles,
    places: readCollection(dir('places'), 'places', placeFrontMatter, problems),
    people: readCollection(dir('people'), 'people', personFrontMatter, problems),
    organizations: readCollection(dir('organizations'), 'organizations', organizationFrontMatter, problems),
    themes: readCollection(dir('themes'), 'themes', themeFrontMatter, problems),
    claims: readCollection(dir('claims'), 'claims', claimFrontMatter, problems),
  };
  if (problems.length) throw new ContentError(problems);
  return library;
}
