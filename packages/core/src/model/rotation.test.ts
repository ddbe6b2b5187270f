import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { dataIssueMessage } from '../i18n/dataIssueMessage.js';
import { dataIssues } from '../validation/dataIssues.js';
import { GroupRotation } from './rotation.js';

const source = { document: 'plan.pdf' };
const issuesOf = (value: unknown) => {
  const result = z.safeParse(GroupRotation, value);
  return result.success ? [] : dataIssues(result.error, value);
};

describe('GroupRotation', () => {
  it('accepts the TSDoc example: a lead rotating between two groups and a secretary nobody is named for', () => {
    const rotation = {
      lead: { among: ['north-group', 'south-group'], fromYear: 2026 },
      secretary: {},
      source,
    };
    expect(GroupRotation.parse(rotation)).toEqual(rotation);
  });

  it('accepts a chair that passes on every year', () => {
    expect(
      z.safeParse(GroupRotation, { lead: { among: ['a', 'b', 'c'], fromYear: 2026, per: 'year' }, source }).success,
    ).toBe(true);
  });

  it('rejects a rotation that names no duty, in every language (rotation-empty)', () => {
    const [issue] = issuesOf({ source });
    expect(issue?.path).toBe('lead');
    expect(dataIssueMessage(issue!, 'fi')).toContain('vetovastuun');
    expect(dataIssueMessage(issue!, 'sv')).toContain('sekreteraren');
    expect(dataIssueMessage(issue!, 'en')).toContain('names the lead, the secretary or both');
  });

  it('rejects an id that takes two turns in one round (rotation-repeats)', () => {
    const issues = issuesOf({ lead: { among: ['a', 'b', 'a'], fromYear: 2026 }, source });
    expect(issues.map((i) => [i.path, dataIssueMessage(i, 'en')])).toEqual([
      ['lead.among', expect.stringContaining("an id appears twice in the rotation's among list")],
    ]);
  });

  it('needs the first year when it names among whom the duty rotates (rotation-needs-start)', () => {
    const issues = issuesOf({ lead: { among: ['a', 'b'] }, source });
    expect(issues.map((i) => i.path)).toEqual(['lead.fromYear']);
    expect(dataIssueMessage(issues[0]!, 'fi')).toContain('fromYear');
  });

  it('rejects a rotation of one (a duty that never passes on is no rotation)', () => {
    expect(issuesOf({ lead: { among: ['a'], fromYear: 2026 }, source }).map((i) => i.code)).toEqual(['too-small']);
  });
});
