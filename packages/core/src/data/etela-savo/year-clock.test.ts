import { describe, expect, it } from 'vitest';
import {
  localDevelopmentGroupEntries,
  regionalMeetingEntries,
  relationshipSupportYearClock,
  windowsFromYearClock,
} from './year-clock.js';

describe('the relationship-support year clock (002)', () => {
  it('has the six entries of 002 in calendar order', () => {
    expect(relationshipSupportYearClock.entries.map((e) => [e.window.from, e.window.to])).toEqual([
      [1, 2],
      [3, 4],
      [4, 5],
      [8, 9],
      [10, 10],
      [11, 12],
    ]);
  });

  it('keeps the Finnish topics of 002 for each meeting', () => {
    const topics = (id: string) =>
      relationshipSupportYearClock.entries.find((e) => e.id === id)!.topics.map((t) => t.fi);
    expect(topics('local-jan-feb')).toContain('Kehittäjäryhmän jäsenlistan tarkistus');
    expect(topics('local-apr-may')).toEqual(['Syksyn ryhmätoimintojen koonti', 'Koulutukset (tulevat ja tarve)']);
    expect(topics('local-nov-dec')).toContain('Lapsiperheiden eroauttamisen palvelut -oppaan päivitys');
    expect(topics('regional-october')).toEqual(['Tavoitteiden läpikäynti', 'Nostot maakunnalliselle johtoryhmälle']);
  });

  it('translates every title and topic into Swedish and English', () => {
    for (const entry of relationshipSupportYearClock.entries) {
      for (const text of [entry.title, ...entry.topics]) {
        expect(text.sv, text.fi).toBeTruthy();
        expect(text.en, text.fi).toBeTruthy();
      }
    }
  });
});

describe('windowsFromYearClock', () => {
  it('holds for the TSDoc example: the entry’s mode wins and the topics are the same object', () => {
    const [october] = windowsFromYearClock([regionalMeetingEntries[1]!], 'hybrid');
    expect(october?.mode).toBe('remote');
    expect(october?.topics).toBe(regionalMeetingEntries[1]!.topics);
  });

  it('uses the fallback mode for entries without one', () => {
    const windows = windowsFromYearClock(localDevelopmentGroupEntries, 'hybrid');
    expect(windows.map((w) => w.mode)).toEqual(['hybrid', 'hybrid', 'hybrid', 'hybrid']);
    expect(windows.map((w) => w.title)).toEqual(localDevelopmentGroupEntries.map((e) => e.title));
  });
});
