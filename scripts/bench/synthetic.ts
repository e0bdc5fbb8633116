/**
 * A deterministic synthetic library for the build-growth benchmark.
 *   tsx scripts/bench/synthetic.ts <articles> <out-dir>
 *
 * Copies content/ and adds synthetic articles until there are <articles> in all. Each synthetic article
 * recombines whole paragraphs of the real articles (chosen by a seeded generator, never edited), and gets a
 * matching content/sources/*.txt holding exactly its passages' text, so fidelity holds for it as for the real
 * ones. Entities grow with it: every tenth article adds a person (its author, named by its metadata), every
 * fifth adds a claim quoting two synthetic articles, and every tenth adds a passage to a real theme. Real
 * aliases (Chongqing, Hikvision, …) find their mentions in the recombined paragraphs, so entity pages grow too.
 * The result is checked with the site's own loader and annotator before it is returned.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { annotateLibrary } from '../../lib/annotate';
import { findQuote } from '../../lib/annotate/quotes';
import { articleStructure, parseMarkdown } from '../../lib/content/blocks';
import { loadLibrary } from '../../lib/content/load';
import { random } from './search-synthetic';
import { asArticleSlug } from '../../lib/ids';

export type SyntheticSummary = { articles: number; synthetic: number; paragraphs: number; people: number; claims: number; themePassages: number };


type PoolParagraph = { markdown: string; text: string };

/** The plain paragraphs of the real articles: their Markdown exactly as written, and their passage text. */
function paragraphPool(contentDir: string, slugs: string[]): PoolParagraph[] {
  const pool: PoolParagraph[] = [];
  const seen = new Set<string>();
  for (const slug of slugs) {
    const body = matter(fs.readFileSync(path.join(contentDir, 'articles', `${slug}.md`), 'utf8'), {}).content;
    for (const node of parseMarkdown(body).children) {
      if (node.type !== 'paragraph' || !node.position) continue;
      const markdown = body.slice(node.position.start.offset, node.position.end.offset);
      const text = toString(node as Paragraph);
      // Long enough to be a real paragraph, and not a duplicate or part of another (quotes must stay unique).
      if (text.split(/\s+/).length < 12 || seen.has(text)) continue;
      seen.add(text);
      pool.push({ markdown, text });
    }
  }
  return pool.filter((p) => !pool.some((q) => q !== p && q.text.includes(p.text)));
}

const pad = (n: number) => String(n).padStart(4, '0');
const isoDay = (offset: number) => new Date(Date.UTC(2015, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

export function writeSyntheticContent(sourceDir: string, outDir: string, totalArticles: number, seed = 20191218): SyntheticSummary {
  const real = loadLibrary(sourceDir);
  const synthetic = Math.max(0, totalArticles - real.articles.length);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.cpSync(sourceDir, outDir, { recursive: true });

  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const pool = paragraphPool(sourceDir, real.articles.map((a) => a.slug));
  const outlets = real.articles.map((a) => ({ outlet: a.outlet, outletSlug: a.outletSlug }));
  const themes = real.themes.map((t) => t.slug).sort();
  const written: { slug: string; firstQuote: string; secondQuote: string }[] = [];
  let people = 0;
  let claims = 0;
  let themePassages = 0;
  let paragraphs = 0;
  const addedThemePassages = new Map<string, { article: string; quote: string }[]>();

  for (let i = 1; i <= synthetic; i++) {
    const slug = `synthetic-${pad(i)}`;
    // Choose 12–30 distinct paragraphs.
    const count = 12 + Math.floor(next() * 19);
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, pool.length)) chosen.add(Math.floor(next() * pool.length));
    const parts = [...chosen].map((index) => pool[index]!);
    paragraphs += parts.length;
    const author = `Synthetic Writer ${Math.ceil(i / 10)}`;
    const authorSlug = `synthetic-writer-${Math.ceil(i / 10)}`;
    const { outlet, outletSlug } = pick(outlets);
    const firstWords = parts[0]!.text.split(/\s+/).slice(0, 8).join(' ');
    const frontMatter = {
      slug,
      title: `Synthetic article ${i}: ${firstWords}…`,
      outlet,
      outletSlug,
      authors: [author],
      published: isoDay(i),
      sourceFile: `${slug}.txt`,
      summary: `A synthetic article for the build benchmark, made of ${parts.length} paragraphs of the real articles.`,
      readingMinutes: Math.max(1, Math.round(parts.reduce((n, p) => n + p.text.split(/\s+/).length, 0) / 230)),
      removed: [],
    };
    const body = parts.map((p) => p.markdown).join('\n\n');
    // The synthetic article must read back as exactly these paragraphs, or the benchmark measures a broken library.
    const structure = articleStructure(body);
    if (structure.passages.length !== parts.length || structure.passages.some((p, j) => p.text !== parts[j]!.text)) {
      throw new Error(`synthetic article ${slug} does not read back as its ${parts.length} paragraphs`);
    }
    fs.writeFileSync(path.join(outDir, 'articles', `${slug}.md`), matter.stringify(`${body}\n`, frontMatter));
    fs.writeFileSync(path.join(outDir, 'sources', `${slug}.txt`), `${parts.map((p) => p.text).join('\n\n')}\n`);

    if (i % 10 === 1) {
      people++;
      fs.writeFileSync(
        path.join(outDir, 'people', `${authorSlug}.md`),
        matter.stringify(`${author} is a synthetic author of the build benchmark.\n`, {
          name: author,
          aliases: [author],
          role: 'synthetic author',
          affiliation: outletSlug,
          involvement: ['author'],
        }),
      );
    }
    // Quotes for claims and themes: the first sentence-sized stretch of two passages, unique in the article.
    const quoteOf = (j: number) => {
      const text = structure.passages[j]!.text;
      const quote = text.length > 80 ? text.slice(0, text.lastIndexOf(' ', 80)) : text;
      return findQuote(asArticleSlug(slug), structure.passages, { quote }).ok ? quote : text;
    };
    written.push({ slug, firstQuote: quoteOf(0), secondQuote: quoteOf(1) });

    if (i % 10 === 0) {
      const theme = pick(themes);
      addedThemePassages.set(theme, [...(addedThemePassages.get(theme) ?? []), { article: slug, quote: quoteOf(2) }]);
      themePassages++;
    }
    if (i % 5 === 0) {
      claims++;
      const [a, b] = [written.at(-2)!, written.at(-1)!];
      fs.writeFileSync(
        path.join(outDir, 'claims', `synthetic-claim-${pad(claims)}.md`),
        matter.stringify(`A synthetic claim of the build benchmark, reported by ${a.slug} and ${b.slug}.\n`, {
          statement: `Synthetic claim ${claims}: ${a.firstQuote.slice(0, 60)}…`,
          madeBy: [`people/${authorSlug}`],
          themes: [pick(themes)],
          evidence: [
            { article: a.slug, quote: a.firstQuote, relation: 'reports' },
            { article: b.slug, quote: b.secondQuote, relation: 'agrees', with: a.slug, note: 'The same words in both.' },
          ],
        }),
      );
    }
  }

  for (const [theme, passages] of addedThemePassages) {
    const file = path.join(outDir, 'themes', `${theme}.md`);
    const parsed = matter(fs.readFileSync(file, 'utf8'), {});
    parsed.data.passages = [...(parsed.data.passages as object[]), ...passages];
    fs.writeFileSync(file, matter.stringify(parsed.content, parsed.data));
  }

  // The same checks the build runs: a synthetic library that would fail the build fails here, sooner.
  const annotated = annotateLibrary(loadLibrary(outDir));
  return { articles: annotated.articles.length, synthetic, paragraphs, people, claims, themePassages };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [count, out] = process.argv.slice(2);
  if (!count || !out || !/^\d+$/.test(count)) {
    console.error('usage: tsx scripts/bench/synthetic.ts <articles> <out-dir>');
    process.exit(1);
  }
  const started = Date.now();
  const summary = writeSyntheticContent(path.resolve('content'), path.resolve(out), Number(count));
  console.log(`${JSON.stringify(summary)} written to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
