import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { etelaSavo } from '../data/etela-savo/region.js';
import { Region } from '../model/region.js';
import { meetingAgendas } from '../rules/meetingAgendas.js';
import { scheduleFor } from '../schedule/scheduleFor.js';
import { ValidationError } from '../validation/parseInput.js';
import { meetingEvents } from './meetingEvents.js';
import { toICalendar } from './toICalendar.js';

const pohjanmaa = z.parse(
  Region,
  JSON.parse(readFileSync(new URL('../../../../examples/pohjanmaa/region.json', import.meta.url), 'utf8')),
);

const TEAM = { document: 'etela-savo-people.json', assumption: 'Test data: invented work e-mails.' };

/**
 * The built-in region as a county data team would complete it in its own file: work e-mails for the
 * people (the seeds' own are left out of the library on purpose), a named chair, a named member and
 * a deputy member standing in for her (all invented, on the reserved example.org domain).
 */
function etelaSavoWithEmails(): Region {
  const region = structuredClone(etelaSavo) as Region;
  region.people = region.people.map((p) =>
    p.id === 'hanna-kokkonen' ? { ...p, workEmail: 'hanna.kokkonen@example.org' } : p,
  );
  region.people.push(
    { id: 'chair-person', name: 'Testi Puheenjohtaja', workEmail: 'pj@example.org', source: TEAM },
    { id: 'member-person', name: 'Meikäläinen, Maija', workEmail: 'maija@example.org', source: TEAM },
    { id: 'deputy-person', name: 'Teppo "Tepi" Varanen', workEmail: 'teppo@example.org', source: TEAM },
    { id: 'no-email', name: 'Ei Sähköpostia', source: TEAM },
  );
  const steering = region.groups.find((g) => g.id === 'steering-group')!;
  steering.members = steering.members.map((m) => (m.role === 'chair' ? { ...m, personId: 'chair-person' } : m));
  steering.members.push(
    { role: 'member', personId: 'member-person', partyId: 'juva', source: TEAM },
    { role: 'deputy-member', personId: 'deputy-person', partyId: 'juva', deputyOf: 'member-person', source: TEAM },
    { role: 'member', personId: 'no-email', source: TEAM },
  );
  return region;
}

function parseCalendar(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  return root.getAllSubcomponents('vevent');
}

describe('meetingEvents', () => {
  it("writes the steering group's organiser and attendees so that ical.js reads them back", () => {
    const region = etelaSavoWithEmails();
    const events = meetingEvents(region, { from: '2026-01-01', to: '2026-12-31', groups: ['steering-group'] });
    const vevents = parseCalendar(toICalendar(events, { name: 'Johtoryhmä' }));
    expect(vevents).toHaveLength(
      scheduleFor(region, { from: '2026-01-01', to: '2026-12-31', groups: ['steering-group'] }).length,
    );
    for (const vevent of vevents) {
      // 001 §13: the chair convenes the steering group and sends the agenda.
      const organizer = vevent.getFirstProperty('organizer')!;
      expect(organizer.getFirstValue()).toBe('mailto:pj@example.org');
      expect(organizer.getParameter('cn')).toBe('Testi Puheenjohtaja');
      const attendees = vevent.getAllProperties('attendee').map((a) => ({
        value: a.getFirstValue(),
        cn: a.getParameter('cn'),
        role: a.getParameter('role'),
      }));
      expect(attendees).toEqual([
        { value: 'mailto:pj@example.org', cn: 'Testi Puheenjohtaja', role: 'REQ-PARTICIPANT' },
        { value: 'mailto:maija@example.org', cn: 'Meikäläinen, Maija', role: 'REQ-PARTICIPANT' },
        { value: 'mailto:teppo@example.org', cn: 'Teppo "Tepi" Varanen', role: 'OPT-PARTICIPANT' },
      ]);
    }
  });

  it('quotes a name with a comma and writes a double quote as RFC 6868 does', () => {
    const [event] = meetingEvents(etelaSavoWithEmails(), {
      from: '2026-03-01',
      to: '2026-03-31',
      groups: ['steering-group'],
    });
    const ics = toICalendar([event!], { name: 'Johtoryhmä' }).replace(/\r\n /g, '');
    expect(ics).toContain('ATTENDEE;CN="Meikäläinen, Maija";ROLE=REQ-PARTICIPANT:mailto:maija@example.org\r\n');
    expect(ics).toContain("ATTENDEE;CN=Teppo ^'Tepi^' Varanen;ROLE=OPT-PARTICIPANT:mailto:teppo@example.org\r\n");
  });

  it("resolves the coordinator who convenes a network to the region's named coordinator", () => {
    const events = meetingEvents(etelaSavoWithEmails(), {
      from: '2026-01-01',
      to: '2026-12-31',
      groups: ['lp-development-network'],
    });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.organizer?.email === 'hanna.kokkonen@example.org')).toBe(true);
    // The member list holds the coordinator's post only: nobody else is invited by e-mail.
    expect(events.every((e) => e.attendees === undefined)).toBe(true);
  });

  it('writes no organiser or attendee when the region records no work e-mails (the built-in data)', () => {
    const events = meetingEvents(etelaSavo, { from: '2026-01-01', to: '2026-12-31', groups: ['steering-group'] });
    expect(events.some((e) => e.organizer !== undefined || e.attendees !== undefined)).toBe(false);
    const ics = toICalendar(events, { name: 'Johtoryhmä' });
    expect(ics).not.toMatch(/ORGANIZER|ATTENDEE/);
  });

  it("lists each meeting's agenda in the description, in the export's language", () => {
    const from = '2026-01-01';
    const to = '2026-12-31';
    const agendas = meetingAgendas(etelaSavo, { groupId: 'steering-group', from, to });
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const events = meetingEvents(etelaSavo, { from, to, groups: ['steering-group'], locale });
      expect(events).toHaveLength(agendas.length);
      events.forEach((event, i) => {
        const items = agendas[i]!.items;
        const heading = { fi: 'Esityslista:', sv: 'Föredragningslista:', en: 'Agenda:' }[locale];
        if (items.length === 0) expect(event.description).not.toContain(heading);
        else
          expect(event.description).toContain(
            [heading, ...items.map((item, n) => `${n + 1}. ${item.title[locale]}`)].join('\n'),
          );
      });
    }
  });

  it('invites the example county’s named members and deputies and leaves out posts without a person', () => {
    const [event] = meetingEvents(pohjanmaa, { from: '2026-01-01', to: '2026-01-31', groups: ['steering-group'] });
    const vevent = parseCalendar(toICalendar([event!], { name: 'Ledningsgruppen' }))[0]!;
    expect(vevent.getFirstPropertyValue('organizer')).toBe('mailto:koordinator@example.org');
    expect(vevent.getFirstProperty('organizer')!.getParameter('cn')).toBe('Exempel Koordinator');
    expect(vevent.getAllProperties('attendee').map((a) => [a.getFirstValue(), a.getParameter('role')])).toEqual([
      ['mailto:ordforande@example.org', 'REQ-PARTICIPANT'],
      ['mailto:jasen.vaasa@example.org', 'REQ-PARTICIPANT'],
      ['mailto:varajasen.vaasa@example.org', 'OPT-PARTICIPANT'],
      ['mailto:ersattare.narpes@example.org', 'OPT-PARTICIPANT'],
    ]);
    expect(event!.uid).toMatch(/@pohjanmaa-example$/);
  });

  it('names the option that is wrong', () => {
    expect(() => meetingEvents(etelaSavo, { from: '2026-02-01', to: '2026-01-01' })).toThrow(ValidationError);
    expect(() => meetingEvents(etelaSavo, { from: '2026-01-01', to: '2026-01-31', groups: ['nope'] })).toThrow(
      /groups\[0\]/,
    );
  });
});
