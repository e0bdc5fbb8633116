#!/usr/bin/env node
/**
 * Post-build step: gives every exported page its own Content-Security-Policy.
 *   node scripts/csp.mjs [dir]            (default dir: out/; run by `npm run build` after `next build`)
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
import { parse } from 'parse5';

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
 * Pages are read with parse5, the HTML parser of the WHATWG specification (the one hast-util-from-html uses
 * underneath, with the same options), walking its own tree: building a hast tree from it first cost a third of
 * this step's time at 1,000 articles (docs-bench.md, "Build cost").
 */
const parseHtml = (html) => parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
const isElement = (node) => node.tagName !== undefined;
const attribute = (element, name) => element.attrs.find((a) => a.name === name)?.value;
const textOf = (node) => (node.childNodes ?? []).map((child) => (child.nodeName === '#text' ? child.value : '')).join('');

/** Walks every element, including the contents of <template> (also used by scripts/fill-islands.mjs). */
export function* elements(node) {
  if (isElement(node)) yield node;
  for (const child of node.childNodes ?? []) yield* elements(child);
  if (isElement(node) && node.content) yield* elements(node.content);
}

function unique(list) {
  return [...new Set(list)];
}

/**
 * What a page carries inline, read with a real HTML parser: the text of each executable inline script, of each
 * <style> element, the value of each style attribute, and any inline event handler or javascript: URL.
 */
function analyse(tree) {
  const scripts = [];
  const styles = [];
  const styleAttributes = [];
  const forbidden = [];
  for (const element of elements(tree)) {
    if (element.tagName === 'script' && attribute(element, 'src') === undefined) {
      const type = (attribute(element, 'type') ?? '').trim().toLowerCase();
      if (executableScriptTypes.has(type)) scripts.push(textOf(element));
    }
    if (element.tagName === 'style') styles.push(textOf(element));
    const style = attribute(element, 'style');
    if (style !== undefined) styleAttributes.push(style);
    for (const { name, value } of element.attrs) {
      if (/^on[a-z]/i.test(name)) forbidden.push(`<${element.tagName} ${name}="…"> (inline event handler)`);
      if ((name === 'href' || name === 'action' || name === 'formaction' || name === 'src') && /^\s*javascript:/i.test(value)) {
        forbidden.push(`<${element.tagName} ${name}="${value.slice(0, 40)}"> (javascript: URL)`);
      }
    }
  }
  return { scripts, styles, styleAttributes, forbidden };
}

export function inlineContent(html) {
  return analyse(parseHtml(html));
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

const isPolicyMeta = (node) => isElement(node) && node.tagName === 'meta' && (attribute(node, 'http-equiv') ?? '').toLowerCase() === 'content-security-policy';

export class CspError extends Error {}

/** Inserts the policy (replacing an earlier one), parsing the page once, or twice when it replaces a policy. */
function applyPolicy(html, file) {
  let page = html;
  let tree = parseHtml(page);
  let head = headOf(tree, file);
  const earlier = head.childNodes.filter(isPolicyMeta);
  if (earlier.length) {
    for (const meta of earlier.reverse()) page = page.slice(0, meta.sourceCodeLocation.startOffset) + page.slice(meta.sourceCodeLocation.endOffset);
    tree = parseHtml(page);
    head = headOf(tree, file);
  }
  const content = analyse(tree);
  if (content.forbidden.length) {
    throw new CspError(`${file}: ${content.forbidden.length} inline handler(s) or javascript: URL(s) the policy would block: ${unique(content.forbidden).join(', ')}`);
  }
  const first = head.childNodes.find(isElement);
  let offset;
  if (first && first.tagName === 'meta' && attribute(first, 'charset') !== undefined) offset = first.sourceCodeLocation.endOffset;
  else if (head.childNodes[0]?.sourceCodeLocation) offset = head.childNodes[0].sourceCodeLocation.startOffset;
  else offset = page.lastIndexOf('</head>', head.sourceCodeLocation.endOffset);
  if (offset === undefined || offset < 0) throw new CspError(`${file}: could not find where <head> begins`);
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

function headOf(tree, file) {
  const htmlElement = tree.childNodes.find((node) => isElement(node) && node.tagName === 'html');
  const head = htmlElement?.childNodes.find((node) => isElement(node) && node.tagName === 'head');
  if (!head?.sourceCodeLocation) throw new CspError(`${file}: expected an explicit <head> element (Next.js always writes one); found none`);
  return head;
}

/** Every .html file under a folder. */
export function htmlFiles(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/** Applies the policy to every page of an exported site; returns one line of figures per page. */
export function applyToDirectory(dir) {
  const files = htmlFiles(dir);
  if (!files.length) throw new CspError(`no .html files in ${dir}; run "next build" (output: 'export') first`);
  return files.map((file) => {
    const relative = path.relative(dir, file);
    const { html, content } = applyPolicy(fs.readFileSync(file, 'utf8'), relative);
    fs.writeFileSync(file, html);
    const { scripts, styles, styleAttributes } = content;
    return { file: relative, scripts: unique(scripts).length, styles: unique(styles).length, styleAttributes: unique(styleAttributes).length };
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? 'out');
  try {
    const report = applyToDirectory(dir);
    const styled = report.filter((r) => r.styles || r.styleAttributes);
    console.log(
      `CSP: a Content-Security-Policy meta element in each of ${report.length} pages in ${path.relative(process.cwd(), dir) || '.'} ` +
        `(${report.reduce((n, r) => n + r.scripts, 0)} inline script hashes; ` +
        (styled.length
          ? `inline styles hashed on ${styled.length} pages: ${styled.slice(0, 5).map((r) => r.file).join(', ')}${styled.length > 5 ? ', …' : ''})`
          : 'no inline styles)'),
    );
  } catch (error) {
    console.error(error instanceof CspError ? `CSP step failed: ${error.message}` : error);
    process.exit(1);
  }
}
