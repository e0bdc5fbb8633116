import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { applyToDirectory, CspError, hashSource, inlineContent, policyFor, withPolicy } from '../../scripts/csp.mjs';

// A page shaped like Next.js output: charset first, external scripts, the theme script in <head>, RSC payload
// scripts in <body>, a JSON data block, a noModule polyfill.
const theme = "try{var t=localStorage.getItem('sightlines:theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
const payload = 'self.__next_f.push([1,"<b>&amp; \\"quoted\\"</b>"])';
const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<title>Fixture</title>',
  `<script>${theme}</script>`,
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '</head><body><main id="main"><p>Text &amp; more</p></main>',
  `<script>${payload}</script>`,
  '<script type="application/json">{"not":"code"}</script>',
  `<script>${payload}</script>`,
  '</body></html>',
].join('');

function parse(html: string): Element {
  const tree = fromHtml(html) as Root;
  const htmlElement = tree.children.find((n): n is Element => n.type === 'element' && n.tagName === 'html')!;
  return htmlElement.children.find((n): n is Element => n.type === 'element' && n.tagName === 'head')!;
}

const metaContent = (html: string) =>
  parse(html).children.filter((n): n is Element => n.type === 'element' && n.tagName === 'meta' && n.properties.httpEquiv !== undefined);

describe('CSP post-build step', () => {
  it('hashes a script as the CSP spec does (the MDN example vector)', () => {
    expect(hashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it('finds exactly the executable inline scripts, not external scripts or JSON data blocks', () => {
    const { scripts, styles, styleAttributes, forbidden } = inlineContent(page);
    expect(scripts).toEqual([theme, payload, payload]);
    expect(styles).toEqual([]);
    expect(styleAttributes).toEqual([]);
    expect(forbidden).toEqual([]);
  });

  it('builds a policy with one hash per distinct inline script and nothing unsafe', () => {
    const policy = policyFor(page);
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '))!;
    expect(scriptSrc).toBe(`script-src 'self' ${hashSource(theme)} ${hashSource(payload)}`);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("style-src 'self';");
    for (const directive of ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "connect-src 'self'"]) {
      expect(policy.split('; ')).toContain(directive);
    }
  });

  it('inserts the meta element after <meta charset>, before every script and link, and changes nothing else', () => {
    const result = withPolicy(page);
    const head = parse(result);
    const elements = head.children.filter((n): n is Element => n.type === 'element');
    expect(elements[0]!.properties.charSet).toBe('utf-8');
    expect(elements[1]!.tagName).toBe('meta');
    expect(elements[1]!.properties.httpEquiv).toEqual(['Content-Security-Policy']);
    expect(elements[1]!.properties.content).toBe(policyFor(page));
    const inserted = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/.exec(result)![0];
    expect(result.replace(inserted, '')).toBe(page);
  });

  it('puts the policy first in <head> when there is no charset element', () => {
    const noCharset = page.replace('<meta charSet="utf-8"/>', '');
    const elements = parse(withPolicy(noCharset)).children.filter((n): n is Element => n.type === 'element');
    expect(elements[0]!.properties.httpEquiv).toEqual(['Content-Security-Policy']);
  });

  it('replaces its own earlier policy, so running twice gives the same page', () => {
    const once = withPolicy(page);
    expect(withPolicy(once)).toBe(once);
    expect(metaContent(withPolicy(once))).toHaveLength(1);
  });

  it('hashes what the browser hashes: the raw text of the script, entities and all, in UTF-8', () => {
    const unicode = 'document.title="Überwachung — 监控"';
    const policy = policyFor(`<!DOCTYPE html><html><head></head><body><script>${unicode}</script></body></html>`);
    expect(policy).toContain(hashSource(unicode));
    expect(hashSource(unicode)).not.toBe(hashSource('document.title="Uberwachung"'));
    // A changed script no longer matches the policy of the original page.
    expect(policyFor(page.replace(theme, `${theme};alert(1)`))).not.toContain(hashSource(theme));
  });

  it('hashes inline <style> elements and style attributes (with unsafe-hashes) only when a page has them', () => {
    const styled = page
      .replace('<title>', '<style>.x{color:red}</style><title>')
      .replace('<p>Text', '<p style="color:transparent">Text');
    const policy = policyFor(styled);
    expect(policy).toContain(`style-src 'self' ${hashSource('.x{color:red}')} 'unsafe-hashes' ${hashSource('color:transparent')};`);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('refuses a page with an inline event handler or a javascript: URL, naming the file', () => {
    expect(() => withPolicy(page.replace('<p>Text', '<p onclick="go()">Text'), 'articles/x.html')).toThrow(CspError);
    expect(() => withPolicy(page.replace('<p>Text', '<p onclick="go()">Text'), 'articles/x.html')).toThrow(/articles\/x\.html: .*onclick/);
    expect(() => withPolicy(page.replace('<p>Text', '<a href="javascript:alert(1)">x</a><p>Text'), 'a.html')).toThrow(/a\.html: .*javascript: URL/);
  });

  it('reads tags as a browser does: raw text in scripts, no tags in <textarea> or <title>, decoded and first-come attributes', () => {
    const tricky = page
      .replace('<title>Fixture</title>', '<title>&lt;script&gt; <script>alert(1)</script></title>')
      .replace('<p>Text', '<textarea><script>alert(2)</script></textarea><p style="color:red&amp;blue" STYLE="ignored" data-x="<script>alert(3)</script>">Text<!-- <script>alert(4)</script> -->')
      .replace('</main>', '<script>if (a < b && c > "</p>") x("&amp;")</script></main>');
    const { scripts, styleAttributes } = inlineContent(tricky);
    expect(scripts).toEqual([theme, 'if (a < b && c > "</p>") x("&amp;")', payload, payload]);
    expect(styleAttributes).toEqual(['color:red&blue']);
  });

  it('reads what browsers read as raw text as text: no script inside <xmp>, <iframe>, <noembed>, <noframes> or <plaintext>', () => {
    for (const tag of ['xmp', 'iframe', 'noembed', 'noframes', 'plaintext']) {
      const { scripts } = inlineContent(page.replace('<p>Text', `<${tag}><script>x()</script></${tag}><p>Text`));
      expect(scripts, tag).not.toContain('x()');
      expect(withPolicy(page.replace('<p>Text', `<${tag}><script>x()</script></${tag}><p>Text`)), tag).not.toContain(hashSource('x()'));
    }
  });

  it('hashes text as the browser reads it: line breaks as LF and NUL as U+FFFD, in scripts, styles and style attributes', () => {
    const crlf = page.replace(`<script>${theme}</script>`, '<script>a();\r\nb();\rc(\0)</script><style>.a{}\r\n</style>').replace('<p>Text', '<p style="color:red;\r\nmargin:0">Text');
    const { scripts, styles, styleAttributes } = inlineContent(crlf);
    expect(scripts[0]).toBe('a();\nb();\nc(\uFFFD)');
    expect(styles).toEqual(['.a{}\n']);
    expect(styleAttributes).toEqual(['color:red;\nmargin:0']);
  });

  it('refuses, naming the file, a page whose <head> a browser would read otherwise than this step', () => {
    const cases: [string, RegExp][] = [
      [page.replace('<!DOCTYPE html>', 'x<!DOCTYPE html>'), /<head> comes after text/],
      [page.replace('<html lang="en">', '<html lang="en"><p>x</p>'), /<head> comes after <p>/],
      [page.replace('<head><meta charSet="utf-8"/>', '<head>x<meta charSet="utf-8"/>'), /text in <head>/],
      [page.replace('<head><meta charSet="utf-8"/>', '<head><div></div><meta charSet="utf-8"/>'), /<div> in <head>/],
      [page.replace('<head><meta charSet="utf-8"/>', '<head></p><meta charSet="utf-8"/>'), /an implied <p> in <head>/],
      [page.replace('</head>', ''), /<head> has no end tag/],
      [page.replace('</body>', '<svg><script>a<g>b</g>c</script></svg></body>'), /<g> inside a <script> element/],
    ];
    for (const [html, problem] of cases) expect(() => withPolicy(html, 'odd.html'), String(problem)).toThrow(new RegExp(`odd\\.html: .*${problem.source}`));
  });

  it('places the policy after <meta charset> even behind whitespace, and otherwise before the first node of <head>', () => {
    const spaced = page.replace('<head>', '<head>\n  ');
    const at = withPolicy(spaced).indexOf('<meta http-equiv="Content-Security-Policy"');
    expect(withPolicy(spaced).slice(0, at)).toBe(spaced.slice(0, spaced.indexOf('<meta charSet="utf-8"/>') + '<meta charSet="utf-8"/>'.length));
    const commented = page.replace('<meta charSet="utf-8"/>', '<!-- c --><meta name="x" content="y"/>');
    expect(withPolicy(commented).indexOf('<meta http-equiv')).toBe(commented.indexOf('<!-- c -->'));
    const empty = '<!DOCTYPE html><html><head></head><body><p>x</p></body></html>';
    expect(withPolicy(empty).indexOf('<meta http-equiv')).toBe(empty.indexOf('</head>'));
    // An earlier policy is one of <head>'s own children; one inside <template> or <noscript> is left alone.
    const kept = '<meta http-equiv="Content-Security-Policy" content="x"/>';
    const templated = page.replace('<title>', `<template>${kept}</template><noscript>${kept}</noscript><title>`);
    expect(withPolicy(withPolicy(templated)).split(kept)).toHaveLength(3);
  });

  it('refuses a document without an explicit <head>', () => {
    expect(() => withPolicy('<p>no head', 'bare.html')).toThrow(/bare\.html: expected an explicit <head>/);
  });

  it('applies a policy to every .html file of a folder, nested ones included', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-'));
    try {
      fs.mkdirSync(path.join(dir, 'articles'));
      fs.writeFileSync(path.join(dir, 'index.html'), page);
      fs.writeFileSync(path.join(dir, 'articles', 'a.html'), page.replace(theme, 'void 0'));
      fs.writeFileSync(path.join(dir, 'index.txt'), 'not a page');
      const report = applyToDirectory(dir);
      expect(report.map((r) => r.file)).toEqual([path.join('articles', 'a.html'), 'index.html']);
      expect(report[1]!.scripts).toBe(2);
      const nested = fs.readFileSync(path.join(dir, 'articles', 'a.html'), 'utf8');
      expect(nested).toContain(hashSource('void 0'));
      expect(nested).not.toContain(hashSource(theme));
      expect(fs.readFileSync(path.join(dir, 'index.txt'), 'utf8')).toBe('not a page');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
