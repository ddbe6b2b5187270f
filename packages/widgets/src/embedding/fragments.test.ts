// Content without JavaScript (issue 16 §3): a published HTML fragment placed inside a widget's tag is
// the page's content until the widget's script runs; then the widget replaces it. The elements are put
// in the page before their definitions load (the modules are imported in the test), as on a page whose
// script comes late, so the test sees both states.
import {
  FRAGMENT_STYLESHEET,
  groupCalendarFile,
  meetingsFragment,
  placesFile,
  placesFragment,
  yearClockFile,
  yearClockFragment,
} from '@perhekeskus/core';
import { etelaSavo } from '@perhekeskus/core/etela-savo';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

const TODAY = '2026-03-10';
const NOW = new Date(`${TODAY}T08:00:00Z`);

const groups = etelaSavo.groups.filter((g) => g.cadence !== undefined);
const calendars = groups.map((g) => groupCalendarFile(g, [2026], false, etelaSavo));
const clock = yearClockFile(etelaSavo.yearClocks[0]!, etelaSavo.groups);

interface Case {
  tag: 'pk-meeting-place-finder' | 'pk-calendar' | 'pk-year-clock';
  fragment: string;
  setUp: (el: HTMLElement) => void;
  load: () => Promise<unknown>;
  /** Whether the widget has shown its data, not only its loading state. */
  ready: (root: ShadowRoot) => boolean;
}

const CASES: Case[] = [
  {
    tag: 'pk-meeting-place-finder',
    fragment: placesFragment(placesFile(etelaSavo), { locale: 'fi', headingLevel: 3 }),
    setUp: (el) => {
      el.setAttribute('today', TODAY);
      Object.assign(el, {
        places: structuredClone(etelaSavo.meetingPlaces),
        municipalities: etelaSavo.municipalities,
        parties: etelaSavo.parties,
      });
    },
    load: () => import('../components/meeting-place-finder/meeting-place-finder.js'),
    ready: (root) => root.querySelector('.output')?.getAttribute('aria-busy') === 'false',
  },
  {
    tag: 'pk-calendar',
    fragment: meetingsFragment(
      groups.map((g, i) => ({ id: g.id, name: g.name, entries: calendars[i]!.entries })),
      { locale: 'fi', now: NOW, headingLevel: 3 },
    ),
    setUp: (el) => {
      el.setAttribute('today', TODAY);
      el.setAttribute('view', 'agenda');
      Object.assign(el, { entries: calendars.flatMap((c) => c.entries) });
    },
    load: () => import('../components/calendar/calendar.js'),
    ready: (root) => root.querySelector('.screen-view, [part~="agenda"], table, ol, ul') !== null,
  },
  {
    tag: 'pk-year-clock',
    fragment: yearClockFragment(clock, { locale: 'fi', headingLevel: 3 }),
    setUp: (el) => {
      el.setAttribute('today', TODAY);
      el.setAttribute('label', 'Vuosikello');
      Object.assign(el, { rings: clock.rings });
    },
    load: () => import('../components/year-clock/year-clock.js'),
    ready: (root) => root.querySelector('svg') !== null,
  },
];

beforeAll(() => {
  const style = document.createElement('style');
  style.textContent = FRAGMENT_STYLESHEET;
  document.head.append(style);
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('a published HTML fragment inside a widget', () => {
  for (const c of CASES) {
    it(`${c.tag}: shows before the script runs, is replaced when the widget renders, without a jump larger than itself`, async () => {
      const box = document.createElement('div');
      box.style.width = '720px';
      box.innerHTML = `<${c.tag}>${c.fragment}</${c.tag}>`;
      document.body.append(box);
      const el = box.firstElementChild as HTMLElement;
      const fragment = el.querySelector<HTMLElement>('.pk-fragment')!;

      // Before the definition: the fragment is the content, and a reader finds its text.
      expect(customElements.get(c.tag)).toBeUndefined();
      expect(fragment.checkVisibility()).toBe(true);
      const fragmentHeight = fragment.getBoundingClientRect().height;
      expect(fragmentHeight).toBeGreaterThan(0);
      const before = el.getBoundingClientRect().height;

      c.setUp(el);
      await c.load();
      await customElements.whenDefined(c.tag);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await vi.waitFor(() => expect(c.ready(el.shadowRoot!)).toBe(true), { timeout: 10_000, interval: 20 });

      // After: the widget shows, the fragment does not (once, not twice through a slot).
      expect(fragment.checkVisibility()).toBe(false);
      expect(fragment.getBoundingClientRect().height).toBe(0);
      const after = el.getBoundingClientRect().height;
      expect(after).toBeGreaterThan(0);
      expect(Math.abs(after - before)).toBeLessThanOrEqual(fragmentHeight);
      // The fragment stays in the light DOM (its JSON-LD with it, for search engines); it is only hidden.
      expect(fragment.parentElement).toBe(el);
    });
  }
});
