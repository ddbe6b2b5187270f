import { describe, expect, it } from 'vitest';
import { ValidationError } from '../model/validation.js';
import { type PlaceIssue, placeIssueCodes } from './placeIssue.js';
import { placeIssueMessage } from './placeIssueMessage.js';

type Draft = Omit<PlaceIssue, 'message'>;
const timeIssue: Draft = {
  index: 3,
  placeName: 'Perhekahvila',
  path: 'places[3].activities[0].start',
  code: 'invalid-time',
};

describe('placeIssueMessage', () => {
  it('matches the documented Finnish example', () => {
    expect(placeIssueMessage(timeIssue, 'fi')).toBe(
      'Kohde 4 (”Perhekahvila”): kenttä activities[0].start: aika pitää antaa muodossa HH:mm.',
    );
  });

  it('names the place and field in Swedish and English', () => {
    expect(placeIssueMessage(timeIssue, 'sv')).toBe(
      'Plats 4 (”Perhekahvila”): fältet activities[0].start: tiden ska anges som HH:mm.',
    );
    expect(placeIssueMessage(timeIssue, 'en')).toBe(
      'Place 4 (“Perhekahvila”): field activities[0].start: the time must be given as HH:mm.',
    );
  });

  it('quotes the value that was found', () => {
    expect(placeIssueMessage({ ...timeIssue, received: '9.00' }, 'fi')).toBe(
      'Kohde 4 (”Perhekahvila”): kenttä activities[0].start: aika pitää antaa muodossa HH:mm; nyt ”9.00”.',
    );
  });

  it('names a place by id when it has no name, and by number alone otherwise', () => {
    expect(
      placeIssueMessage(
        { index: 0, placeId: 'olohuone', path: 'places[0].web', code: 'invalid-format', expected: 'url' },
        'fi',
      ),
    ).toBe(
      'Kohde 1 (olohuone): kenttä web: verkko-osoitteen pitää olla kokonainen osoite (esim. https://www.juva.fi/).',
    );
    expect(
      placeIssueMessage(
        { index: 6, path: 'places[6]', code: 'invalid-type', expected: 'object', received: 'null' },
        'fi',
      ),
    ).toBe('Kohde 7: arvon pitää olla objekti, mutta se on tyhjä (null).');
  });

  it('speaks of the list itself when the issue has no index', () => {
    expect(placeIssueMessage({ path: '', code: 'not-a-list', received: 'string' }, 'fi')).toBe(
      'Kohdeluettelo: odotettiin listaa kohteista tai objektia, jossa on kenttä places; kohteita ei voitu lukea.',
    );
    expect(
      placeIssueMessage({ path: '$schema', code: 'invalid-type', expected: 'string', received: 'number' }, 'sv'),
    ).toBe('Platslistan: fältet $schema: värdet ska vara text men är ett tal.');
  });

  it('lists unknown fields in singular and plural', () => {
    const one: Draft = { index: 0, placeName: 'Tupa', path: 'places[0]', code: 'unknown-field', keys: ['colour'] };
    expect(placeIssueMessage(one, 'fi')).toBe(
      'Kohde 1 (”Tupa”): tuntematon kenttä ”colour”; tarkista kirjoitusasu tai poista kenttä.',
    );
    expect(placeIssueMessage({ ...one, keys: ['a', 'b'] }, 'sv')).toBe(
      'Plats 1 (”Tupa”): okända fält ”a”, ”b”; kontrollera stavningen eller ta bort fälten.',
    );
  });

  it('explains limits for text, lists and numbers', () => {
    const base = { index: 0, path: 'places[0].x', code: 'too-small' } as const;
    expect(placeIssueMessage({ ...base, expected: '1', received: 'string' }, 'fi')).toBe(
      'Kohde 1: kenttä x: teksti ei saa olla tyhjä.',
    );
    expect(placeIssueMessage({ ...base, expected: '2', received: 'array' }, 'sv')).toBe(
      'Plats 1: fältet x: listan ska ha minst 2 poster.',
    );
    expect(placeIssueMessage({ ...base, code: 'too-big', expected: '90', received: 'number' }, 'en')).toBe(
      'Place 1: field x: the value must be at most 90.',
    );
  });

  it('has a sentence for every code in every locale, without placeholders left over', () => {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const seen = new Set<string>();
      for (const code of placeIssueCodes) {
        const text = placeIssueMessage(
          { index: 0, path: 'places[0].x', code, expected: 'x', received: 'y', keys: ['k'] },
          locale,
        );
        expect(text).toMatch(/^(Kohde|Plats|Place) 1: /);
        expect(text).not.toMatch(/undefined|\[object|\$\{/);
        expect(text.endsWith('.')).toBe(true);
        seen.add(text);
      }
      expect(seen.size).toBe(placeIssueCodes.length);
    }
  });

  it('throws a ValidationError for an unknown locale', () => {
    expect(() => placeIssueMessage(timeIssue, 'de' as never)).toThrow(ValidationError);
  });
});
