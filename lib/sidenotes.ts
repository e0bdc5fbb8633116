/**
 * Which of a passage's notes its sidenote shows in the margin (the rest wait behind "+N more").
 *
 * In the margin (from 68.75rem wide, app/globals.css) a passage's notes float to the right of its first line and
 * a note taller than the room beside its paragraph runs on beside the next one, pushing that one's notes down
 * (`clear: right`). So that notes stay beside the paragraphs they belong to, each sidenote shows only as many
 * notes as fit in the room its paragraph leaves, after whatever the notes above still take of it; at least its
 * first claim and its first theme stop, so that what a paragraph asserts and the threads through it can always be
 * followed from the margin.
 * Heights are estimated at build time from the text's length, in CSS pixels at the margin's sizes; the
 * constants below follow the stylesheet (a 36rem serif column at 1.15rem × 1.7, a 15rem sans margin at
 * 0.85rem × 1.45). The estimate leans towards less room: paragraphs are counted short (more characters a line
 * than most lines of the column hold) and notes long (fewer characters a line than the margin holds), so a note
 * may show one item fewer than would fit, rarely one more.
 */

import type { RailStop } from './themes';

const rem = 16;
/** One line of article text, and the space between two paragraphs. */
const textLine = 1.15 * rem * 1.7;
const paragraphGap = 18;
/** A passage is at least this tall (room for the gutter's two controls). */
const passageMin = 3.4 * rem;
/** Characters a line of the text column holds: about the most the four articles' full lines show (60–76). */
const textLineChars = 80;
/** One line of a note, and characters a line of the margin holds. */
const noteLine = 0.85 * rem * 1.45;
const noteLineChars = 30;
/** The note's own margins above and below (0.3rem + 0.6rem), and a few pixels for the rounding of its lines. */
const noteMargins = 0.9 * rem + 4;
/** The "Claim" label over a passage's claims. */
const claimTag = noteLine;
/** A claim shows at most three lines in the margin; each link has 0.1rem above and below. */
const claimHeight = (statement: string) => Math.min(3, Math.max(1, Math.ceil(statement.length / noteLineChars))) * noteLine + 0.2 * rem;
/** Characters a line of a theme stop holds (its name is bold, its links keep a 24 px line). */
const stopLineChars = 27;
const stopLine = 24;
/**
 * A theme stop: its position ("Facial recognition · 3 of 7") and its steps ("← NYT ¶12 · TODAY ¶37 →", or
 * "The thread ends here. Back to …" at the last passage), each on its own lines, and 0.55rem of margins.
 */
const themeHeight = (stop: RailStop) => {
  const lines = (text: string) => Math.max(1, Math.ceil(text.length / stopLineChars));
  // The name is a link kept whole on its lines (inline-block): when the name and " · 3 of 7" do not fit on one
  // line, the count starts a line of its own.
  const position = `${stop.name} · ${stop.index + 1} of ${stop.total}`.length <= stopLineChars ? 1 : lines(stop.name) + 1;
  // The steps: "← NYT ¶12 · TODAY ¶37 →"; at the thread's end "← … · The thread ends here." and its link back
  // to the theme, a link kept whole that starts a line of its own.
  const steps = stop.next
    ? lines([stop.previous ? `← ${stop.previous.label}` : '', `${stop.next.label} →`].filter(Boolean).join(' · '))
    : lines(`${stop.previous ? `← ${stop.previous.label} · ` : ''}The thread ends here.`) + lines(`Back to ${stop.name}`);
  return (position + steps) * stopLine + 0.55 * rem;
};
/** The "+N more" button. */
const moreHeight = 24 + 0.2 * rem + 4;

/** A passage's text, the statements of its claims and its theme stops, in the order the note shows them. */
export type PassageNotes = { text: string; claims: readonly string[]; themes: readonly RailStop[] };

/** The estimated height of a passage in the text column. */
export function passageHeight(text: string): number {
  return Math.max(passageMin, Math.ceil(Math.max(1, text.length) / textLineChars) * textLine);
}

/** How many of a passage's claims and of its theme stops its sidenote shows (each kind from its first). */
export type MarginShare = { claims: number; themes: number };

/**
 * The shares a sidenote can show, smallest first: one note; the first claim and the first theme stop (what the
 * paragraph asserts, and the thread it is on with the way on); then the other claims; then the other stops.
 */
export function marginShares(notes: PassageNotes): MarginShare[] {
  const c = notes.claims.length;
  const t = notes.themes.length;
  const shares: MarginShare[] = [];
  if (c && t) shares.push({ claims: 1, themes: 0 });
  const both: MarginShare = { claims: Math.min(1, c), themes: Math.min(1, t) };
  shares.push(both);
  for (let k = both.claims + 1; k <= c; k++) shares.push({ claims: k, themes: both.themes });
  for (let k = both.themes + 1; k <= t; k++) shares.push({ claims: c, themes: k });
  return shares;
}

/** The estimated height of a sidenote showing `share` of its notes. */
export function noteHeight(notes: PassageNotes, share: MarginShare): number {
  const claims = notes.claims.slice(0, share.claims);
  const themes = notes.themes.slice(0, share.themes);
  const hidden = notes.claims.length + notes.themes.length - claims.length - themes.length;
  return (
    noteMargins +
    (claims.length ? claimTag + claims.reduce((sum, s) => sum + claimHeight(s), 0) : 0) +
    themes.reduce((sum, stop) => sum + themeHeight(stop), 0) +
    (hidden ? moreHeight : 0)
  );
}

const hasNotes = (notes: PassageNotes) => notes.claims.length + notes.themes.length > 0;
/** How far above the end of the next annotated paragraph its note must start, at the latest. */
const startSlack = 8;

/**
 * For each passage in reading order, what its sidenote shows: the largest share that fits in the room beside it
 * (its height and the gap after it, less what the notes above still overhang). Where nothing fits, the first
 * claim and the first theme stop as long as what runs on past the paragraph still lets every later note start
 * beside its own paragraph, and one note where even that would not.
 */
export function marginPlan(passages: readonly PassageNotes[]): MarginShare[] {
  const rooms = passages.map((notes) => passageHeight(notes.text) + paragraphGap);
  /**
   * Whether, with `overhang` running on past passage i, every later note still starts before its paragraph ends,
   * each of them showing the least it can, until the margin is clear again.
   */
  const restStartsBeside = (i: number, overhang: number) => {
    for (let j = i + 1; j < passages.length && overhang > 0; j++) {
      const later = passages[j]!;
      if (hasNotes(later)) {
        if (overhang >= passageHeight(later.text) - startSlack) return false;
        overhang += noteHeight(later, marginShares(later)[0]!);
      }
      overhang = Math.max(0, overhang - rooms[j]!);
    }
    return true;
  };
  let overhang = 0;
  return passages.map((notes, i) => {
    const room = rooms[i]!;
    if (!hasNotes(notes)) {
      overhang = Math.max(0, overhang - room);
      return { claims: 0, themes: 0 };
    }
    const shares = marginShares(notes);
    const both = notes.claims.length && notes.themes.length ? 1 : 0;
    const after = (share: MarginShare) => Math.max(0, overhang + noteHeight(notes, share) - room);
    let pick = 0;
    for (let k = shares.length - 1; k > 0; k--) {
      const share = shares[k]!;
      if (after(share) === 0 || (k <= both && restStartsBeside(i, after(share)))) {
        pick = k;
        break;
      }
    }
    overhang = after(shares[pick]!);
    return shares[pick]!;
  });
}
