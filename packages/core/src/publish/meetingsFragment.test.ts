import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../etela-savo.js';
import { ValidationError } from '../validation/parseInput.js';
import { groupCalendarFile } from './groupCalendarFile.js';
import { type MeetingsFragmentGroup, meetingsFragment } from './meetingsFragment.js';

const groups: MeetingsFragmentGroup[] = etelaSavo.groups
  .filter((g) => g.cadence !== undefined)
  .map((g) => ({ id: g.id, name: g.name, entries: groupCalendarFile(g, [2026, 2027], false, etelaSavo).entries }));
const now = new Date('2026-03-01T10:00:00Z');

const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));

describe('meetingsFragment', () => {
  it('gives each group its next meetings after now, with the day, the Helsinki time and an Event JSON-LD', () => {
    const html = meetingsFragment(groups, { locale: 'fi', now, limit: 3 });
    expect(html.startsWith('<section class="pk-fragment pk-meetings" lang="fi">\n<h2>Tulevat kokoukset</h2>')).toBe(
      true,
    );
    for (const group of groups) expect(html).toContain(`<h3>${group.name.fi}</h3>`);
    const events = jsonLd(html);
    expect(events.every((e) => e['@type'] === 'Event')).toBe(true);
    expect(events.length).toBeLessThanOrEqual(groups.length * 3);
    expect(events.length).toBeGreaterThan(groups.length);
    expect(events.every((e) => e.startDate >= '2026-03-01')).toBe(true);
    const first = /<time datetime="([^"]+)">([^<]+)<\/time>/.exec(html)!;
    expect(first[1]).toMatch(/^2026-\d\d-\d\dT\d\d:\d\d:00\+0[23]:00$/);
    expect(first[2]).toMatch(/^(ma|ti|ke|to|pe) \d+\.\d+\.2026 klo \d+\.\d\d–\d+\.\d\d$/);
  });

  it('lists a group’s meetings in time order, and says when none is coming', () => {
    const one = groups[0]!;
    const html = meetingsFragment([one], { locale: 'en', now });
    const times = [...html.matchAll(/datetime="([^"]+)"/g)].map((m) => Date.parse(m[1]!));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times.length).toBeLessThanOrEqual(5);
    expect(meetingsFragment([one], { locale: 'en', now: new Date('2029-01-01T00:00:00Z') })).toContain(
      'No coming meetings in the published years.',
    );
  });

  it('marks example meetings and escapes every text', () => {
    const entry = groups[0]!.entries.find((e) => Date.parse(e.start) > now.getTime())!;
    const html = meetingsFragment(
      [
        {
          id: 'x',
          name: { fi: '<i>Ryhmä</i>' },
          entries: [{ ...entry, example: true, location: { fi: '"Talo" & <b>' } }],
        },
      ],
      { locale: 'fi', now },
    );
    expect(html).toContain('<h3>&lt;i&gt;Ryhmä&lt;/i&gt;</h3>');
    expect(html).toContain('&quot;Talo&quot; &amp; &lt;b&gt;');
    expect(html).toContain('<span class="pk-example">(Esimerkki)</span>');
    expect(html).toContain('<p class="pk-example-note">');
    expect(html).not.toMatch(/<b>|<i>/);
  });

  it('refuses invalid options', () => {
    expect(() => meetingsFragment(groups, { locale: 'fi', now, limit: 0 })).toThrow(ValidationError);
  });
});
