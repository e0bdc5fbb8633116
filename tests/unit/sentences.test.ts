import { describe, expect, it } from 'vitest';
import { sentenceAround, sentenceRanges } from '@/lib/text/sentences';
import { excerptOf } from '@/lib/entities';
import { getLibrary } from '@/lib/library';

const sentences = (text: string) => sentenceRanges(text).map(([s, e]) => text.slice(s, e));

describe('sentenceRanges: an opening bracket or quote after a full stop begins the next sentence', () => {
  it('"records.[Source]" (China Digital Times) ends the sentence at the full stop', () => {
    expect(sentences('It held travel records.[Source]')).toEqual(['It held travel records.', '[Source]']);
    expect(sentences('It held travel records. [Source]')).toEqual(['It held travel records. ', '[Source]']);
  });
  it('the same for other opening brackets and opening quotes, but not for closing ones', () => {
    expect(sentences('One.(Two.)')).toEqual(['One.', '(Two.)']);
    expect(sentences('One.“Two.”')).toEqual(['One.', '“Two.”']);
    expect(sentences('“One.” Two.')).toEqual(['“One.” ', 'Two.']);
    expect(sentences('He said (so.) Then.')).toEqual(['He said (so.) ', 'Then.']);
  });
  it('still keeps "U.S." and "Mr." inside their sentence', () => {
    expect(sentences('The U.S. agreed. Mr. Li did not.')).toEqual(['The U.S. agreed. ', 'Mr. Li did not.']);
  });
  it('sentenceAround a range before "[Source]" stops at the full stop and says the passage goes on', () => {
    const text = 'First. Across China, databases hold travel records.[Source]';
    const at = text.indexOf('China');
    const ex = sentenceAround(text, at, at + 5);
    expect(ex.text).toBe('Across China, databases hold travel records.');
    expect(ex.text.slice(ex.start, ex.end)).toBe('China');
    expect(ex).toMatchObject({ atStart: false, atEnd: false });
  });
});

describe('excerptOf: no excerpt of the published articles ends in an opening bracket', () => {
  it('every mention, evidence and theme passage excerpt ends in something other than "[", "(" or an opening quote', () => {
    const lib = getLibrary();
    const ranges = [...lib.mentions, ...[...lib.evidenceByClaim.values()].flat().map((e) => e.range), ...[...lib.passagesByTheme.values()].flat().map((p) => p.range)];
    expect(ranges.length).toBeGreaterThan(100);
    const bad = ranges.map((r) => excerptOf(lib, r).text).filter((t) => /[\p{Ps}\p{Pi}]$/u.test(t));
    expect(bad).toEqual([]);
  });
});
