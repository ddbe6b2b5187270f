import { describe, expect, it } from 'vitest';
import type { Group } from '../../model/group.js';
import { groups } from './groups.js';
import { localDevelopmentGroupEntries, regionalMeetingEntries } from './year-clock.js';

const group = (id: string): Group => {
  const found = groups.find((g) => g.id === id);
  if (!found) throw new Error(`no group ${id}`);
  return found;
};

describe('groups of the action plan 2026–2029 (002)', () => {
  it('has a steering group meeting mostly monthly, remote or hybrid, with the coordinator as secretary (001 §8, §13)', () => {
    const steering = group('steering-group');
    expect(steering.kind).toBe('steering-group');
    expect(steering.cadence).toMatchObject({ kind: 'monthly', approximate: true, skipMonths: [7] });
    expect((steering.cadence as { mode: unknown }).mode).toEqual(['remote', 'hybrid']);
    expect(steering.members.find((m) => m.role === 'secretary')?.title?.fi).toBe('perhekeskuskoordinaattori');
    expect(steering.members.map((m) => m.role)).toEqual(expect.arrayContaining(['chair', 'vice-chair']));
  });

  it.each([
    ['family-centre-actors', 4, 1],
    ['meeting-place-network', 4, 1],
    ['lp-development-network', 4, 1],
    ['lp-trainers', 4, 1],
  ])('convenes %s %i times a year, %i in person, by the coordinator (002)', (id, times, inPerson) => {
    const g = group(id);
    expect(g.convener).toBe('coordinator');
    expect(g.cadence).toMatchObject({ kind: 'times-per-year', times, inPerson });
  });

  it('meets the student-welfare group three times a year, chaired by the head of unit of Eloisa’s joint social and health centre services (002)', () => {
    const g = group('student-welfare-group');
    expect(g.cadence).toMatchObject({ kind: 'times-per-year', times: 3 });
    const chair = g.members.find((m) => m.role === 'chair');
    expect(chair?.title?.fi).toBe('Eloisan yhteisten sotekeskuspalveluiden tulosaluepäällikkö');
    expect(chair?.category).toBe('wellbeing-county');
    expect(g.members.map((m) => m.category)).toEqual(
      expect.arrayContaining(['municipal-education', 'student-welfare-staff', 'other-partner', 'students']),
    );
  });

  it('has one LAPE working group per municipality, convened by its chair, without an invented cadence (002)', () => {
    const lape = groups.filter((g) => g.kind === 'municipal-working-group');
    expect(lape).toHaveLength(12);
    expect(new Set(lape.map((g) => g.municipalityCode)).size).toBe(12);
    for (const g of lape) {
      expect(g.convener).toBe('chair');
      expect(g.level).toBe('municipal');
      expect(g.cadence).toBeUndefined();
      expect(g.cadenceNote?.fi).toMatch(/säännöllisesti/);
    }
  });

  it('has every meeting-place contact person in the meeting-place network (002)', () => {
    expect(group('meeting-place-network').members.some((m) => m.role === 'contact-person')).toBe(true);
  });

  it('has the LP groups and the relationship-support network report to the steering group at least once a year (002)', () => {
    for (const id of ['lp-development-network', 'relationship-support-network']) {
      const g = group(id);
      expect(g.parentGroupId).toBe('steering-group');
      expect(g.reportsTo).toEqual([expect.objectContaining({ toGroupId: 'steering-group', timesPerYear: 1 })]);
    }
    expect(group('lp-trainers').parentGroupId).toBe('steering-group');
  });

  it('meets the relationship-support network regionally in March–April in person and in October remotely (002)', () => {
    const cadence = group('relationship-support-network').cadence;
    expect(cadence?.kind).toBe('windows');
    if (cadence?.kind !== 'windows') return;
    expect(cadence.windows.map((w) => [w.window, w.mode])).toEqual([
      [{ from: 3, to: 4 }, 'in-person'],
      [{ from: 10, to: 10 }, 'remote'],
    ]);
    expect(cadence.windows[1]?.topics).toBe(regionalMeetingEntries[1]!.topics);
  });

  it.each([
    ['relationship-support-mikkeli', 'hanna-kokkonen', 'mikkeli-area'],
    ['relationship-support-pieksamaki', 'elina-heiskanen', 'pieksamaki-area'],
    ['relationship-support-savonlinna', 'ulla-juntunen', 'savonlinna-area'],
  ])('has %s led by %s, meeting in the four year-clock windows with their topics (002)', (id, personId, areaId) => {
    const g = group(id);
    expect(g.parentGroupId).toBe('relationship-support-network');
    expect(g.areaId).toBe(areaId);
    expect(g.convener).toBe('responsible-person');
    expect(g.members.find((m) => m.role === 'responsible-person')?.personId).toBe(personId);
    const cadence = g.cadence;
    if (cadence?.kind !== 'windows') throw new Error('expected a windows cadence');
    expect(cadence.windows.map((w) => w.window)).toEqual([
      { from: 1, to: 2 },
      { from: 4, to: 5 },
      { from: 8, to: 9 },
      { from: 11, to: 12 },
    ]);
    // The same topic objects as the year clock: written once, never copied.
    for (const [i, w] of cadence.windows.entries()) expect(w.topics).toBe(localDevelopmentGroupEntries[i]?.topics);
  });

  it('holds the early-support workshops four times a year and the peer-group leaders’ meeting twice (002)', () => {
    expect(group('early-support-workshops').cadence).toMatchObject({ kind: 'times-per-year', times: 4 });
    expect(group('peer-group-leaders').cadence).toMatchObject({ kind: 'times-per-year', times: 2 });
  });

  it('gives no cadence where 002 gives none: Väkivallaton Etelä-Savo and Haastavat erot', () => {
    for (const id of ['vakivallaton-etela-savo', 'haastavat-erot']) {
      expect(group(id).cadence).toBeUndefined();
      expect(group(id).cadenceNote).toBeDefined();
    }
    expect(group('vakivallaton-etela-savo').members[0]?.title?.fi).toBe('lähisuhdeväkivaltatyön koordinaattori');
  });

  it('states the Helsinki time zone on every cadence and marks chosen timings as assumptions', () => {
    for (const g of groups.filter((row) => row.cadence)) {
      expect(g.cadence?.timeZone, g.id).toBe('Europe/Helsinki');
      expect(g.source.assumption, g.id).toMatch(/Chosen, not in the seeds/);
    }
  });
});
