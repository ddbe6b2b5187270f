import { describe, expect, it } from 'vitest';
import type { DataIssue } from '../validation/dataIssue.js';
import { ValidationError } from '../validation/parseInput.js';
import { dataIssueMessage } from './dataIssueMessage.js';

const place: DataIssue = {
  path: 'places[1].municipalityCode',
  keys: ['places', 1, 'municipalityCode'],
  code: 'invalid-municipality-code',
  received: '68',
  row: { section: 'places', index: 1, id: 'narpes', name: { fi: 'Perhekahvila', sv: 'Familjecaféet' } },
};

describe('dataIssueMessage', () => {
  it('keeps the TSDoc example true', () => {
    expect(dataIssueMessage(place, 'sv')).toBe(
      'Plats 2 (”Familjecaféet”): fältet municipalityCode: kommunkoden ska vara Statistikcentralens tresiffriga kod (t.ex. 681); nu ”68”.',
    );
  });

  it('names a place or an event in the page’s language when the data has it, else in the other national language, else by id (§9)', () => {
    expect(dataIssueMessage(place, 'fi')).toMatch(/^Kohde 2 \(”Perhekahvila”\): kenttä municipalityCode: /);
    expect(dataIssueMessage(place, 'en')).toMatch(/^Place 2 \(“Perhekahvila”\): field municipalityCode: /);
    const swedishOnly = { ...place, row: { ...place.row!, name: { sv: 'Familjecaféet' } } };
    expect(dataIssueMessage(swedishOnly, 'fi')).toMatch(/^Kohde 2 \(”Familjecaféet”\)/);
    const entry = {
      ...place,
      path: 'entries[0].x',
      keys: ['entries', 0, 'x'],
      row: { section: 'entries', index: 0, id: 'e1' },
    };
    expect(dataIssueMessage(entry, 'sv')).toMatch(/^Händelse 1 \(e1\): fältet x: /);
  });

  it('names a row of another list by section, index and id, or by its name when it has no id', () => {
    const person = {
      ...place,
      path: 'people[5].partyId',
      keys: ['people', 5, 'partyId'],
      row: { section: 'people', index: 5, id: 'stray' },
    };
    expect(dataIssueMessage(person, 'en')).toMatch(/^people\[5\] \(stray\): field partyId: /);
    const unnamed = {
      ...person,
      row: { section: 'meetingPlaces', index: 1, name: { fi: 'Perhekahvila', sv: 'Familjecaféet' } },
    };
    expect(dataIssueMessage(unnamed, 'sv')).toMatch(/^meetingPlaces\[1\] \(”Familjecaféet”\)/);
  });

  it('names the document, or the subject given, when the issue is in no row', () => {
    const top: DataIssue = { path: '', keys: [], code: 'unknown-field', unknownKeys: ['more'] };
    expect(dataIssueMessage(top, 'en', { document: 'entries' })).toBe(
      'Event list: unknown field “more”; check the spelling or remove the field.',
    );
    expect(dataIssueMessage(top, 'fi', { subject: 'places.json', document: 'places' })).toMatch(/^places\.json: /);
    expect(dataIssueMessage({ ...top, path: 'organisers', keys: ['organisers'] }, 'en')).toMatch(
      /^The data: field organisers: /,
    );
  });

  it('rejects a language it does not speak', () => {
    expect(() => dataIssueMessage(place, 'de' as never)).toThrow(ValidationError);
  });
});
