import { describe, expect, it } from 'vitest';
import { linkedEventKeywordIds, linkedEventKeywords } from './linkedEventKeywords.js';

const API = 'https://api.hel.fi/linkedevents/v1';

describe('linkedEventKeywords', () => {
  it('keeps ids of links and names of expanded keywords, and says how to get the missing names (documented example)', () => {
    const result = linkedEventKeywords(
      [
        { '@id': `${API}/keyword/yso:p4354/` },
        { id: 'yso:p13050', name: { fi: 'lapsiperheet', sv: 'barnfamiljer', en: 'families with children' } },
      ],
      'keywords',
    );
    expect(result.keywords).toEqual([
      { id: 'yso:p4354' },
      { id: 'yso:p13050', name: { fi: 'lapsiperheet', sv: 'barnfamiljer', en: 'families with children' } },
    ]);
    expect(result.issues).toEqual([
      {
        field: 'keywords',
        code: 'reference-only',
        message:
          '1 of 2 keywords are links only (yso:p4354): their ids are kept; request the events with include=keywords for their names',
        skipped: false,
      },
    ]);
  });

  it('names audience groups and include=audience in the message, and shortens a long list', () => {
    const links = Array.from({ length: 7 }, (_, i) => ({ '@id': `${API}/keyword/yso:p${i}/` }));
    const [issue] = linkedEventKeywords(links, 'audience').issues;
    expect(issue?.message).toBe(
      '7 of 7 audience groups are links only (yso:p0, yso:p1, yso:p2, yso:p3, yso:p4, …): their ids are kept; request the events with include=audience for their names',
    );
  });

  it('names a keyword in Swedish alone, and keeps one with neither Finnish nor Swedish by its id', () => {
    const result = linkedEventKeywords(
      [
        { id: 'yso:p5121', name: { sv: 'cirkus', en: 'circus', ru: 'цирк' } },
        { id: 'yso:p7', name: { en: 'reindeer', se: 'boazu' } },
      ],
      'keywords',
    );
    expect(result.keywords).toEqual([{ id: 'yso:p5121', name: { sv: 'cirkus', en: 'circus' } }, { id: 'yso:p7' }]);
    expect(result.issues.map((i) => [i.field, i.code])).toEqual([
      ['keywords[0].name.ru', 'unsupported-language'],
      ['keywords[1].name', 'missing-national-language'],
    ]);
  });

  it('reports a keyword with no id and keeps a repeated id once', () => {
    const result = linkedEventKeywords(
      [{ id: 'yso:p1', name: { fi: 'a' } }, { name: { fi: 'b' } }, { '@id': `${API}/keyword/yso:p1/` }],
      'keywords',
    );
    expect(result.keywords).toEqual([{ id: 'yso:p1', name: { fi: 'a' } }]);
    expect(result.issues.map((i) => [i.field, i.code])).toEqual([['keywords[1]', 'invalid-field']]);
  });

  it('reads nothing from null', () => {
    expect(linkedEventKeywords(null, 'keywords')).toEqual({ keywords: [], issues: [] });
  });
});

describe('linkedEventKeywordIds', () => {
  it('lists the ids of keywords and audience, as the API keyword filter matches them (documented example)', () => {
    expect(
      linkedEventKeywordIds({
        keywords: [{ '@id': 'https://api.hel.fi/linkedevents/v1/keyword/yso:p4354/' }],
        audience: [{ id: 'yso:p13050' }],
      }),
    ).toEqual(['yso:p4354', 'yso:p13050']);
    expect(linkedEventKeywordIds({ keywords: [{ id: 'a' }, { id: 'a' }, {}], audience: null })).toEqual(['a']);
  });
});
