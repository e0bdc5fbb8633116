import { describe, expect, it } from 'vitest';
import { marginPlan, noteHeight, passageHeight, type PassageNotes } from '@/lib/sidenotes';
import type { RailStop } from '@/lib/themes';
import type { EntrySlug } from '@/lib/ids';

const stop = (name: string): RailStop => ({ slug: name.toLowerCase() as EntrySlug, name, index: 1, total: 7 });
const words = (n: number) => Array.from({ length: n }, () => 'surveillance').join(' ');
const claim = 'Facial recognition is used to shame jaywalkers on public screens.';

describe('marginPlan: how many notes a sidenote shows beside its paragraph', () => {
  it('shows every note beside a long paragraph', () => {
    const notes: PassageNotes = { text: words(120), claims: [claim, claim], themes: [stop('Xinjiang')] };
    expect(passageHeight(notes.text)).toBeGreaterThan(noteHeight(notes, 3));
    expect(marginPlan([notes])).toEqual([3]);
  });

  it('shows fewer beside a short paragraph, and always at least one', () => {
    const short: PassageNotes = { text: 'A short paragraph.', claims: [claim, claim], themes: [stop('Public shaming'), stop('Xinjiang')] };
    const [shown] = marginPlan([short]);
    expect(shown).toBeGreaterThanOrEqual(1);
    expect(shown).toBeLessThan(4);
    expect(marginPlan([{ ...short, text: '' }])).toEqual([1]);
  });

  it('counts what the note above still takes of a paragraph’s room', () => {
    const long: PassageNotes = { text: 'One line.', claims: [claim, claim, claim], themes: [stop('Facial recognition')] };
    const next: PassageNotes = { text: words(28), claims: [claim], themes: [stop('Xinjiang')] };
    const alone = marginPlan([next])[0]!;
    const after = marginPlan([long, next])[1]!;
    expect(alone).toBe(2);
    expect(after).toBeLessThan(alone);
    // A paragraph without notes in between gives the overhang room to end.
    const blank: PassageNotes = { text: words(80), claims: [], themes: [] };
    expect(marginPlan([long, blank, next])).toEqual([1, 0, alone]);
  });

  it('a note’s estimated height grows with what it shows and with the length of a theme’s name', () => {
    const notes: PassageNotes = { text: '', claims: [claim], themes: [stop('Data security and leaks at the border')] };
    expect(noteHeight(notes, 2)).toBeGreaterThan(noteHeight(notes, 1));
    expect(noteHeight({ ...notes, themes: [stop('Xinjiang')] }, 2)).toBeLessThan(noteHeight(notes, 2));
  });
});
