import { describe, expect, it } from 'vitest';
import { ValidationError } from '../model/validation.js';
import { calendarIssueCodes } from './calendarIssue.js';
import { calendarIssueMessage } from './calendarIssueMessage.js';

describe('calendarIssueMessage', () => {
  it('keeps the TSDoc example true', () => {
    expect(
      calendarIssueMessage(
        {
          index: 2,
          entryTitle: 'Perhekahvila',
          path: 'entries[2].start',
          code: 'invalid-date-time',
          received: '2026-03-10 09:30',
        },
        'en',
      ),
    ).toBe(
      'Event 3 (“Perhekahvila”): field start: the date and time must be given as YYYY-MM-DDTHH:mm:ss with a time zone (e.g. 2026-03-10T09:30:00+02:00) and be a real moment; got “2026-03-10 09:30”.',
    );
  });

  it('speaks Finnish and Swedish, naming the entry by id when it has no title', () => {
    const issue = {
      index: 0,
      entryId: 'kokous-1',
      path: 'entries[0].mode',
      code: 'invalid-value',
      expected: 'in-person, remote, hybrid',
      received: 'online',
    } as const;
    expect(calendarIssueMessage(issue, 'fi')).toBe(
      'Tapahtuma 1 (kokous-1): kenttä mode: arvo ”online” ei ole sallittu. Sallitut arvot: in-person, remote, hybrid.',
    );
    expect(calendarIssueMessage(issue, 'sv')).toBe(
      'Händelse 1 (kokous-1): fältet mode: värdet ”online” är inte tillåtet. Tillåtna värden: in-person, remote, hybrid.',
    );
  });

  it('words the calendar-only codes for the list and for a duplicate', () => {
    expect(calendarIssueMessage({ path: '', code: 'not-a-list', received: 'string' }, 'fi')).toBe(
      'Tapahtumaluettelo: odotettiin listaa tapahtumista tai objektia, jossa on kenttä entries; tapahtumia ei voitu lukea.',
    );
    expect(calendarIssueMessage({ index: 4, path: 'entries[4].id', code: 'duplicate-id', received: 'a' }, 'sv')).toBe(
      'Händelse 5: fältet id: id:t ”a” används redan av en tidigare händelse, så den här händelsen hoppades över.',
    );
  });

  it('has a sentence for every code in every language, never the bare code', () => {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      for (const code of calendarIssueCodes) {
        const text = calendarIssueMessage(
          { index: 0, path: 'entries[0].x', code, expected: '1', received: 'string' },
          locale,
        );
        expect(text).toMatch(/\.$/);
        expect(text).not.toContain(`: ${code}`);
      }
    }
  });

  it('rejects an unknown locale', () => {
    expect(() => calendarIssueMessage({ path: '', code: 'not-a-list' }, 'de' as never)).toThrow(ValidationError);
  });
});
