// The README's code, run as written (imports adjusted to the source), so the docs cannot drift.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { etelaSavo } from './etela-savo.js';
import {
  displayText,
  occurrencesToEvents,
  parseInput,
  Region,
  regionReferenceIssues,
  scheduleFor,
  terminationEndDate,
  toICalendar,
  ValidationError,
} from './index.js';

describe('README examples', () => {
  it('computes the termination end dates the README states (001 §21)', () => {
    const agreement = etelaSavo.agreements.find((a) => a.id === 'etela-savo-2026-2029')!;
    expect(terminationEndDate(agreement, '2027-06-30')).toBe('2027-12-31');
    expect(terminationEndDate(agreement, '2027-07-01')).toBe('2028-12-31');
  });

  it('rejects a broken region file with a message naming the field', () => {
    const text = JSON.stringify({ ...etelaSavo, municipalities: [{ ...etelaSavo.municipalities[0], code: '6810' }] });
    expect(() => parseInput(Region, JSON.parse(text), 'region')).toThrow(ValidationError);
    expect(() => parseInput(Region, JSON.parse(text), 'region')).toThrow(/region\.municipalities\[0\]\.code/);
  });

  it("gives a coordinator's .ics for the steering group that a calendar program can read", () => {
    const meetings = scheduleFor(etelaSavo, { from: '2026-01-01', to: '2026-12-31', groups: ['steering-group'] });
    const group = etelaSavo.groups.find((g) => g.id === 'steering-group')!;
    const ics = toICalendar(occurrencesToEvents(meetings, { locale: 'fi', group }), { name: 'Johtoryhmä 2026' });

    const calendar = new ICAL.Component(ICAL.parse(ics));
    const timezone = calendar.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(timezone);
    const starts: number[] = [];
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
      const event = new ICAL.Event(vevent);
      const iterator = event.iterator();
      for (let next = iterator.next(); next; next = iterator.next()) {
        if (next.year > 2026) break;
        starts.push(next.toJSDate().getTime());
      }
    }
    expect(starts.sort((a, b) => a - b)).toEqual(meetings.map((m) => Date.parse(m.start)));
    expect(meetings.length).toBe(11); // monthly except July (001 §13, 002)
  });

  it('accepts the minimal bilingual county of the file-format section as it is, with nothing to report', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const block = /<!-- minimal-region -->\s*```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const region = parseInput(Region, JSON.parse(block!), 'region');
    expect(regionReferenceIssues(region)).toEqual([]);
    expect(region.municipalities.map((m) => m.name.sv)).toEqual(['Vasa', 'Närpes']);
    expect(displayText(region.meetingPlaces[0]!.name, 'fi')).toEqual({ text: 'Familjecaféet', lang: 'sv' });
    expect(scheduleFor(region, { from: '2026-01-01', to: '2026-12-31' })).toHaveLength(11);
  });
});
