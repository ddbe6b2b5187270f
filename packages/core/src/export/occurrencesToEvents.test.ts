import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { MonthlyCadence } from '../model/cadence.js';
import type { GroupOccurrence, Occurrence } from '../schedule/occurrence.js';
import { runs } from '../test/runs.js';
import { occurrencesToEvents } from './occurrencesToEvents.js';
import { toICalendar } from './toICalendar.js';

const steering = { fi: 'Ohjausryhmä', sv: 'Styrgruppen', en: 'Steering group' };

/** The nth (or last, -1) ISO weekday of a month, by counting days. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  const days: number[] = [];
  for (let day = 1; day <= new Date(Date.UTC(year, month, 0)).getUTCDate(); day++) {
    if (((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1 === weekday) days.push(day);
  }
  return (nth > 0 ? days[nth - 1] : days.at(-1))!;
}

function meeting(year: number, month: number, day: number, extra: Partial<Occurrence> = {}, hour = 9): Occurrence {
  const start = new TZDate(year, month - 1, day, hour, 0, 0, 'Europe/Helsinki');
  const end = new TZDate(start.getTime() + 2 * 3_600_000, 'Europe/Helsinki');
  const iso = (d: TZDate) => d.toISOString().replace('.000', '');
  return { start: iso(start), end: iso(end), mode: 'remote', ...extra };
}

/** All instances (start and end, epoch ms) of every event of a calendar, as ical.js expands them. */
function expandWithIcalJs(ics: string): [number, number][] {
  const root = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.register(root.getFirstSubcomponent('vtimezone')!);
  const spans: [number, number][] = [];
  for (const component of root.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    if (!event.isRecurring()) {
      spans.push([event.startDate.toJSDate().getTime(), event.endDate.toJSDate().getTime()]);
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      spans.push([details.startDate.toJSDate().getTime(), details.endDate.toJSDate().getTime()]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

const spansOf = (occurrences: Occurrence[]) =>
  occurrences.map((o): [number, number] => [Date.parse(o.start), Date.parse(o.end)]).sort((a, b) => a[0] - b[0]);

describe('occurrencesToEvents', () => {
  it('keeps the documented example true', () => {
    const group = { id: 'steering-group', name: steering };
    const [event] = occurrencesToEvents(
      [{ start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T11:00:00+02:00', mode: 'remote' }],
      { group, locale: 'en' },
    );
    expect(event!.uid).toBe('steering-group-20260310@perhekeskus');
    expect(event!.categories).toEqual(['Steering group', 'Remote']);
  });

  it('builds UIDs from group and Helsinki date that do not change when other meetings come or go', () => {
    const a: GroupOccurrence = { ...meeting(2026, 3, 10), groupId: 'steering-group', groupName: steering };
    const b: GroupOccurrence = { ...meeting(2026, 4, 14), groupId: 'steering-group', groupName: steering };
    const late: GroupOccurrence = {
      start: '2026-05-11T23:30:00Z', // 12 May 02:30 in Helsinki
      end: '2026-05-12T00:30:00Z',
      mode: 'in-person',
      groupId: 'network',
      groupName: { fi: 'Verkosto', sv: 'Nätverket', en: 'Network' },
    };
    const uids = occurrencesToEvents([a, b, late]).map((e) => e.uid);
    expect(uids).toEqual([
      'steering-group-20260310@perhekeskus',
      'steering-group-20260414@perhekeskus',
      'network-20260512@perhekeskus',
    ]);
    expect(occurrencesToEvents([b]).map((e) => e.uid)).toEqual([uids[1]]);
    expect(occurrencesToEvents([late, a]).map((e) => e.uid)).toEqual([uids[2], uids[0]]);
    expect(occurrencesToEvents([a], { uidDomain: 'mikkeli.fi' })[0]!.uid).toBe('steering-group-20260310@mikkeli.fi');
  });

  it('keys a moved meeting by its planned day and numbers two meetings of one day in start order', () => {
    const group = { id: 'steering-group', name: steering };
    const moved = meeting(2026, 12, 28, { moved: { from: '2026-12-24', reason: 'holiday' } });
    expect(occurrencesToEvents([moved], { group })[0]!.uid).toBe('steering-group-20261224@perhekeskus');

    const morning = meeting(2026, 3, 10, {}, 9);
    const afternoon = meeting(2026, 3, 10, {}, 13);
    const uids = occurrencesToEvents([afternoon, morning], { group }).map((e) => e.uid);
    expect(uids).toEqual(['steering-group-20260310-2@perhekeskus', 'steering-group-20260310@perhekeskus']);
  });

  it('writes titles, mode and topics in the chosen locale, falling back to Finnish', () => {
    const occurrence: GroupOccurrence = {
      ...meeting(2026, 4, 14, {
        mode: 'hybrid',
        title: { fi: 'Alueellinen tapaaminen', sv: 'Regional träff' },
        topics: [{ fi: 'Vuosikello', en: 'Year clock' }, { fi: 'Talousarvio' }],
      }),
      groupId: 'area-meeting',
      groupName: { fi: 'Aluetapaaminen', sv: 'Områdesmöte', en: 'Area meeting' },
    };
    const [sv] = occurrencesToEvents([occurrence], { locale: 'sv', location: 'Kunnantalo' });
    expect(sv!.title).toBe('Regional träff');
    expect(sv!.categories).toEqual(['Områdesmöte', 'Hybridmöte']);
    expect(sv!.location).toBe('Kunnantalo');
    expect(sv!.description).toBe('Områdesmöte\nMötesform: Hybridmöte\nÄmnen:\n- Vuosikello\n- Talousarvio');
    const [en] = occurrencesToEvents([occurrence], { locale: 'en' });
    expect(en!.title).toBe('Alueellinen tapaaminen');
    expect(en!.description).toContain('- Year clock');
    expect(en!.mode).toBe('hybrid');
    const [fi] = occurrencesToEvents([occurrence]);
    expect(fi!.description).toContain('Kokousmuoto: Hybridikokous');
  });

  it('says where a moved meeting was planned, and leaves the location off remote meetings', () => {
    const group = { id: 'steering-group', name: steering };
    const moved = meeting(2026, 12, 28, { moved: { from: '2026-12-24', reason: 'holiday' } });
    const [fi] = occurrencesToEvents([moved], { group, location: 'Kunnantalo', url: 'https://example.fi/ohjausryhma' });
    expect(fi!.description).toContain('Siirretty päivästä 24.12.2026 (pyhäpäivä)');
    expect(fi!.location).toBeUndefined();
    expect(fi!.url).toBe('https://example.fi/ohjausryhma');
    expect(occurrencesToEvents([moved], { group, locale: 'en' })[0]!.description).toContain(
      'Moved from 2026-12-24 (public holiday)',
    );
  });

  it('makes one recurring event when a monthly cadence reproduces the schedule exactly', () => {
    const cadence: MonthlyCadence = { kind: 'monthly', mode: 'remote', weekday: 2, weekOfMonth: 2, skipMonths: [7] };
    const occurrences: Occurrence[] = [];
    for (let year = 2026; year <= 2029; year++) {
      for (let month = 1; month <= 12; month++)
        if (month !== 7) occurrences.push(meeting(year, month, nthWeekday(year, month, 2, 2)));
    }
    const group = { id: 'steering-group', name: steering, cadence, kind: 'steering-group', members: [] };
    const events = occurrencesToEvents(occurrences, { group });
    expect(events).toHaveLength(1);
    expect(events[0]!.uid).toBe('steering-group-20260113-series@perhekeskus');
    expect(events[0]!.rrule).toBe('FREQ=MONTHLY;BYMONTH=1,2,3,4,5,6,8,9,10,11,12;BYDAY=2TU;UNTIL=20291211T215959Z');
    const ics = toICalendar(events, { name: 'Ohjausryhmä' });
    expect(ics).toContain('\r\nDTSTART;TZID=Europe/Helsinki:20260113T090000\r\n');
    expect(expandWithIcalJs(ics)).toEqual(spansOf(occurrences));
  });

  it('falls back to single events when the rule would differ from the schedule', () => {
    const cadence: MonthlyCadence = { kind: 'monthly', mode: 'remote', weekday: 2, weekOfMonth: 2 };
    const group = { id: 'steering-group', name: steering, cadence };
    const regular = [1, 2, 3, 4].map((month) => meeting(2026, month, nthWeekday(2026, month, 2, 2)));
    const moved = [...regular];
    moved[2] = meeting(2026, 3, 11, { moved: { from: '2026-03-10', reason: 'day-off' } });
    const topics = [...regular];
    topics[1] = { ...topics[1]!, topics: [{ fi: 'Talousarvio' }] };
    for (const occurrences of [moved, topics]) {
      const events = occurrencesToEvents(occurrences, { group });
      expect(events).toHaveLength(4);
      expect(events.every((e) => e.rrule === undefined)).toBe(true);
      expect(expandWithIcalJs(toICalendar(events, { name: 'S' }))).toEqual(spansOf(occurrences));
    }
    expect(occurrencesToEvents(regular, { group: { id: 'steering-group', name: steering } })).toHaveLength(4);
  });

  it('never emits a rule that expands to other meetings than the schedule (property)', () => {
    let recurring = 0;
    let single = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(1, 2, 3, 4, -1),
        fc.integer({ min: 2024, max: 2040 }),
        fc.integer({ min: 2, max: 30 }),
        fc.subarray([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], { minLength: 1 }),
        fc.array(fc.integer({ min: 0, max: 29 }), { maxLength: 2 }),
        fc.integer({ min: 0, max: 23 }),
        fc.boolean(),
        (weekday, nth, firstYear, count, months, dropped, hour, wrongNth) => {
          const occurrences: Occurrence[] = [];
          for (let index = firstYear * 12; occurrences.length < count; index++) {
            const year = Math.floor(index / 12);
            const month = (index % 12) + 1;
            if (!months.includes(month)) continue;
            const day = nthWeekday(
              year,
              month,
              weekday,
              wrongNth && occurrences.length === 1 ? (nth === 1 ? 2 : 1) : nth,
            );
            occurrences.push(meeting(year, month, day, {}, hour));
          }
          const kept = occurrences.filter((_, i) => !dropped.includes(i));
          const cadence: MonthlyCadence = {
            kind: 'monthly',
            mode: 'remote',
            weekday,
            weekOfMonth: nth as 1 | 2 | 3 | 4 | -1,
          };
          const events = occurrencesToEvents(kept, { group: { id: 'g', name: steering, cadence } });
          expect(expandWithIcalJs(toICalendar(events, { name: 'P' }))).toEqual(spansOf(kept));
          expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
          if (events.some((e) => e.rrule)) recurring++;
          else single++;
        },
      ),
      { numRuns: runs(200) },
    );
    // Both outcomes must actually be exercised for the property to mean anything.
    expect(recurring).toBeGreaterThan(20);
    expect(single).toBeGreaterThan(20);
  });

  it('rejects occurrences without a group, of another group, or with impossible times', () => {
    const plain = meeting(2026, 3, 10);
    expect(() => occurrencesToEvents([plain])).toThrow('occurrences[0].groupId: No group');
    const tagged: GroupOccurrence = { ...plain, groupId: 'network', groupName: steering };
    expect(() => occurrencesToEvents([tagged], { group: { id: 'steering-group', name: steering } })).toThrow(
      'occurrences[0].groupId: Belongs to network',
    );
    expect(() => occurrencesToEvents([{ ...tagged, start: '2026-02-30T09:00:00+02:00' }])).toThrow(
      'occurrences[0].start: Not a real date-time',
    );
    expect(() => occurrencesToEvents([{ ...tagged, end: tagged.start }])).toThrow('occurrences[0].end');
  });
});
