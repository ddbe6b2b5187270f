import { type Group, meetingAgendas } from '@perhekeskus/core';
import { etelaSavo } from '@perhekeskus/core/etela-savo';
import { describe, expect, it } from 'vitest';
import {
  calendarFileName,
  convenerFi,
  formatDateFi,
  formatMeetingFi,
  groupCalendarFiles,
  renderGroupsSection,
  shownFi,
  twelveMonthsFrom,
} from './professionals.js';

/** A small group of our own, so the tests do not depend on the built-in data's choices. */
function testGroup(overrides: Partial<Group> = {}): Group {
  return {
    id: 'test-network',
    name: { fi: 'Testiverkosto <b>&</b>', sv: 'Testnätverket', en: 'Test network' },
    kind: 'network',
    level: 'county',
    convener: 'coordinator',
    members: [
      {
        role: 'coordinator',
        title: { fi: 'perhekeskuskoordinaattori', sv: 'familjecentralskoordinator', en: 'family-centre coordinator' },
        source: { document: '002_0186ec03f3bf117b.txt' },
      },
    ],
    cadence: {
      kind: 'monthly',
      mode: 'remote',
      weekOfMonth: 2,
      weekday: 2,
      time: '13:00',
      durationMinutes: 120,
      timeZone: 'Europe/Helsinki',
    },
    source: { document: '002_0186ec03f3bf117b.txt' },
    ...overrides,
  };
}

describe('twelveMonthsFrom', () => {
  it('ends the day before the same date a year later', () => {
    expect(twelveMonthsFrom('2026-11-25')).toBe('2027-11-24');
    expect(twelveMonthsFrom('2026-01-01')).toBe('2026-12-31');
  });

  it('handles a leap day', () => {
    expect(twelveMonthsFrom('2028-02-29')).toBe('2029-02-28');
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => twelveMonthsFrom('25.11.2026')).toThrow(/YYYY-MM-DD/);
  });
});

describe('formatDateFi and formatMeetingFi', () => {
  it('writes dates the Finnish way without leading zeros', () => {
    expect(formatDateFi('2026-03-05')).toBe('5.3.2026');
  });

  it('writes weekday, date, Helsinki time and mode, whatever the machine zone', () => {
    expect(
      formatMeetingFi({ start: '2026-12-08T13:00:00+02:00', end: '2026-12-08T15:00:00+02:00', mode: 'remote' }),
    ).toBe('tiistai 8.12.2026 klo 13.00–15.00, etäkokous');
  });

  it('says when a meeting moved off a holiday', () => {
    expect(
      formatMeetingFi({
        start: '2027-01-07T09:00:00+02:00',
        end: '2027-01-07T11:00:00+02:00',
        mode: 'in-person',
        moved: { from: '2027-01-06', reason: 'holiday' },
      }),
    ).toBe('torstai 7.1.2027 klo 9.00–11.00, livekokous (siirretty päivältä 6.1.2027: pyhäpäivä)');
  });
});

describe('convenerFi', () => {
  it('names the role and the post of the members in that role', () => {
    expect(convenerFi(testGroup()).value).toBe('koordinaattori (perhekeskuskoordinaattori)');
  });

  it('names the role alone when no member holds it', () => {
    expect(convenerFi(testGroup({ convener: 'chair' })).value).toBe('puheenjohtaja');
  });
});

describe('calendarFileName', () => {
  it('puts a group calendar under ics/', () => {
    expect(calendarFileName('steering-group')).toBe('ics/steering-group.ics');
  });

  it('refuses an id that could leave the folder', () => {
    expect(() => calendarFileName('../etc/passwd')).toThrow(/safe file name/);
  });
});

describe('groupCalendarFiles', () => {
  it('writes one iCalendar file per group with meetings, in Finnish', () => {
    const files = groupCalendarFiles({ ...etelaSavo, groups: [testGroup()] }, { from: '2026-01-01', to: '2026-12-31' });
    expect(files).toHaveLength(1);
    expect(files[0]!.fileName).toBe('ics/test-network.ics');
    expect(files[0]!.content.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(files[0]!.content).toContain('X-WR-CALNAME:Testiverkosto <b>&</b>');
    expect(files[0]!.content).toContain('DTSTART;TZID=Europe/Helsinki:20260113T130000');
  });

  it('skips groups without a cadence', () => {
    const files = groupCalendarFiles(
      { ...etelaSavo, groups: [testGroup({ id: 'no-cadence', cadence: undefined })] },
      { from: '2026-01-01', to: '2026-12-31' },
    );
    expect(files).toEqual([]);
  });

  it('gives every built-in group with a cadence a file, each a valid calendar', () => {
    const files = groupCalendarFiles(etelaSavo, { from: '2026-11-25', to: '2029-12-31' });
    const withCadence = etelaSavo.groups.filter((g) => g.cadence).map((g) => g.id);
    expect(files.map((f) => f.groupId)).toEqual(withCadence);
    for (const file of files) expect(file.content.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });

  it("lists the steering group's agenda items in the meetings' descriptions", () => {
    const files = groupCalendarFiles(etelaSavo, { from: '2026-01-01', to: '2026-12-31' });
    const steering = files.find((f) => f.groupId === 'steering-group')!.content.replace(/\r\n /g, '');
    const agendas = meetingAgendas(etelaSavo, { groupId: 'steering-group', from: '2026-01-01', to: '2026-12-31' });
    const firstItem = agendas.flatMap((a) => a.items)[0]!;
    expect(steering).toContain(firstItem.title.fi.replace(/([,;])/g, '\\$1'));
  });
});

describe('renderGroupsSection', () => {
  const options = {
    from: '2026-11-25',
    to: '2027-11-24',
    calendarHref: (id: string) => (id === 'test-network' ? '../ics/test-network.ics' : undefined),
  };

  it('escapes the names from the data', () => {
    const markup = renderGroupsSection({ groups: [testGroup()] }, options).value;
    expect(markup).toContain('<h3 id="ryhma-test-network">Testiverkosto &lt;b&gt;&amp;&lt;/b&gt;</h3>');
    expect(markup).not.toContain('<b>&</b>');
  });

  it('lists the meetings in the period with machine-readable times, and the cadence in words', () => {
    const markup = renderGroupsSection({ groups: [testGroup()] }, options).value;
    expect(markup).toContain(
      '<time datetime="2026-12-08T13:00:00+02:00">tiistai 8.12.2026 klo 13.00–15.00, etäkokous</time>',
    );
    expect(markup).toContain('<time datetime="2027-11-09T13:00:00+02:00">');
    expect(markup.match(/<time /g)).toHaveLength(12);
    expect(markup).toContain('<dd>kuukausittain; etäkokous; tiistaisin klo 13.00–15.00</dd>');
  });

  it('links the calendar file with the group name for screen readers', () => {
    const markup = renderGroupsSection({ groups: [testGroup()] }, options).value;
    expect(markup).toContain(
      '<a href="../ics/test-network.ics" type="text/calendar">Tilaa kokoukset kalenteriin (.ics)<span class="visually-hidden">: Testiverkosto &lt;b&gt;&amp;&lt;/b&gt;</span></a>',
    );
  });

  it('shows what the sources say instead of meetings when a group has no cadence', () => {
    const group = testGroup({
      id: 'lape-test',
      level: 'municipal',
      cadence: undefined,
      cadenceNote: { fi: 'Kokoontuu säännöllisesti.' },
    });
    const markup = renderGroupsSection({ groups: [group] }, options).value;
    expect(markup).toContain('<dd>Kokoontuu säännöllisesti.</dd>');
    expect(markup).toContain('Ei laskettuja kokouksia');
    expect(markup).not.toContain('.ics');
  });

  it('groups the built-in groups by level, every group once', () => {
    const markup = renderGroupsSection(etelaSavo, { ...options, calendarHref: () => undefined }).value;
    for (const group of etelaSavo.groups) {
      expect(markup.split(`id="ryhma-${group.id}"`)).toHaveLength(2);
    }
    expect(markup.indexOf('id="maakunnalliset"')).toBeLessThan(markup.indexOf('id="kunnalliset"'));
  });
});

describe('text in another language than the page', () => {
  const options = { from: '2026-11-25', to: '2027-11-24', calendarHref: () => undefined };

  it('shows the text by the display rule and marks its language when it is not Finnish', () => {
    expect(shownFi({ sv: 'Familjerådet' }).value).toBe('<span lang="sv">Familjerådet</span>');
    expect(shownFi({ fi: 'Johtoryhmä', sv: 'Ledningsgruppen' }).value).toBe('Johtoryhmä');
    expect(shownFi({ text: 'x <y>', lang: 'en' }).value).toBe('<span lang="en">x &lt;y&gt;</span>');
  });

  it('marks a Swedish-only group name, a declared kind and role, and lists a choice of modes', () => {
    const group = testGroup({
      name: { sv: 'Familjerådet i Vasa' },
      kind: 'family-council',
      convener: 'council-secretary',
      members: [],
      cadence: { kind: 'monthly', mode: ['remote', 'hybrid'], weekOfMonth: 2, weekday: 2, time: '13:00' },
    });
    const vocabulary = {
      groupKind: [{ id: 'family-council', label: { sv: 'familjeråd', fi: 'perheneuvosto' } }],
      role: [{ id: 'council-secretary', label: { sv: 'rådets sekreterare' } }],
    };
    const markup = renderGroupsSection({ groups: [group], vocabulary }, options).value;
    expect(markup).toContain('<h3 id="ryhma-test-network"><span lang="sv">Familjerådet i Vasa</span></h3>');
    expect(markup).toContain('<p class="group-kind">perheneuvosto</p>');
    expect(markup).toContain('<dd><span lang="sv">rådets sekreterare</span></dd>');
    expect(markup).toContain('klo 13.00–15.00, etäkokous tai hybridikokous</time>');
  });
});
