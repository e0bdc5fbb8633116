import { describe, expect, it } from 'vitest';
import { atParagraph, citationStyles, richText, type Rich } from '@/lib/cite';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';
import { citationEngine, formatCitations, richFromHtml } from '@/lib/cite/engine';
import { cslRecord, cslRecordSchema, splitName, type CslRecord } from '@/lib/cite/record';
import { bibtex, cslJson, ris } from '@/lib/cite/export';
import { citationFileName, citationFileText, citationMediaTypes, isCslRecord } from '@/lib/cite/files';
import { citationFormatNames, citationFormats } from '@/lib/cite/formats';
import { citationMeta } from '@/lib/cite/meta';
import { getLibrary } from '@/lib/library';

const library = getLibrary();
const records = library.articles.map(cslRecord);
const citations = formatCitations(records);
/** Italics written as *…*, so an expected string also says what is set in italics. */
const md = (rich: Rich) => rich.map((run) => (typeof run === 'string' ? run : `*${run.i}*`)).join('');
const of = (slug: string) => citations.get(slug)!;

/*
 * Expected strings, checked by hand against the manuals:
 * - MLA Handbook, 9th ed.: Author (Last, First). “Title in Title Case.” *Container*, Day Mon. Year, URL.
 *   Months longer than four letters abbreviated (Oct., Dec.; July stays). No author: start with the title.
 *   In-text: (Author) or (Author, par. n); no author: the title in quotation marks.
 * - APA, 7th ed.: Last, I. (Year, Month Day). Title in sentence case. *Periodical*. URL (no final period after
 *   a URL). A webpage with no author (China Digital Times): *Title in sentence case*. (Date). Site Name. URL.
 *   In-text: (Author, Year) or (Author, Year, para. n); no author: the title in italics and title case.
 * - Chicago, 17th ed., notes and bibliography: Last, First. “Title in Title Case.” *Periodical*, Month Day,
 *   Year. URL. Notes: First Last, “Title,” *Periodical*, Month Day, Year, para. n, URL. A web page with no author
 *   is listed under its owner (14.207): China Digital Times. “Title.” Month Day, Year. URL.
 * Two points where the official style files differ from the manuals, and so does this output: Chicago (14.191)
 * drops the initial “The” of a newspaper’s name (“*New York Times*”), which the CSL style cannot do from the
 * record; and MLA and APA alphabetize a work with no author by the first word after “A”, while the engine sorts
 * the China Digital Times post under “A” (see the order test).
 */
const expected = {
  'time-surveillance-state': {
    mla: ['Campbell, Charlie. “The Fight for Our Faces.” *TIME*, 2 Dec. 2019, https://time.com/5735411/china-surveillance-privacy-issues/.', '(Campbell, par. 12)'],
    apa: ['Campbell, C. (2019, December 2). The fight for our faces. *TIME*. https://time.com/5735411/china-surveillance-privacy-issues/', '(Campbell, 2019, para. 12)'],
    chicago: [
      'Campbell, Charlie. “The Fight for Our Faces.” *TIME*, December 2, 2019. https://time.com/5735411/china-surveillance-privacy-issues/.',
      'Charlie Campbell, “The Fight for Our Faces,” *TIME*, December 2, 2019, para. 12, https://time.com/5735411/china-surveillance-privacy-issues/.',
    ],
  },
  'today-chongqing-privacy': {
    mla: [
      'Zhang, Jane. “In Chongqing, the World’s Most Surveilled City, Residents Are Happy to Trade Privacy for Security.” *TODAY*, 4 Oct. 2019, https://www.todayonline.com/world/chongqing-worlds-most-surveilled-city-residents-are-happy-trade-privacy-security.',
      '(Zhang, par. 12)',
    ],
    apa: [
      'Zhang, J. (2019, October 4). In Chongqing, the world’s most surveilled city, residents are happy to trade privacy for security. *TODAY*. https://www.todayonline.com/world/chongqing-worlds-most-surveilled-city-residents-are-happy-trade-privacy-security',
      '(Zhang, 2019, para. 12)',
    ],
    chicago: [
      'Zhang, Jane. “In Chongqing, the World’s Most Surveilled City, Residents Are Happy to Trade Privacy for Security.” *TODAY*, October 4, 2019. https://www.todayonline.com/world/chongqing-worlds-most-surveilled-city-residents-are-happy-trade-privacy-security.',
      'Jane Zhang, “In Chongqing, the World’s Most Surveilled City, Residents Are Happy to Trade Privacy for Security,” *TODAY*, October 4, 2019, para. 12, https://www.todayonline.com/world/chongqing-worlds-most-surveilled-city-residents-are-happy-trade-privacy-security.',
    ],
  },
  'nyt-dystopian-dreams': {
    mla: [
      'Mozur, Paul. “Inside China’s Dystopian Dreams: A.I., Shame and Lots of Cameras.” *The New York Times*, 8 July 2018, https://www.nytimes.com/2018/07/08/business/china-surveillance-technology.html.',
      '(Mozur, par. 12)',
    ],
    apa: [
      'Mozur, P. (2018, July 8). Inside China’s dystopian dreams: A.I., shame and lots of cameras. *The New York Times*. https://www.nytimes.com/2018/07/08/business/china-surveillance-technology.html',
      '(Mozur, 2018, para. 12)',
    ],
    chicago: [
      'Mozur, Paul. “Inside China’s Dystopian Dreams: A.I., Shame and Lots of Cameras.” *The New York Times*, July 8, 2018. https://www.nytimes.com/2018/07/08/business/china-surveillance-technology.html.',
      'Paul Mozur, “Inside China’s Dystopian Dreams: A.I., Shame and Lots of Cameras,” *The New York Times*, July 8, 2018, para. 12, https://www.nytimes.com/2018/07/08/business/china-surveillance-technology.html.',
    ],
  },
  'cdt-surveillance-net': {
    mla: [
      '“A Surveillance Net over China’s Cities, and the Argument about It.” *China Digital Times*, 18 Dec. 2019, https://chinadigitaltimes.net/?p=219964.',
      '(“A Surveillance Net over China’s Cities, and the Argument about It,” par. 12)',
    ],
    apa: [
      '*A surveillance net over China’s cities, and the argument about it*. (2019, December 18). China Digital Times. https://chinadigitaltimes.net/?p=219964',
      '(*A Surveillance Net over China’s Cities, and the Argument about It*, 2019, para. 12)',
    ],
    chicago: [
      'China Digital Times. “A Surveillance Net over China’s Cities, and the Argument about It.” December 18, 2019. https://chinadigitaltimes.net/?p=219964.',
      '“A Surveillance Net over China’s Cities, and the Argument about It,” China Digital Times, December 18, 2019, para. 12, https://chinadigitaltimes.net/?p=219964.',
    ],
  },
} as const;

describe('citations from the CSL styles (citeproc-js)', () => {
  it('covers the four articles', () => {
    expect([...citations.keys()].sort()).toEqual(Object.keys(expected).sort());
  });
  for (const [slug, styles] of Object.entries(expected)) {
    for (const style of citationStyles) {
      it(`${slug}, ${style}: bibliography entry and citation of paragraph 12`, () => {
        const [entry, cited] = styles[style];
        expect(md(of(slug)[style].bibliography)).toBe(entry);
        expect(md(atParagraph(of(slug)[style].citationAtParagraph, 12))).toBe(cited);
      });
    }
  }

  it('the citation without a locator is the one with it, less the paragraph', () => {
    expect(md(of('time-surveillance-state').mla.citation)).toBe('(Campbell)');
    expect(md(of('nyt-dystopian-dreams').apa.citation)).toBe('(Mozur, 2018)');
    expect(richText(of('today-chongqing-privacy').chicago.citation)).toBe(
      'Jane Zhang, “In Chongqing, the World’s Most Surveilled City, Residents Are Happy to Trade Privacy for Security,” TODAY, October 4, 2019, https://www.todayonline.com/world/chongqing-worlds-most-surveilled-city-residents-are-happy-trade-privacy-security.',
    );
  });

  it('orders each bibliography as the style sorts it', () => {
    const order = (style: (typeof citationStyles)[number]) =>
      [...citations].sort((a, b) => a[1][style].order - b[1][style].order).map(([slug]) => slug);
    expect(order('chicago')).toEqual(['time-surveillance-state', 'cdt-surveillance-net', 'nyt-dystopian-dreams', 'today-chongqing-privacy']);
    // See above: by the manuals the China Digital Times post would come third (under “Surveillance”).
    expect(order('mla')).toEqual(['cdt-surveillance-net', 'time-surveillance-state', 'nyt-dystopian-dreams', 'today-chongqing-privacy']);
    expect(order('apa')).toEqual(['cdt-surveillance-net', 'time-surveillance-state', 'nyt-dystopian-dreams', 'today-chongqing-privacy']);
  });

  it('keeps italics and drops every other tag of the engine’s HTML, decoding entities', () => {
    expect(richFromHtml('  <div class="csl-entry">A &#38; B. <i>Times</i>, <b>x</b> <span style="font-variant:small-caps">y</span>.</div>\n')).toEqual([
      'A & B. ',
      { i: 'Times' },
      ', x y.',
    ]);
  });

  /** What richFromHtml gave when it read the HTML with a full HTML parser (hast-util-from-html, parse5). */
  const richByFullParser = (html: string): Rich => {
    const runs: Rich = [];
    const walk = (node: Nodes, italic: boolean) => {
      if (node.type === 'text') {
        if (!node.value) return;
        const last = runs.at(-1);
        if (italic) {
          if (last && typeof last !== 'string') last.i += node.value;
          else runs.push({ i: node.value });
        } else if (typeof last === 'string') runs[runs.length - 1] = last + node.value;
        else runs.push(node.value);
      } else if (node.type === 'element' || node.type === 'root') {
        const inItalic = italic || (node.type === 'element' && (node.tagName === 'i' || node.tagName === 'em'));
        for (const child of node.children) walk(child, inItalic);
      }
    };
    walk(fromHtml(html.trim(), { fragment: true }), false);
    if (typeof runs[0] === 'string') runs[0] = runs[0].trimStart();
    const end = runs.length - 1;
    if (typeof runs[end] === 'string') runs[end] = (runs[end] as string).trimEnd();
    return runs.filter((run) => run !== '');
  };

  it('reads every entry and citation the engine writes for the library as a full HTML parser does', () => {
    const tricky: CslRecord[] = [
      { ...records[0]!, id: 'tricky-1', title: 'Ampersands & <i>Italic</i> “Quotes” in a <b>Title</b>: 5 < 6 > 4', 'container-title': 'The <i>Times</i> & Co.' },
      { ...records[1]!, id: 'tricky-2', title: 'Nested <i>italic <i>within</i> italic</i> and non-breaking\u00a0space', author: [{ family: 'de la Cruz', given: 'María' }] },
    ];
    const all = [...records, ...tricky];
    const htmls: string[] = [];
    for (const style of citationStyles) {
      const e = citationEngine(style, all);
      e.updateItems(all.map((r) => r.id));
      const bibliography = e.makeBibliography();
      if (!bibliography) throw new Error(`no ${style} bibliography`);
      htmls.push(...bibliography[1]);
      for (const r of all) {
        htmls.push(e.makeCitationCluster([{ id: r.id }]), e.makeCitationCluster([{ id: r.id, locator: '12', label: 'paragraph' }]));
      }
    }
    htmls.push('<div>&amp;&lt;&gt;&quot;&#x27;&nbsp;&mdash;&eacute;</div>', '<i>open italic', 'text </i> after a stray close', '<em>em</em><I>upper</I>', ' \n <div> </div> \n', '<div>one\r\ntwo\rthree\0four &amp &nbsp;</div>');
    expect(htmls.length).toBeGreaterThan(3 * all.length * 3);
    for (const html of htmls) expect(richFromHtml(html), html).toEqual(richByFullParser(html));
  });
});

describe('the CSL-JSON record of an article', () => {
  it('describes the original publication, from the front matter', () => {
    expect(records.find((r) => r.id === 'nyt-dystopian-dreams')).toEqual({
      id: 'nyt-dystopian-dreams',
      type: 'article-newspaper',
      title: 'Inside China’s dystopian dreams: A.I., shame and lots of cameras',
      'container-title': 'The New York Times',
      author: [{ family: 'Mozur', given: 'Paul' }],
      issued: { 'date-parts': [[2018, 7, 8]] },
      URL: 'https://www.nytimes.com/2018/07/08/business/china-surveillance-technology.html',
      language: 'en',
    });
    const cdt = records.find((r) => r.id === 'cdt-surveillance-net')!;
    expect(cdt.type).toBe('webpage');
    expect(cdt.author).toBeUndefined();
    expect(records.find((r) => r.id === 'today-chongqing-privacy')!['container-title']).toBe('TODAY');
  });

  it('fails with the article and the field named when the front matter cannot make a valid record', () => {
    const article = library.articles[0]!;
    expect(() => cslRecord({ ...article, published: '2019-13-02' })).toThrow(`articles → ${article.slug}: its citation record (CSL-JSON) is not valid: issued.date-parts.0.1`);
    expect(() => cslRecord({ ...article, url: 'not a url' })).toThrow(/URL/);
    expect(cslRecordSchema.safeParse({ ...records[0], extra: 1 }).success).toBe(false);
  });

  it('splits a name at its last word', () => {
    expect(splitName('Charlie Campbell')).toEqual({ family: 'Campbell', given: 'Charlie' });
    expect(splitName('  Mary Ann  Evans ')).toEqual({ family: 'Evans', given: 'Mary Ann' });
  });
});

describe('records for reference managers', () => {
  const time = records.find((r) => r.id === 'time-surveillance-state')!;
  const cdt = records.find((r) => r.id === 'cdt-surveillance-net')!;

  it('RIS: type, authors, title, periodical, date and address, one tagged line each, CRLF', () => {
    expect(ris([time])).toBe(
      [
        'TY  - MGZN',
        'ID  - time-surveillance-state',
        'AU  - Campbell, Charlie',
        'TI  - The fight for our faces',
        'T2  - TIME',
        'PY  - 2019',
        'DA  - 2019/12/02',
        'UR  - https://time.com/5735411/china-surveillance-privacy-issues/',
        'LA  - en',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
    // A record without authors has no AU line; several records follow one another.
    const two = ris([cdt, time]);
    expect(two.startsWith('TY  - ELEC\r\nID  - cdt-surveillance-net\r\nTI  - ')).toBe(true);
    expect(two.match(/^ER {2}- $/gm)).toHaveLength(2);
    // No line is folded: the long address stays whole.
    expect(ris(records).split('\r\n').filter((l) => l && !/^[A-Z][A-Z0-9] {2}- /.test(l))).toEqual([]);
  });

  it('BibLaTeX (by Citation.js): entry type, names, date, periodical and address', () => {
    const bib = bibtex([time]);
    expect(bib).toMatch(/^@article\{[^,]+,\n/);
    expect(bib).toContain('author = {Campbell, Charlie}');
    expect(bib).toContain('journaltitle = {TIME}');
    expect(bib).toContain('date = {2019-12-02}');
    expect(bib).toContain('url = {https://time.com/5735411/china-surveillance-privacy-issues/}');
    expect(bibtex([cdt])).toMatch(/^@online\{/);
  });

  it('CSL-JSON: the records as they are', () => {
    expect(JSON.parse(cslJson([time, cdt]))).toEqual([time, cdt]);
  });

  it('the file a download button saves: its text, name and media type for each format', () => {
    const biblatex = bibtex([time]);
    expect(citationFileText('ris', time, biblatex)).toBe(ris([time]));
    expect(citationFileText('json', time, biblatex)).toBe(cslJson([time]));
    expect(citationFileText('bib', time, biblatex)).toBe(biblatex);
    expect(citationFormats.map((f) => citationFileName(time.id, f))).toEqual(['time-surveillance-state.ris', 'time-surveillance-state.bib', 'time-surveillance-state.json']);
    expect(citationMediaTypes.ris).toBe('application/x-research-info-systems');
    expect(citationFormats.map((f) => citationFormatNames[f])).toEqual(['RIS', 'BibTeX', 'CSL-JSON']);
  });

  it('a record read from a fetched file is checked for what the writers read before RIS is made of it', () => {
    for (const record of [time, cdt]) expect(isCslRecord(JSON.parse(JSON.stringify(record)))).toBe(true);
    const bad: unknown[] = [
      null,
      'record',
      { ...time, issued: undefined },
      { ...time, issued: { 'date-parts': [] } },
      { ...time, issued: { 'date-parts': [[2019, 12]] } },
      { ...time, issued: { 'date-parts': [['2019', 12, 2]] } },
      { ...time, type: 'book' },
      { ...time, title: '' },
      { ...time, 'container-title': 7 },
      { ...time, author: [{ given: 'No family' }] },
      { ...time, author: 'Charlie Campbell' },
    ];
    for (const value of bad) expect(isCslRecord(value), JSON.stringify(value)?.slice(0, 80)).toBe(false);
  });

  it('citation_* meta tags describe the original publication', () => {
    const article = library.articles.find((a) => a.slug === 'time-surveillance-state')!;
    expect(citationMeta(time, article.title)).toEqual({
      citation_title: 'The Fight for Our Faces',
      citation_author: ['Campbell, Charlie'],
      citation_publication_date: '2019/12/02',
      citation_date: '2019/12/02',
      citation_journal_title: 'TIME',
      citation_public_url: 'https://time.com/5735411/china-surveillance-privacy-issues/',
      citation_language: 'en',
    });
    const meta = citationMeta(cdt, 'x');
    expect(meta.citation_author).toBeUndefined();
    expect(meta.citation_publisher).toBe('China Digital Times');
    expect(meta.citation_journal_title).toBeUndefined();
  });
});
