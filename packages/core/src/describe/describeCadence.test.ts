import { describe, expect, it } from 'vitest';
import type { Cadence } from '../model/cadence.js';
import { ValidationError } from '../validation/parseInput.js';
import { describeCadence } from './describeCadence.js';
import { formatTime, formatTimeRange } from '../i18n/formatTime.js';
import { monthNames } from '../i18n/monthNames.js';

describe('formatTime', () => {
  it('writes Finnish and Swedish times with a dot and English with a colon', () => {
    expect(formatTime('09:30', 'fi')).toBe('klo 9.30');
    expect(formatTime('09:30', 'sv')).toBe('kl. 9.30');
    expect(formatTime('09:30', 'en')).toBe('9:30');
    expect(formatTime('13:05', 'fi', false)).toBe('13.05');
  });

  it('writes a span with an en dash and the prefix once', () => {
    expect(formatTimeRange('09:30', '11:00', 'fi')).toBe('klo 9.30–11.00');
    expect(formatTimeRange('09:30', '11:00', 'en')).toBe('9:30–11:00');
  });
});

describe('describeCadence', () => {
  it('describes the network cadence of four meetings a year, one in person (002)', () => {
    const cadence = { kind: 'times-per-year', times: 4, inPerson: 1, mode: 'remote' } as const;
    expect(describeCadence(cadence, 'fi')).toBe('4 kertaa vuodessa, joista 1 lähitapaamisena; muut: etäkokous');
    expect(describeCadence(cadence, 'en')).toMatch(/^4 times a year, 1 of them in person; others: remote/);
    expect(describeCadence(cadence, 'sv')).toMatch(/^4 gånger per år, varav 1 på plats/);
  });

  it('describes a mostly monthly steering group that skips July, with its day and hours (001 §13)', () => {
    const cadence = {
      kind: 'monthly',
      approximate: true,
      skipMonths: [7],
      mode: 'hybrid',
      weekday: 2,
      time: '13:00',
      durationMinutes: 90,
    } satisfies Cadence;
    const fi = describeCadence(cadence, 'fi');
    expect(fi).toContain('pääasiassa kuukausittain (ei heinäkuussa)');
    expect(fi).toContain('tiistaisin klo 13.00–14.30');
    expect(describeCadence(cadence, 'en')).toContain('mostly monthly (not in July)');
    expect(describeCadence(cadence, 'en')).toContain('on Tuesdays 13:00–14:30');
  });

  it('says "remote or hybrid" for a group that chooses between modes (002), and counts monthly meetings in person', () => {
    const steering = { kind: 'monthly', mode: ['remote', 'hybrid'], skipMonths: [7] } satisfies Cadence;
    expect(describeCadence(steering, 'fi')).toBe('kuukausittain (ei heinäkuussa); etäkokous tai hybridikokous');
    expect(describeCadence(steering, 'sv')).toContain('eller');
    expect(describeCadence(steering, 'en')).toContain(' or ');
    const everyThird = { ...steering, inPersonAt: [0, 3, 6, 9] } satisfies Cadence;
    expect(describeCadence(everyThird, 'en')).toContain('4 of them in person; others: remote or hybrid');
  });

  it('names each month window with its mode (the relationship-support regional meetings, 002)', () => {
    const cadence = {
      kind: 'windows',
      windows: [
        { window: { from: 3, to: 4 }, mode: 'in-person' },
        { window: { from: 10, to: 10 }, mode: 'remote' },
      ],
    } satisfies Cadence;
    const en = describeCadence(cadence, 'en');
    expect(en).toContain('March–April');
    expect(en).toContain('October');
    expect(en.indexOf('March')).toBeLessThan(en.indexOf('October'));
  });

  it('gives the first years of an every-other-year survey (family survey 2027, 2029, 002)', () => {
    const cadence = { kind: 'every-n-years', every: 2, phaseYear: 2027, window: { from: 9, to: 11 } } as const;
    expect(describeCadence(cadence, 'fi')).toBe('joka 2. vuosi (2027, 2029 …), syyskuu–marraskuu');
    expect(describeCadence(cadence, 'en')).toBe('every 2 years (2027, 2029 …), September–November');
  });

  it('rejects an invalid cadence with a message naming the field', () => {
    expect(() => describeCadence({ kind: 'times-per-year', times: 0, mode: 'remote' } as never, 'fi')).toThrow(
      ValidationError,
    );
    expect(() => describeCadence({ kind: 'times-per-year', times: 0, mode: 'remote' } as never, 'fi')).toThrow(
      /cadence\.times/,
    );
  });
});

describe('monthNames', () => {
  it('names the months January first in each language', () => {
    expect(monthNames.fi[2]).toBe('maaliskuu');
    expect(monthNames.sv[0]).toBe('januari');
    expect(monthNames.en[11]).toBe('December');
    expect(Object.values(monthNames).every((names) => names.length === 12)).toBe(true);
  });
});
