import { describe, expect, it } from 'vitest';
import { meetingPlaces } from '../data/etela-savo/meeting-places.js';
import { municipalities } from '../data/etela-savo/municipalities.js';
import { createPlaceIndex } from './createPlaceIndex.js';
import { filterPlaces } from './filterPlaces.js';
import { sortPlaces } from './sortPlaces.js';
import { upcomingOpenings } from '../schedule/upcomingOpenings.js';
import { checkPlaces } from './checkPlaces.js';

// The widget's default data: these tests keep the search logic and the built-in rows in step.
describe('search over the built-in Etelä-Savo meeting places', () => {
  it('validates every built-in row without issues, as a places.json would arrive', () => {
    const result = checkPlaces(JSON.parse(JSON.stringify({ places: meetingPlaces })));
    expect(result.issues).toEqual([]);
    expect(result.places).toHaveLength(meetingPlaces.length);
  });

  it('hides the invented example rows unless asked for them', () => {
    const index = createPlaceIndex(meetingPlaces, { municipalities });
    const shown = filterPlaces(index, {}, { today: '2026-03-10' });
    expect(shown.every((p) => p.example !== true)).toBe(true);
    expect(shown.map((p) => p.id)).toContain('rantasalmi-open-meeting-place');
    expect(filterPlaces(index, { includeExamples: true }, { today: '2026-03-10' })).toHaveLength(meetingPlaces.length);
  });

  it('finds the Rantasalmi place by a preset municipality and by typing the name without diacritics', () => {
    const index = createPlaceIndex(meetingPlaces, { municipalities });
    const byCode = filterPlaces(index, { municipalities: ['681'], audiences: ['families'] }, { today: '2026-03-10' });
    expect(byCode.map((p) => p.id)).toEqual(['rantasalmi-open-meeting-place']);
    expect(filterPlaces(index, { text: 'RANTASALMI kohtaamis' }, { today: '2026-03-10' })).toEqual(byCode);
  });

  it('orders every built-in row by distance from Juva, using municipal centres where a row has no point', () => {
    const juva = municipalities.find((m) => m.code === '178');
    expect(juva).toBeDefined();
    if (!juva) return;
    const sorted = sortPlaces(meetingPlaces, { by: 'distance', origin: juva.centre, locale: 'fi', municipalities });
    expect(sorted).toHaveLength(meetingPlaces.length);
    expect(sorted[0]?.municipalityCode).toBe('178');
  });

  it('lists a week of openings in Helsinki time for every built-in row', () => {
    for (const place of meetingPlaces) {
      for (const opening of upcomingOpenings(place, { from: '2026-03-23' })) {
        expect(opening.start).toMatch(/^2026-03-(2[3-9])T\d{2}:\d{2}:00\+0[23]:00$/);
        expect(Date.parse(opening.end)).toBeGreaterThan(Date.parse(opening.start));
      }
    }
  });
});
