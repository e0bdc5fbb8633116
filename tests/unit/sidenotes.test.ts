import { describe, expect, it } from 'vitest';
import { marginPlan, marginShares, noteHeight, passageHeight, type PassageNotes } from '@/lib/sidenotes';
import type { RailStop } from '@/lib/themes';
import type { EntrySlug } from '@/lib/ids';

const stop = (name: string): RailStop => ({ slug: name.toLowerCase() as EntrySlug, name, index: 1, total: 7 });
const words = (n: number) => Array.from({ length: n }, () => 'surveillance').join(' ');
const claim = 'Facial recognition is used to shame jaywalkers on public screens.';
const all = (n: PassageNotes) => ({ claims: n.claims.length, themes: n.themes.length });

describe('marginPlan: what a sidenote shows beside its paragraph', () => {
  it('shows every note beside a long paragraph', () => {
    const notes: PassageNotes = { text: words(120), claims: [claim, claim], themes: [stop('Xinjiang')] };
    expect(passageHeight(notes.text)).toBeGreaterThan(noteHeight(notes, all(notes)));
    expect(marginPlan([notes])).toEqual([{ claims: 2, themes: 1 }]);
  });

  it('fills with one note, then the first claim and the first theme stop, then the other claims, then the other stops', () => {
    const notes: PassageNotes = { text: '', claims: [claim, claim], themes: [stop('Public shaming'), stop('Xinjiang')] };
    expect(marginShares(notes)).toEqual([
      { claims: 1, themes: 0 },
      { claims: 1, themes: 1 },
      { claims: 2, themes: 1 },
      { claims: 2, themes: 2 },
    ]);
    expect(marginShares({ ...notes, claims: [] })).toEqual([{ claims: 0, themes: 1 }, { claims: 0, themes: 2 }]);
  });

  it('beside a short paragraph shows less: the first claim and the first theme stop, if the next note still starts beside its paragraph', () => {
    const short: PassageNotes = { text: 'A short paragraph.', claims: [claim, claim], themes: [stop('Public shaming'), stop('Xinjiang')] };
    expect(marginPlan([short])).toEqual([{ claims: 1, themes: 1 }]);
    expect(marginPlan([{ ...short, claims: [] }])).toEqual([{ claims: 0, themes: 1 }]);
    // Followed at once by another short annotated paragraph, the first claim and stop would run on past it.
    const next: PassageNotes = { text: 'Another one.', claims: [claim], themes: [] };
    expect(noteHeight(short, { claims: 1, themes: 1 }) - passageHeight(short.text) - 18).toBeGreaterThan(passageHeight(next.text));
    expect(marginPlan([short, next])[0]).toEqual({ claims: 1, themes: 0 });
    // With a long paragraph without notes between them, they fit again.
    expect(marginPlan([short, { text: words(60), claims: [], themes: [] }, next])[0]).toEqual({ claims: 1, themes: 1 });
  });

  it('counts what the note above still takes of a paragraph’s room', () => {
    const long: PassageNotes = { text: 'One line.', claims: [claim, claim, claim], themes: [stop('Facial recognition')] };
    const next: PassageNotes = { text: words(44), claims: [claim], themes: [stop('Xinjiang'), stop('Public shaming')] };
    const alone = marginPlan([next])[0]!;
    expect(alone).toEqual(all(next));
    const after = marginPlan([long, next])[1]!;
    expect(after.themes).toBeLessThan(alone.themes);
    // A paragraph without notes in between gives the overhang room to end.
    const blank: PassageNotes = { text: words(80), claims: [], themes: [] };
    expect(marginPlan([long, blank, next])[2]).toEqual(alone);
  });

  it('a note’s estimated height grows with what it shows and with the length of a theme’s name', () => {
    const notes: PassageNotes = { text: '', claims: [claim], themes: [stop('Data security and leaks at the border')] };
    expect(noteHeight(notes, { claims: 1, themes: 1 })).toBeGreaterThan(noteHeight(notes, { claims: 1, themes: 0 }));
    expect(noteHeight({ ...notes, themes: [stop('Xinjiang')] }, { claims: 1, themes: 1 })).toBeLessThan(noteHeight(notes, { claims: 1, themes: 1 }));
  });
});
