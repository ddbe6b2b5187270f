import { describe, expect, it } from 'vitest';
import { filterIssueMessage } from './filterIssueMessage.js';
import { parsePlaceFilter } from './parsePlaceFilter.js';

describe('filterIssueMessage', () => {
  it('matches the documented example', () => {
    expect(
      filterIssueMessage(
        { param: 'municipality', value: '68', code: 'invalid-format', expected: 'municipality-code' },
        'fi',
      ),
    ).toBe(
      'Asetus municipality=”68” ohitettiin: kuntakoodin pitää olla Tilastokeskuksen kolminumeroinen koodi (esim. 681).',
    );
  });

  it('lists the allowed values of a bad choice in each language', () => {
    const [issue] = parsePlaceFilter({ weekday: 'monday' }).issues;
    expect(issue).toBeDefined();
    if (!issue) return;
    expect(filterIssueMessage(issue, 'fi')).toBe(
      'Asetus weekday=”monday” ohitettiin: sallitut arvot ovat 1, 2, 3, 4, 5, 6, 7.',
    );
    expect(filterIssueMessage(issue, 'sv')).toBe(
      'Inställningen weekday=”monday” ignorerades: tillåtna värden är 1, 2, 3, 4, 5, 6, 7.',
    );
    expect(filterIssueMessage(issue, 'en')).toBe('Ignored weekday=“monday”: allowed values are 1, 2, 3, 4, 5, 6, 7.');
  });

  it('says a non-text value must be text', () => {
    const [issue] = parsePlaceFilter({ q: 5 as never }).issues;
    expect(issue && filterIssueMessage(issue, 'en')).toBe('Ignored q=“5”: the value must be text.');
  });
});
