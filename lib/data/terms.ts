/** The terms of the open data, said once and used by the files and by the /data page. */
export const dataLicense = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Sightlines, annotations of published articles on China’s surveillance state',
};

export const articleTextsNotice =
  'The annotations (entities, mentions, claims, evidence relations, themes, events and their descriptions) are ' +
  'free to reuse under CC BY 4.0 with credit to Sightlines. The article texts quoted in them (mention words, ' +
  'quotes, selectors) belong to their publishers and are given for study only; see each article\u2019s ' +
  'originalUrl for the original.';

export const readingTextDefinition =
  'Offsets count Unicode code points (end exclusive) in an article\u2019s reading text: the text of its passages ' +
  '(paragraphs, captions, quoted passages and posts, numbered p-1, p-2\u2026 in document order) joined by one blank ' +
  'line ("\\n\\n"), without section headings or post attribution lines. paragraphStart/paragraphEnd count the ' +
  'same way within one passage.';
