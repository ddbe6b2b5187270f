import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../data/etela-savo/region.js';
import type { Group } from '../model/group.js';
import type { Region } from '../model/region.js';
import { ValidationError } from '../validation/parseInput.js';
import { regionReferenceIssues } from './regionReferenceIssues.js';

const SOURCE = { document: 'fixture.txt' };

function group(id: string, extra: Partial<Group> = {}): Group {
  return {
    id,
    name: { fi: id, sv: id, en: id },
    kind: 'network',
    level: 'county',
    convener: 'coordinator',
    members: [],
    source: SOURCE,
    ...extra,
  };
}

/** A small region whose references all resolve; each test gets a fresh copy to break. */
function region(): Region {
  return {
    id: 'test-region',
    name: { fi: 'Testi', sv: 'Test', en: 'Test' },
    county: { id: 'county', name: { fi: 'Alue', sv: 'Område', en: 'County' }, source: SOURCE },
    municipalities: [
      {
        code: '178',
        name: { fi: 'Juva', sv: 'Jockas' },
        centre: { lat: 61.9, lon: 27.86 },
        countyId: 'county',
        areaId: 'north',
        source: SOURCE,
      },
      {
        code: '681',
        name: { fi: 'Rantasalmi', sv: 'Rantasalmi' },
        centre: { lat: 62.06, lon: 28.3 },
        countyId: 'county',
        areaId: 'north',
        source: SOURCE,
      },
    ],
    areas: [
      {
        id: 'north',
        name: { fi: 'P', sv: 'N', en: 'N' },
        countyId: 'county',
        municipalityCodes: ['178', '681'],
        source: SOURCE,
      },
    ],
    parties: [
      { id: 'juva', name: { fi: 'Juvan kunta' }, kind: 'municipality', municipalityCode: '178', source: SOURCE },
      { id: 'parish', name: { fi: 'Seurakunta' }, kind: 'parish', source: SOURCE },
    ],
    agreements: [
      {
        id: 'a-2026',
        countyId: 'county',
        title: { fi: 'Sopimus' },
        period: { start: '2026-01-01', end: '2029-12-31' },
        parties: ['juva'],
        partyList: 'partial',
        decisions: [
          {
            partyId: 'juva',
            body: { name: { fi: 'Lautakunta' } },
            date: '2025-09-29',
            section: 85,
            outcome: 'approved',
            source: SOURCE,
          },
        ],
        signatures: [{ partyId: 'juva', date: '2025-11-04', source: SOURCE }],
        backgroundDocuments: [],
        source: SOURCE,
      },
    ],
    people: [{ id: 'pia', name: 'Pia', partyId: 'juva', source: SOURCE }],
    roleAssignments: [{ role: 'coordinator', personId: 'pia', partyId: 'juva', groupId: 'steering', source: SOURCE }],
    groups: [
      group('steering', { kind: 'steering-group', convener: 'chair' }),
      group('network', {
        parentGroupId: 'steering',
        areaId: 'north',
        municipalityCode: '178',
        reportsTo: [{ toGroupId: 'steering', timesPerYear: 1 }],
        members: [{ role: 'chair', personId: 'pia', source: SOURCE }],
      }),
    ],
    yearClocks: [
      {
        id: 'clock',
        name: { fi: 'Vuosikello', sv: 'Årshjul', en: 'Year clock' },
        entries: [
          { id: 'oct', window: { from: 10, to: 10 }, title: { fi: 'Lokakuu' }, topics: [], groupId: 'network' },
        ],
        source: SOURCE,
      },
    ],
    evaluationActivities: [
      {
        id: 'survey',
        kind: 'family-survey',
        name: { fi: 'Kysely', sv: 'Enkät', en: 'Survey' },
        responsible: 'coordinator',
        recurrence: { kind: 'every-n-years', every: 2, phaseYear: 2027, window: { from: 9, to: 11 } },
        reportsToGroupId: 'steering',
        source: SOURCE,
      },
    ],
    meetingPlaces: [
      {
        id: 'place',
        name: { fi: 'Paikka' },
        municipalityCode: '681',
        organiserIds: ['juva', 'parish'],
        premises: { ownerKind: 'parish', ownerId: 'parish' },
        audiences: ['families'],
        offerings: ['family-club'],
        languages: ['fi'],
        accessibility: [],
        contacts: [{ role: 'contact-person', partyId: 'parish' }],
        activities: [
          { id: 'club', name: { fi: 'Kerho' }, offering: 'family-club', weekday: 2, start: '09:00', end: '11:00' },
        ],
        exceptions: [{ date: '2026-01-06', closed: true, activityId: 'club' }],
        source: SOURCE,
      },
    ],
    digitalServices: [],
    source: SOURCE,
  };
}

const paths = (r: Region) => regionReferenceIssues(r).map((issue) => issue.path);

describe('regionReferenceIssues', () => {
  it('finds nothing in a region whose references all resolve', () => {
    expect(regionReferenceIssues(region())).toEqual([]);
  });

  it('holds for the TSDoc example: the built-in data is clean and a stray party id is reported', () => {
    expect(regionReferenceIssues(etelaSavo)).toEqual([]);
    const stray = { id: 'stray', name: 'A. Person', partyId: 'nowhere', source: { document: 'memo.txt' } };
    expect(etelaSavo.people).toHaveLength(5);
    expect(regionReferenceIssues({ ...etelaSavo, people: [...etelaSavo.people, stray] })).toEqual([
      {
        path: 'people[5].partyId',
        keys: ['people', 5, 'partyId'],
        row: { section: 'people', index: 5, id: 'stray', name: { fi: 'A. Person' } },
        message: 'partyId "nowhere" is not the id of any party',
        code: 'unknown-reference',
        expected: 'party',
        received: 'nowhere',
        value: 'nowhere',
      },
    ]);
  });

  it('checks that a rotation passes among groups or people of the region', () => {
    const network = etelaSavo.groups.find((g) => g.id === 'relationship-support-network')!;
    const among = ['relationship-support-mikkeli', 'ulla-juntunen', 'nobody'];
    const rotation = { lead: { among, fromYear: 2026 }, source: { document: 'x' } };
    const groups = etelaSavo.groups.map((g) => (g === network ? { ...g, rotation } : g));
    const index = etelaSavo.groups.indexOf(network);
    expect(regionReferenceIssues({ ...etelaSavo, groups })).toMatchObject([
      {
        path: `groups[${index}].rotation.lead.among[2]`,
        code: 'unknown-reference',
        expected: 'group-or-person',
        received: 'nobody',
        message: 'among "nobody" is not the id of any group or person',
      },
    ]);
  });

  it('reports an unknown parent group with a readable path', () => {
    const r = region();
    r.groups[1]!.parentGroupId = 'nope';
    expect(regionReferenceIssues(r)).toMatchObject([
      {
        path: 'groups[1].parentGroupId',
        message: 'parentGroupId "nope" is not the id of any group',
        code: 'unknown-reference',
        value: 'nope',
      },
    ]);
  });

  it('reports unknown parties in agreements, decisions and signatures', () => {
    const r = region();
    r.agreements[0]!.parties.push('ghost');
    r.agreements[0]!.decisions[0]!.partyId = 'ghost-2';
    r.agreements[0]!.signatures[0]!.partyId = 'ghost-3';
    expect(paths(r)).toEqual([
      'agreements[0].parties[1]',
      'agreements[0].decisions[0].partyId',
      'agreements[0].signatures[0].partyId',
    ]);
  });

  it('reports a decision or signature by a known party the agreement does not list', () => {
    const r = region();
    r.agreements[0]!.decisions[0]!.partyId = 'parish';
    r.agreements[0]!.signatures[0]!.partyId = 'parish';
    const issues = regionReferenceIssues(r);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['agreements[0].decisions[0].partyId', 'mismatch'],
      ['agreements[0].signatures[0].partyId', 'mismatch'],
    ]);
  });

  it('reports unknown people, parties, groups and municipalities in role assignments and members', () => {
    const r = region();
    r.roleAssignments[0] = {
      role: 'deputy-member',
      personId: 'nobody',
      partyId: 'nowhere',
      groupId: 'no-group',
      municipalityCode: '999',
      deputyOf: 'no-one',
      source: SOURCE,
    };
    r.groups[1]!.members[0]!.personId = 'nobody';
    expect(paths(r)).toEqual([
      'roleAssignments[0].personId',
      'roleAssignments[0].partyId',
      'roleAssignments[0].groupId',
      'roleAssignments[0].municipalityCode',
      'roleAssignments[0].deputyOf',
      'groups[1].members[0].personId',
    ]);
  });

  it('reports unknown areas, municipalities and reporting targets of groups', () => {
    const r = region();
    Object.assign(r.groups[1]!, { areaId: 'south', municipalityCode: '000', reportsTo: [{ toGroupId: 'board' }] });
    expect(paths(r)).toEqual(['groups[1].areaId', 'groups[1].municipalityCode', 'groups[1].reportsTo[0].toGroupId']);
  });

  it("reports a reporting duty's unknown timing group and evaluation activity, and repeated start-of-period task ids", () => {
    const r = region();
    const task = { id: 'choose-chair', title: { fi: 'Valitaan puheenjohtaja' } };
    Object.assign(r.groups[1]!, {
      reportsTo: [{ toGroupId: 'steering', after: { groupId: 'board', month: 10 }, activityId: 'nothing' }],
      startOfPeriodTasks: [task, task],
    });
    const issues = regionReferenceIssues(r);
    expect(issues.map((i) => [i.path, i.code, i.expected])).toEqual([
      ['groups[1].reportsTo[0].after.groupId', 'unknown-reference', 'group'],
      ['groups[1].reportsTo[0].activityId', 'unknown-reference', 'evaluation-activity'],
      ['groups[1].startOfPeriodTasks[1]', 'duplicate-id', undefined],
    ]);
  });

  it('reports a loop of parent groups once per group in it', () => {
    const r = region();
    r.groups[0]!.parentGroupId = 'network';
    const issues = regionReferenceIssues(r);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['groups[0].parentGroupId', 'cycle'],
      ['groups[1].parentGroupId', 'cycle'],
    ]);
  });

  it('reports duplicate ids, naming the first use', () => {
    const r = region();
    r.groups.push(group('steering'));
    r.municipalities.push({ ...r.municipalities[0]! });
    const issues = regionReferenceIssues(r).filter((i) => i.code === 'duplicate-id');
    expect(issues).toMatchObject([
      {
        path: 'municipalities[2]',
        message: 'municipality code "178" is also used by municipalities[0]',
        code: 'duplicate-id',
        value: '178',
      },
      {
        path: 'groups[2]',
        message: 'group id "steering" is also used by groups[0]',
        code: 'duplicate-id',
        value: 'steering',
      },
    ]);
  });

  it('reports the wrong county and areas that disagree with their municipalities', () => {
    const r = region();
    r.municipalities[1]!.countyId = 'other-county';
    r.areas[0]!.municipalityCodes = ['178'];
    expect(regionReferenceIssues(r).map((i) => [i.path, i.code])).toEqual([
      ['municipalities[1].countyId', 'unknown-reference'],
      ['municipalities[1].areaId', 'mismatch'],
    ]);
    const s = region();
    s.municipalities[0]!.areaId = undefined;
    expect(regionReferenceIssues(s).map((i) => [i.path, i.code])).toEqual([
      ['areas[0].municipalityCodes[0]', 'mismatch'],
    ]);
  });

  it('reports unknown organisers, premises owners, contact parties and exception activities of places', () => {
    const r = region();
    const place = r.meetingPlaces[0]!;
    place.organiserIds = ['juva', 'club-house'];
    place.premises = { ownerId: 'landlord' };
    place.contacts = [{ role: 'contact-person', partyId: 'ngo' }];
    place.exceptions = [{ date: '2026-01-06', closed: true, activityId: 'yoga' }];
    place.municipalityCode = '001';
    expect(paths(r)).toEqual([
      'meetingPlaces[0].municipalityCode',
      'meetingPlaces[0].organiserIds[1]',
      'meetingPlaces[0].premises.ownerId',
      'meetingPlaces[0].contacts[0].partyId',
      'meetingPlaces[0].exceptions[0].activityId',
    ]);
  });

  it('reports unknown groups in year clocks and evaluation activities', () => {
    const r = region();
    r.yearClocks[0]!.entries[0]!.groupId = 'gone';
    r.evaluationActivities[0]!.reportsToGroupId = 'gone';
    expect(paths(r)).toEqual(['yearClocks[0].entries[0].groupId', 'evaluationActivities[0].reportsToGroupId']);
  });

  it('throws a ValidationError naming the field when the region is not a Region', () => {
    const r = region() as unknown as Record<string, unknown>;
    delete r['groups'];
    expect(() => regionReferenceIssues(r as unknown as Region)).toThrow(ValidationError);
    expect(() => regionReferenceIssues(r as unknown as Region)).toThrow(/^region\.groups:/);
  });

  it('reports exactly one issue for any organiser id that is not a party', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).filter((id) => id !== 'juva' && id !== 'parish'),
        (id) => {
          const r = region();
          r.meetingPlaces[0]!.organiserIds.push(id);
          expect(regionReferenceIssues(r)).toMatchObject([
            {
              path: 'meetingPlaces[0].organiserIds[2]',
              message: `organiserId "${id}" is not the id of any party`,
              code: 'unknown-reference',
              value: id,
            },
          ]);
        },
      ),
    );
  });

  describe('municipalities against the national reference data', () => {
    it('tells a code that is no municipality of Finland from one outside the region', () => {
      const r = region();
      r.meetingPlaces[0]!.municipalityCode = '999';
      r.parties[0]!.municipalityCode = '545';
      const issues = regionReferenceIssues(r);
      expect(issues).toContainEqual(
        expect.objectContaining({
          path: 'meetingPlaces[0].municipalityCode',
          code: 'unknown-municipality',
          value: '999',
        }),
      );
      expect(issues).toContainEqual(
        expect.objectContaining({ path: 'parties[0].municipalityCode', code: 'outside-region', value: '545' }),
      );
    });

    it('reports a region municipality outside the county the region names, with the county it is in', () => {
      const r = region();
      r.county.nationalId = 'etela-savo';
      expect(regionReferenceIssues(r)).toEqual([]);
      r.municipalities.push({ code: '545', name: { sv: 'Närpes' }, source: SOURCE });
      expect(regionReferenceIssues(r)).toContainEqual(
        expect.objectContaining({
          path: 'municipalities[2].code',
          code: 'outside-county',
          value: '545',
          expected: 'pohjanmaa',
        }),
      );
      r.county.nationalId = 'atlantis';
      expect(regionReferenceIssues(r)).toContainEqual(
        expect.objectContaining({ path: 'county.nationalId', code: 'unknown-reference', value: 'atlantis' }),
      );
    });

    it('reports a full municipality row whose code is no municipality of Finland', () => {
      const r = region();
      r.municipalities[1]!.code = '998';
      expect(regionReferenceIssues(r)).toContainEqual(
        expect.objectContaining({ path: 'municipalities[1].code', code: 'unknown-municipality', value: '998' }),
      );
    });
  });

  describe('vocabularies', () => {
    it('reports a kind neither the library nor the region knows, naming the vocabulary, and accepts a declared one', () => {
      const r = region();
      r.parties[0]!.kind = 'youth-council';
      r.groups[0]!.kind = 'family-council';
      r.groups[0]!.convener = 'clerk';
      expect(regionReferenceIssues(r)).toEqual([
        expect.objectContaining({
          path: 'parties[0].kind',
          code: 'unknown-kind',
          value: 'youth-council',
          expected: 'partyKind',
        }),
        expect.objectContaining({
          path: 'groups[0].kind',
          code: 'unknown-kind',
          value: 'family-council',
          expected: 'groupKind',
        }),
        expect.objectContaining({ path: 'groups[0].convener', code: 'unknown-kind', value: 'clerk', expected: 'role' }),
      ]);
      r.vocabulary = {
        partyKind: [{ id: 'youth-council', label: { sv: 'ungdomsfullmäktige' } }],
        groupKind: [{ id: 'family-council', label: { sv: 'familjeråd' } }],
        role: [{ id: 'clerk', label: { fi: 'kirjaaja' } }],
      };
      expect(regionReferenceIssues(r)).toEqual([]);
    });

    it('reports a term declared twice', () => {
      const r = region();
      r.vocabulary = {
        role: [
          { id: 'clerk', label: { fi: 'a' } },
          { id: 'clerk', label: { fi: 'b' } },
        ],
      };
      expect(regionReferenceIssues(r)).toEqual([
        expect.objectContaining({ path: 'vocabulary.role[1]', code: 'duplicate-id' }),
      ]);
    });
  });

  it('reports a notice by a party the agreement does not list', () => {
    const r = region();
    const agreement = r.agreements[0]!;
    agreement.notices = [{ partyId: 'nobody', date: '2027-01-01', source: SOURCE }];
    expect(regionReferenceIssues(r)).toContainEqual(
      expect.objectContaining({ path: 'agreements[0].notices[0].partyId', code: 'unknown-reference', value: 'nobody' }),
    );
  });

  it('finds nothing wrong in the example bilingual county (examples/pohjanmaa)', () => {
    const file = JSON.parse(
      readFileSync(new URL('../../../../examples/pohjanmaa/region.json', import.meta.url), 'utf8'),
    );
    expect(regionReferenceIssues(file)).toEqual([]);
  });
});
