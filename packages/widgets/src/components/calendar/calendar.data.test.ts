import type { PublishManifest } from '@perhekeskus/core';
import { describe, expect, it } from 'vitest';
import { messages } from '../../i18n/calendar/index.js';
import type { PublishedFolder } from '../../internal/published.js';
import { neededFiles } from './calendar.data.js';
import { gridKey } from './calendar.keyboard.js';
import { paged } from './calendar.model.js';
import manifest from './fixtures/osterbotten/index.json';

const folder: PublishedFolder = {
  manifest: manifest as PublishManifest,
  index: new URL('https://example.org/osterbotten/index.json'),
  trusted: false,
};
const paths = (needs: ReturnType<typeof neededFiles>) => needs.calendars.map((file) => file.path);

describe('neededFiles', () => {
  it('reads only the chosen groups’ files for the years on screen, and names the unknown ids', () => {
    const choice = { groups: ['natverket', 'nowhere'], evaluation: false, place: undefined };
    const needs = neededFiles(folder, choice, false, [2026]);
    expect(paths(needs)).toEqual(['groups/natverket-2026.json']);
    expect(needs.unknownGroups).toEqual(['nowhere']);
    // A grid from December to January touches two years.
    expect(paths(neededFiles(folder, choice, false, [2026, 2027]))).toEqual([
      'groups/natverket-2026.json',
      'groups/natverket-2027.json',
    ]);
    expect(paths(neededFiles(folder, choice, false, [2028]))).toEqual([]);
  });

  it('reads every group when told to, and the evaluation calendar only when asked', () => {
    const none = { groups: [], evaluation: false, place: undefined };
    expect(paths(neededFiles(folder, none, true, [2027]))).toEqual([
      'groups/natverket-2027.json',
      'groups/styrgruppen.json',
    ]);
    expect(paths(neededFiles(folder, { ...none, evaluation: true }, false, [2027]))).toEqual(['evaluation.json']);
    // No places.json in this folder: the place cannot be found.
    expect(neededFiles(folder, { ...none, place: 'x' }, false, [2026]).places).toBeUndefined();
  });

  it('reads a folder’s one file of every group for each year on screen, and the groups’ own files for chosen groups', () => {
    const year = (y: number) => ({
      path: `calendar/${y}.json`,
      kind: 'region-calendar' as const,
      schema: 'https://perhekeskus.dev/schema/calendar-entries.json',
      count: 2,
      years: [y],
    });
    const files = [year(2026), year(2027), ...folder.manifest.files];
    const withAll: PublishedFolder = { ...folder, manifest: { ...folder.manifest, files } };
    const none = { groups: [], evaluation: false, place: undefined };
    expect(paths(neededFiles(withAll, none, true, [2027]))).toEqual(['calendar/2027.json']);
    expect(paths(neededFiles(withAll, none, true, [2026, 2027]))).toEqual(['calendar/2026.json', 'calendar/2027.json']);
    expect(paths(neededFiles(withAll, none, true, [2028]))).toEqual([]);
    expect(paths(neededFiles(withAll, { ...none, groups: ['styrgruppen'] }, false, [2026]))).toEqual([
      'groups/styrgruppen.json',
    ]);
  });
});

describe('paged', () => {
  const entry = (id: string) => ({
    id,
    title: { fi: id },
    start: '2026-03-10T09:00:00+02:00',
    end: '2026-03-10T10:00:00+02:00',
  });
  it('keeps whole days up to the limit, cuts the last one, and leaves out the days after it', () => {
    const days = [
      { entries: [entry('a'), entry('b')] },
      { entries: [] },
      { entries: [entry('c'), entry('d')] },
      { entries: [entry('e')] },
    ];
    const page = paged(days, 3);
    expect(page.groups.map((d) => d.entries.map((e) => e.id))).toEqual([['a', 'b'], [], ['c']]);
    expect([page.shown, page.total]).toEqual([3, 5]);
    expect(paged(days, 50).groups).toHaveLength(4);
  });
});

describe('gridKey', () => {
  it('moves by day, week, month and year, to Monday and Sunday, and chooses with Enter and Space', () => {
    const key = (k: string, shiftKey = false) => gridKey({ key: k, shiftKey }, '2026-03-10');
    expect(key('Home')).toEqual({ days: -1 });
    expect(key('End')).toEqual({ days: 5 });
    expect(key('PageDown', true)).toEqual({ months: 12 });
    expect([key('Enter'), key(' ')]).toEqual(['choose', 'choose']);
    expect(key('a')).toBeUndefined();
  });
});

describe('the calendar’s catalogue', () => {
  it('has every word in Finnish, Swedish and English, and one term for the family centre', () => {
    const keys = Object.keys(messages('fi')).sort();
    expect(Object.keys(messages('sv')).sort()).toEqual(keys);
    expect(Object.keys(messages('en')).sort()).toEqual(keys);
    expect(messages('fi').calendarName('Maaliskuu 2026', 'Etelä-Savo')).toBe('Perhekeskus, Etelä-Savo: Maaliskuu 2026');
    expect(messages('sv').calendarName('Mars 2026', undefined)).toBe('Familjecentralen: Mars 2026');
    expect(messages('en').calendarName('March 2026', undefined)).toBe('Family centre: March 2026');
  });
});
