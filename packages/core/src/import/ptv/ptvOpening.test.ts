import { describe, expect, it } from 'vitest';
import { codesAt, testContext } from './fixtures.js';
import { ptvHoursNote, ptvOpening } from './ptvOpening.js';
import { ptvValidity } from './ptvValidity.js';

describe('ptvOpening', () => {
  it('holds for the documented example', () => {
    const ctx = testContext();
    expect(ptvOpening(ctx, { dayFrom: 'Monday', dayTo: 'Friday', from: '09:00:00', to: '16:00:00' }, 'p')).toEqual({
      from: { minutes: 540, truncated: false },
      to: { minutes: 960, truncated: false },
      dayFrom: 1,
      dayTo: 5,
      path: 'p',
    });
  });

  it('treats empty weekday fields as absent and reports everything malformed', () => {
    const ctx = testContext();
    expect(ptvOpening(ctx, { dayFrom: '', dayTo: null, from: '9:00', to: '10:00' }, 'p')).toEqual({
      from: { minutes: 540, truncated: false },
      to: { minutes: 600, truncated: false },
      path: 'p',
    });
    expect(ptvOpening(ctx, { dayFrom: 'Monday', from: '09:00:00' }, 'q')).toBeUndefined();
    expect(codesAt(ctx.issues, 'q.to')).toEqual(['invalid-value']);
    expect(ptvOpening(ctx, 'Mon 9-16', 'r')).toBeUndefined();
    expect(codesAt(ctx.issues, 'r')).toEqual(['invalid-value']);
    ptvOpening(ctx, { dayFrom: 'Monday', from: '09:00:00', to: '10:00:00', isExtra: true }, 's');
    expect(codesAt(ctx.issues, 's.isExtra')).toEqual(['unknown-field']);
  });
});

describe('ptvHoursNote', () => {
  it('holds for the documented example', () => {
    expect(ptvHoursNote(testContext(), { isReservation: true }, 'serviceHours[0]')).toEqual({
      fi: 'Vain ajanvarauksella.',
      sv: 'Endast med tidsbokning.',
      en: 'By appointment only.',
    });
  });

  it('is the additional information alone without reservation, and nothing without either', () => {
    const ctx = testContext('v12');
    expect(ptvHoursNote(ctx, { additionalInformation: { fi: 'Kerho', sv: 'Klubb' } }, 'h')).toEqual({
      fi: 'Kerho',
      sv: 'Klubb',
    });
    expect(ptvHoursNote(ctx, {}, 'h')).toBeUndefined();
  });

  it('carries a note in Swedish or a Sámi language without Finnish', () => {
    const ctx = testContext('v12');
    expect(ptvHoursNote(ctx, { additionalInformation: { sv: 'Klubb', se: 'Searvi' } }, 'h')).toEqual({
      sv: 'Klubb',
      se: 'Searvi',
    });
    expect(ctx.issues).toEqual([]);
  });

  it('puts "By appointment only." before the note in Finnish, Swedish and English, and reports a Sámi note', () => {
    const ctx = testContext('v12');
    const note = ptvHoursNote(
      ctx,
      { isReservation: true, additionalInformation: { sv: 'Ring först.', smn: 'Soiti ovdil.' } },
      'serviceHours[1]',
    );
    // A Sámi note alone would not say that an appointment is needed; a Sámi reader gets the Finnish note.
    expect(note).toEqual({
      fi: 'Vain ajanvarauksella.',
      sv: 'Endast med tidsbokning. Ring först.',
      en: 'By appointment only.',
    });
    expect(codesAt(ctx.issues, 'serviceHours[1].additionalInformation.smn')).toEqual(['unmapped-field']);
  });
});

describe('ptvValidity', () => {
  it('holds for the documented example', () => {
    expect(ptvValidity(testContext(), { validFrom: '2026-01-06T22:00:00Z', validTo: null }, 'serviceHours[0]')).toEqual(
      {
        validFrom: '2026-01-07',
      },
    );
  });

  it('allows a single day and open ends', () => {
    const ctx = testContext();
    expect(ptvValidity(ctx, { validFrom: '2026-05-01', validTo: '2026-05-01' }, 'h')).toEqual({
      validFrom: '2026-05-01',
      validTo: '2026-05-01',
    });
    expect(ptvValidity(ctx, {}, 'h')).toEqual({});
    expect(ctx.issues).toEqual([]);
  });
});
