import { modesText as meetingModesText } from '@perhekeskus/core';
import { describe, expect, it } from 'vitest';
import {
  capitalize,
  formatCount,
  formatDay,
  formatKm,
  localeFromLang,
  weekdayName,
} from './index.js';

describe('i18n formats', () => {
  it('names the day of an opening with its weekday', () => {
    expect(formatDay('2026-04-07', 'fi')).toBe('ti 7.4.');
    expect(formatDay('2026-04-07', 'sv')).toBe('tis 7.4.');
    expect(formatDay('2026-04-07', 'en')).toBe('Tue 7 Apr');
  });

  it('starts the week on Monday', () => {
    expect(weekdayName(1, 'fi')).toBe('Maanantai');
    expect(weekdayName(7, 'sv')).toBe('Söndag');
    expect(weekdayName(1, 'en')).toBe('Monday');
  });

  it('groups digits and rounds distances per language', () => {
    expect(formatCount(10_000, 'fi').replace(/\s/g, ' ')).toBe('10 000');
    expect(formatCount(10_000, 'en')).toBe('10,000');
    expect(formatKm(3.25, 'fi')).toBe('3,3');
    expect(formatKm(42.4, 'en')).toBe('42');
  });

  it('capitalises the first letter only, Finnish letters included', () => {
    expect(capitalize('äitiys ja perheet', 'fi')).toBe('Äitiys ja perheet');
  });

  it('picks the interface language from a lang tag, Finnish by default', () => {
    expect(localeFromLang('sv-FI')).toBe('sv');
    expect(localeFromLang('EN')).toBe('en');
    expect(localeFromLang('de')).toBe('fi');
    expect(localeFromLang(null)).toBe('fi');
  });

  it('joins the modes a meeting may have with the language’s “or”', () => {
    expect(meetingModesText(['remote', 'hybrid'], 'fi')).toBe('etäkokous tai hybridikokous');
    expect(meetingModesText(['remote', 'hybrid'], 'sv')).toBe('distansmöte eller hybridmöte');
    expect(meetingModesText(['remote', 'hybrid'], 'en')).toBe('remote or hybrid');
    expect(meetingModesText('in-person', 'fi')).toBe('livekokous');
  });
});
