import { citationStyles, type CitationStyle } from '../cite';
import { parseArticleSlug, parseEntrySlug } from '../ids';
import { emptyList, limits, type Problem, type ReadingItemRef, type ReadingList, type ReadingListItem } from './types';

/*
 * The reading-list share link, format version 1. The whole list lives in the query string, so a link is the
 * list: nothing is stored on a server and no account is needed.
 *
 *   /reading-list?v=1&t=Week+3&i=Read+before+Monday&s=apa
 *     &items=a.nyt-dystopian-dreams~p.time-surveillance-state.12~c.cameras-by-2020~th.camera-counts
 *     &n.2=Why+does+Campbell+start+in+Chongqing%3F
 *
 *   v       format version, "1". A link without v is read as version 1.
 *   t       title: plain text, at most 200 characters.
 *   i       instructions: plain text (line breaks kept), at most 2,000 characters.
 *   s       citation style: "apa" or "chicago"; absent means MLA.
 *   items   the items in the teacher's order, joined by "~"; each is a type code and a slug joined by ".":
 *             a.<article>       a whole article
 *             p.<article>.<n>   paragraph n of an article (the passage at /articles/<article>#p-<n>)
 *             c.<claim>         a claim
 *             th.<theme>        a theme
 *           At most 100 items. Slugs are lower-case letters, digits and hyphens, and "~" and "." are unreserved
 *           in URLs (RFC 3986), so the items need no escaping and stay readable and hand-editable.
 *   n.<k>   the note or question for the k-th item (counting from 1): plain text, at most 1,000 characters.
 *
 * Text values are UTF-8, percent-encoded, with "+" for a space; every character other than a letter, a digit,
 * "-" and "_" is escaped, so a link never ends in punctuation that mail programs would drop. Characters are
 * counted as Unicode code points. Parameters this format does not use (say, added by a mail program) are
 * ignored. Decoding never throws: whatever cannot be used is reported as a Problem and left out, and the rest
 * of the list is kept. A later format must change v; decode reads v=1 links forever.
 */

export const formatVersion = 1;

const typeCodes = { article: 'a', passage: 'p', claim: 'c', theme: 'th' } as const;
const tokenPattern = /^(a|p|c|th)\.([^.]+)(?:\.([^.]*))?$/;
const maxParagraph = 99_999;

/** The item's token in a link ("p.time-surveillance-state.12"); also its identity within a list. */
export function itemKey(ref: ReadingItemRef): string {
  switch (ref.type) {
    case 'article':
      return `${typeCodes.article}.${ref.article}`;
    case 'passage':
      return `${typeCodes.passage}.${ref.article}.${ref.n}`;
    case 'claim':
      return `${typeCodes.claim}.${ref.slug}`;
    case 'theme':
      return `${typeCodes.theme}.${ref.slug}`;
  }
}

const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Percent-encodes a text value: only letters, digits, "-" and "_" stay as they are; a space becomes "+". */
export function encodeText(text: string): string {
  return encodeURIComponent(text.replace(loneSurrogates, '\uFFFD'))
    .replace(/[.!~*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

/** The query string (without "?") that encodes the list; decode(encode(list)).list equals the list. */
export function encode(list: ReadingList): string {
  const parts = [`v=${formatVersion}`];
  if (list.title) parts.push(`t=${encodeText(list.title)}`);
  if (list.instructions) parts.push(`i=${encodeText(list.instructions)}`);
  if (list.style !== 'mla') parts.push(`s=${list.style}`);
  if (list.items.length) parts.push(`items=${list.items.map((item) => itemKey(item.ref)).join('~')}`);
  list.items.forEach((item, i) => {
    if (item.note) parts.push(`n.${i + 1}=${encodeText(item.note)}`);
  });
  return parts.join('&');
}

const listKeys = new Set(['v', 't', 'i', 's', 'items']);
const isListKey = (key: string) => listKeys.has(key) || key.startsWith('n.');

/** Whether a query string holds a reading list at all (as opposed to nothing, or only foreign parameters). */
export function hasListParams(query: string | URLSearchParams): boolean {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  for (const key of params.keys()) if (isListKey(key)) return true;
  return false;
}

const codePoints = (text: string) => (text.length <= 0 ? 0 : Array.from(text).length);
const numberFormat = (n: number) => n.toLocaleString('en-US');

/** A raw piece of a link, made safe and short enough to quote in a message. */
export function quoteForMessage(raw: string, max = 40): string {
  const clean = raw.replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '�');
  const chars = Array.from(clean.slice(0, max * 2 + 2));
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

// C0 and C1 controls, DEL, bidirectional overrides and isolates, and the byte-order mark: none is text a teacher
// writes, and the bidirectional ones can make a title display as something other than what it says.
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
// HTML that could do something if a page ever rendered it as HTML (this site never does). A teacher's "<the two
// figures>" is not reported; "<script>", "<img onerror=…>" and the like are.
const markup = /<\s*\/?\s*(?:script|style|iframe|frame|frameset|object|embed|applet|img|image|svg|math|video|audio|source|link|meta|base|form|input|button|textarea|select|a|body|html|head|template|details|marquee)(?:\s[^<>]*)?\/?>|<\s*script\b|<!--/i;

/**
 * Cleans a text value read from a link: removes control characters, reports unreadable bytes and HTML markup
 * (which is only ever shown as text), and cuts it to `max` characters, saying so.
 */
export function cleanText(raw: string, what: string, max: number, multiline: boolean, problems: Problem[]): string {
  let text = raw.replace(loneSurrogates, '\uFFFD');
  text = multiline ? text.replace(/\r\n?/g, '\n') : text.replace(/\r\n|[\r\n\t]/g, ' ');
  const withoutControls = text.replace(controls, '');
  if (withoutControls !== text) {
    problems.push({ kind: 'control', message: `Control characters (such as %00 or a text-direction override) were removed from ${what}; they are not text.` });
    text = withoutControls;
  }
  if (text.includes('\uFFFD')) {
    problems.push({ kind: 'unreadable', message: `Part of ${what} could not be read (the link may be damaged or cut short); unreadable characters are shown as �.` });
  }
  if (markup.test(text)) {
    problems.push({ kind: 'markup', message: `The HTML markup in ${what} is shown as plain text and never run.` });
  }
  const length = codePoints(text);
  if (length > max) {
    text = Array.from(text).slice(0, max).join('');
    problems.push({ kind: 'truncated', message: `Only the first ${numberFormat(max)} characters of ${what} are kept (the link had ${numberFormat(length)}).` });
  }
  return text;
}


/** Reads one item token ("p.time-surveillance-state.12"); null when it is not one. */
export function parseItemToken(token: string): ReadingItemRef | null {
  const match = tokenPattern.exec(token.toLowerCase());
  if (!match) return null;
  const [, code, text, number] = match as unknown as [string, string, string, string | undefined];
  const article = parseArticleSlug(text);
  const slug = parseEntrySlug(text);
  if (!article || !slug) return null;
  if (code === 'p') {
    if (number === undefined || !/^\d{1,5}$/.test(number)) return null;
    const n = Number(number);
    return n >= 1 && n <= maxParagraph ? { type: 'passage', article, n } : null;
  }
  if (number !== undefined) return null;
  if (code === 'a') return { type: 'article', article };
  if (code === 'c') return { type: 'claim', slug };
  return { type: 'theme', slug };
}

const itemHelp = 'expected a.<article>, p.<article>.<paragraph number>, c.<claim> or th.<theme>';

export type DecodeResult = { list: ReadingList; problems: Problem[] };

/**
 * Reads a share link's query string (with or without "?"). Never throws: a hand-edited, cut-short or hostile
 * link gives the part of the list that could be read and a Problem for everything else.
 */
export function decode(query: string | URLSearchParams): DecodeResult {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const problems: Problem[] = [];
  const list = emptyList();
  if (!hasListParams(params)) {
    const keys = [...new Set(params.keys())].filter(Boolean);
    if (keys.length) {
      const named = keys.slice(0, 5).map((k) => `“${quoteForMessage(k, 20)}”`).join(', ');
      problems.push({ kind: 'no-list', message: `This address holds no reading list: ${named}${keys.length > 5 ? ' and others are' : keys.length > 1 ? ' are' : ' is'} not part of one.` });
    }
    return { list, problems };
  }

  const version = params.get('v');
  if (version !== null && version !== String(formatVersion)) {
    problems.push({
      kind: 'version',
      message: /^\d{1,6}$/.test(version)
        ? `This link was made for version ${Number(version)} of the reading-list format; this site reads version ${formatVersion}, so some of it may be missing.`
        : `The link’s version “${quoteForMessage(version)}” is not one this site knows; it was read as version ${formatVersion}.`,
    });
  }

  const style = params.get('s');
  if (style !== null) {
    const lower = style.toLowerCase();
    if ((citationStyles as readonly string[]).includes(lower)) list.style = lower as CitationStyle;
    else problems.push({ kind: 'style', message: `The citation style “${quoteForMessage(style)}” is not one this site offers (MLA, APA or Chicago); MLA is used.` });
  }

  const title = params.get('t');
  if (title !== null) list.title = cleanText(title, 'the title', limits.title, false, problems);
  const instructions = params.get('i');
  if (instructions !== null) list.instructions = cleanText(instructions, 'the instructions', limits.instructions, true, problems);

  // Items: every "items" parameter, in order (a hand-edited link may split them).
  const tokens = params
    .getAll('items')
    .join('~')
    .split('~')
    .map((t) => t.trim())
    .filter(Boolean);
  /** token position (1-based) → index in list.items, for the notes */
  const positions = new Map<number, number>();
  const seen = new Map<string, number>();
  let dropped = 0;
  tokens.forEach((token, i) => {
    const position = i + 1;
    if (list.items.length >= limits.items) {
      dropped++;
      return;
    }
    const ref = parseItemToken(token);
    if (!ref) {
      problems.push({ kind: 'malformed-item', message: `Item ${position} “${quoteForMessage(token)}” was skipped: it is not a reading-list item (${itemHelp}).` });
      return;
    }
    const key = itemKey(ref);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ kind: 'duplicate', message: `Item ${position} “${quoteForMessage(token)}” repeats item ${first}; the repeat was skipped.` });
      return;
    }
    seen.set(key, position);
    positions.set(position, list.items.length);
    list.items.push({ ref, note: '' });
  });
  if (dropped) {
    problems.push({ kind: 'too-many', message: `The link lists ${numberFormat(tokens.length)} items; a reading list holds at most ${limits.items}, so only the first ${limits.items} are kept.` });
  }

  // Notes, n.<k> for the k-th item token.
  for (const key of new Set(params.keys())) {
    if (!key.startsWith('n.')) continue;
    const k = key.slice(2);
    if (!/^\d{1,6}$/.test(k) || Number(k) < 1) {
      problems.push({ kind: 'note', message: `A note labelled “${quoteForMessage(key)}” was skipped: notes are labelled n.1, n.2, … after the item they belong to.` });
      continue;
    }
    const position = Number(k);
    const index = positions.get(position);
    if (index === undefined) {
      problems.push({
        kind: 'note',
        message:
          position > tokens.length
            ? `The note for item ${position} was skipped: the link has ${tokens.length === 1 ? 'only 1 item' : `${numberFormat(tokens.length)} items`}.`
            : `The note for item ${position} was skipped along with its item.`,
      });
      continue;
    }
    const item = list.items[index] as ReadingListItem;
    item.note = cleanText(params.get(key) ?? '', `the note for item ${position}`, limits.note, true, problems);
  }
  return { list, problems };
}
