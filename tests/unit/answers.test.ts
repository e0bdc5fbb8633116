import { describe, expect, it } from 'vitest';
import { getLibrary } from '@/lib/library';
import { answersKey, answersKeyPrefix, answersText, hashText, parseAnswers } from '@/lib/reading-list/answers';
import { decode } from '@/lib/reading-list/codec';
import { readingListData } from '@/lib/reading-list/data';
import { indexData, resolveList } from '@/lib/reading-list/resolve';
import { emptyList, type ReadingList } from '@/lib/reading-list/types';
import { asArticleSlug } from '@/lib/ids';

const index = indexData(readingListData(getLibrary()));
const list: ReadingList = {
  ...emptyList(),
  title: 'Week 3',
  items: [
    { ref: { type: 'article', article: asArticleSlug('nyt-dystopian-dreams') }, note: '' },
    { ref: { type: 'passage', article: asArticleSlug('time-surveillance-state'), n: 4 }, note: 'Why start with Mrs. Chen?' },
  ],
};

describe('answers kept per list', () => {
  it('hashes with FNV-1a (known vectors)', () => {
    expect(hashText('')).toBe('811c9dc5');
    expect(hashText('a')).toBe('e40c292c');
    expect(hashText('foobar')).toBe('bf9cf968');
  });

  it('gives one key per list, however its link is spelled, and different lists different keys', () => {
    const a = decode('v=1&t=Week+3&items=a.nyt-dystopian-dreams~p.time-surveillance-state.4&n.2=Why+start+with+Mrs.+Chen%3F').list;
    const b = decode('items=a.nyt-dystopian-dreams~p.time-surveillance-state.4&t=Week%203&n.2=Why%20start%20with%20Mrs.%20Chen%3F&utm_source=mail').list;
    expect(answersKey(a)).toBe(answersKey(b));
    expect(answersKey(a)).toBe(answersKey(list));
    expect(answersKey(a).startsWith(answersKeyPrefix)).toBe(true);
    expect(answersKey({ ...list, title: 'Week 4' })).not.toBe(answersKey(list));
  });

  it('reads hand-edited or damaged storage as no answers, never throwing', () => {
    expect(parseAnswers('')).toEqual({});
    expect(parseAnswers('{not json')).toEqual({});
    expect(parseAnswers('[1,2]')).toEqual({});
    expect(parseAnswers('null')).toEqual({});
    expect(parseAnswers('{"p.x.1":"yes","p.x.2":3}')).toEqual({ 'p.x.1': 'yes' });
  });

  it('copies the questions with their citations and answers, then the bibliography, as plain text', () => {
    const { items } = resolveList(list, index);
    expect(answersText(list, items, { 'p.time-surveillance-state.4': '  Because she is watched.  ' })).toBe(
      [
        'Week 3',
        '',
        `2. Paragraph 4 of “The Fight for Our Faces”`,
        'Source: (Campbell, par. 4)',
        'Question: Why start with Mrs. Chen?',
        'Answer: Because she is watched.',
        '',
        'Works Cited',
        'Campbell, Charlie. “The Fight for Our Faces.” TIME, 2 Dec. 2019, https://time.com/5735411/china-surveillance-privacy-issues/.',
        'Mozur, Paul. “Inside China’s Dystopian Dreams: A.I., Shame and Lots of Cameras.” The New York Times, 8 July 2018, https://www.nytimes.com/2018/07/08/business/china-surveillance-technology.html.',
        '',
      ].join('\n'),
    );
    expect(answersText({ ...list, style: 'apa' }, items, {})).toContain('Source: (Campbell, 2019, para. 4)\nQuestion: Why start with Mrs. Chen?\nAnswer: (no answer yet)');
  });
});
