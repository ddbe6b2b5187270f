import { etelaSavo, etelaSavoMeetingPlaces } from '@perhekeskus/core/etela-savo';
import { describe, expect, it } from 'vitest';
import { detectKind } from './detectKind.js';

const entry = {
  id: 'kerho-20260310',
  title: { fi: 'Kerho' },
  start: '2026-03-10T09:30:00+02:00',
  end: '2026-03-10T11:00:00+02:00',
};

describe('detectKind', () => {
  it('tells lists by their key, and bare arrays by their first row (the examples)', () => {
    expect(detectKind({ places: [] })).toBe('places');
    expect(detectKind({ entries: [entry] })).toBe('entries');
    expect(detectKind([entry])).toBe('entries');
    expect(detectKind([...etelaSavoMeetingPlaces])).toBe('places');
    expect(detectKind({ hello: 'world' })).toBeUndefined();
  });

  it('recognises the built-in region as a region', () => {
    expect(detectKind(JSON.parse(JSON.stringify(etelaSavo)))).toBe('region');
  });

  it('believes $schema before the other fields', () => {
    expect(detectKind({ $schema: 'https://perhekeskus.dev/schema/calendar-entries.json', places: [] })).toBe('entries');
    expect(detectKind({ $schema: './schema/meeting-places.json', entries: [] })).toBe('places');
    expect(detectKind({ $schema: 'https://perhekeskus.dev/schema/region.json' })).toBe('region');
  });

  it('does not guess for scalars, empty arrays or rows it cannot tell', () => {
    expect(detectKind('places')).toBeUndefined();
    expect(detectKind(null)).toBeUndefined();
    expect(detectKind([])).toBeUndefined();
    expect(detectKind([1, 2])).toBeUndefined();
    expect(detectKind([{ id: 'x' }])).toBeUndefined();
  });
});
