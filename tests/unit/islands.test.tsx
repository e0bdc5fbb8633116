import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { fillDirectory, fillPage, IslandError, islandsOf } from '../../scripts/fill-islands.mjs';
import { StaticIsland } from '@/components/StaticIsland';
import { ISLAND_ATTRIBUTE, islandChunk, islandChunkParams, ISLANDS_PER_PAGE } from '@/lib/islands';

// Pages shaped like Next.js output: the island's element, and the page's inline React payload, which names the
// island too (as JSON, never as an attribute).
const payload = '<script>self.__next_f.push([1,"1f:[\\"$\\",\\"div\\",null,{\\"className\\":\\"article-body\\",\\"data-island\\":\\"article-body/a\\"}]"])</script>';
const pageWith = (island: string) => `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>A</title></head><body><main><h1>A</h1>${island}<footer>end</footer></main>${payload}</body></html>`;

const body = (
  <>
    <p id="p-1" className="passage">
      First <a href="/places/x">paragraph</a> &amp; “quotes”.
    </p>
    <div className="nested">
      <div>
        <p id="p-2">Second</p>
      </div>
    </div>
  </>
);
const filled = renderToStaticMarkup(
  <StaticIsland name="article-body/a" filled className="article-body" data-article-body="">
    {body}
  </StaticIsland>,
);
const empty = renderToStaticMarkup(
  <StaticIsland name="article-body/a" filled={false} className="article-body" data-article-body="">
    {body}
  </StaticIsland>,
);

describe('StaticIsland', () => {
  it('renders its element empty, children and all left out, unless filled', () => {
    expect(empty).toBe(`<div class="article-body" data-article-body="" ${ISLAND_ATTRIBUTE}="article-body/a"></div>`);
    expect(filled.startsWith(`<div class="article-body" data-article-body="" ${ISLAND_ATTRIBUTE}="article-body/a"><p id="p-1"`)).toBe(true);
    expect(filled).toContain('<p id="p-2">Second</p></div></div></div>');
  });

  it('renders a <pre> island with its text', () => {
    const pre = renderToStaticMarkup(
      <StaticIsland as="pre" name="source/a" filled tabIndex={0} className="verbatim">
        {'\nline one\n<b>not a tag</b>'}
      </StaticIsland>,
    );
    const { content } = islandsOf(pageWith(pre)).get('source/a')!;
    const page = fillPage(pageWith(renderToStaticMarkup(<StaticIsland as="pre" name="source/a" filled={false} tabIndex={0} className="verbatim" />)), islandsOf(pageWith(pre)));
    expect(page.filled).toEqual(['source/a']);
    expect(page.html).toContain(`<pre tabindex="0" class="verbatim" ${ISLAND_ATTRIBUTE}="source/a">${content}</pre>`);
    expect(content).toContain('&lt;b&gt;not a tag&lt;/b&gt;');
  });
});

describe('scripts/fill-islands.mjs', () => {
  it('reads a filled island exactly as written, nested elements and all', () => {
    const islands = islandsOf(pageWith(filled));
    expect([...islands.keys()]).toEqual(['article-body/a']);
    expect(islands.get('article-body/a')!.startTag + islands.get('article-body/a')!.content + '</div>').toBe(filled);
  });

  it("drops React's text separators from an island, and nothing else: other comments, text and scripts stay", () => {
    const island = `<div class="article-body" ${ISLAND_ATTRIBUTE}="article-body/a"><p>¶<!-- -->1 <!--$-->kept<!--/$--> &lt;!-- --&gt;</p><script type="application/json">{"a":"<!-- -->"}</script><pre>a<!-- -->b</pre></div>`;
    const read = islandsOf(pageWith(island)).get('article-body/a')!.content;
    expect(read).toBe('<p>¶1 <!--$-->kept<!--/$--> &lt;!-- --&gt;</p><script type="application/json">{"a":"<!-- -->"}</script><pre>ab</pre>');
    // React writes them between neighbouring pieces of text, as here (as the build does); filled from the part,
    // the page has none.
    const rendered = renderToString(
      <StaticIsland name="article-body/a" filled className="article-body">
        <p>Paragraph {1} of {'two'}</p>
      </StaticIsland>,
    );
    expect(rendered).toContain('<!-- -->');
    expect(islandsOf(pageWith(rendered)).get('article-body/a')!.content).toBe('<p>Paragraph 1 of two</p>');
  });

  it('fills an empty island and leaves the rest of the page, payload included, as it was', () => {
    const { html, filled: names } = fillPage(pageWith(empty), islandsOf(pageWith(filled)), 'articles/a.html');
    expect(names).toEqual(['article-body/a']);
    expect(html).toBe(pageWith(filled));
  });

  it('leaves a page without islands alone', () => {
    const page = '<!DOCTYPE html><html><head></head><body><div class="x"></div></body></html>';
    expect(fillPage(page, new Map())).toEqual({ html: page, filled: [] });
  });

  it('fails, naming the page and the island, when no part holds the island', () => {
    expect(() => fillPage(pageWith(empty), new Map(), 'articles/a.html')).toThrow(IslandError);
    expect(() => fillPage(pageWith(empty), new Map(), 'articles/a.html')).toThrow(/articles\/a\.html: .*"article-body\/a"/);
  });

  it('fails when the page and the part disagree on the element', () => {
    const other = renderToStaticMarkup(
      <StaticIsland name="article-body/a" filled className="article-body other">
        {body}
      </StaticIsland>,
    );
    expect(() => fillPage(pageWith(empty), islandsOf(pageWith(other)), 'articles/a.html')).toThrow(/articles\/a\.html: the island "article-body\/a" is <div class="article-body"/);
  });

  it('fails, naming the part, on an island left open', () => {
    expect(() => islandsOf(pageWith(filled.replace(/<\/div>$/, '')), 'island-parts/articles/0.html')).toThrow(/island-parts\/articles\/0\.html: the island "article-body\/a" has no end tag/);
  });

  it('drops the separators of an island nested in another from both, those inside a <template> too, and skips empty islands', () => {
    const inner = `<ol ${ISLAND_ATTRIBUTE}="passages/places/x/1"><li>a<!-- -->b</li><template><i>c<!-- -->d</i></template></ol>`;
    const outer = `<section ${ISLAND_ATTRIBUTE}="entity-side/places/x">e<!-- -->f${inner}<div ${ISLAND_ATTRIBUTE}="locator/x"></div></section>`;
    const islands = islandsOf(pageWith(outer));
    expect(islands.get('passages/places/x/1')!.content).toBe('<li>ab</li><template><i>cd</i></template>');
    expect(islands.get('entity-side/places/x')!.content).toBe(`ef<ol ${ISLAND_ATTRIBUTE}="passages/places/x/1"><li>ab</li><template><i>cd</i></template></ol><div ${ISLAND_ATTRIBUTE}="locator/x"></div>`);
    expect(islands.has('locator/x')).toBe(false);
  });

  it('fails on an island named twice in a part', () => {
    expect(() => islandsOf(pageWith(filled + filled), 'island-parts/articles/0.html')).toThrow(/named twice|twice/);
  });

  it('fills an exported folder and removes the build-only pages', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sightlines-islands-'));
    try {
      fs.mkdirSync(path.join(dir, 'island-parts/articles'), { recursive: true });
      fs.mkdirSync(path.join(dir, 'articles'));
      fs.writeFileSync(path.join(dir, 'island-parts/articles/0.html'), pageWith(filled));
      fs.writeFileSync(path.join(dir, 'articles/a.html'), pageWith(empty));
      fs.writeFileSync(path.join(dir, 'index.html'), pageWith(''));
      expect(fillDirectory(dir)).toEqual({ islands: 1, parts: 1, pages: 1, unused: [] });
      expect(fs.readFileSync(path.join(dir, 'articles/a.html'), 'utf8')).toBe(pageWith(filled));
      expect(fs.readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe(pageWith(''));
      expect(fs.existsSync(path.join(dir, 'island-parts'))).toBe(false);
      // Run again, the parts are gone: a clear error, not pages left empty.
      expect(() => fillDirectory(dir)).toThrow(/island-parts is missing/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('island pages', () => {
  it('cut a list into pages of ISLANDS_PER_PAGE, every item on one page', () => {
    const items = Array.from({ length: ISLANDS_PER_PAGE * 2 + 3 }, (_, i) => i);
    const params = islandChunkParams(items);
    expect(params.map((p) => p.chunk)).toEqual(['0', '1', '2']);
    expect(params.flatMap((p) => islandChunk(items, p.chunk))).toEqual(items);
    expect(islandChunkParams([])).toEqual([{ chunk: '0' }]);
  });

  it('give nothing for a segment that is not a page number', () => {
    for (const bad of ['-1', '01', '1.5', 'x', '', '99']) expect(islandChunk([1, 2, 3], bad)).toEqual([]);
  });
});
