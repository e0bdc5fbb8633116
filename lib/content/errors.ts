/**
 * The catalogue of content problems (in the manner of Astro's `errors-data.ts`): each kind has a code that tests
 * assert, a title and a hint on how to fix it; the problem itself carries the message, which names what was
 * expected and what was found. Every problem the build reports is one of these.
 */
export const contentErrors = {
  'yaml': { title: 'Front matter is not valid YAML', hint: 'Check the indentation and the quoting between the two --- lines.' },
  'file-name': { title: 'File name is not a slug', hint: 'Name the file in lower-case words joined by hyphens, such as chongqing.md.' },
  'field': { title: 'A field is missing or has the wrong form', hint: 'content/README.md lists the fields of each collection and their forms.' },
  'unknown-field': { title: 'A field this collection does not have', hint: 'Correct the spelling or remove the field (content/README.md lists the fields).' },
  'duplicate-slug': { title: 'Two articles share a slug', hint: 'Give each article its own slug, the same as its file name.' },
  'slug-file-mismatch': { title: 'Slug and file name differ', hint: 'Rename the file or change the slug so that they match.' },
  'source-missing': { title: 'The verbatim source is missing', hint: 'Run npm run import, which copies each source into content/sources/.' },
  'article-structure': { title: 'The article body has a block the site cannot read', hint: 'See "Article Markdown" in the README for the blocks an article may hold.' },
  'unknown-article': { title: 'A reference to an article that does not exist', hint: 'Use the slug of a file in content/articles/.' },
  'unknown-entry': { title: 'A reference to an entry that does not exist', hint: 'Use the slug of a file in the named folder of content/, or add that file.' },
  'quote': { title: 'A quote is not found, or found more than once', hint: 'Copy the words exactly from the article; add a prefix or suffix to make them unique.' },
  'unmentioned': { title: 'No article mentions this entry', hint: 'Add the spelling the articles use to its aliases, or remove the entry.' },
  'alias-conflict': { title: 'Two entries claim the same words', hint: 'Scope one of the aliases to some articles with "articles:".' },
  'event-date': { title: 'The event’s date is not in its passage', hint: 'Quote the date as the article words it (dateText).' },
  'empty-body': { title: 'The entry says nothing', hint: 'Write one or two sentences under the front matter.' },
} as const satisfies Record<string, { title: string; hint: string }>;

export type ContentErrorCode = keyof typeof contentErrors;

/** One thing wrong with one content file: its code, which collection, which file, which field, what was wrong. */
export type ContentProblem = { code: ContentErrorCode; collection: string; file: string; field?: string; message: string };

export function formatProblem(problem: ContentProblem): string {
  return `${problem.collection} → ${problem.file}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

/** What a code means and how to fix it, for a reader of the build's output: "[unknown-entry] A reference … Use …". */
export function explainCode(code: ContentErrorCode): string {
  const { title, hint } = contentErrors[code];
  return `[${code}] ${title}. ${hint}`;
}

/** Every problem found in content/, thrown once so that one build run reports all of them. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `Sightlines content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
