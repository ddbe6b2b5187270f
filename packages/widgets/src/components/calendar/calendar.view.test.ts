import { adoptStyles, render } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fi } from '../../i18n/calendar/fi.js';
import type { LazyParts } from './calendar.lazy.js';
import { type CalendarHandlers, CalendarModel } from './calendar.model.js';
import { styles } from './calendar.styles.js';
import { calendarView } from './calendar.view.js';

/** Draws the calendar's template for a week whose module is in the given state, in a styled shadow root. */
function drawWeek(views: LazyParts['views']): ShadowRoot {
  const host = document.createElement('div');
  host.style.width = '60rem';
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, styles);
  const vm = new CalendarModel().build({
    locale: 'fi',
    m: fi,
    uid: 'test',
    level: 2,
    view: 'week',
    today: '2026-03-10',
    focusDate: '2026-03-10',
    selected: undefined,
    dialogDate: undefined,
    printing: false,
    limit: 50,
    dialogLimit: 50,
    openDetails: new Set(),
    sources: undefined,
    loaded: undefined,
    loading: false,
    wantsCalendars: false,
    parts: { views, ics: undefined },
  });
  const noop = () => {};
  const handlers = new Proxy({}, { get: () => noop }) as unknown as CalendarHandlers;
  render(calendarView(vm, handlers, {}), root);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('calendarView while the week loads', () => {
  it('is busy, and says it is loading only once the load has taken a moment', async () => {
    const root = drawWeek(undefined);
    expect(root.querySelector('.calendar')!.getAttribute('aria-busy')).toBe('true');
    const note = root.querySelector<HTMLElement>('.part-loading')!;
    expect(note.textContent).toBe('Ladataan tapahtumia…');
    // A quick load flashes nothing: the note is hidden at first…
    expect(getComputedStyle(note).visibility).toBe('hidden');
    // …and shown when the load takes longer.
    await vi.waitFor(() => expect(getComputedStyle(note).visibility).toBe('visible'), { timeout: 5_000 });
  });

  it('lists the week as an agenda when its module could not be loaded', () => {
    const root = drawWeek('failed');
    expect(root.querySelector('.calendar')!.getAttribute('aria-busy')).toBe('false');
    expect(root.querySelector('.part-loading')).toBeNull();
    expect(root.querySelector('[part~="agenda"]')).not.toBeNull();
  });
});
