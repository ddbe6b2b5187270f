import { describe, expect, it } from 'vitest';
import { IsoDate, SourceRef } from '../model/common.js';
import { MUNICIPALITY_REFERENCE_SOURCE, REFERENCE_VALID_FROM, REFERENCE_VINTAGE, SAMI_NAMES_SOURCE } from './source.js';

describe('reference data sources', () => {
  it('are valid SourceRef values', () => {
    expect(SourceRef.safeParse(MUNICIPALITY_REFERENCE_SOURCE).success).toBe(true);
    expect(SourceRef.safeParse(SAMI_NAMES_SOURCE).success).toBe(true);
  });

  it('cite Statistics Finland for the list and the Act on the Sámi Language for the Sámi names', () => {
    expect(MUNICIPALITY_REFERENCE_SOURCE.document).toBe(
      'Statistics Finland, municipality classification 2021 (via Yle open geodata finland-hva-2021)',
    );
    expect(SAMI_NAMES_SOURCE.document).toMatch(/1086\/2003/);
  });

  it('date the list from the first day of its vintage year', () => {
    expect(IsoDate.safeParse(REFERENCE_VALID_FROM).success).toBe(true);
    expect(REFERENCE_VALID_FROM).toBe(`${REFERENCE_VINTAGE}-01-01`);
  });
});
