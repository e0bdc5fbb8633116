#!/usr/bin/env node
/**
 * Post-build step: gives every exported page its own Content-Security-Policy.
 *   node scripts/csp.mjs [dir]            (default dir: out/; `npm run build` runs it after `next build`, as the
 *                                          last step of scripts/finish-out.mjs)
 *
 * A static export has no server to send a per-page header, and Next.js writes inline scripts into every page
 * (the RSC payload `self.__next_f.push(…)`, and our theme script from app/layout.tsx). So each HTML file gets a
 * `<meta http-equiv="Content-Security-Policy">` that allows exactly the inline scripts of that page, by SHA-256
 * hash, and scripts from the site itself — no 'unsafe-inline', no 'unsafe-eval' for scripts.
 *
 * Styles: the stylesheet is a file ('self'). A page with inline <style> elements gets their hashes; a page with
 * style="" attributes gets 'unsafe-hashes' and the hash of each attribute value. A page with neither gets
 * style-src 'self' alone. (React sets styles at run time through the CSSOM, which CSP does not restrict.)
 *
 * The meta element goes right after <meta charset> (which must stay within the first 1024 bytes and fetches
 * nothing) and before every script, stylesheet and other element of <head>; a policy in a meta element only
 * governs what comes after it. Directives a meta element cannot carry (frame-ancestors, report-uri, sandbox)
 * belong in the host's headers: see "Deploying" in README.md.
 *
 * Inline event-handler attributes (onclick="…") and javascript: URLs would be blocked by this policy; the step
 * fails the build naming the file rather than ship a page that silently breaks.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';

/** Script types a browser executes (and CSP governs); anything else (application/json, ld+json) is data. */
const executableScriptTypes = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'text/ecmascript',
  'text/jscript',
  'text/livescript',
  'application/x-javascript',
  'application/x-ecmascript',
  'text/x-javascript',
  'text/x-ecmascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
]);

/** The CSP source expression for a text: 'sha256-<base64 of the SHA-256 of its UTF-8 bytes>'. */
export function hashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Reads a page with htmlparser2's tokenizer (https://github.com/fb55/htmlparser2), calling back for each start tag
 * (its name and attributes, and where it is), end tag, text and comment. Offsets are the page's, start inclusive
 * and end exclusive; a tag the parser implied (an end tag left out, a void element's end) has none (null).
 * Tag and attribute names come in lower case, attribute values with their character references decoded, and the
 * first of a repeated attribute wins, as a browser reads them; <script>, <style>, <xmp>, <iframe>, <noembed>,
 * <noframes> and <plaintext> hold raw text, <title> and <textarea> text without tags. Text comes as written: line
 * breaks and NUL characters are not normalized (see asRead). Also used by scripts/fill-islands.mjs.
 *
 * The CSP and island steps read every page of the export, 2,934 pages at 1,000 articles: parse5 (the WHATWG
 * parser, which built a whole tree for each page) took 5.2 and 6.1 s of the two steps; this reader is about five
 * times faster on the same pages and builds no tree (docs-bench.md, last section). A tokenizer does not do what
 * a tree builder does with misplaced markup (text or a <div> in <head>, markup before <head>, tags inside an SVG
 * <script>); React writes none, and the CSP step refuses a page that has any where it matters (analyse).
 */
export function readHtml(html, { open, close, text, comment } = {}) {
  const at = () => ({ start: parser.startIndex, end: parser.endIndex + 1 });
  const parser = new Parser(
    {
      onopentag(name, attributes, implied) {
        open?.(name, attributes, implied ? null : at());
      },
      onclosetag(name, implied) {
        close?.(name, implied ? null : at());
      },
      ontext(data) {
        text?.(data, at());
      },
      oncomment(data) {
        comment?.(data, at());
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
}

const has = (attributes, name) => Object.hasOwn(attributes, name);
const unique = (list) => [...new Set(list)];
/**
 * Text as a browser reads, and hashes, it: every line break of the input as LF (the standard's "normalize
 * newlines"), and NUL as U+FFFD (what the tokenizer does in script, style and attribute values).
 */
const asRead = (text) => text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
const isWhitespace = (text) => /^[\t\n\f\r ]*$/.test(text);
/** What may stand in <head> (the standard's "in head" insertion mode): any other element ends it in a browser. */
const headElements = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);

/**
 * What a page carries inline: the text of each executable inline script, of each <style> element, the value of
 * each style attribute, and any inline event handler or javascript: URL; where its <head> is, with the direct
 * children the policy is placed by (the first node, the first element, earlier policies); and what would make a
 * browser read the page's <head> otherwise than this step does (`problems`: markup or text before <head>, text or
 * a body element or an implied tag in it, no end tag, markup inside a script or style).
 */
function analyse(html) {
  const scripts = [];
  const styles = [];
  const styleAttributes = [];
  const forbidden = [];
  const problems = [];
  const stack = [];
  /** The <script> or <style> being read: its kind, its depth and its text so far. */
  let raw = null;
  /** <head>: its depth, and what the policy needs of its direct children. */
  let head = null;
  /** What came before <head> that a browser would not leave before it (an element other than <html>, or text). */
  let beforeHead = null;
  const inHead = () => head !== null && head.close === undefined && stack.length === head.depth + 1;
  readHtml(html, {
    open(name, attributes, where) {
      if (raw) problems.push(`<${name}> inside a <${raw.kind}> element (markup there is read as text only outside SVG and MathML)`);
      if (inHead()) {
        if (!where) problems.push(`an implied <${name}> in <head>`);
        else if (!headElements.has(name)) problems.push(`<${name}> in <head> (a browser ends <head> there)`);
        head.firstChild ??= where?.start;
        head.firstElement ??= { name, attributes, end: where?.end };
        if (name === 'meta' && (attributes['http-equiv'] ?? '').toLowerCase() === 'content-security-policy' && where) head.policies.push(where);
      }
      if (head === null && name === 'head' && where && stack.length <= 1) {
        if (beforeHead) problems.push(`<head> comes after ${beforeHead}, where a browser has already started the body`);
        head = { depth: stack.length, firstChild: undefined, firstElement: undefined, policies: [], close: undefined };
      } else if (head === null && name !== 'html') beforeHead ??= `<${name}>`;
      if (name === 'script' && !has(attributes, 'src') && executableScriptTypes.has((attributes.type ?? '').trim().toLowerCase())) raw = { kind: 'script', depth: stack.length, text: '' };
      if (name === 'style') raw = { kind: 'style', depth: stack.length, text: '' };
      if (has(attributes, 'style')) styleAttributes.push(asRead(attributes.style));
      for (const [attribute, value] of Object.entries(attributes)) {
        if (/^on[a-z]/i.test(attribute)) forbidden.push(`<${name} ${attribute}="…"> (inline event handler)`);
        if ((attribute === 'href' || attribute === 'action' || attribute === 'formaction' || attribute === 'src') && /^\s*javascript:/i.test(value)) {
          forbidden.push(`<${name} ${attribute}="${value.slice(0, 40)}"> (javascript: URL)`);
        }
      }
      stack.push(name);
    },
    close(_name, where) {
      stack.pop();
      if (raw && stack.length === raw.depth) {
        (raw.kind === 'script' ? scripts : styles).push(asRead(raw.text));
        raw = null;
      }
      if (head && head.close === undefined && stack.length === head.depth) {
        if (!where) problems.push('<head> has no end tag');
        head.close = where?.start ?? null;
      }
    },
    text(data, where) {
      if (raw) raw.text += data;
      if (head === null && !isWhitespace(data)) beforeHead ??= 'text';
      if (inHead()) {
        if (!isWhitespace(data)) problems.push('text in <head> (a browser ends <head> there)');
        head.firstChild ??= where.start;
      }
    },
    comment(_data, where) {
      if (inHead()) head.firstChild ??= where.start;
    },
  });
  return { scripts, styles, styleAttributes, forbidden, problems, head };
}

export function inlineContent(html) {
  const { scripts, styles, styleAttributes, forbidden } = analyse(html);
  return { scripts, styles, styleAttributes, forbidden };
}

function policyOf({ scripts, styles, styleAttributes }) {
  const scriptSrc = ["'self'", ...unique(scripts.map(hashSource))];
  const styleSrc = ["'self'", ...unique(styles.map(hashSource))];
  if (styleAttributes.length) styleSrc.push("'unsafe-hashes'", ...unique(styleAttributes.map(hashSource)));
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(' ')}`,
    `style-src ${styleSrc.join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** The policy for one page, as the content of its meta element. */
export function policyFor(html) {
  return policyOf(inlineContent(html));
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export class CspError extends Error {}

/** What the step says when a page cannot be given its policy; null for any other error (shown whole). */
export const cspFailure = (error) => (error instanceof CspError ? `CSP step failed: ${error.message}` : null);

/** Inserts the policy (replacing an earlier one), reading the page once, or twice when it replaces a policy. */
function applyPolicy(html, file) {
  let page = html;
  let content = analyseWithHead(page, file);
  if (content.head.policies.length) {
    for (const meta of [...content.head.policies].reverse()) page = page.slice(0, meta.start) + page.slice(meta.end);
    content = analyseWithHead(page, file);
  }
  if (content.forbidden.length) {
    throw new CspError(`${file}: ${content.forbidden.length} inline handler(s) or javascript: URL(s) the policy would block: ${unique(content.forbidden).join(', ')}`);
  }
  const { head } = content;
  const first = head.firstElement;
  // After <meta charset> when it comes first, else before the first thing in <head>, else before </head>.
  const offset = first?.name === 'meta' && has(first.attributes, 'charset') ? first.end : (head.firstChild ?? head.close);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policyOf(content))}"/>`;
  return { html: page.slice(0, offset) + meta + page.slice(offset), content };
}

/**
 * Returns the page with its policy meta element inserted (or an earlier one replaced, so the step can run twice).
 * Only the inserted bytes change: the rest of the file is kept exactly as Next.js wrote it.
 */
export function withPolicy(html, file = 'page') {
  return applyPolicy(html, file).html;
}

/**
 * The page read, with an explicit <head> that a browser reads as this step does (Next.js always writes one);
 * errors name the file.
 */
function analyseWithHead(html, file) {
  const content = analyse(html);
  if (!content.head) throw new CspError(`${file}: expected an explicit <head> element (Next.js always writes one); found none`);
  if (content.problems.length) throw new CspError(`${file}: the policy's place in <head> is not sure: ${unique(content.problems).join('; ')}`);
  return content;
}

/** Every .html file under a folder. */
export function htmlFiles(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/**
 * Applies the policy to every page of an exported site; returns one line of figures per page. `before(html, file)`
 * may change each page first (scripts/finish-out.mjs fills its islands there, so that a page is read and written
 * once).
 */
export function applyToDirectory(dir, before = (html) => html) {
  const files = htmlFiles(dir);
  if (!files.length) throw new CspError(`no .html files in ${dir}; run "next build" (output: 'export') first`);
  return files.map((file) => {
    const relative = path.relative(dir, file);
    const { html, content } = applyPolicy(before(fs.readFileSync(file, 'utf8'), relative), relative);
    fs.writeFileSync(file, html);
    const { scripts, styles, styleAttributes } = content;
    return { file: relative, scripts: unique(scripts).length, styles: unique(styles).length, styleAttributes: unique(styleAttributes).length };
  });
}

/** The step's one line of figures, from applyToDirectory's report. */
export function cspLine(report, dir) {
  const styled = report.filter((r) => r.styles || r.styleAttributes);
  return (
    `CSP: a Content-Security-Policy meta element in each of ${report.length} pages in ${path.relative(process.cwd(), dir) || '.'} ` +
    `(${report.reduce((n, r) => n + r.scripts, 0)} inline script hashes; ` +
    (styled.length
      ? `inline styles hashed on ${styled.length} pages: ${styled.slice(0, 5).map((r) => r.file).join(', ')}${styled.length > 5 ? ', …' : ''})`
      : 'no inline styles)')
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? 'out');
  try {
    console.log(cspLine(applyToDirectory(dir), dir));
  } catch (error) {
    console.error(cspFailure(error) ?? error);
    process.exit(1);
  }
}
