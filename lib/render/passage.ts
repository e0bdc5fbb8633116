import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import type { Root as HastRoot } from 'hast';
import type { Schema } from 'hast-util-sanitize';
import type { Paragraph, Root as MdastRoot } from 'mdast';
import remarkInlineDirectives from './plugins/remark-inline-directives';
import rehypeAnnotate, { type Annotation } from './plugins/rehype-annotate';
import { parseMarkdown as parseDescription } from '../content/blocks';

/**
 * What content may put into a page: GitHub's sanitize schema (no scripts, no event handlers, no
 * javascript: URLs, no iframes), plus the one class our directives use. Ids are prefixed by the sanitizer;
 * passage ids are added by the page around the sanitized content, never taken from it.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    span: [...(defaultSchema.attributes?.span ?? []), ['className', 'credit']],
  },
};

// Markdown AST → HTML AST (raw HTML in the Markdown is dropped here) → sanitized HTML AST.
const toSafeHast = unified()
  .use(remarkInlineDirectives)
  .use(remarkRehype)
  .use(rehypeSanitize, sanitizeSchema);

/** The inline content of one passage as a sanitized HTML tree, with annotations wrapped around their ranges. */
export function passageHast(node: Paragraph, annotations: Annotation[] = []): HastRoot {
  // Converted as a whole paragraph: a root of loose inline nodes would get newlines between them, which
  // would shift every annotation offset after the first inline element.
  const mdast: MdastRoot = { type: 'root', children: [structuredClone(node)] };
  const converted = toSafeHast.runSync(mdast) as HastRoot;
  const paragraph = converted.children.find((child) => child.type === 'element');
  const hast: HastRoot = { type: 'root', children: paragraph && paragraph.type === 'element' ? paragraph.children : [] };
  // Annotations are added after sanitizing: they are the site's own trusted markup, not content.
  unified().use(rehypeAnnotate, { annotations }).runSync(hast);
  return hast;
}

/** An entry's Markdown body (a short description) as sanitized HTML AST. */
export function descriptionHast(markdown: string): HastRoot {
  return toSafeHast.runSync(parseDescription(markdown)) as HastRoot;
}
