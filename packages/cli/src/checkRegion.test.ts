import { etelaSavo } from '@perhekeskus/core/etela-savo';
import { describe, expect, it } from 'vitest';
import { checkRegion } from './checkRegion.js';

/** The built-in region as a file would give it: plain JSON, free to change. */
const regionData = () => JSON.parse(JSON.stringify(etelaSavo));

describe('checkRegion', () => {
  it('accepts the built-in region with no problems', () => {
    const { region, problems } = checkRegion(regionData(), 'fi', '2026-01-01');
    expect(problems).toEqual([]);
    expect(region?.id).toBe('etela-savo');
  });

  it('names the row by section, index and id, and the field, in the chosen language (the example)', () => {
    const data = regionData();
    data.groups[0].level = 'galactic';
    const en = checkRegion(data, 'en', '2026-01-01').problems;
    expect(en).toHaveLength(1);
    expect(en[0]).toMatch(
      /^groups\[0\] \(steering-group\): field level: the value “galactic” is not allowed\. Allowed values: .*county/,
    );
    expect(checkRegion(data, 'fi', '2026-01-01').problems[0]).toMatch(
      /^groups\[0\] \(steering-group\): kenttä level: arvo ”galactic” ei ole sallittu/,
    );
    expect(checkRegion(data, 'sv', '2026-01-01').problems[0]).toMatch(/^groups\[0\] \(steering-group\): fältet level:/);
  });

  it('names a kind the library does not know and the region does not declare, listing both', () => {
    const data = regionData();
    data.groups[0].convener = 'boss';
    expect(checkRegion(data, 'en', '2026-01-01').problems).toEqual([
      expect.stringMatching(
        /^groups\[0\] \(steering-group\): field convener: “boss” is no known role\. Allowed: chair, .*, or one added to the region's vocabulary\.$/,
      ),
    ]);
    data.vocabulary = { role: [{ id: 'boss', label: { fi: 'pomo' } }] };
    expect(checkRegion(data, 'en', '2026-01-01').problems).toEqual([]);
  });

  it('translates the model’s own formats and rules, and drops the rule that only repeats a broken field', () => {
    const data = regionData();
    data.municipalities[0].code = '12';
    data.agreements[0].period.start = '2026-02-30';
    const problems = checkRegion(data, 'fi', '2026-01-01').problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('kenttä code: kuntakoodin pitää olla Tilastokeskuksen kolminumeroinen koodi');
    expect(problems[0]).toContain('nyt ”12”');
    expect(problems[1]).toMatch(
      /^agreements\[0\] \([^)]+\): kenttä period\.start: päivämäärä pitää antaa muodossa VVVV-KK-PP/,
    );
  });

  it('reports a missing field, an unknown field and a cadence of an unknown kind', () => {
    const data = regionData();
    delete data.areas[0].name;
    data.extra = true;
    data.groups[0].cadence = { kind: 'weekly' };
    const problems = checkRegion(data, 'en', '2026-01-01').problems;
    expect(problems).toContain('Region description: unknown field “extra”; check the spelling or remove the field.');
    expect(problems.some((p) => /^areas\[0\] \([^)]+\): field name: a required value is missing/.test(p))).toBe(true);
    expect(
      problems.some((p) => p.startsWith('groups[0] (steering-group): field cadence.kind: the value “weekly”')),
    ).toBe(true);
  });

  it('checks references once the schema holds: a person of no party, a duplicate id', () => {
    const data = regionData();
    data.people.push({ ...data.people[0], id: 'stray', partyId: 'nowhere' });
    data.groups.push({ ...data.groups[0] });
    const { region, problems } = checkRegion(data, 'en', '2026-01-01');
    expect(region).toBeDefined();
    expect(problems).toContain(
      `groups[${data.groups.length - 1}] (steering-group): the id “steering-group” is already used by an earlier row.`,
    );
    expect(problems).toContain(
      `people[${data.people.length - 1}] (stray): field partyId: the reference “nowhere” matches no id.`,
    );
  });

  it('says when a group is its own ancestor', () => {
    const data = regionData();
    const [a, b] = data.groups;
    a.parentGroupId = b.id;
    b.parentGroupId = a.id;
    const problems = checkRegion(data, 'fi', '2026-01-01').problems;
    expect(problems).toContain(
      `groups[0] (${a.id}): kenttä parentGroupId: ryhmä ”${a.id}” on oma ylempi ryhmänsä parentGroupId-ketjun kautta.`,
    );
  });
});
