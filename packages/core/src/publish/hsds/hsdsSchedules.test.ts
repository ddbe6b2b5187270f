import { describe, expect, it } from 'vitest';
import { activitySchedule, exceptionSchedule, HSDS_WEEK_NUMBERS } from './hsdsSchedules.js';

const links = { id: 'i', service_id: 's', location_id: 'l', service_at_location_id: 'sal' };
const fi = (text: { fi?: string; sv?: string }) => text.fi ?? text.sv ?? '';

describe('activitySchedule', () => {
  it('writes a weekly activity as an RFC 5545 weekly rule with its hours, dates and texts', () => {
    const row = activitySchedule(
      {
        id: 'cafe',
        name: { fi: 'Perhekahvila' },
        offering: 'open-activity',
        weekday: 2,
        start: '09:00',
        end: '11:00',
        validFrom: '2026-01-01',
        validTo: '2026-05-31',
        note: { fi: 'Ei kesällä' },
      },
      links,
      fi,
    );
    expect(row).toEqual({
      ...links,
      valid_from: '2026-01-01',
      valid_to: '2026-05-31',
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: 'TU',
      description: 'Perhekahvila',
      opens_at: '09:00',
      closes_at: '11:00',
      notes: 'Ei kesällä',
    });
  });

  it('writes odd and even weeks as the matching BYWEEKNO lists, Sunday as SU', () => {
    const base = {
      id: 'a',
      name: { fi: 'A' },
      offering: 'open-activity',
      weekday: 7,
      start: '10:00',
      end: '11:00',
    } as const;
    expect(activitySchedule({ ...base, weeks: 'odd' }, links, fi)).toMatchObject({
      byday: 'SU',
      byweekno: HSDS_WEEK_NUMBERS.odd,
    });
    expect(activitySchedule({ ...base, weeks: 'even' }, links, fi).byweekno).toBe(HSDS_WEEK_NUMBERS.even);
    expect(activitySchedule({ ...base, weeks: 'every' }, links, fi)).not.toHaveProperty('byweekno');
    expect(HSDS_WEEK_NUMBERS.odd.split(',')).toHaveLength(27);
    expect(HSDS_WEEK_NUMBERS.even.endsWith(',52')).toBe(true);
  });
});

describe('exceptionSchedule', () => {
  it('writes a closed day as a one-day schedule without hours', () => {
    expect(exceptionSchedule({ date: '2026-12-24', closed: true, note: { fi: 'Jouluaatto' } }, links, fi)).toEqual({
      ...links,
      valid_from: '2026-12-24',
      valid_to: '2026-12-24',
      dtstart: '2026-12-24',
      count: 1,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: 'TH',
      description: 'Jouluaatto',
    });
  });

  it('writes a day of other hours with its hours', () => {
    expect(
      exceptionSchedule({ date: '2026-06-01', closed: false, start: '12:00', end: '14:00' }, links, fi),
    ).toMatchObject({
      byday: 'MO',
      opens_at: '12:00',
      closes_at: '14:00',
    });
  });
});
