import type { Element, ElementContent, Root, Text } from 'hast';

/** A range of a passage's plain text to wrap in an element (a mention link, a search highlight). */
export type Annotation = {
  start: number;
  end: number;
  tagName: string;
  properties: Element['properties'];
};

/**
 * Wraps annotated ranges of the passage text in elements, splitting text nodes where a range starts or ends.
 * Offsets count characters of the passage's plain text, the same text stand-off annotations were found in.
 * Ranges must not overlap (the mention finder guarantees it); a range that crosses an element boundary is
 * wrapped piecewise, so markup from the source is never broken.
 */
export default function rehypeAnnotate(options: { annotations: Annotation[] }) {
  const annotations = [...options.annotations].sort((a, b) => a.start - b.start);
  return (tree: Root) => {
    if (annotations.length === 0) return;
    let offset = 0;
    const walk = (parent: Root | Element) => {
      const next: (ElementContent | Root['children'][number])[] = [];
      for (const child of parent.children) {
        if (child.type === 'text') {
          next.push(...split(child, offset));
          offset += child.value.length;
        } else {
          if (child.type === 'element') walk(child);
          next.push(child);
        }
      }
      parent.children = next as typeof parent.children;
    };
    const split = (node: Text, base: number): ElementContent[] => {
      const out: ElementContent[] = [];
      let cursor = 0;
      const end = node.value.length;
      for (const a of annotations) {
        const s = Math.max(a.start - base, cursor);
        const e = Math.min(a.end - base, end);
        if (e <= s) continue;
        if (s > cursor) out.push({ type: 'text', value: node.value.slice(cursor, s) });
        out.push({
          type: 'element',
          tagName: a.tagName,
          properties: { ...a.properties },
          children: [{ type: 'text', value: node.value.slice(s, e) }],
        });
        cursor = e;
      }
      if (cursor < end) out.push({ type: 'text', value: node.value.slice(cursor) });
      return out;
    };
    walk(tree);
  };
}
