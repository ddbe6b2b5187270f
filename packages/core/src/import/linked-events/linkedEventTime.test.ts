import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helsinkiDateTime } from '../../time/helsinki.js';
import { toEpochMs } from '../../time/isoFormat.js';
import { linkedEventTimes, parseLinkedEventTime } from './linkedEventTime.js';

describe('parseLinkedEventTime', () => {
  it('reads date-times with Z or an offset, and bare dates (the documented examples)', () => {
    expect(parseLinkedEventTime('2026-10-24T06:00:00Z')).toEqual({ kind: 'instant', ms: Date.UTC(2026, 9, 24, 6) });
    expect(parseLinkedEventTime('2026-03-10')).toEqual({ kind: 'date', day: 20522 });
    expect(parseLinkedEventTime('2026-03-10T09:00:00')).toBeUndefined();
  });

  it('drops fractions of a second and accepts offsets written as +0200 or +02, and no seconds', () => {
    const nine = Date.UTC(2026, 2, 10, 7);
    expect(parseLinkedEventTime('2026-03-10T07:00:00.665340Z')).toEqual({ kind: 'instant', ms: nine });
    expect(parseLinkedEventTime('2026-03-10T09:00:00+0200')).toEqual({ kind: 'instant', ms: nine });
    expect(parseLinkedEventTime('2026-03-10T09:00+02')).toEqual({ kind: 'instant', ms: nine });
    expect(parseLinkedEventTime(' 2026-03-10T04:00:00-03:00 ')).toEqual({ kind: 'instant', ms: nine });
  });

  it('refuses impossible dates and times and anything else', () => {
    for (const text of ['2026-02-30', '2026-02-30T09:00:00Z', '2026-03-10T24:00:00Z', '10.3.2026', '', 'tomorrow']) {
      expect(parseLinkedEventTime(text)).toBeUndefined();
    }
  });
});

describe('linkedEventTimes', () => {
  it('writes Z times in Helsinki time with the offset of each side of the October change (documented example)', () => {
    expect(linkedEventTimes({ start_time: '2026-10-24T06:00:00Z', end_time: '2026-10-25T07:00:00Z' })).toEqual({
      start: '2026-10-24T09:00:00+03:00',
      end: '2026-10-25T09:00:00+02:00',
      allDay: false,
      issues: [],
    });
  });

  it('makes a date-only event without an end one all-day day and reports the assumed end (documented example)', () => {
    const times = linkedEventTimes({ start_time: '2026-03-10' });
    expect(times).toMatchObject({ start: '2026-03-10T00:00:00+02:00', end: '2026-03-11T00:00:00+02:00', allDay: true });
    expect('issues' in times && times.issues.map((i) => [i.field, i.code, i.skipped])).toEqual([
      ['end_time', 'missing-end-time', false],
    ]);
  });

  it('gives the all-day Sunday of the October change its 25 hours and the March one its 23', () => {
    expect(linkedEventTimes({ start_time: '2026-10-25' })).toMatchObject({
      start: '2026-10-25T00:00:00+03:00',
      end: '2026-10-26T00:00:00+02:00',
    });
    expect(linkedEventTimes({ start_time: '2026-03-29', end_time: null })).toMatchObject({
      start: '2026-03-29T00:00:00+02:00',
      end: '2026-03-30T00:00:00+03:00',
    });
  });

  it('runs a date-only end through that day, as the API writes the last day of a long event', () => {
    expect(linkedEventTimes({ start_time: '2026-06-01', end_time: '2026-08-31' })).toEqual({
      start: '2026-06-01T00:00:00+03:00',
      end: '2026-09-01T00:00:00+03:00',
      allDay: true,
      issues: [],
    });
    expect(linkedEventTimes({ start_time: '2026-06-01T10:00:00+03:00', end_time: '2026-08-31' })).toEqual({
      start: '2026-06-01T10:00:00+03:00',
      end: '2026-09-01T00:00:00+03:00',
      allDay: false,
      issues: [],
    });
  });

  it('lets a timed event without an end last to the end of its Helsinki day, and reports it', () => {
    const times = linkedEventTimes({ start_time: '2026-06-08T15:00:00Z', end_time: null });
    expect(times).toMatchObject({
      start: '2026-06-08T18:00:00+03:00',
      end: '2026-06-09T00:00:00+03:00',
      allDay: false,
    });
    expect('issues' in times && times.issues[0]?.message).toBe(
      'No end time: assumed to last until the end of the day (2026-06-09T00:00:00+03:00)',
    );
    // 23:30 UTC is already the next day in Helsinki.
    expect(linkedEventTimes({ start_time: '2026-01-05T23:30:00Z' })).toMatchObject({
      start: '2026-01-06T01:30:00+02:00',
      end: '2026-01-07T00:00:00+02:00',
    });
  });

  it('treats an end equal to the start as no end', () => {
    const times = linkedEventTimes({ start_time: '2026-03-10T07:00:00Z', end_time: '2026-03-10T09:00:00+02:00' });
    expect(times).toMatchObject({ end: '2026-03-11T00:00:00+02:00' });
    expect('issues' in times && times.issues[0]?.message).toMatch(/^The end time equals the start time/);
  });

  it('honours has_start_time and has_end_time false on full date-times, as the API stores them', () => {
    expect(
      linkedEventTimes({
        start_time: '2026-03-09T22:00:00Z',
        end_time: '2026-03-12T22:00:00Z',
        has_start_time: false,
        has_end_time: false,
      }),
    ).toEqual({ start: '2026-03-10T00:00:00+02:00', end: '2026-03-13T00:00:00+02:00', allDay: true, issues: [] });
  });

  it('keeps a date-only start all-day through the day of a timed end, and reports the dropped time of day', () => {
    const times = linkedEventTimes({ start_time: '2026-03-10', end_time: '2026-03-12T15:00:00+02:00' });
    expect(times).toMatchObject({ start: '2026-03-10T00:00:00+02:00', end: '2026-03-13T00:00:00+02:00', allDay: true });
    expect('issues' in times && times.issues.map((i) => i.code)).toEqual(['unmapped-field']);
  });

  it('reports an unreadable end and treats it as missing', () => {
    const times = linkedEventTimes({ start_time: '2026-03-10', end_time: 'soon' });
    expect(times).toMatchObject({ end: '2026-03-11T00:00:00+02:00', allDay: true });
    expect('issues' in times && times.issues.map((i) => [i.code, i.skipped])).toEqual([
      ['invalid-time', false],
      ['missing-end-time', false],
    ]);
  });

  it('skips an event without a readable start, or that ends before it starts', () => {
    const code = (fields: Parameters<typeof linkedEventTimes>[0]) => {
      const times = linkedEventTimes(fields);
      return 'skip' in times ? [times.skip.code, times.skip.skipped] : undefined;
    };
    expect(code({ start_time: null })).toEqual(['missing-start-time', true]);
    expect(code({ end_time: '2026-03-10' })).toEqual(['missing-start-time', true]);
    expect(code({ start_time: '2026-03-10 9.00' })).toEqual(['invalid-time', true]);
    expect(code({ start_time: '2026-03-10T10:00:00Z', end_time: '2026-03-10T09:00:00Z' })).toEqual([
      'end-before-start',
      true,
    ]);
    expect(code({ start_time: '2026-03-10', end_time: '2026-03-09' })).toEqual(['end-before-start', true]);
    expect(code({ start_time: '2026-03-10T10:00:00Z', end_time: '2026-03-09' })).toEqual(['end-before-start', true]);
  });

  it('keeps every instant and writes it with Helsinki’s offset at that instant', () => {
    const instant = fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => ms - (ms % 1000));
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 3 * 86_400 }), (start, seconds) => {
        const end = start + seconds * 1000;
        const times = linkedEventTimes({
          start_time: new Date(start).toISOString().replace('.000Z', 'Z'),
          end_time: new Date(end).toISOString(),
        });
        expect(times).toEqual({
          start: helsinkiDateTime(start),
          end: helsinkiDateTime(end),
          allDay: false,
          issues: [],
        });
        if ('start' in times) expect(toEpochMs(times.start)).toBe(start);
      }),
    );
  });
});
