import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import { toString } from 'mdast-util-to-string';
import type { BlockContent, Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import GithubSlugger from 'github-slugger';
import { passageId, type PassageId } from '../ids';

/**
 * An article body as the site reads it: a list of blocks (headings, paragraphs, captions, block quotes,
 * embedded posts), each paragraph a numbered passage with a stable id `p-<n>` and its plain text.
 * Stand-off annotations (mentions, claim quotes) point into passage text by character offsets.
 */
export type PassageKind = 'paragraph' | 'caption' | 'quote' | 'post';
export type Passage = {
  n: number;
  /** `p-<n>` (lib/ids). */
  id: PassageId;
  kind: PassageKind;
  /** The passage's text as rendered (Markdown escapes resolved, directives reduced to their text). */
  text: string;
  /** The heading of the section the passage stands in, if any. */
  section?: string;
  node: Paragraph;
};

export type PostAttribution = { text: string; author: string; handle: string; date?: string; dateText: string };

export type Block =
  | { type: 'heading'; id: string; text: string }
  | { type: 'paragraph'; passage: Passage }
  | { type: 'caption'; passage: Passage }
  | { type: 'quote'; passages: Passage[] }
  | { type: 'post'; passages: Passage[]; attribution: PostAttribution | null; attributionNode: Paragraph | null };

export type ArticleStructure = { blocks: Block[]; passages: Passage[]; headings: { id: string; text: string }[] };

export class StructureError extends Error {}

const attributionPattern = /^—\s*(.+?)\s*\((@\w+)\)\s*(\w+ \d{1,2}, \d{4})$/;

/** "— Paul Mozur 孟建国 (@paulmozur) December 18, 2019" → author, handle and ISO date. */
export function parseAttribution(text: string): PostAttribution | null {
  const match = attributionPattern.exec(text.trim());
  if (!match) return null;
  const [, author, handle, dateText] = match as unknown as [string, string, string, string];
  const time = Date.parse(`${dateText} UTC`);
  return {
    text: text.trim(),
    author,
    handle,
    dateText,
    date: Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10),
  };
}

export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkDirective).parse(markdown) as Root;
}

/** Reads the block structure of an article body; throws StructureError on Markdown it does not support. */
export function articleStructure(markdown: string): ArticleStructure {
  const tree = parseMarkdown(markdown);
  const blocks: Block[] = [];
  const passages: Passage[] = [];
  const headings: { id: string; text: string }[] = [];
  // Heading ids as GitHub makes them, each once per article; never `p-<n>`, which passages own.
  const slugger = new GithubSlugger();
  const headingId = (text: string) => {
    const id = slugger.slug(text);
    return id && !/^p-\d+$/.test(id) ? id : slugger.slug(`section-${headings.length + 1}${id ? `-${id}` : ''}`);
  };
  let section: string | undefined;

  const passage = (node: Paragraph, kind: PassageKind): Passage => {
    const n = passages.length + 1;
    const p: Passage = { n, id: passageId(n), kind, text: toString(node), section, node };
    passages.push(p);
    return p;
  };
  const paragraphsOf = (children: (BlockContent | RootContent)[], where: string): Paragraph[] =>
    children.map((child) => {
      if (child.type !== 'paragraph') throw new StructureError(`${where} may hold only paragraphs; found ${child.type}`);
      return child;
    });

  for (const node of tree.children) {
    switch (node.type) {
      case 'heading': {
        const text = toString(node);
        section = text;
        const heading = { id: headingId(text), text };
        headings.push(heading);
        blocks.push({ type: 'heading', ...heading });
        break;
      }
      case 'paragraph':
        blocks.push({ type: 'paragraph', passage: passage(node, 'paragraph') });
        break;
      case 'blockquote':
        blocks.push({ type: 'quote', passages: paragraphsOf(node.children, 'a block quote').map((p) => passage(p, 'quote')) });
        break;
      case 'containerDirective': {
        const directive = node as ContainerDirective;
        const paragraphs = paragraphsOf(directive.children, `:::${directive.name}`);
        if (directive.name === 'caption') {
          if (paragraphs.length !== 1) throw new StructureError(`:::caption holds one paragraph; found ${paragraphs.length}`);
          blocks.push({ type: 'caption', passage: passage(paragraphs[0]!, 'caption') });
        } else if (directive.name === 'post') {
          const last = paragraphs.at(-1);
          const attribution = last ? parseAttribution(toString(last)) : null;
          const body = attribution ? paragraphs.slice(0, -1) : paragraphs;
          blocks.push({
            type: 'post',
            passages: body.map((p) => passage(p, 'post')),
            attribution,
            attributionNode: attribution ? last! : null,
          });
        } else throw new StructureError(`unknown block ":::${directive.name}" (expected :::caption or :::post)`);
        break;
      }
      default:
        throw new StructureError(`unsupported Markdown block "${node.type}" in an article body`);
    }
  }
  return { blocks, passages, headings };
}
