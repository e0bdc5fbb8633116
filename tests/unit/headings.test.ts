/** Heading ids of an article (github-slugger): as GitHub makes them, unique within the article, never a passage's id. */
import { describe, expect, it } from 'vitest';
import { articleStructure } from '@/lib/content/blocks';

const ids = (markdown: string) => articleStructure(markdown).headings.map((h) => h.id);

describe('heading ids', () => {
  it('are GitHub-style slugs of the heading text', () => {
    expect(ids('## The Shame Game\n\nText.\n\n## Enter the Panopticon\n\nMore.')).toEqual(['the-shame-game', 'enter-the-panopticon']);
  });

  it('are made unique when two headings read the same', () => {
    expect(ids('## Notes\n\nA.\n\n## Notes\n\nB.\n\n## Notes\n\nC.')).toEqual(['notes', 'notes-1', 'notes-2']);
  });

  it('never take a passage id, and are never empty', () => {
    const structure = articleStructure('## P 1\n\nFirst.\n\n## ???\n\nSecond.');
    const passageIds = new Set<string>(structure.passages.map((p) => p.id));
    for (const h of structure.headings) {
      expect(h.id).not.toBe('');
      expect(passageIds.has(h.id)).toBe(false);
    }
    expect(new Set(structure.headings.map((h) => h.id)).size).toBe(structure.headings.length);
  });
});
