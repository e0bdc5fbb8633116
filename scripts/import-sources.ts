/**
 * Imports ../shared/sources/*.txt into content/articles/<slug>.md.
 *
 * What it does mechanically: takes out the listed page furniture (whole lines only, each listed in the
 * front matter with its reason), turns each remaining line into a Markdown paragraph, marks the New York
 * Times section headings and photo captions, unescapes `\$`, and groups China Digital Times posts with
 * their attribution lines. Everything else is left for hand editing (the TIME reading edition, block quotes).
 *
 * It never overwrites an existing article (hand edits live there) unless run with --force.
 *   npm run import            write missing articles
 *   npm run import -- --force rewrite all of them from the sources
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { applyRemovals } from '../lib/content/removals';
import { articleFrontMatter, type ArticleFrontMatter } from '../lib/content/schema';
import { readingMinutes } from '../lib/text/words';
import { asArticleSlug, asEntrySlug } from '../lib/ids';

const root = path.resolve(import.meta.dirname, '..');
const sourcesDir = process.env.SIGHTLINES_SOURCES ?? path.resolve(root, '../shared/sources');
const articlesDir = path.join(root, 'content/articles');
/** Verbatim copies of the sources travel with the content, so the site builds without ../shared. */
const sourceCopiesDir = path.join(root, 'content/sources');

type Import = Omit<ArticleFrontMatter, 'readingMinutes' | 'otherUrls'> & {
  otherUrls?: ArticleFrontMatter['otherUrls'];
  toMarkdown: (text: string) => string;
};

const headerMoved = 'shown in the page header from the front matter';

const nytHeadings = new Set(['The Shame Game', 'The Surveillance Start-Up', 'Enter the Panopticon']);
const nytCredit = /(Gilles Sabrié for The New York Times|Reuters)$/;

const imports: Record<string, Import> = {
  '000_c27c1e426a126676.txt': {
    slug: asArticleSlug('time-surveillance-state'),
    title: 'The Fight for Our Faces',
    printTitle: 'The Fight for Our Faces',
    dek: 'China shows the worrying future of the surveillance state',
    outlet: 'TIME',
    outletSlug: asEntrySlug('time'),
    authors: ['Charlie Campbell'],
    published: '2019-12-02',
    dateNote:
      'Date of the print issue (2–9 December 2019, p. 52). The text dates its events to late 2019; the day of online publication was not confirmed.',
    sourceFile: '000_c27c1e426a126676.txt',
    url: 'https://time.com/5735411/china-surveillance-privacy-issues/',
    print: 'TIME, issue of 2–9 December 2019, p. 52, as “The Fight for Our Faces”',
    summary:
      'Charlie Campbell starts in Chongqing, the world’s most surveilled city, and follows facial recognition from Xinjiang’s camps to Hong Kong’s street protests. He sets China’s surveillance state beside the growing backlash against the same technology in the West.',
    editorialNote:
      'This article reached us as a single line of lower-case text with its punctuation stripped. This reading edition restores capitals, punctuation, quotation marks, numbers and paragraph breaks; the words themselves are unchanged, and a test checks them word for word against the source.',
    removed: [],
    toMarkdown: (text) => text.trim(),
  },
  '001_0d4b60d0d0f80bb3.txt': {
    slug: asArticleSlug('today-chongqing-privacy'),
    title: 'In Chongqing, the world’s most surveilled city, residents are happy to trade privacy for security',
    outlet: 'TODAY (from the South China Morning Post)',
    outletSlug: asEntrySlug('today'),
    authors: ['Jane Zhang'],
    authorsNote: 'The TODAY text names no author; the South China Morning Post original is by Jane Zhang.',
    published: '2019-10-04',
    dateNote: 'Date of the South China Morning Post original; TODAY’s own date of publication was not confirmed.',
    sourceFile: '001_0d4b60d0d0f80bb3.txt',
    url: 'https://www.todayonline.com/world/chongqing-worlds-most-surveilled-city-residents-are-happy-trade-privacy-security',
    otherUrls: [
      {
        label: 'South China Morning Post original (Jane Zhang, 4 October 2019)',
        url: 'https://www.scmp.com/tech/policy/article/3031390/chongqing-worlds-most-surveilled-city-these-residents-are-happy-trade',
      },
    ],
    summary:
      'Taxi drivers, shopkeepers and parents in Chongqing explain why they mostly welcome the cameras that make their city the most watched in the world. Analysts and rights groups set that acceptance against a booming surveillance industry and the uses the same systems are put to in Xinjiang.',
    removed: [
      { text: 'Skip to main content', reason: 'web page navigation link', count: 1 },
      { text: 'Advertisement', reason: 'advertisement placeholder (four times)', count: 4 },
      {
        text: 'In Chongqing, the world’s most surveilled city, residents are happy to trade privacy for security',
        reason: headerMoved,
        count: 1,
      },
      {
        text: 'CHONGQING — After a long and exhausting shift driving his taxi, 33-year-old Wu Fuchun pulled over to find a toilet. Five minutes later, a message popped up on his phone saying his car had been parked in the wrong place, in violation of traffic laws.',
        reason: 'the opening paragraph printed twice by the web page; the second copy, in its place in the text, is kept',
        count: 1,
      },
      {
        text: 'As of 2019 Chongqing had about 2.58 million surveillance cameras covering 15.35 million people, meaning about 168 cameras per 1,000 people and even higher than the number in Beijing.',
        reason: 'photo caption printed twice by the web page; one copy is kept as the caption',
        count: 1,
      },
      { text: 'Follow TODAY on WhatsApp', reason: 'social media promotion', count: 1 },
      { text: 'Read more of the latest in', reason: 'related-links box', count: 1 },
      { text: 'Stay in the know. Anytime. Anywhere.', reason: 'newsletter subscription box', count: 1 },
      {
        text: 'Subscribe to get daily news updates, insights and must reads delivered straight to your inbox.',
        reason: 'newsletter subscription box',
        count: 1,
      },
      {
        text: 'By clicking subscribe, I agree for my personal data to be used to send me TODAY newsletters, promotional offers and for research and analysis.',
        reason: 'newsletter subscription box',
        count: 1,
      },
    ],
    toMarkdown: (text) => {
      const paragraphs = lines(text);
      // The caption that survives the removals stands first, above the opening paragraph.
      const [caption, ...rest] = paragraphs;
      return [`:::caption\n${caption}\n:::`, ...rest].join('\n\n');
    },
  },
  '002_f3c13cd41358afd8.txt': {
    slug: asArticleSlug('nyt-dystopian-dreams'),
    title: 'Inside China’s Dystopian Dreams: A.I., Shame and Lots of Cameras',
    outlet: 'The New York Times',
    outletSlug: asEntrySlug('the-new-york-times'),
    authors: ['Paul Mozur'],
    published: '2018-07-08',
    sourceFile: '002_f3c13cd41358afd8.txt',
    url: 'https://www.nytimes.com/2018/07/08/business/china-surveillance-technology.html',
    print: 'The New York Times, 9 July 2018, Section A, Page 1, as “With Cameras And A.I., China Closes Its Grip”',
    summary:
      'Paul Mozur reports from Zhengzhou, Xiangyang and Shanghai on how China is combining cameras, facial recognition and artificial intelligence into a national surveillance system. He finds the technology patchier than its promoters claim, and argues that the mere perception of being watched is doing much of the work.',
    removed: [
      { text: 'The New York Times', reason: 'masthead; the outlet is shown in the page header', count: 1 },
      { text: "Inside China's Dystopian Dreams: A.I., Shame and Lots of Cameras", reason: headerMoved, count: 1 },
      { text: 'By Paul Mozur', reason: headerMoved, count: 1 },
      { text: 'July 8, 2018', reason: headerMoved, count: 1 },
      { text: '[READ 164 COMMENTS](#)', reason: 'link to the web page’s reader comments', count: 1 },
    ],
    toMarkdown: (text) => {
      const out: string[] = [];
      for (const line of lines(text.replaceAll('\\$', '$'))) {
        if (nytHeadings.has(line)) out.push(`## ${line}`);
        else if (line === 'Gilles Sabrié for The New York Times' && out.at(-1)?.startsWith(':::caption')) {
          // A credit printed on its own line after its caption joins that caption.
          out[out.length - 1] = out.at(-1)!.replace(/\n:::$/, ` :credit[${line}]\n:::`);
        } else if (nytCredit.test(line)) {
          const credit = line.match(nytCredit)![0];
          out.push(`:::caption\n${line.slice(0, -credit.length).trimEnd()} :credit[${credit}]\n:::`);
        } else if (/^An outdoor screen in Xiangyang/.test(line)) out.push(`:::caption\n${line}\n:::`);
        else out.push(line);
      }
      return out.join('\n\n');
    },
  },
  '003_2e89d94edc597a6b.txt': {
    slug: asArticleSlug('cdt-surveillance-net'),
    title: 'A surveillance net over China’s cities, and the argument about it',
    titleNote: 'The post’s own title was not confirmed; this descriptive title is Sightlines’ own.',
    outlet: 'China Digital Times',
    outletSlug: asEntrySlug('china-digital-times'),
    authors: [],
    authorsNote: 'The post names no author; not known.',
    published: '2019-12-18',
    dateNote:
      'Inferred: the post quotes posts of 11–18 December 2019 and discusses a New York Times article of 17 December 2019; its own day, title and author were not confirmed.',
    sourceFile: '003_2e89d94edc597a6b.txt',
    url: 'https://chinadigitaltimes.net/?p=219964',
    otherUrls: [
      {
        label: 'The New York Times article it discusses: “A Surveillance Net Blankets China’s Cities, Giving Police Vast Powers” (Paul Mozur and Aaron Krolik, 17 December 2019)',
        url: 'https://www.nytimes.com/2019/12/17/technology/china-surveillance.html',
      },
    ],
    summary:
      'China Digital Times gathers the response to a New York Times investigation into police databases that knit phone scanners, face recognition and leaky servers into tools of control. Reporters, analysts and an industry monitor then argue over whether the technology is as sophisticated as it looks, and whether that is the point.',
    removed: [],
    toMarkdown: (text) => {
      // Each post ends with an attribution line "— Name (@handle) Month D, YYYY"; some arrived glued to the post.
      const out: string[] = [];
      let post: string[] = [];
      for (const raw of lines(text.replace(/(\S)— (?=[^\n]*\(@\w+\))/g, '$1\n— '))) {
        if (/^— .+\(@\w+\) \w+ \d{1,2}, \d{4}$/.test(raw)) {
          out.push(`:::post\n${[...post, raw].join('\n\n')}\n:::`);
          post = [];
        } else if (/:$/.test(raw) || /\[Source\]$/.test(raw) || out.length === 0) {
          out.push(...post, raw);
          post = [];
        } else post.push(raw);
      }
      out.push(...post);
      return out.join('\n\n');
    },
  },
};

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function main() {
  const force = process.argv.includes('--force');
  fs.mkdirSync(articlesDir, { recursive: true });
  fs.mkdirSync(sourceCopiesDir, { recursive: true });
  for (const [file, spec] of Object.entries(imports)) {
    fs.copyFileSync(path.join(sourcesDir, file), path.join(sourceCopiesDir, file));
    const target = path.join(articlesDir, `${spec.slug}.md`);
    if (fs.existsSync(target) && !force) {
      console.log(`kept   ${path.relative(root, target)} (exists; --force rewrites it)`);
      continue;
    }
    const source = fs.readFileSync(path.join(sourcesDir, file), 'utf8');
    const { text, problems } = applyRemovals(source, spec.removed);
    if (problems.length) {
      throw new Error(
        `${file}: removals not found in the source: ${problems.map((p) => `"${p.removal.text}" (found ${p.found} of ${p.removal.count})`).join('; ')}`,
      );
    }
    const { toMarkdown, ...fields } = spec;
    const body = toMarkdown(text);
    const frontMatter = articleFrontMatter.parse({ ...fields, readingMinutes: readingMinutes(body) });
    fs.writeFileSync(target, matter.stringify(`${body}\n`, frontMatter));
    console.log(`wrote  ${path.relative(root, target)}`);
  }
}

main();
