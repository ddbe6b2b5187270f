import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runs } from '../test/runs.js';
import { epochDay } from '../time/calendarDay.js';
import { helsinkiToUtc } from '../time/helsinki.js';
import { formatIsoDay } from '../time/isoFormat.js';
import type { CalendarEvent } from './calendarEvent.js';
import { toICalendar } from './toICalendar.js';

/** Parses with the independent ical.js, registering the calendar's own VTIMEZONE first. */
function parseWithIcalJs(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  const vtimezone = root.getFirstSubcomponent('vtimezone');
  if (!vtimezone) throw new Error('no VTIMEZONE');
  ICAL.TimezoneService.register(vtimezone);
  return { root, events: root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}

/** An instant written with an arbitrary UTC offset in minutes. */
function withOffset(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${offsetMinutes < 0 ? '-' : '+'}${hh}:${mm}`;
}

/** The last Sunday of a month (1-based), as a UTC day number. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('toICalendar', () => {
  it('writes the calendar header, the Helsinki VTIMEZONE and one VEVENT', () => {
    const ics = toICalendar(
      [
        {
          uid: 'a@perhekeskus',
          title: 'Ohjausryhmä',
          start: '2026-03-10T09:00:00+02:00',
          end: '2026-03-10T11:00:00+02:00',
        },
      ],
      { name: 'Perhekeskus' },
    );
    const lines = ics.split('\r\n');
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//perhekeskus//@perhekeskus/core//EN',
      'CALSCALE:GREGORIAN',
      'X-WR-CALNAME:Perhekeskus',
    ]);
    expect(lines).toContain('TZID:Europe/Helsinki');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(lines).toContain('DTSTART;TZID=Europe/Helsinki:20260310T090000');
    expect(lines).toContain('DTEND;TZID=Europe/Helsinki:20260310T110000');
    expect(lines).toContain('DTSTAMP:20260310T070000Z');
    expect(lines).toContain('UID:a@perhekeskus');
    expect(lines).toContain('SUMMARY:Ohjausryhmä');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.at(-1)).toBe('');
  });

  it('keeps the documented example true', () => {
    const ics = toICalendar(
      [
        {
          uid: 'steering-group-20260310@perhekeskus',
          title: 'Ohjausryhmä',
          start: '2026-03-10T07:00:00Z',
          end: '2026-03-10T09:00:00Z',
        },
      ],
      { name: 'Perhekeskus' },
    );
    expect(ics.includes('\r\nDTSTART;TZID=Europe/Helsinki:20260310T090000\r\n')).toBe(true);
    const survey = toICalendar(
      [
        {
          uid: 'family-survey-20270901@etela-savo',
          title: 'Perheiden kysely',
          start: '2027-09-01T00:00:00+03:00',
          end: '2027-12-01T00:00:00+02:00',
          allDay: true,
        },
      ],
      { name: 'Arviointikalenteri' },
    );
    expect(survey.includes('\r\nDTSTART;VALUE=DATE:20270901\r\nDTEND;VALUE=DATE:20271201\r\n')).toBe(true);
  });

  it('writes an all-day event as dates with an exclusive end, and no time-zone reference', () => {
    const ics = toICalendar(
      [
        {
          uid: 'peer-review-20270301@etela-savo',
          title: 'Vertaisarviointi',
          // Given in UTC: the Helsinki days are what count, not the UTC ones (28 Feb 22:00Z is 1 March).
          start: '2027-02-28T22:00:00Z',
          end: '2027-03-31T21:00:00Z',
          allDay: true,
        },
      ],
      { name: 'Arviointi', now: '2027-01-01T00:00:00Z' },
    );
    const block = ics.slice(ics.indexOf('BEGIN:VEVENT'), ics.indexOf('END:VEVENT')).split('\r\n');
    expect(block).toEqual([
      'BEGIN:VEVENT',
      'UID:peer-review-20270301@etela-savo',
      'DTSTAMP:20270101T000000Z',
      'DTSTART;VALUE=DATE:20270301',
      'DTEND;VALUE=DATE:20270401',
      'SUMMARY:Vertaisarviointi',
      '',
    ]);
  });

  it('round-trips the Helsinki days of all-day events across summer and winter time through ical.js', () => {
    // Midnight to midnight in Helsinki, written with the offset of the day (as entriesFromEvaluationCalendar
    // does) or in UTC: winter only, winter into summer, summer only, summer into winter, over the new year.
    const spans: [string, string, string, string][] = [
      ['2027-01-01T00:00:00+02:00', '2027-02-01T00:00:00+02:00', '2027-01-01', '2027-02-01'],
      ['2027-03-01T00:00:00+02:00', '2027-04-01T00:00:00+03:00', '2027-03-01', '2027-04-01'],
      ['2027-03-28T00:00:00+02:00', '2027-03-29T00:00:00+03:00', '2027-03-28', '2027-03-29'],
      ['2027-06-01T00:00:00+03:00', '2027-06-02T00:00:00+03:00', '2027-06-01', '2027-06-02'],
      ['2027-09-01T00:00:00+03:00', '2027-12-01T00:00:00+02:00', '2027-09-01', '2027-12-01'],
      ['2027-10-31T00:00:00+03:00', '2027-11-01T00:00:00+02:00', '2027-10-31', '2027-11-01'],
      ['2027-12-31T22:00:00Z', '2028-01-01T22:00:00Z', '2028-01-01', '2028-01-02'],
      ['2027-05-31T21:00:00Z', '2027-06-30T21:00:00Z', '2027-06-01', '2027-07-01'],
    ];
    const events: CalendarEvent[] = spans.map(([start, end], i) => ({
      uid: `day-${i}`,
      title: 'Päivä',
      start,
      end,
      allDay: true,
    }));
    const parsed = parseWithIcalJs(toICalendar(events, { name: 'Päivät' })).events;
    expect(parsed.map((e) => [e.startDate.isDate, e.endDate.isDate])).toEqual(spans.map(() => [true, true]));
    expect(parsed.map((e) => [e.startDate.toString(), e.endDate.toString()])).toEqual(
      spans.map(([, , first, after]) => [first, after]),
    );
    // Back to instants: midnight in Helsinki at both ends gives the event's own start and end.
    for (const [i, event] of parsed.entries()) {
      const helsinki = ICAL.TimezoneService.get('Europe/Helsinki')!;
      const atMidnight = (date: ICAL.Time) =>
        new ICAL.Time({ year: date.year, month: date.month, day: date.day, hour: 0, minute: 0, second: 0 }, helsinki);
      expect(atMidnight(event.startDate).toJSDate().getTime(), `${i}`).toBe(Date.parse(spans[i]![0]));
      expect(atMidnight(event.endDate).toJSDate().getTime(), `${i}`).toBe(Date.parse(spans[i]![1]));
    }
  });

  it('round-trips any span of whole Helsinki days from 1997 to 2099, written with any offset (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: epochDay(1997, 1, 1), max: epochDay(2099, 12, 31) }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (first, days, offset) => {
          const start = helsinkiToUtc(first, 0);
          const end = helsinkiToUtc(first + days, 0);
          const ics = toICalendar(
            [{ uid: 'd', title: 'D', start: withOffset(start, offset), end: withOffset(end, offset), allDay: true }],
            { name: 'D' },
          );
          const [event] = parseWithIcalJs(ics).events;
          expect(event!.startDate.isDate).toBe(true);
          expect(event!.startDate.toString()).toBe(formatIsoDay(first));
          expect(event!.endDate.toString()).toBe(formatIsoDay(first + days));
        },
      ),
      { numRuns: runs(200) },
    );
  });

  it('ends every line with CRLF, the last one included, and has no bare CR or LF', () => {
    const ics = toICalendar(
      [
        {
          uid: 'x',
          title: 'Rivi 1\nrivi 2\r\nrivi 3',
          description: 'a\rb',
          start: '2026-03-10T09:00:00+02:00',
          end: '2026-03-10T11:00:00+02:00',
        },
      ],
      { name: 'Test' },
    );
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes the instant of any offset as Helsinki time, on both sides of every DST change 2026–2035', () => {
    const events: CalendarEvent[] = [];
    const instants: [number, number][] = [];
    for (let year = 2026; year <= 2035; year++) {
      const march = lastSunday(year, 3);
      const october = lastSunday(year, 10);
      const starts = [
        Date.UTC(year, 2, march - 1, 7), // Saturday before, EET
        Date.UTC(year, 2, march, 0, 30), // 02:30 EET, just before the change
        Date.UTC(year, 2, march, 1, 0), // 04:00 EEST, the first summer minute
        Date.UTC(year, 2, march + 1, 6), // Monday after, EEST
        Date.UTC(year, 9, october - 1, 6), // Saturday before, EEST
        Date.UTC(year, 9, october, 0, 30), // 03:30 EEST, the first 03:30
        Date.UTC(year, 9, october, 1, 30), // 03:30 EET, the second 03:30
        Date.UTC(year, 9, october, 2, 0), // 04:00 EET
        Date.UTC(year, 9, october + 1, 7), // Monday after, EET
      ];
      for (const [i, start] of starts.entries()) {
        const end = start + 90 * 60_000; // several of these end across the change
        const offset = [0, 120, 180, -300, 330][i % 5]!;
        events.push({
          uid: `dst-${year}-${i}`,
          title: 'DST',
          start: withOffset(start, offset),
          end: withOffset(end, offset),
        });
        instants.push([start, end]);
      }
    }
    const { events: parsed } = parseWithIcalJs(toICalendar(events, { name: 'DST' }));
    expect(parsed).toHaveLength(instants.length);
    for (const [i, event] of parsed.entries()) {
      expect(event.startDate.toJSDate().getTime(), event.uid).toBe(instants[i]![0]);
      expect(event.endDate.toJSDate().getTime(), event.uid).toBe(instants[i]![1]);
      expect(event.startDate.toUnixTime() * 1000).toBe(instants[i]![0]);
    }
    // The ordinary times really are written as Helsinki wall-clock time.
    expect(parsed[0]!.startDate.zone?.tzid).toBe('Europe/Helsinki');
    expect(parsed[0]!.startDate.toString()).toBe('2026-03-28T09:00:00');
    expect(parsed[3]!.startDate.toString()).toBe('2026-03-30T09:00:00');
  });

  it('round-trips random instants from 1990 to 2100, written with random offsets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2100, 0, 1) / 1000 }),
        fc.integer({ min: 15, max: 24 * 60 }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (seconds, minutes, offset) => {
          const start = seconds * 1000;
          const end = start + minutes * 60_000;
          const ics = toICalendar(
            [{ uid: 'r', title: 'R', start: withOffset(start, offset), end: withOffset(end, offset) }],
            {
              name: 'R',
            },
          );
          const [event] = parseWithIcalJs(ics).events;
          expect(event!.startDate.toJSDate().getTime()).toBe(start);
          expect(event!.endDate.toJSDate().getTime()).toBe(end);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('writes RRULE and EXDATE so that ical.js expands exactly the intended meetings', () => {
    const ics = toICalendar(
      [
        {
          uid: 'series@perhekeskus',
          title: 'Ohjausryhmä',
          start: '2026-02-10T09:00:00+02:00',
          end: '2026-02-10T11:00:00+02:00',
          rrule: 'FREQ=MONTHLY;BYDAY=2TU;UNTIL=20260630T205959Z',
          exdates: ['2026-04-14T06:00:00Z'],
        },
      ],
      { name: 'Sarja' },
    );
    expect(ics).toContain('\r\nRRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20260630T205959Z\r\n');
    expect(ics).toContain('\r\nEXDATE;TZID=Europe/Helsinki:20260414T090000\r\n');
    const [event] = parseWithIcalJs(ics).events;
    const iterator = event!.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) starts.push(next.toJSDate().toISOString());
    expect(starts).toEqual([
      '2026-02-10T07:00:00.000Z',
      '2026-03-10T07:00:00.000Z',
      '2026-05-12T06:00:00.000Z',
      '2026-06-09T06:00:00.000Z',
    ]);
  });

  it('escapes TEXT so that titles, places and categories round-trip through ical.js', () => {
    const title = 'Kokous; aiheet, muistio \\ C:\\temp\nToinen rivi 😀 äö ÅÄÖ';
    const location = 'Kunnantalo, sali 2; 2. krs';
    const categories = ['Ohjausryhmä, laaja', 'Etä;kokous', 'a\\b'];
    const ics = toICalendar(
      [
        {
          uid: 'id;with,chars',
          title,
          location,
          categories,
          start: '2026-03-10T09:00:00+02:00',
          end: '2026-03-10T11:00:00+02:00',
        },
      ],
      { name: 'Nimi, jossa; merkkejä' },
    );
    const { root, events } = parseWithIcalJs(ics);
    // X- properties default to TEXT (RFC 5545 §3.8.8.2); ical.js leaves their value raw, so decode it as TEXT.
    const rawName = String(root.getFirstPropertyValue('x-wr-calname'));
    expect(ICAL.design.icalendar.value['text']!.fromICAL!(rawName)).toBe('Nimi, jossa; merkkejä');
    expect(events[0]!.summary).toBe(title);
    expect(events[0]!.location).toBe(location);
    expect(events[0]!.uid).toBe('id;with,chars');
    expect(events[0]!.component.getFirstProperty('categories')!.getValues()).toEqual(categories);
  });

  it('folds long Finnish text into lines of at most 75 octets that ical.js reads back whole', () => {
    const description =
      'Perhekeskuksen ohjausryhmä käsittelee yhteistyösopimuksen toteutumista, vuosikellon tehtäviä, ' +
      'kohtaamispaikkojen vertaisarviointia ja järjestöjen, seurakuntien sekä hyvinvointialueen yhteistä ' +
      'kehittämistä. Äänestysjärjestys: ensin ehdotukset, sitten päätös; pöytäkirja lähetetään jäsenille.\n' +
      'Lisätietoja: ohjausryhmän sihteeri. '.repeat(5);
    const ics = toICalendar(
      [
        {
          uid: 'long',
          title: 'Pitkä',
          description,
          start: '2026-03-10T09:00:00+02:00',
          end: '2026-03-10T11:00:00+02:00',
        },
      ],
      { name: 'Pitkä' },
    );
    const lines = ics.split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(parseWithIcalJs(ics).events[0]!.description).toBe(description);
  });

  it('keeps any text intact through escaping, folding and parsing (property)', () => {
    const unit = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.constantFrom(';', ',', '\\', '\n', '\r\n', ':', '"', 'ä', 'ö', '😀', '\\n', '\t', ' '),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 120 }), (pieces) => {
        const text = pieces.join('');
        const ics = toICalendar(
          [
            {
              uid: 'p',
              title: `T${text}`,
              description: text,
              start: '2026-03-10T09:00:00+02:00',
              end: '2026-03-10T11:00:00+02:00',
            },
          ],
          { name: 'P' },
        );
        for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
        // What TEXT can hold: line breaks become LF, ASCII controls other than tab go, lone surrogates become U+FFFD.
        const expected = text
          .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
          .replace(/\r\n?/g, '\n')
          .split('')
          .filter((c) => {
            const code = c.charCodeAt(0);
            return !((code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0x7f);
          })
          .join('');
        const [event] = parseWithIcalJs(ics).events;
        expect(event!.summary).toBe(`T${expected}`);
        expect(event!.description ?? '').toBe(expected);
      }),
      { numRuns: runs(300) },
    );
  });

  it('writes URL, STATUS and DTSTAMP from options.now', () => {
    const ics = toICalendar(
      [
        {
          uid: 'u',
          title: 'T',
          url: 'https://example.fi/kokous?a=1,b=2;c',
          status: 'cancelled',
          start: '2026-03-10T09:00:00+02:00',
          end: '2026-03-10T11:00:00+02:00',
        },
      ],
      { name: 'U', now: '2026-01-01T12:00:00+02:00' },
    );
    expect(ics).toContain('\r\nURL:https://example.fi/kokous?a=1,b=2;c\r\n');
    expect(ics).toContain('\r\nSTATUS:CANCELLED\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20260101T100000Z\r\n');
    const [event] = parseWithIcalJs(ics).events;
    expect(event!.component.getFirstPropertyValue('url')).toBe('https://example.fi/kokous?a=1,b=2;c');
  });

  it('gives the same output for the same input, and each event block depends only on its event', () => {
    const a: CalendarEvent = {
      uid: 'a',
      title: 'A',
      start: '2026-03-10T09:00:00+02:00',
      end: '2026-03-10T10:00:00+02:00',
    };
    const b: CalendarEvent = {
      uid: 'b',
      title: 'B',
      start: '2026-04-10T09:00:00+03:00',
      end: '2026-04-10T10:00:00+03:00',
    };
    const block = (ics: string) => ics.slice(ics.indexOf('BEGIN:VEVENT'), ics.indexOf('END:VEVENT'));
    expect(toICalendar([a, b], { name: 'S' })).toBe(toICalendar([{ ...a }, { ...b }], { name: 'S' }));
    expect(block(toICalendar([a], { name: 'S' }))).toBe(block(toICalendar([a, b], { name: 'S' })));
  });

  it('rejects a repeated UID, a time zone other than Helsinki and an event that ends before it starts', () => {
    const a: CalendarEvent = {
      uid: 'a',
      title: 'A',
      start: '2026-03-10T09:00:00+02:00',
      end: '2026-03-10T10:00:00+02:00',
    };
    expect(() => toICalendar([a, { ...a }], { name: 'S' })).toThrow('events[1].uid: UID already used by events[0]');
    expect(() => toICalendar([a], { name: 'S', timeZone: 'Europe/Stockholm' as 'Europe/Helsinki' })).toThrow(
      /options\.timeZone/,
    );
    expect(() => toICalendar([{ ...a, end: '2026-03-10T08:00:00+02:00' }], { name: 'S' })).toThrow(
      'events[0].end: The event must end after it starts',
    );
    expect(toICalendar([a], { name: 'S', timeZone: 'Europe/Helsinki' })).toContain('TZID:Europe/Helsinki');
  });
});

describe('toICalendar never sees what the schema refuses (issue 14)', () => {
  const event = {
    uid: 'a@perhekeskus',
    title: 'Kokous',
    start: '2026-03-10T09:00:00+02:00',
    end: '2026-03-10T11:00:00+02:00',
  };

  it('refuses an instant outside 1922–2200 in Helsinki', () => {
    expect(() => toICalendar([{ ...event, end: '9999-12-31T23:00:00Z' }], { name: 'K' })).toThrow(
      /^events\[0\]\.end: Expected a year in 1922–2200/,
    );
    expect(() => toICalendar([{ ...event, start: '1921-12-31T21:00:00Z' }], { name: 'K' })).toThrow(
      /^events\[0\]\.start:/,
    );
    expect(() => toICalendar([event], { name: 'K', now: '9999-12-31T23:00:00Z' })).toThrow(/^options\.now:/);
  });

  it('refuses text with a lone surrogate, which no UTF-8 file can hold', () => {
    expect(() => toICalendar([{ ...event, location: 'Talo \ud83d' }], { name: 'K' })).toThrow(
      /^events\[0\]\.location:/,
    );
    expect(() => toICalendar([event], { name: '\ude00' })).toThrow(/^options\.name:/);
  });
});

describe('toICalendar: organiser and attendees', () => {
  const meeting: CalendarEvent = {
    uid: 'steering-group-20260310@etela-savo',
    title: 'Johtoryhmä',
    start: '2026-03-10T13:00:00+02:00',
    end: '2026-03-10T15:00:00+02:00',
  };

  it('writes ORGANIZER and ATTENDEEs with CN, ROLE and mailto, which ical.js reads back', () => {
    const arbitraryName = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
      .filter((s) => s.trim() === s && s.length > 0);
    fc.assert(
      fc.property(arbitraryName, arbitraryName, (organizer, deputy) => {
        const ics = toICalendar(
          [
            {
              ...meeting,
              organizer: { name: organizer, email: 'pj@example.org' },
              attendees: [
                { email: 'member@example.org' },
                { name: deputy, email: 'deputy@example.org', participation: 'optional' },
              ],
            },
          ],
          { name: 'Johtoryhmä' },
        );
        const [event] = parseWithIcalJs(ics).events;
        const org = event!.component.getFirstProperty('organizer')!;
        const att = event!.component.getAllProperties('attendee');
        // Line breaks survive as RFC 6868 ^n; other control characters are dropped.
        const clean = (s: string) =>
          [...s.replace(/\r\n?/g, '\n')]
            .filter((c) => c === '\n' || c === '\t' || (c.charCodeAt(0) >= 0x20 && c !== '\u007f'))
            .join('');
        expect(org.getFirstValue()).toBe('mailto:pj@example.org');
        expect(org.getParameter('cn')).toBe(clean(organizer));
        expect(att.map((a) => [a.getFirstValue(), a.getParameter('role'), a.getParameter('cn')])).toEqual([
          ['mailto:member@example.org', 'REQ-PARTICIPANT', undefined],
          ['mailto:deputy@example.org', 'OPT-PARTICIPANT', clean(deputy)],
        ]);
      }),
      { numRuns: runs(50) },
    );
  });

  it('refuses an organiser without a valid e-mail address', () => {
    expect(() => toICalendar([{ ...meeting, organizer: { email: 'not an address' } }], { name: 'x' })).toThrow(
      /^events\[0\]\.organizer\.email:/,
    );
  });
});
