import { describe, expect, it } from 'vitest';
import { EXPORT_LABELS, modeLabel } from './exportLabels.js';

describe('export labels', () => {
  it('keeps the documented examples true', () => {
    expect(EXPORT_LABELS.sv.topicsHeading).toBe('Ämnen');
    expect(modeLabel('remote', 'sv')).toBe('Distansmöte');
  });

  it('names every meeting mode differently in every locale, with a capital first letter', () => {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const names = (['in-person', 'remote', 'hybrid'] as const).map((mode) => modeLabel(mode, locale));
      expect(new Set(names).size).toBe(3);
      for (const name of names) expect(name.charAt(0)).toBe(name.charAt(0).toUpperCase());
    }
  });
});
