import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import type { LocalizedText } from '../model/common.js';
import { CalendarEntry, CalendarEntryList } from './calendarEntry.js';

function entry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'perhekahvila-2026-03-10',
    title: { fi: 'Perhekahvila', en: 'Family café' },
    start: '2026-03-10T09:30:00+02:00',
    end: '2026-03-10T11:00:00+02:00',
    ...overrides,
  };
}

describe('CalendarEntry', () => {
  it('accepts the documented example with every optional field', () => {
    const full = entry({
      mode: 'hybrid',
      location: { fi: 'Juvan seurakuntatalo' },
      groupId: 'steering-group',
      groupName: { fi: 'Ohjausryhmä', sv: 'Styrgruppen', en: 'Steering group' },
      placeId: 'perhekahvila-juva',
      description: { fi: 'Tervetuloa!' },
      topics: [{ fi: 'Talousarvio' }],
      kind: 'meeting',
      allDay: false,
      example: true,
      url: 'https://www.juva.fi/',
    });
    expect(z.safeParse(CalendarEntry, full).success).toBe(true);
    expect(z.safeParse(CalendarEntryList, { $schema: 'x', entries: [full] }).success).toBe(true);
    expectTypeOf<CalendarEntry['title']>().toEqualTypeOf<LocalizedText>();
  });

  it('compares instants, not strings: 10:30+03:00 is before 10:00+02:00', () => {
    expect(
      z.safeParse(CalendarEntry, entry({ start: '2026-06-10T10:00:00+02:00', end: '2026-06-10T10:30:00+03:00' }))
        .success,
    ).toBe(false);
    expect(
      z.safeParse(CalendarEntry, entry({ start: '2026-06-10T10:30:00+03:00', end: '2026-06-10T10:00:00+02:00' }))
        .success,
    ).toBe(true);
  });

  it('rejects an entry that ends when it starts, an impossible date, unknown fields and a javascript: url', () => {
    expect(z.safeParse(CalendarEntry, entry({ end: '2026-03-10T09:30:00+02:00' })).success).toBe(false);
    expect(z.safeParse(CalendarEntry, entry({ start: '2026-02-30T09:30:00+02:00' })).success).toBe(false);
    expect(z.safeParse(CalendarEntry, entry({ colour: 'red' })).success).toBe(false);
    expect(z.safeParse(CalendarEntry, entry({ url: 'javascript:alert(1)' })).success).toBe(false);
    expect(z.safeParse(CalendarEntryList, { entries: [entry()], extra: 1 }).success).toBe(false);
  });

  it('converts to a JSON Schema for teams that validate feeds without TypeScript', () => {
    const schema = z.toJSONSchema(CalendarEntryList, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties ?? {})).toEqual(['$schema', 'entries']);
  });
});
