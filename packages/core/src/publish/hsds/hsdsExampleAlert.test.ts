import { describe, expect, it } from 'vitest';
import { hsdsExampleAlert, isHsdsExampleAlert } from './hsdsExampleAlert.js';

describe('hsdsExampleAlert', () => {
  it('marks an example row in the export language, English for others, and reads every one back', () => {
    expect(hsdsExampleAlert('fi')).toMatch(/^Esimerkkitieto/);
    expect(hsdsExampleAlert('sv')).toMatch(/^Exempeldata/);
    expect(hsdsExampleAlert('se')).toBe(hsdsExampleAlert('en'));
    for (const language of ['fi', 'sv', 'en'] as const)
      expect(isHsdsExampleAlert(hsdsExampleAlert(language))).toBe(true);
  });

  it('takes no other alert, or a value that is not text, for the marking', () => {
    expect(isHsdsExampleAlert('Closed for the summer')).toBe(false);
    expect(isHsdsExampleAlert(undefined)).toBe(false);
    expect(isHsdsExampleAlert(1)).toBe(false);
  });
});
