/**
 * How many of a passage's notes its sidenote shows in the margin (the rest wait behind "+N more").
 *
 * In the margin (from 68.75rem wide, app/globals.css) a passage's notes float to the right of its first line and
 * a note taller than the room beside its paragraph runs on beside the next one, pushing that one's notes down
 * (`clear: right`). So that notes stay beside the paragraphs they belong to, each sidenote shows only as many
 * notes as fit in the room its paragraph leaves, after whatever the notes above still take of it; at least one.
 * Heights are estimated at build time from the text's length, in CSS pixels at the margin's sizes; the
 * constants below follow the stylesheet (a 36rem serif column at 1.15rem × 1.7, a 15rem sans margin at
 * 0.85rem × 1.45). The estimate leans long (fewer characters a line than the column holds), so a note may show
 * one item fewer than would fit, never one more than the room.
 */

import type { RailStop } from './themes';

const rem = 16;
/** One line of article text, and the space between two paragraphs. */
const textLine = 1.15 * rem * 1.7;
const paragraphGap = 18;
/** A passage is at least this tall (room for the gutter's two controls). */
const passageMin = 3.4 * rem;
/** Characters a line of the text column holds, rounded down from what the four articles show. */
const textLineChars = 62;
/** One line of a note, and characters a line of the margin holds. */
const noteLine = 0.85 * rem * 1.45;
const noteLineChars = 30;
/** The note's own margins above and below (0.3rem + 0.6rem). */
const noteMargins = 0.9 * rem;
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
  const position = `${stop.name} · ${stop.index + 1} of ${stop.total}`;
  const steps = [stop.previous ? `← ${stop.previous.label}` : '', stop.next ? `${stop.next.label} →` : `The thread ends here. Back to ${stop.name}`].filter(Boolean).join(' · ');
  const lines = (text: string) => Math.max(1, Math.ceil(text.length / stopLineChars));
  return (lines(position) + lines(steps)) * stopLine + 0.55 * rem;
};
/** The "+N more" button. */
const moreHeight = 24 + 0.2 * rem + 4;

/** A passage's text, the statements of its claims and its theme stops, in the order the note shows them. */
export type PassageNotes = { text: string; claims: readonly string[]; themes: readonly RailStop[] };

/** The estimated height of a passage in the text column. */
export function passageHeight(text: string): number {
  return Math.max(passageMin, Math.ceil(Math.max(1, text.length) / textLineChars) * textLine);
}

/** The estimated height of a sidenote showing its first `shown` notes (claims first), of `total`. */
export function noteHeight(notes: PassageNotes, shown: number): number {
  const total = notes.claims.length + notes.themes.length;
  const claims = notes.claims.slice(0, shown);
  const themes = notes.themes.slice(0, Math.max(0, shown - claims.length));
  return (
    noteMargins +
    (claims.length ? claimTag + claims.reduce((sum, s) => sum + claimHeight(s), 0) : 0) +
    themes.reduce((sum, stop) => sum + themeHeight(stop), 0) +
    (shown < total ? moreHeight : 0)
  );
}

/**
 * For each passage in reading order, how many of its notes the margin shows: as many as fit in the room beside
 * it (its height and the gap after it, less what the notes above still overhang), at least one.
 */
export function marginPlan(passages: readonly PassageNotes[]): number[] {
  let overhang = 0;
  return passages.map((notes) => {
    const total = notes.claims.length + notes.themes.length;
    const room = passageHeight(notes.text) + paragraphGap;
    if (total === 0) {
      overhang = Math.max(0, overhang - room);
      return 0;
    }
    let shown = total;
    while (shown > 1 && overhang + noteHeight(notes, shown) > room) shown--;
    overhang = Math.max(0, overhang + noteHeight(notes, shown) - room);
    return shown;
  });
}
