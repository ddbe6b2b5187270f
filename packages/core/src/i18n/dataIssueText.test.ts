import { describe, expect, it } from 'vitest';
import { dataIssueText } from './dataIssueText.js';

describe('dataIssueText', () => {
  it('keeps the TSDoc example true', () => {
    expect(
      dataIssueText(
        {
          path: 'places[3].activities[0].start',
          keys: ['places', 3, 'activities', 0, 'start'],
          code: 'invalid-time',
          received: '9.00',
        },
        'fi',
      ),
    ).toBe('aika pitää antaa muodossa HH:mm; nyt ”9.00”.');
  });

  it('says what is wrong without where, from the format, rule or sentence table by code', () => {
    const at = { path: 'x', keys: ['x'] };
    expect(dataIssueText({ ...at, code: 'invalid-postal-code' }, 'sv')).toBe(
      'postnumret ska bestå av fem siffror (t.ex. 51900).',
    );
    expect(dataIssueText({ ...at, code: 'to-before-from' }, 'en')).toMatch(/^\S.*\.$/);
    expect(dataIssueText({ ...at, code: 'too-small', expected: '2', origin: 'array' }, 'en')).toBe(
      'the list must have at least 2 items.',
    );
  });
});
