import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CalendarEntry } from '../../calendar/calendarEntry.js';
import { ValidationError } from '../../validation/parseInput.js';
import { ImportIssue } from '../importIssue.js';
import { importLinkedEvents } from './importLinkedEvents.js';
import { linkedEventEntryId } from './linkedEventId.js';

/** A fresh copy of a fixture file, parsed as the API's JSON would be. */
function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
}

/** `[sourceId, field, code]` of each issue, for compact comparisons. */
function codes(issues: readonly ImportIssue[], sourceId?: string): [string, string, string][] {
  return issues
    .filter((i) => sourceId === undefined || i.sourceId === sourceId)
    .map((i) => [i.sourceId, i.field, i.code]);
}

/** A small event as the API writes one. */
function event(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    name: { fi: `Tapahtuma ${id}` },
    start_time: '2026-03-10T07:00:00Z',
    end_time: '2026-03-10T08:00:00Z',
    ...extra,
  };
}

describe('importLinkedEvents', () => {
  it('imports a page of one event and reports the language it cannot carry (documented example)', () => {
    const result = importLinkedEvents({
      meta: { count: 1, next: null, previous: null },
      data: [
        {
          id: 'helsinki:agggfz6gca',
          name: { fi: 'Vauvakahvila', ru: 'Кафе' },
          start_time: '2026-03-10T07:30:00Z',
          end_time: '2026-03-10T09:00:00Z',
        },
      ],
    });
    expect(result.items).toEqual([
      {
        id: 'helsinki-agggfz6gca',
        title: { fi: 'Vauvakahvila' },
        start: '2026-03-10T09:30:00+02:00',
        end: '2026-03-10T11:00:00+02:00',
        kind: 'activity',
        source: { system: 'linked-events', id: 'helsinki:agggfz6gca' },
      },
    ]);
    expect(result.issues).toEqual([
      {
        sourceId: 'helsinki:agggfz6gca',
        field: 'name.ru',
        code: 'unsupported-language',
        message:
          'The Russian text is not kept: entries carry Finnish, Swedish, English and the Sámi languages (se, smn, sms) only',
        skipped: false,
        value: 'ru',
      },
    ]);
  });

  it('imports a default page (links only) and reports every fact it cannot keep, and the next page', () => {
    const { items, issues } = importLinkedEvents(fixture('paged-response.json'));
    expect(items.map((e) => e.id)).toEqual(['helsinki-agggfz6gca', 'helsinki-agggfz6ghy', 'turku-98765']);
    expect(items[0]).toEqual({
      id: 'helsinki-agggfz6gca',
      title: { fi: 'Vauvakahvila', sv: 'Babycafé', en: 'Baby café' },
      start: '2026-03-10T09:30:00+02:00',
      end: '2026-03-10T11:00:00+02:00',
      mode: 'in-person',
      location: { fi: 'Lastenosasto, 2. krs', sv: 'Barnavdelningen, 2 vån.' },
      description: {
        fi: 'Vauvakahvila on avoin kaikille alle 1-vuotiaiden perheille.\n\nTervetuloa & ota vaunut mukaan!',
        sv: 'Babycaféet är öppet för alla familjer med barn under 1 år.',
        en: 'The baby café is open to all families with children under 1.',
      },
      kind: 'activity',
      url: 'https://tapahtumat.example.fi/fi/vauvakahvila',
      keywords: [{ id: 'yso:p4354' }, { id: 'yso:p13050' }],
      audience: [{ id: 'yso:p15937' }],
      audienceAge: { min: 0, max: 1 },
      languages: ['fi', 'sv'],
      offers: [{ free: true }],
      source: {
        system: 'linked-events',
        id: 'helsinki:agggfz6gca',
        url: 'https://api.hel.fi/linkedevents/v1/event/helsinki:agggfz6gca/',
      },
    });
    expect(items[2]).toMatchObject({ start: '2026-03-12T14:00:00+02:00', end: '2026-03-12T16:00:00+02:00' });
    expect(issues[0]).toEqual({
      sourceId: '',
      field: 'meta.next',
      code: 'more-pages',
      message:
        'This is one page of 5 events; fetch "https://api.hel.fi/linkedevents/v1/event/?page=2&start=2026-03-09&end=2026-03-15" for the next one',
      skipped: false,
      value: 'https://api.hel.fi/linkedevents/v1/event/?page=2&start=2026-03-09&end=2026-03-15',
    });
    expect(codes(issues, 'helsinki:agggfz6gca')).toEqual([
      ['helsinki:agggfz6gca', 'name.ru', 'unsupported-language'],
      ['helsinki:agggfz6gca', 'location', 'reference-only'],
      ['helsinki:agggfz6gca', 'short_description', 'unmapped-field'],
      ['helsinki:agggfz6gca', 'info_url.en', 'unmapped-field'],
      ['helsinki:agggfz6gca', 'keywords', 'reference-only'],
      ['helsinki:agggfz6gca', 'audience', 'reference-only'],
      ['helsinki:agggfz6gca', 'images', 'unmapped-field'],
      ['helsinki:agggfz6gca', 'provider', 'unmapped-field'],
    ]);
    expect(issues.some((i) => i.skipped)).toBe(false);
  });

  it('writes an expanded place and named keywords (include=keywords,location)', () => {
    const { items, issues } = importLinkedEvents(fixture('expanded-keywords-location.json'));
    expect(items).toHaveLength(1);
    expect(items[0]?.location).toEqual({
      fi: 'Itäkeskuksen kirjasto, Turunlinnantie 1, 00930 Helsinki (Monitoimisali)',
      sv: 'Östra centrums bibliotek, Åbohusvägen 1, 00930 Helsingfors (Monitoimisali)',
      en: 'Itäkeskus Library, Turunlinnantie 1, 00930 Helsinki (Monitoimisali)',
    });
    expect(items[0]?.keywords).toEqual([
      { id: 'yso:p4354', name: { fi: 'lapset (ikäryhmät)', sv: 'barn (åldersgrupper)', en: 'children (age groups)' } },
      { id: 'yso:p13050', name: { fi: 'lapsiperheet', sv: 'barnfamiljer', en: 'families with children' } },
      { id: 'yso:p5121', name: { sv: 'cirkus', en: 'circus' } },
    ]);
    expect(items[0]?.audience).toEqual([
      { id: 'yso:p13050', name: { fi: 'lapsiperheet', sv: 'barnfamiljer', en: 'families with children' } },
    ]);
    expect(codes(issues)).toEqual([['helsinki:agggfz7abc', 'location.position', 'unmapped-field']]);
  });

  it('imports the sub-events of a recurring series with its id, and skips the container', () => {
    const { items, issues } = importLinkedEvents(fixture('recurring-series.json'));
    expect(items.map((e) => [e.id, e.start, e.seriesId])).toEqual([
      ['helsinki-agggfz6g2a', '2026-03-03T09:30:00+02:00', 'helsinki-agggfz6fzy'],
      ['helsinki-agggfz6g2b', '2026-03-10T09:30:00+02:00', 'helsinki-agggfz6fzy'],
      ['helsinki-agggfz6g2c', '2026-03-17T09:30:00+02:00', 'helsinki-agggfz6fzy'],
    ]);
    const skipped = issues.filter((i) => i.skipped);
    expect(skipped).toEqual([
      {
        sourceId: 'helsinki:agggfz6fzy',
        field: 'super_event_type',
        code: 'series-container',
        message:
          'The event is the container of a recurring series of 3 sub-events; the sub-events carry the dates and are imported as the entries',
        skipped: true,
      },
    ]);
    expect(issues.filter((i) => i.sourceId === 'helsinki:agggfz6fzy')).toEqual(skipped);
  });

  it('skips a cancelled event given alone, with exactly one issue', () => {
    expect(importLinkedEvents(fixture('cancelled-event.json'))).toEqual({
      items: [],
      issues: [
        {
          sourceId: 'tampere:cancel1',
          field: 'event_status',
          code: 'cancelled',
          message: 'The event was cancelled',
          skipped: true,
        },
      ],
    });
  });

  it('imports a Swedish-titled event, keeps a Sámi title, and skips a Russian-only one', () => {
    const { items, issues } = importLinkedEvents(fixture('national-languages.json'));
    expect(items.map((e) => [e.id, e.title])).toEqual([
      ['espoo-le-abc123-eg0bnp', { sv: 'Familjecafé på svenska', en: 'Family café in Swedish' }],
      ['helsinki-agggfz8fin', { fi: 'Lukupiiri', se: 'Lohkanjoavku' }],
    ]);
    expect(items[1]?.description).toBeUndefined();
    expect(issues.filter((i) => i.skipped)).toEqual([
      {
        sourceId: 'helsinki:agggfz8rus',
        field: 'name',
        code: 'missing-name',
        message: 'The name has no Finnish or Swedish version (only "ru"), one of which an entry\'s title requires',
        skipped: true,
      },
    ]);
    expect(issues.filter((i) => i.sourceId === 'helsinki:agggfz8rus')).toHaveLength(1);
    expect(codes(issues, 'helsinki:agggfz8fin')).toEqual(
      expect.arrayContaining([
        ['helsinki:agggfz8fin', 'description.ru', 'unsupported-language'],
        ['helsinki:agggfz8fin', 'description', 'missing-national-language'],
      ]),
    );
    expect(codes(issues, 'espoo_le:AbC123').map(([, , code]) => code)).not.toContain('missing-national-language');
  });

  it('gives Z times the Helsinki offset of their own side of the October change', () => {
    const { items, issues } = importLinkedEvents(fixture('dst-utc-times.json'));
    expect(items.map((e) => [e.id, e.start, e.end])).toEqual([
      ['helsinki-dst1', '2026-10-24T09:30:00+03:00', '2026-10-24T11:00:00+03:00'],
      ['helsinki-dst2', '2026-10-26T09:30:00+02:00', '2026-10-26T11:00:00+02:00'],
      ['helsinki-dst3', '2026-10-24T18:00:00+03:00', '2026-10-25T11:00:00+02:00'],
    ]);
    expect(issues.some((i) => i.field.endsWith('_time'))).toBe(false);
  });

  it('assumes an end for events without end_time and says so, and keeps a long date-only event whole', () => {
    const { items, issues } = importLinkedEvents(fixture('no-end-time.json'));
    expect(items.map((e) => [e.start, e.end, e.allDay ?? false])).toEqual([
      ['2026-06-06T00:00:00+03:00', '2026-06-07T00:00:00+03:00', true],
      ['2026-06-08T18:00:00+03:00', '2026-06-09T00:00:00+03:00', false],
      ['2026-06-01T00:00:00+03:00', '2026-09-01T00:00:00+03:00', true],
    ]);
    expect(issues.filter((i) => i.code === 'missing-end-time').map((i) => i.sourceId)).toEqual([
      'helsinki:noend1',
      'helsinki:noend2',
    ]);
  });

  it('keeps a free and a paid offer, and reports the price language, second address and price groups', () => {
    const { items, issues } = importLinkedEvents(fixture('offers.json'));
    expect(items.map((e) => e.offers)).toEqual([
      [{ free: true }],
      [
        {
          free: false,
          price: { fi: 'Lapset 8 €, aikuiset 12 €', sv: 'Barn 8 €, vuxna 12 €', en: 'Children €8, adults €12' },
          description: { fi: 'Liput myös ovelta.' },
          url: 'https://liput.example.fi/pieni-karhu',
        },
      ],
    ]);
    expect(codes(issues, 'helsinki:paid1').filter(([, field]) => field.startsWith('offers'))).toEqual([
      ['helsinki:paid1', 'offers[0].price.ru', 'unsupported-language'],
      ['helsinki:paid1', 'offers[0].info_url.sv', 'unmapped-field'],
      ['helsinki:paid1', 'offers[0].offer_price_groups', 'unmapped-field'],
    ]);
  });

  it('gives every entry that passes CalendarEntry and every issue that passes ImportIssue, for every fixture', () => {
    for (const name of [
      'paged-response.json',
      'expanded-keywords-location.json',
      'recurring-series.json',
      'cancelled-event.json',
      'national-languages.json',
      'dst-utc-times.json',
      'no-end-time.json',
      'offers.json',
    ]) {
      const { items, issues } = importLinkedEvents(fixture(name));
      for (const item of items) expect(z.safeParse(CalendarEntry, item).success).toBe(true);
      for (const issue of issues) expect(z.safeParse(ImportIssue, issue).success).toBe(true);
    }
  });
});

describe('importLinkedEvents options', () => {
  it('keeps only events with a keyword, matching audience as the API filter does, without issues for the rest', () => {
    const byKeyword = importLinkedEvents(fixture('paged-response.json'), { keyword: 'yso:p13050' });
    expect(byKeyword.items.map((e) => e.id)).toEqual(['helsinki-agggfz6gca', 'turku-98765']);
    expect(byKeyword.issues.some((i) => i.sourceId === 'helsinki:agggfz6ghy')).toBe(false);
    const byAudience = importLinkedEvents(fixture('paged-response.json'), { keyword: 'yso:p15937' });
    expect(byAudience.items.map((e) => e.id)).toEqual(['helsinki-agggfz6gca']);
  });

  it('keeps only events that meet the Helsinki days from–to', () => {
    const page = () => fixture('paged-response.json');
    expect(importLinkedEvents(page(), { from: '2026-03-11', to: '2026-03-11' }).items.map((e) => e.id)).toEqual([
      'helsinki-agggfz6ghy',
    ]);
    expect(importLinkedEvents(page(), { from: '2026-03-12' }).items.map((e) => e.id)).toEqual(['turku-98765']);
    expect(importLinkedEvents(page(), { to: '2026-03-10' }).items.map((e) => e.id)).toEqual(['helsinki-agggfz6gca']);
    // The overnight camp meets Sunday 25 October in Helsinki, though it starts on the 24th.
    expect(
      importLinkedEvents(fixture('dst-utc-times.json'), { from: '2026-10-25', to: '2026-10-25' }).items.map(
        (e) => e.id,
      ),
    ).toEqual(['helsinki-dst3']);
  });

  it('counts days in Helsinki: 23:30 UTC on 9 March is 10 March, and an end at midnight does not reach the next day', () => {
    const late = event('a:late', { start_time: '2026-03-09T23:30:00Z', end_time: '2026-03-09T23:45:00Z' });
    expect(importLinkedEvents([late], { to: '2026-03-09' }).items).toEqual([]);
    expect(importLinkedEvents([late], { from: '2026-03-10', to: '2026-03-10' }).items).toHaveLength(1);
    const allDay = event('a:day', { start_time: '2026-03-10', end_time: null });
    expect(importLinkedEvents([allDay], { from: '2026-03-11' }).items).toEqual([]);
  });

  it('still reports events whose times cannot be read when a range is given', () => {
    const { issues } = importLinkedEvents([event('a:1', { start_time: 'soon' })], { from: '2026-01-01' });
    expect(codes(issues)).toEqual([['a:1', 'start_time', 'invalid-time']]);
  });

  it('throws a ValidationError naming options for a reversed range, an empty keyword or an unknown option', () => {
    expect(() => importLinkedEvents([], { from: '2026-03-12', to: '2026-03-11' })).toThrow(ValidationError);
    expect(() => importLinkedEvents([], { from: '2026-03-12', to: '2026-03-11' })).toThrow(
      /^options\.to: to is before from/,
    );
    expect(() => importLinkedEvents([], { keyword: '' })).toThrow(/^options\.keyword/);
    expect(() => importLinkedEvents([], { from: '2026-02-30' })).toThrow(/^options\.from/);
    expect(() => importLinkedEvents([], { page: 2 } as never)).toThrow(/^options/);
  });
});

describe('importLinkedEvents input', () => {
  it('accepts one event, an array of events and a page', () => {
    const one = event('a:1');
    expect(importLinkedEvents(one).items.map((e) => e.id)).toEqual(['a-1']);
    expect(importLinkedEvents([one, event('a:2')]).items.map((e) => e.id)).toEqual(['a-1', 'a-2']);
    expect(importLinkedEvents({ meta: { count: 1, next: null, previous: null }, data: [one] }).items).toHaveLength(1);
    expect(importLinkedEvents({ data: [] })).toEqual({ items: [], issues: [] });
  });

  it('throws a ValidationError naming input when the top level is none of the Linked Events shapes', () => {
    for (const input of [42, 'events', null, undefined, {}, { data: 'x' }, { id: 5, name: {} }, { id: 'a:1' }]) {
      expect(() => importLinkedEvents(input)).toThrow(ValidationError);
      expect(() => importLinkedEvents(input)).toThrow(/^input/);
    }
  });

  it('reports items that are not events by their place in the input, and goes on with the rest', () => {
    const { items, issues } = importLinkedEvents({ data: [5, null, ['x'], { name: { fi: 'No id' } }, event('a:1')] });
    expect(items.map((e) => e.id)).toEqual(['a-1']);
    expect(codes(issues)).toEqual([
      ['data[0]', '', 'invalid-event'],
      ['data[1]', '', 'invalid-event'],
      ['data[2]', '', 'invalid-event'],
      ['data[3]', 'id', 'invalid-event'],
    ]);
    expect(issues[0]?.message).toBe('data[0] is 5, not an event object');
    expect(codes(importLinkedEvents([7]).issues)).toEqual([['[0]', '', 'invalid-event']]);
  });

  it('keeps an event with a malformed field, reporting the field', () => {
    const { items, issues } = importLinkedEvents([event('a:1', { keywords: 'lapset', offers: [{ is_free: 'yes' }] })]);
    expect(items).toHaveLength(1);
    expect(codes(issues)).toEqual([
      ['a:1', 'keywords', 'invalid-field'],
      ['a:1', 'offers[0]', 'invalid-field'],
    ]);
  });

  it('gives a skipped event its pruning issues and one skip issue', () => {
    const { issues } = importLinkedEvents([event('a:1', { start_time: 20260310 })]);
    expect(codes(issues)).toEqual([
      ['a:1', 'start_time', 'invalid-field'],
      ['a:1', 'start_time', 'missing-start-time'],
    ]);
    expect(issues.filter((i) => i.skipped)).toHaveLength(1);
  });

  it('skips a repeated event, and an event whose id maps to an entry id taken before', () => {
    const hashed = linkedEventEntryId('X');
    const clash = hashed.replace('-', ':');
    const { items, issues } = importLinkedEvents([event('a:1'), event('a:1'), event('X'), event(clash)]);
    expect(items.map((e) => e.source?.id)).toEqual(['a:1', 'X']);
    expect(codes(issues)).toEqual([
      ['a:1', 'id', 'duplicate-id'],
      [clash, 'id', 'duplicate-id'],
    ]);
    expect(issues[1]?.message).toBe(
      `An earlier event ("X") maps to the same entry id "${hashed}"; this one is left out`,
    );
  });

  it('skips deleted, draft and postponed events, and keeps a rescheduled one with a note', () => {
    const { items, issues } = importLinkedEvents({
      data: [
        {
          id: 'a:deleted',
          name: { fi: 'POISTETTU' },
          deleted: true,
          last_modified_time: '2026-03-01T10:00:00Z',
          replaced_by: null,
        },
        event('a:draft', { publication_status: 'draft' }),
        event('a:postponed', { event_status: 'EventPostponed', start_time: null }),
        event('a:moved', { event_status: 'EventRescheduled' }),
      ],
    });
    expect(items.map((e) => e.id)).toEqual(['a-moved']);
    expect(codes(issues)).toEqual([
      ['a:deleted', 'deleted', 'deleted'],
      ['a:draft', 'publication_status', 'draft'],
      ['a:postponed', 'event_status', 'postponed'],
      ['a:moved', 'event_status', 'rescheduled'],
    ]);
  });

  it('skips an event whose entry does not pass CalendarEntry, saying why', () => {
    const { items, issues } = importLinkedEvents([
      event('a:far', { start_time: '9999-12-31T22:30:00Z', end_time: '9999-12-31T23:00:00Z' }),
    ]);
    expect(items).toEqual([]);
    expect(codes(issues)).toEqual([['a:far', '', 'invalid-entry']]);
    expect(issues[0]?.message).toMatch(/^The entry is not valid: start: /);
  });
});

describe('importLinkedEvents on large input', () => {
  /** More than a call takes as arguments: `push(...issues)` overflowed the stack at about 120,000. */
  const LARGE = 150_000;

  it('imports an event with 150,000 keywords, one issue for each it leaves out', () => {
    const keywords = Array.from({ length: LARGE }, () => ({}));
    const event = {
      id: 'example:1',
      name: { fi: 'Perhekahvila' },
      start_time: '2026-03-10T07:30:00Z',
      end_time: '2026-03-10T09:00:00Z',
      keywords,
    };
    const { items, issues } = importLinkedEvents([event]);
    expect(items).toHaveLength(1);
    expect(issues.filter((i) => i.code === 'invalid-field' && i.field.startsWith('keywords['))).toHaveLength(LARGE);
  });
});
