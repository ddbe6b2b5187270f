import { labels } from '../model/labels.js';
import type { RoleAssignment } from '../model/person.js';
import { Region, type Vocabulary } from '../model/region.js';
import { parseInput } from '../validation/parseInput.js';
import type { VocabularyKind } from '../model/vocabularyLabel.js';
import { countyOfMunicipality, referenceCounty, referenceMunicipality } from '../reference/index.js';
import { type DataIssue } from '../validation/dataIssue.js';
import { locate } from '../validation/dataIssues.js';
import { pathKeys } from '../validation/issueValues.js';

/**
 * What is wrong with a reference: it points nowhere, an id is used twice, two sides disagree, a loop;
 * a municipality code that is no municipality of Finland, one outside the region, or a region
 * municipality outside the county the region names; a kind that neither the library nor the region's
 * vocabulary knows.
 */
export type ReferenceIssueCode =
  | 'unknown-reference'
  | 'duplicate-id'
  | 'mismatch'
  | 'cycle'
  | 'unknown-municipality'
  | 'outside-region'
  | 'outside-county'
  | 'unknown-kind';

/** What an `unknown-reference` should have named (its `expected`). */
type ReferenceTarget =
  | 'party'
  | 'person'
  | 'group'
  | 'group-or-person'
  | 'area'
  | 'county'
  | 'activity'
  | 'evaluation-activity';

/** The targets in the English log messages. */
const TARGET_WORDS: Readonly<Record<ReferenceTarget, string>> = {
  party: 'party',
  person: 'person',
  group: 'group',
  'group-or-person': 'group or person',
  area: 'area',
  county: 'county',
  activity: 'activity of this place',
  'evaluation-activity': 'evaluation activity',
};

/**
 * One broken reference in a region: a {@link DataIssue} with a readable path
 * (`groups[2].parentGroupId`), its row, its code and what a sentence needs (`received`, `expected`,
 * `allowed`, `names`; see `dataIssueCodes`). Translate it with `dataIssueMessage(issue, locale, {
 * document: 'region' })`.
 */
export interface ReferenceIssue extends DataIssue {
  /** A stable code a user interface can translate. */
  readonly code: ReferenceIssueCode;
  /** An English sentence for logs; a user interface translates `code` with the other fields. */
  readonly message: string;
  /**
   * The value at `path` that is wrong, as text.
   *
   * @deprecated The same as `received`.
   */
  readonly value?: string;
}

/**
 * Finds the dangling references in a region: ids that point to no party, person, group, area,
 * municipality or county; ids used twice; municipalities and areas that disagree about membership;
 * decisions, signatures and notices by a party the agreement does not list; loops of `parentGroupId`;
 * municipality codes that are no municipality of Finland (by the national reference data) or not
 * one of the region's; region municipalities outside the county `county.nationalId` names; and kinds
 * (party, group and evaluation kinds, roles, decision outcomes) that neither the library nor the
 * region's `vocabulary` knows. The schema cannot see these, because each row is valid on its own.
 * @param region - a region; validated with the `Region` schema first
 * @returns the issues, duplicate ids first and then the references section by section; empty when
 *   every reference resolves
 * @throws ValidationError when `region` does not match the `Region` schema
 * @example
 * import { etelaSavo } from '@perhekeskus/core/etela-savo';
 * regionReferenceIssues(etelaSavo); // []
 * const stray = { id: 'stray', name: 'A. Person', partyId: 'nowhere', source: { document: 'memo.txt' } };
 * regionReferenceIssues({ ...etelaSavo, people: [...etelaSavo.people, stray] });
 * // [{ path: 'people[5].partyId', message: 'partyId "nowhere" is not the id of any party', code: 'unknown-reference', value: 'nowhere' }]
 */
export function regionReferenceIssues(region: Region): ReferenceIssue[] {
  const r = parseInput(Region, region, 'region');
  const issues: ReferenceIssue[] = [];
  const add = (
    path: string,
    code: ReferenceIssueCode,
    message: string,
    value?: string,
    expected?: string,
    more: Pick<DataIssue, 'allowed' | 'names'> = {},
  ) => {
    issues.push({
      ...locate(pathKeys(path), r),
      code,
      message,
      ...(value === undefined ? {} : { value, received: value }),
      ...(expected === undefined ? {} : { expected }),
      ...more,
    });
  };
  /** The name of a municipality by its code: the region's own row, else the national reference data. */
  const municipalityName = (code: string) =>
    r.municipalities.find((m) => m.code === code)?.name ?? referenceMunicipality(code)?.name;

  const index = <T>(rows: readonly T[], key: (row: T) => string, path: string, what: string) => {
    const seen = new Map<string, number>();
    rows.forEach((row, i) => {
      const id = key(row);
      const first = seen.get(id);
      if (first !== undefined)
        add(`${path}[${i}]`, 'duplicate-id', `${what} "${id}" is also used by ${path}[${first}]`, id);
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
  const evaluationActivityIds = index(r.evaluationActivities, (e) => e.id, 'evaluationActivities', 'evaluation activity id');
  index(r.meetingPlaces, (p) => p.id, 'meetingPlaces', 'meeting place id');
  index(r.digitalServices, (d) => d.id, 'digitalServices', 'digital service id');

  const ref = (set: Set<string>, value: string | undefined, path: string, field: string, what: ReferenceTarget) => {
    if (value !== undefined && !set.has(value))
      add(path, 'unknown-reference', `${field} "${value}" is not the id of any ${TARGET_WORDS[what]}`, value, what);
  };
  const party = (value: string | undefined, path: string, field = 'partyId') =>
    ref(partyIds, value, path, field, 'party');
  const municipality = (value: string | undefined, path: string) => {
    if (value === undefined || municipalityCodes.has(value)) return;
    if (referenceMunicipality(value) === undefined) {
      add(path, 'unknown-municipality', `municipality code "${value}" is no municipality of Finland`, value);
    } else {
      const names = { received: municipalityName(value) };
      add(path, 'outside-region', `municipality ${value} is not one of the region's municipalities`, value, undefined, {
        names,
      });
    }
  };
  const county = (value: string | undefined, path: string) => {
    if (value !== undefined && value !== r.county.id)
      add(path, 'unknown-reference', `countyId "${value}" is not the region's county "${r.county.id}"`, value, 'county');
  };
  const vocabulary: Vocabulary = r.vocabulary ?? {};
  const kind = (which: VocabularyKind, value: string | undefined, path: string) => {
    if (value === undefined || Object.hasOwn(labels[which], value)) return;
    if (vocabulary[which]?.some((term) => term.id === value)) return;
    const allowed = [...Object.keys(labels[which]), ...(vocabulary[which]?.map((term) => term.id) ?? [])];
    add(
      path,
      'unknown-kind',
      `${which} "${value}" is neither the library's nor in the region's vocabulary`,
      value,
      which,
      { allowed },
    );
  };
  const role = (a: RoleAssignment, path: string) => {
    kind('role', a.role, `${path}.role`);
    ref(personIds, a.personId, `${path}.personId`, 'personId', 'person');
    party(a.partyId, `${path}.partyId`);
    ref(groupIds, a.groupId, `${path}.groupId`, 'groupId', 'group');
    municipality(a.municipalityCode, `${path}.municipalityCode`);
    ref(personIds, a.deputyOf, `${path}.deputyOf`, 'deputyOf', 'person');
  };

  const nationalCounty = r.county.nationalId === undefined ? undefined : referenceCounty(r.county.nationalId);
  if (r.county.nationalId !== undefined && nationalCounty === undefined) {
    add(
      'county.nationalId',
      'unknown-reference',
      `"${r.county.nationalId}" is no wellbeing services county`,
      r.county.nationalId,
      'wellbeing-county',
    );
  }
  for (const [which, terms] of Object.entries(vocabulary) as [VocabularyKind, { id: string }[] | undefined][]) {
    index(terms ?? [], (t) => t.id, `vocabulary.${which}`, `${which} id`);
  }

  r.municipalities.forEach((m, i) => {
    if (referenceMunicipality(m.code) === undefined) {
      add(`municipalities[${i}].code`, 'unknown-municipality', `"${m.code}" is no municipality of Finland`, m.code);
    } else if (nationalCounty !== undefined && !nationalCounty.municipalityCodes.includes(m.code)) {
      const actual = countyOfMunicipality(m.code);
      const names = {
        received: m.name,
        region: nationalCounty.name,
        ...(actual === undefined ? {} : { expected: actual.name }),
      };
      add(
        `municipalities[${i}].code`,
        'outside-county',
        `municipality ${m.code} is in county "${actual?.id ?? '(none)'}", not in "${nationalCounty.id}"`,
        m.code,
        actual?.id ?? '',
        { names },
      );
    }
    county(m.countyId, `municipalities[${i}].countyId`);
    ref(areaIds, m.areaId, `municipalities[${i}].areaId`, 'areaId', 'area');
    const area = r.areas.find((a) => a.id === m.areaId);
    if (area && !area.municipalityCodes.includes(m.code)) {
      add(
        `municipalities[${i}].areaId`,
        'mismatch',
        `area "${area.id}" does not list municipality ${m.code}`,
        area.id,
        'area',
      );
    }
  });
  r.areas.forEach((a, i) => {
    county(a.countyId, `areas[${i}].countyId`);
    a.municipalityCodes.forEach((code, j) => {
      const path = `areas[${i}].municipalityCodes[${j}]`;
      municipality(code, path);
      const m = r.municipalities.find((row) => row.code === code);
      if (m && m.areaId !== a.id) {
        add(path, 'mismatch', `municipality ${code} names area "${m.areaId ?? '(none)'}", not "${a.id}"`, code, 'area');
      }
    });
  });
  r.parties.forEach((p, i) => {
    kind('partyKind', p.kind, `parties[${i}].kind`);
    municipality(p.municipalityCode, `parties[${i}].municipalityCode`);
  });

  r.agreements.forEach((a, i) => {
    const path = `agreements[${i}]`;
    county(a.countyId, `${path}.countyId`);
    a.parties.forEach((id, j) => {
      party(id, `${path}.parties[${j}]`, 'party');
    });
    const listed = new Set(a.parties);
    a.partyKinds?.forEach((k, j) => {
      kind('partyKind', k, `${path}.partyKinds[${j}]`);
    });
    a.decisions.forEach((d, j) => {
      kind('decisionOutcome', d.outcome, `${path}.decisions[${j}].outcome`);
      party(d.partyId, `${path}.decisions[${j}].partyId`);
      if (partyIds.has(d.partyId) && !listed.has(d.partyId)) {
        add(
          `${path}.decisions[${j}].partyId`,
          'mismatch',
          `party "${d.partyId}" decided but is not in the agreement's parties`,
          d.partyId,
          'agreement-parties',
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
          s.partyId,
          'agreement-parties',
        );
      }
    });
    a.notices?.forEach((n, j) => {
      party(n.partyId, `${path}.notices[${j}].partyId`);
      if (partyIds.has(n.partyId) && !listed.has(n.partyId)) {
        add(
          `${path}.notices[${j}].partyId`,
          'mismatch',
          `party "${n.partyId}" gave notice but is not in the agreement's parties`,
          n.partyId,
          'agreement-parties',
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
    kind('groupKind', g.kind, `${path}.kind`);
    kind('role', g.convener, `${path}.convener`);
    ref(groupIds, g.parentGroupId, `${path}.parentGroupId`, 'parentGroupId', 'group');
    if (g.parentGroupId !== undefined && inCycle(g.id, parentOf)) {
      add(`${path}.parentGroupId`, 'cycle', `group "${g.id}" is its own ancestor through parentGroupId`);
    }
    ref(areaIds, g.areaId, `${path}.areaId`, 'areaId', 'area');
    municipality(g.municipalityCode, `${path}.municipalityCode`);
    g.reportsTo?.forEach((d, j) => {
      ref(groupIds, d.toGroupId, `${path}.reportsTo[${j}].toGroupId`, 'toGroupId', 'group');
      ref(groupIds, d.after?.groupId, `${path}.reportsTo[${j}].after.groupId`, 'groupId', 'group');
      ref(evaluationActivityIds, d.activityId, `${path}.reportsTo[${j}].activityId`, 'activityId', 'evaluation-activity');
    });
    g.members.forEach((m, j) => {
      role(m, `${path}.members[${j}]`);
    });
    // A rotation passes a duty among groups (their convener takes the turn) or people.
    for (const duty of ['lead', 'secretary'] as const) {
      g.rotation?.[duty]?.among?.forEach((id, j) => {
        const known = groupIds.has(id) || personIds.has(id);
        if (!known) ref(new Set(), id, `${path}.rotation.${duty}.among[${j}]`, 'among', 'group-or-person');
      });
    }
    index(g.startOfPeriodTasks ?? [], (t) => t.id, `${path}.startOfPeriodTasks`, 'task id');
  });

  r.yearClocks.forEach((c, i) => {
    index(c.entries, (e) => e.id, `yearClocks[${i}].entries`, 'entry id');
    c.entries.forEach((e, j) => {
      ref(groupIds, e.groupId, `yearClocks[${i}].entries[${j}].groupId`, 'groupId', 'group');
    });
  });
  r.evaluationActivities.forEach((e, i) => {
    kind('evaluationKind', e.kind, `evaluationActivities[${i}].kind`);
    kind('role', e.responsible, `evaluationActivities[${i}].responsible`);
    const recurrence = e.recurrence;
    if (recurrence.kind === 'every-n-years') {
      recurrence.variants?.forEach((v, j) => {
        kind('evaluationKind', v, `evaluationActivities[${i}].recurrence.variants[${j}]`);
      });
    }
    ref(groupIds, e.reportsToGroupId, `evaluationActivities[${i}].reportsToGroupId`, 'reportsToGroupId', 'group');
  });

  r.meetingPlaces.forEach((p, i) => {
    const path = `meetingPlaces[${i}]`;
    municipality(p.municipalityCode, `${path}.municipalityCode`);
    p.organiserIds.forEach((id, j) => {
      party(id, `${path}.organiserIds[${j}]`, 'organiserId');
    });
    party(p.premises?.ownerId, `${path}.premises.ownerId`, 'ownerId');
    kind('partyKind', p.premises?.ownerKind, `${path}.premises.ownerKind`);
    p.contacts.forEach((c, j) => {
      kind('role', c.role, `${path}.contacts[${j}].role`);
      party(c.partyId, `${path}.contacts[${j}].partyId`);
    });
    const activityIds = index(p.activities, (a) => a.id, `${path}.activities`, 'activity id');
    p.exceptions?.forEach((e, j) => {
      ref(activityIds, e.activityId, `${path}.exceptions[${j}].activityId`, 'activityId', 'activity');
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
