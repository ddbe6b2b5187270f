import { describe, expect, it } from 'vitest';
import type { EntryTimes } from './linkedEventTime.js';
import { linkedEventToEntry } from './linkedEventToEntry.js';

function times(): EntryTimes {
  return { start: '2026-03-10T09:30:00+02:00', end: '2026-03-10T11:00:00+02:00', allDay: false, issues: [] };
}

describe('linkedEventToEntry', () => {
  it('maps id, name, series and source, as an activity (documented example)', () => {
    const { entry, issues } = linkedEventToEntry(
      {
        id: 'helsinki:agggfz6gca',
        name: { fi: 'Vauvakahvila' },
        super_event: { '@id': 'https://api.hel.fi/linkedevents/v1/event/helsinki:agggfz6fzy/' },
      },
      times(),
    );
    expect(entry).toEqual({
      id: 'helsinki-agggfz6gca',
      title: { fi: 'Vauvakahvila' },
      start: '2026-03-10T09:30:00+02:00',
      end: '2026-03-10T11:00:00+02:00',
      kind: 'activity',
      seriesId: 'helsinki-agggfz6fzy',
      source: { system: 'linked-events', id: 'helsinki:agggfz6gca' },
    });
    expect(issues).toEqual([]);
  });

  it('titles an event in Swedish alone, and keeps Sámi names beside Finnish', () => {
    const swedish = linkedEventToEntry({ id: 'a:1', name: { sv: 'Familjecafé', en: 'Family café' } }, times());
    expect(swedish.entry?.title).toEqual({ sv: 'Familjecafé', en: 'Family café' });
    expect(swedish.issues).toEqual([]);
    const sami = linkedEventToEntry({ id: 'a:2', name: { fi: 'Perhekahvila', smn: 'Perruukaahvâ' } }, times());
    expect(sami.entry?.title).toEqual({ fi: 'Perhekahvila', smn: 'Perruukaahvâ' });
  });

  it('skips an event whose name has neither Finnish nor Swedish, saying which languages it has', () => {
    const english = linkedEventToEntry(
      { id: 'a:1', name: { en: 'Family café', se: 'Bearašgáfe', ru: 'Кафе' } },
      times(),
    );
    expect(english).toEqual({
      issues: [
        {
          field: 'name',
          code: 'missing-name',
          message:
            'The name has no Finnish or Swedish version (only en, se, "ru"), one of which an entry\'s title requires',
          skipped: true,
        },
      ],
    });
    const russian = linkedEventToEntry({ id: 'a:1', name: { ru: 'Кафе' } }, times());
    expect(russian.entry).toBeUndefined();
    expect(russian.issues).toEqual([expect.objectContaining({ code: 'missing-name', skipped: true })]);
    expect(russian.issues[0]!.message).toContain('(only "ru")');
    const nameless = linkedEventToEntry({ id: 'a:1', name: { fi: ' ' } }, times());
    expect(nameless.issues).toEqual([
      { field: 'name', code: 'missing-name', message: 'The event has no name', skipped: true },
    ]);
  });

  it('keeps the full description as text and reports the short one, or uses the short one alone', () => {
    const both = linkedEventToEntry(
      {
        id: 'a:1',
        name: { fi: 'A' },
        description: { fi: '<p>Pitkä kuvaus.</p><p>Toinen kappale.</p>' },
        short_description: { fi: 'Lyhyt.' },
      },
      times(),
    );
    expect(both.entry?.description).toEqual({ fi: 'Pitkä kuvaus.\n\nToinen kappale.' });
    expect(both.issues.map((i) => [i.field, i.code])).toEqual([['short_description', 'unmapped-field']]);

    const short = linkedEventToEntry(
      { id: 'a:1', name: { fi: 'A' }, description: { en: 'Long' }, short_description: { fi: 'Lyhyt.', sv: 'Kort.' } },
      times(),
    );
    expect(short.entry?.description).toEqual({ fi: 'Lyhyt.', sv: 'Kort.' });
    expect(short.issues.map((i) => [i.field, i.code])).toEqual([['description', 'missing-national-language']]);

    const swedish = linkedEventToEntry(
      {
        id: 'a:1',
        name: { fi: 'A' },
        description: { sv: '<p>Bara på svenska.</p>' },
        short_description: { fi: 'Lyhyt.' },
      },
      times(),
    );
    expect(swedish.entry?.description).toEqual({ sv: 'Bara på svenska.' });
    expect(swedish.issues.map((i) => [i.field, i.code])).toEqual([['short_description', 'unmapped-field']]);
  });

  it('keeps audience ages, and reports a negative or a crossed pair', () => {
    const ages = (min: number | null, max: number | null) =>
      linkedEventToEntry({ id: 'a:1', name: { fi: 'A' }, audience_min_age: min, audience_max_age: max }, times());
    expect(ages(0, 6).entry?.audienceAge).toEqual({ min: 0, max: 6 });
    expect(ages(3, null).entry?.audienceAge).toEqual({ min: 3 });
    expect(ages(null, null).entry?.audienceAge).toBeUndefined();
    const crossed = ages(12, 6);
    expect(crossed.entry?.audienceAge).toBeUndefined();
    expect(crossed.issues.map((i) => [i.field, i.code])).toEqual([['audience_max_age', 'invalid-field']]);
    const negative = ages(-1, 6);
    expect(negative.entry?.audienceAge).toEqual({ max: 6 });
    expect(negative.issues.map((i) => i.field)).toEqual(['audience_min_age']);
  });

  it('maps the info page, languages, offers, keywords and audience, and marks an all-day entry', () => {
    const { entry } = linkedEventToEntry(
      {
        id: 'a:1',
        name: { fi: 'A' },
        info_url: { fi: 'https://example.fi/a' },
        in_language: [{ id: 'fi' }, { id: 'en' }],
        offers: [{ is_free: true }],
        keywords: [{ id: 'yso:p4354', name: { fi: 'lapset' } }],
        audience: [{ id: 'yso:p13050', name: { fi: 'lapsiperheet' } }],
      },
      { start: '2026-03-10T00:00:00+02:00', end: '2026-03-11T00:00:00+02:00', allDay: true, issues: [] },
    );
    expect(entry).toMatchObject({
      allDay: true,
      url: 'https://example.fi/a',
      languages: ['fi', 'en'],
      offers: [{ free: true }],
      keywords: [{ id: 'yso:p4354', name: { fi: 'lapset' } }],
      audience: [{ id: 'yso:p13050', name: { fi: 'lapsiperheet' } }],
    });
  });

  it('reports a course or volunteering type, an undocumented type, a bad series link and a bad @id', () => {
    const { entry, issues } = linkedEventToEntry(
      {
        id: 'a:1',
        '@id': 'not a url',
        name: { fi: 'A' },
        type_id: 'Course',
        super_event: { '@id': 'https://x.example/' } as { '@id': string },
      },
      times(),
    );
    expect(entry?.source).toEqual({ system: 'linked-events', id: 'a:1' });
    expect(entry?.seriesId).toMatch(/^x-example-[0-9a-z]+$/);
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ['type_id', 'unmapped-field'],
      ['@id', 'invalid-url'],
    ]);
    expect(
      linkedEventToEntry({ id: 'a:1', name: { fi: 'A' }, type_id: 'Workshop' }, times()).issues.map((i) => i.code),
    ).toEqual(['unknown-value']);
    expect(
      linkedEventToEntry({ id: 'a:1', name: { fi: 'A' }, super_event: { '@id': '' } }, times()).issues.map((i) => [
        i.field,
        i.code,
      ]),
    ).toEqual([['super_event', 'invalid-field']]);
  });

  it('reports the fields it does not read, after its own notes', () => {
    const { issues } = linkedEventToEntry(
      { id: 'a:1', name: { fi: 'A', ru: 'А' }, images: [{ url: 'https://images.example.fi/a.jpg' }], colour: 'red' },
      times(),
    );
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ['name.ru', 'unsupported-language'],
      ['images', 'unmapped-field'],
      ['colour', 'unknown-field'],
    ]);
  });
});
