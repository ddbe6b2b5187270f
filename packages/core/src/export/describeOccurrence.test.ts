import { describe, expect, it } from 'vitest';
import { describeOccurrence, localize, occurrenceTitle } from './describeOccurrence.js';

describe('describeOccurrence', () => {
  it('keeps the documented examples true', () => {
    expect(
      describeOccurrence(
        {
          start: '2026-03-10T09:00:00+02:00',
          end: '2026-03-10T11:00:00+02:00',
          mode: 'remote',
          topics: [{ fi: 'Talousarvio' }],
        },
        undefined,
        'fi',
      ),
    ).toBe('Kokousmuoto: Etäkokous\nAiheet:\n- Talousarvio');
    expect(
      occurrenceTitle(
        { start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T11:00:00+02:00', mode: 'remote' },
        { fi: 'Ohjausryhmä', sv: 'Styrgruppen', en: 'Steering group' },
        'sv',
      ),
    ).toBe('Styrgruppen');
    expect(localize({ fi: 'Ohjausryhmä' }, 'en')).toBe('Ohjausryhmä');
  });

  it('names the group when the meeting has a title of its own, and not twice', () => {
    const group = { fi: 'Verkosto', sv: 'Nätverket', en: 'Network' };
    const base = { start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T11:00:00+02:00', mode: 'in-person' } as const;
    expect(describeOccurrence({ ...base, title: { fi: 'Kevättapaaminen' } }, group, 'fi')).toBe(
      'Verkosto\nKokousmuoto: Livekokous',
    );
    expect(describeOccurrence({ ...base, title: { fi: 'Verkosto' } }, group, 'fi')).toBe('Kokousmuoto: Livekokous');
  });
});
