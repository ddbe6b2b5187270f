import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { etelaSavo } from '../data/etela-savo/region.js';
import { Region } from '../model/region.js';
import { groupRoleHolder } from './groupRoleHolder.js';

const pohjanmaa = z.parse(
  Region,
  JSON.parse(readFileSync(new URL('../../../../examples/pohjanmaa/region.json', import.meta.url), 'utf8')),
);

describe('groupRoleHolder', () => {
  it("resolves the steering group's secretary post to the region's named coordinator (001 §13)", () => {
    const secretary = groupRoleHolder(etelaSavo, { groupId: 'steering-group', role: 'secretary' });
    expect(secretary).toMatchObject({ role: 'secretary', personId: 'hanna-kokkonen', name: 'Hanna Kokkonen' });
  });

  it('gives the convener by default: a post when nobody is named for it', () => {
    expect(groupRoleHolder(etelaSavo, { groupId: 'steering-group' })).toEqual({
      role: 'chair',
      title: {
        fi: 'sopimuskaudeksi valittu puheenjohtaja',
        sv: 'ordförande vald för avtalsperioden',
        en: 'chair chosen for the agreement period',
      },
    });
  });

  it("falls back on the region-level holder of the role, as the coordinator convenes the example's groups", () => {
    expect(groupRoleHolder(pohjanmaa, { groupId: 'sisote' })).toMatchObject({
      role: 'coordinator',
      personId: 'coordinator',
      workEmail: 'koordinator@example.org',
    });
  });

  it('returns undefined when nothing holds the role', () => {
    expect(groupRoleHolder(pohjanmaa, { groupId: 'sisote', role: 'vice-chair' })).toBeUndefined();
  });
});
