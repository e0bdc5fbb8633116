import { describe, expect, it } from 'vitest';
import { citationStyles } from '@/lib/cite';
import { formatCitations, formatCitationsOneEngine, interactingGroups } from '@/lib/cite/engine';
import { cslRecord, type CslRecord } from '@/lib/cite/record';
import { getLibrary } from '@/lib/library';

/*
 * formatCitations formats each group of interacting records (shared family names) with the engine's registry
 * holding that group only, so that its cost grows with the library. Its output must be exactly that of one engine
 * holding every record (formatCitationsOneEngine): every entry, citation and citation at a paragraph, and every
 * place in the bibliographies, in all three styles.
 */

const types = ['article-newspaper', 'article-magazine', 'webpage'] as const;
let n = 0;
/** A record; `authors` as "Given Family", separated by "; ". */
function record(authors: string, title: string, date: [number, number, number], container = 'The Daily Record'): CslRecord {
  n++;
  const author = authors
    ? authors.split('; ').map((name) => {
        const words = name.split(' ');
        return { given: words.slice(0, -1).join(' '), family: words.at(-1)! };
      })
    : undefined;
  return {
    id: `r${n}`,
    type: types[n % 3]!,
    title,
    'container-title': container,
    ...(author ? { author } : {}),
    issued: { 'date-parts': [date] },
    URL: `https://example.org/${n}`,
    language: 'en',
  };
}

/** Name and year collisions of every kind the styles disambiguate, and an author with several works. */
const collisions: CslRecord[] = [
  record('John Smith', 'Cameras on Every Corner', [2020, 3, 1]),
  record('Jane Smith', 'Faces in the Crowd', [2020, 5, 2]), // same family name, same year: given names or initials
  record('John Smith', 'The Grid', [2020, 7, 9]), // same author, same year: a year suffix, an added title
  record('John Smith', 'The Grid', [2020, 7, 9], 'Another Paper'), // the same title and date too
  record('John Smith', 'Later Work', [2021, 1, 5]),
  record('John Smith; Ana Lee; Wei Chen', 'Three Authors', [2020, 2, 2]), // "et al." against the two below
  record('John Smith; Raj Patel; Wei Chen', 'Three Others', [2020, 2, 2]),
  record('John Smith; Ana Lee', 'Two Authors', [2020, 2, 2]),
  record('Ana Lee', 'Alone', [2019, 4, 4]), // linked to the Smiths only through the co-authored works
  record('Tomás Müller', 'Umlaut', [2018, 1, 1]),
  record('Tomas Muller', 'No Umlaut', [2018, 1, 1]), // folded into one group with the one above
  record('Tomas muller', 'Lower Case', [2018, 1, 1]),
  record('', 'Untitled Report', [2020, 6, 6], 'China Digital Times'), // no author: the title or the owner instead
  record('', 'Untitled Report', [2020, 6, 6], 'China Digital Times'),
  record('', 'Another Report', [2020, 6, 7], 'China Digital Times'),
  record('', 'Untitled Report', [2021, 6, 6], 'Other Times'),
  record('Li Wang', 'First', [2022, 1, 1]),
  record('Li Wang', 'Second', [2022, 1, 1]),
  record('Mei Wang', 'Third', [2022, 1, 1]),
  record('Ke Zhang', 'Alone Again', [2015, 8, 8]),
  record('Ke Zhang', 'Alone Again', [2015, 8, 8]), // two records alike but for their ids
];

const expectSame = (records: CslRecord[]) => {
  const grouped = formatCitations(records);
  const reference = formatCitationsOneEngine(records);
  expect([...grouped.keys()].sort()).toEqual([...reference.keys()].sort());
  for (const [id, citations] of reference) {
    for (const style of citationStyles) expect({ id, style, ...grouped.get(id)![style] }).toEqual({ id, style, ...citations[style] });
  }
  return grouped;
};

describe('citations formatted group by group', () => {
  it('groups records that share a family name (case and accents aside), and the records without an author', () => {
    const groups = interactingGroups(collisions).map((g) => g.map((r) => r.id));
    const groupOf = (id: string) => groups.find((g) => g.includes(id))!;
    expect(groupOf('r1')).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9']);
    expect(groupOf('r10')).toEqual(['r10', 'r11', 'r12']);
    expect(groupOf('r13')).toEqual(['r13', 'r14', 'r15', 'r16']);
    expect(groupOf('r17')).toEqual(['r17', 'r18', 'r19']);
    expect(groupOf('r20')).toEqual(['r20', 'r21']);
    expect(groups).toHaveLength(5);
  });

  it('formats the four articles exactly as one engine holding them all', () => {
    expectSame(getLibrary().articles.map(cslRecord));
  });

  it('formats name and year collisions exactly as one engine holding them all, in every style', () => {
    const records = [...getLibrary().articles.map(cslRecord), ...collisions];
    const grouped = expectSame(records);
    // The collisions do what they are there for: a year suffix in APA.
    const text = (id: string, style: (typeof citationStyles)[number], part: 'citation' | 'bibliography') =>
      grouped.get(id)![style][part].map((run) => (typeof run === 'string' ? run : run.i)).join('');
    expect(text('r3', 'apa', 'citation')).toMatch(/2020[a-c]/);
    // Every entry names its authors: an entry is read on its own (a cite box) or in a list of the reader's
    // choosing, never under the library's previous entry, so no "———" stands in for an author the reader cannot
    // see (MLA and Chicago wrote it for r4 and r5, John Smith's after his "The Grid").
    for (const r of records) for (const style of citationStyles) expect(text(r.id, style, 'bibliography')).not.toMatch(/^\s*—/);
    expect(text('r5', 'mla', 'bibliography')).toMatch(/^Smith, John\. “Later Work\.”/);
    expect(text('r5', 'chicago', 'bibliography')).toMatch(/^Smith, John\. “Later Work\.”/);
  });
});
