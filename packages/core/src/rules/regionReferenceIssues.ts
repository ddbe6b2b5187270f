import type { RoleAssignment } from '../model/person.js';
import { Region } from '../model/region.js';
import { parseInput } from '../model/validation.js';

/** What is wrong with a reference: it points nowhere, an id is used twice, two sides disagree, or a loop. */
export type ReferenceIssueCode = 'unknown-reference' | 'duplicate-id' | 'mismatch' | 'cycle';

/** One broken reference in a region, with a readable path (`groups[2].parentGroupId`). */
export interface ReferenceIssue {
  path: string;
  message: string;
  /** A stable code a user interface can translate. */
  code: ReferenceIssueCode;
}

/**
 * Finds the dangling references in a region: ids that point to no party, person, group, area,
 * municipality or county; ids used twice; municipalities and areas that disagree about membership;
 * decisions by a party the agreement does not list; and loops of `parentGroupId`. The schema
 * cannot see these, because each row is valid on its own.
 *
 * @param region - a region; validated with the `Region` schema first
 * @returns the issues, duplicate ids first and then the references section by section; empty when
 *   every reference resolves
 * @throws ValidationError when `region` does not match the `Region` schema
 * @example
 * import { etelaSavo } from '@perhekeskus/core/etela-savo';
 * regionReferenceIssues(etelaSavo); // []
 * const stray = { id: 'stray', name: 'A. Person', partyId: 'nowhere', source: { document: 'memo.txt' } };
 * regionReferenceIssues({ ...etelaSavo, people: [...etelaSavo.people, stray] });
 * // [{ path: 'people[5].partyId', message: 'partyId "nowhere" is not the id of any party', code: 'unknown-reference' }]
 */
export function regionReferenceIssues(region: Region): ReferenceIssue[] {
  const r = parseInput(Region, region, 'region');
  const issues: ReferenceIssue[] = [];
  const add = (path: string, code: ReferenceIssueCode, message: string) => {
    issues.push({ path, message, code });
  };

  const index = <T>(rows: readonly T[], key: (row: T) => string, path: string, what: string) => {
    const seen = new Map<string, number>();
    rows.forEach((row, i) => {
      const id = key(row);
      const first = seen.get(id);
      if (first !== undefined)
        add(`${path}[${i}]`, 'duplicate-id', `${what} "${id}" is also used by ${path}[${first}]`);
      else seen.set(id, i);
    });
    return new Set(seen.keys());
  };

  const municipalityCodes = index(r.municipalities, (m) => m.code, 'municipalities', 'municipality code');
  const areaIds = index(r.areas, (a) => a.id, 'areas', 'area id');
  const partyIds = index(r.parties, (p) => p.id, 'parties', 'party id');
  index(r.agreements, (a) => a.id, 'agreements', 'agreement id');
  const personIds = index(r.people, (p) => p.id, 'people', 'person id');
  const groupIds = index(r.groups, (g) => g.id, 'groups', 'group id');
  index(r.yearClocks, (c) => c.id, 'yearClocks', 'year clock id');
  index(r.evaluationActivities, (e) => e.id, 'evaluationActivities', 'evaluation activity id');
  index(r.meetingPlaces, (p) => p.id, 'meetingPlaces', 'meeting place id');
  index(r.digitalServices, (d) => d.id, 'digitalServices', 'digital service id');

  const ref = (set: Set<string>, value: string | undefined, path: string, field: string, what: string) => {
    if (value !== undefined && !set.has(value))
      add(path, 'unknown-reference', `${field} "${value}" is not the id of any ${what}`);
  };
  const party = (value: string | undefined, path: string, field = 'partyId') =>
    ref(partyIds, value, path, field, 'party');
  const municipality = (value: string | undefined, path: string) => {
    if (value !== undefined && !municipalityCodes.has(value)) {
      add(path, 'unknown-reference', `municipalityCode "${value}" is not the code of any municipality`);
    }
  };
  const county = (value: string, path: string) => {
    if (value !== r.county.id)
      add(path, 'unknown-reference', `countyId "${value}" is not the region's county "${r.county.id}"`);
  };
  const role = (a: RoleAssignment, path: string) => {
    ref(personIds, a.personId, `${path}.personId`, 'personId', 'person');
    party(a.partyId, `${path}.partyId`);
    ref(groupIds, a.groupId, `${path}.groupId`, 'groupId', 'group');
    municipality(a.municipalityCode, `${path}.municipalityCode`);
    ref(personIds, a.deputyOf, `${path}.deputyOf`, 'deputyOf', 'person');
  };

  r.municipalities.forEach((m, i) => {
    county(m.countyId, `municipalities[${i}].countyId`);
    ref(areaIds, m.areaId, `municipalities[${i}].areaId`, 'areaId', 'area');
    const area = r.areas.find((a) => a.id === m.areaId);
    if (area && !area.municipalityCodes.includes(m.code)) {
      add(`municipalities[${i}].areaId`, 'mismatch', `area "${area.id}" does not list municipality ${m.code}`);
    }
  });
  r.areas.forEach((a, i) => {
    county(a.countyId, `areas[${i}].countyId`);
    a.municipalityCodes.forEach((code, j) => {
      const path = `areas[${i}].municipalityCodes[${j}]`;
      municipality(code, path);
      const m = r.municipalities.find((row) => row.code === code);
      if (m && m.areaId !== a.id) {
        add(path, 'mismatch', `municipality ${code} names area "${m.areaId ?? '(none)'}", not "${a.id}"`);
      }
    });
  });
  r.parties.forEach((p, i) => {
    municipality(p.municipalityCode, `parties[${i}].municipalityCode`);
  });

  r.agreements.forEach((a, i) => {
    const path = `agreements[${i}]`;
    county(a.countyId, `${path}.countyId`);
    a.parties.forEach((id, j) => {
      party(id, `${path}.parties[${j}]`, 'party');
    });
    const listed = new Set(a.parties);
    a.decisions.forEach((d, j) => {
      party(d.partyId, `${path}.decisions[${j}].partyId`);
      if (partyIds.has(d.partyId) && !listed.has(d.partyId)) {
        add(
          `${path}.decisions[${j}].partyId`,
          'mismatch',
          `party "${d.partyId}" decided but is not in the agreement's parties`,
        );
      }
    });
    a.signatures.forEach((s, j) => {
      party(s.partyId, `${path}.signatures[${j}].partyId`);
      if (partyIds.has(s.partyId) && !listed.has(s.partyId)) {
        add(
          `${path}.signatures[${j}].partyId`,
          'mismatch',
          `party "${s.partyId}" signed but is not in the agreement's parties`,
        );
      }
    });
  });

  r.people.forEach((p, i) => {
    party(p.partyId, `people[${i}].partyId`);
  });
  r.roleAssignments.forEach((a, i) => {
    role(a, `roleAssignments[${i}]`);
  });

  const parentOf = new Map(r.groups.map((g) => [g.id, g.parentGroupId]));
  r.groups.forEach((g, i) => {
    const path = `groups[${i}]`;
    ref(groupIds, g.parentGroupId, `${path}.parentGroupId`, 'parentGroupId', 'group');
    if (g.parentGroupId !== undefined && inCycle(g.id, parentOf)) {
      add(`${path}.parentGroupId`, 'cycle', `group "${g.id}" is its own ancestor through parentGroupId`);
    }
    ref(areaIds, g.areaId, `${path}.areaId`, 'areaId', 'area');
    municipality(g.municipalityCode, `${path}.municipalityCode`);
    g.reportsTo?.forEach((d, j) => {
      ref(groupIds, d.toGroupId, `${path}.reportsTo[${j}].toGroupId`, 'toGroupId', 'group');
    });
    g.members.forEach((m, j) => {
      role(m, `${path}.members[${j}]`);
    });
  });

  r.yearClocks.forEach((c, i) => {
    index(c.entries, (e) => e.id, `yearClocks[${i}].entries`, 'entry id');
    c.entries.forEach((e, j) => {
      ref(groupIds, e.groupId, `yearClocks[${i}].entries[${j}].groupId`, 'groupId', 'group');
    });
  });
  r.evaluationActivities.forEach((e, i) => {
    ref(groupIds, e.reportsToGroupId, `evaluationActivities[${i}].reportsToGroupId`, 'reportsToGroupId', 'group');
  });

  r.meetingPlaces.forEach((p, i) => {
    const path = `meetingPlaces[${i}]`;
    municipality(p.municipalityCode, `${path}.municipalityCode`);
    p.organiserIds.forEach((id, j) => {
      party(id, `${path}.organiserIds[${j}]`, 'organiserId');
    });
    party(p.premises?.ownerId, `${path}.premises.ownerId`, 'ownerId');
    p.contacts.forEach((c, j) => {
      party(c.partyId, `${path}.contacts[${j}].partyId`);
    });
    const activityIds = index(p.activities, (a) => a.id, `${path}.activities`, 'activity id');
    p.exceptions?.forEach((e, j) => {
      ref(activityIds, e.activityId, `${path}.exceptions[${j}].activityId`, 'activityId', 'activity of this place');
    });
  });

  return issues;
}

/** True when following `parentGroupId` from `id` comes back to `id`. */
function inCycle(id: string, parentOf: ReadonlyMap<string, string | undefined>): boolean {
  const seen = new Set<string>();
  let current = parentOf.get(id);
  while (current !== undefined && !seen.has(current)) {
    if (current === id) return true;
    seen.add(current);
    current = parentOf.get(current);
  }
  return false;
}
