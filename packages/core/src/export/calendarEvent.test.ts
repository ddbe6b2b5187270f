import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { WebUrl } from '../model/webUrl.js';
import { CalendarEvent, RecurrenceRule } from './calendarEvent.js';

const base = { uid: 'a', title: 'A', start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T11:00:00+02:00' };
const ok = (value: unknown) => z.safeParse(CalendarEvent, value).success;

describe('CalendarEvent', () => {
  it('accepts a plain and a recurring event', () => {
    expect(ok(base)).toBe(true);
    expect(
      ok({ ...base, rrule: 'FREQ=MONTHLY;BYDAY=2TU;UNTIL=20291231T215959Z', exdates: ['2026-04-14T09:00:00+03:00'] }),
    ).toBe(true);
  });

  it('rejects an event that does not end after it starts, and exdates without a rule', () => {
    expect(ok({ ...base, end: base.start })).toBe(false);
    expect(ok({ ...base, exdates: ['2026-04-14T09:00:00+03:00'] })).toBe(false);
  });

  it('accepts an all-day event, but not a recurring one', () => {
    const day = { ...base, start: '2027-09-01T00:00:00+03:00', end: '2027-12-01T00:00:00+02:00', allDay: true };
    expect(ok(day)).toBe(true);
    const recurring = z.safeParse(CalendarEvent, { ...day, rrule: 'FREQ=YEARLY' });
    expect(recurring.success).toBe(false);
    expect(recurring.error?.issues.map((i) => [i.path, (i as { params?: { rule?: string } }).params?.rule])).toEqual([
      [['rrule'], 'all-day-recurrence'],
    ]);
  });

  it('rejects a recurring event starting in the repeated hour of October', () => {
    expect(
      ok({ ...base, start: '2026-10-25T03:30:00+03:00', end: '2026-10-25T05:00:00+02:00', rrule: 'FREQ=YEARLY' }),
    ).toBe(false);
  });

  it('accepts only RRULE values of the RFC 5545 shape, UNTIL in UTC and not with COUNT', () => {
    expect(z.safeParse(RecurrenceRule, 'FREQ=MONTHLY;BYMONTH=1,2;BYDAY=-1TH;COUNT=5').success).toBe(true);
    expect(z.safeParse(RecurrenceRule, 'FREQ=MONTHLY;UNTIL=20291231').success).toBe(false);
    expect(z.safeParse(RecurrenceRule, 'FREQ=MONTHLY;UNTIL=20291231T215959Z;COUNT=3').success).toBe(false);
    expect(z.safeParse(RecurrenceRule, 'BYDAY=2TU;FREQ=MONTHLY').success).toBe(false);
    expect(z.safeParse(RecurrenceRule, 'FREQ=MONTHLY\r\nX-EVIL:1').success).toBe(false);
  });

  it('accepts only http(s) links on one line, and UIDs without control characters', () => {
    expect(z.safeParse(WebUrl, 'https://example.fi/a?b=1').success).toBe(true);
    expect(z.safeParse(WebUrl, 'javascript:alert(1)').success).toBe(false);
    expect(z.safeParse(WebUrl, 'https://example.fi/\r\nX-EVIL:1').success).toBe(false);
    expect(ok({ ...base, uid: 'a\r\nX-EVIL:1' })).toBe(false);
  });
});
