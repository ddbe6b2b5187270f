// What every widget must survive, tested the same way for the three (issue 14): data of the wrong
// content type, "Try again" (focus stays in the widget), a server that never answers, a widget moved
// while loading, a failed refresh (the last good data stays), long unbroken words, and arbitrary JSON.
import fc from 'fast-check';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { LOAD_TIMEOUT_MS } from './internal/fetch-json.js';
import { makePlace, testMunicipalities, testParties, threePlaces } from './test/fixtures.js';
import './components/calendar/calendar.js';
import './components/meeting-place-finder/meeting-place-finder.js';
import './components/year-clock/year-clock.js';

const TODAY = '2026-03-10';

type Kind = 'finder' | 'calendar' | 'clock';

interface Widget {
  tag: string;
  /** The name of the data in the test server's `/__pk__/typed/…` and `/__pk__/flaky-data/…`. */
  data: 'places' | 'entries' | 'rings';
  /** The property that takes data directly. */
  property: 'places' | 'entries' | 'rings';
  /** An element the widget shows once its data is drawn. */
  drawn: string;
  /** Whether the widget is still loading (its own public signs: `aria-busy`, the status line). */
  loading: (root: ShadowRoot) => boolean;
  /** Data with a 2,000-character word in a name or title. */
  longWord: (word: string) => unknown;
}

const WIDGETS: Record<Kind, Widget> = {
  finder: {
    tag: 'pk-meeting-place-finder',
    data: 'places',
    property: 'places',
    drawn: 'li.result',
    loading: (root) => root.querySelector('.output')?.getAttribute('aria-busy') !== 'false',
    longWord: (word) => [makePlace({ name: { fi: word }, description: { fi: word } }), ...threePlaces().slice(1)],
  },
  calendar: {
    tag: 'pk-calendar',
    data: 'entries',
    property: 'entries',
    drawn: '[part~="event"], .cell-events li',
    loading: (root) => root.querySelector('.calendar')?.getAttribute('aria-busy') !== 'false',
    longWord: (word) => [
      {
        id: 'long',
        title: { fi: word },
        location: { fi: word },
        start: '2026-03-10T09:30:00+02:00',
        end: '2026-03-10T11:00:00+02:00',
      },
    ],
  },
  clock: {
    tag: 'pk-year-clock',
    data: 'rings',
    property: 'rings',
    drawn: '.arc',
    loading: (root) => root.querySelector('[part="status"]')?.textContent?.trim() === 'Ladataan vuosikelloa…',
    longWord: (word) => [
      {
        id: 'long',
        label: { fi: word },
        entries: [{ id: 'x', window: { from: 3, to: 4 }, title: { fi: word }, topics: [{ fi: word }] }],
      },
    ],
  },
};

const KINDS = Object.keys(WIDGETS) as Kind[];

type Element_ = HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;

/** Builds a widget (Finnish page) with attributes and data properties, in a container of `width`. */
async function mount(
  kind: Kind,
  options: { attributes?: Record<string, string>; data?: unknown; width?: string } = {},
): Promise<Element_> {
  const widget = WIDGETS[kind];
  const host = document.createElement('div');
  host.lang = 'fi';
  if (options.width) host.style.width = options.width;
  document.body.append(host);
  const el = document.createElement(widget.tag) as Element_;
  el.setAttribute('today', TODAY);
  if (kind === 'finder') {
    el['municipalities'] = testMunicipalities();
    el['parties'] = testParties();
  }
  if (kind === 'calendar') el.setAttribute('month', '2026-03');
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  if ('data' in options) el[widget.property] = options.data;
  host.append(el);
  await el.updateComplete;
  return el;
}

/** Waits until the widget has stopped loading (drawn, or a notice shown), with its lazy parts. */
async function settled(kind: Kind, el: Element_): Promise<void> {
  await el.updateComplete;
  await vi.waitFor(() => expect(WIDGETS[kind].loading(el.shadowRoot!)).toBe(false), { timeout: 10_000, interval: 20 });
  await el.updateComplete;
}

const root = (el: Element_) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const alert = (el: Element_) => root(el).querySelector('[role="alert"]');
const retryButton = (el: Element_) => root(el).querySelector<HTMLButtonElement>('[part="retry-button"]');

beforeAll(async () => {
  await page.viewport(1280, 900);
});

beforeEach(() => {
  document.documentElement.removeAttribute('lang');
});

afterEach(() => {
  document.body.replaceChildren();
});

describe.each(KINDS)('%s: JSON only from a JSON content type', (kind) => {
  const { data } = WIDGETS[kind];

  it('refuses data served as text/html or text/plain, saying why in the page’s language', async () => {
    for (const type of ['text~html', 'text~plain']) {
      const el = await mount(kind, { attributes: { src: `/__pk__/typed/${type}/${data}` } });
      await vi.waitFor(() =>
        expect(text(alert(el))).toContain('Tiedosto ei ole kelvollista JSON-muotoa. (Content-Type: text/'),
      );
      expect(root(el).querySelector(WIDGETS[kind].drawn)).toBeNull();
    }
    const english = await mount(kind, { attributes: { src: `/__pk__/typed/text~html/${data}`, lang: 'en' } });
    await vi.waitFor(() =>
      expect(text(alert(english))).toContain('The file is not valid JSON. (Content-Type: text/html)'),
    );
  });

  it('reads data served as application/json or a +json type', async () => {
    for (const type of ['application~json', 'application~ld+json']) {
      const el = await mount(kind, { attributes: { src: `/__pk__/typed/${type}/${data}` } });
      await vi.waitFor(() => expect(root(el).querySelector(WIDGETS[kind].drawn)).not.toBeNull());
      expect(alert(el)).toBeNull();
    }
  });
});

describe.each(KINDS)('%s: loading', (kind) => {
  const { data, drawn } = WIDGETS[kind];

  it('keeps focus in the widget after “Try again”: on a new “Try again” when it fails again, else on the status', async () => {
    const failing = await mount(kind, { attributes: { src: '/__pk__/status/503' } });
    await vi.waitFor(() => expect(retryButton(failing)).not.toBeNull());
    await userEvent.click(retryButton(failing)!);
    await settled(kind, failing);
    await vi.waitFor(() => expect(root(failing).activeElement).toBe(retryButton(failing)));
    expect(document.activeElement).toBe(failing);
    failing.parentElement!.remove();

    const el = await mount(kind, { attributes: { src: `/__pk__/flaky-data/${crypto.randomUUID()}/${data}` } });
    await vi.waitFor(() => expect(retryButton(el)).not.toBeNull());
    await userEvent.click(retryButton(el)!);
    await vi.waitFor(() => expect(root(el).querySelector(drawn)).not.toBeNull());
    await settled(kind, el);
    expect(alert(el)).toBeNull();
    expect(document.activeElement).toBe(el);
    expect(root(el).activeElement).not.toBeNull();
  });

  it('fails as a network failure, with “Try again”, when the server never answers', async () => {
    // The load's timer runs at once: the test waits for the notice, not for 15 seconds.
    const realSetTimeout = window.setTimeout.bind(window);
    vi.spyOn(window, 'setTimeout').mockImplementation(((handler: TimerHandler, ms?: number, ...rest: unknown[]) =>
      realSetTimeout(handler, ms === LOAD_TIMEOUT_MS ? 0 : ms, ...rest)) as typeof setTimeout);
    const el = await mount(kind, { attributes: { src: '/__pk__/never' } });
    await vi.waitFor(() => expect(text(alert(el))).toContain('Tiedostoa ei saatu haettua.'));
    expect(retryButton(el)).not.toBeNull();
    await settled(kind, el);
  });

  it('loads again when it is moved in the page while loading', async () => {
    const realFetch = window.fetch.bind(window);
    let stalled = 0;
    vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
      if (stalled++ > 0) return realFetch(input, init);
      return new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    });
    const el = await mount(kind, { attributes: { src: `/__pk__/typed/application~json/${data}` } });
    const host = el.parentElement!;
    el.remove();
    host.append(el);
    await vi.waitFor(() => expect(root(el).querySelector(drawn)).not.toBeNull());
    expect(alert(el)).toBeNull();
  });

  it('keeps the last good data when a refresh fails', async () => {
    const el = await mount(kind, { attributes: { src: `/__pk__/typed/application~json/${data}` } });
    await vi.waitFor(() => expect(root(el).querySelector(drawn)).not.toBeNull());
    el.setAttribute('src', '/__pk__/status/500');
    await vi.waitFor(() => expect(text(alert(el))).toContain('HTTP 500'));
    await settled(kind, el);
    expect(root(el).querySelector(drawn)).not.toBeNull();
  });
});

describe.each(KINDS)('%s: long words', (kind) => {
  it('wraps a 2,000-character unbroken word instead of widening the page', async () => {
    const word = 'Perhekeskustoiminta'.repeat(106).slice(0, 2000);
    const settings: Record<string, string>[] = [{}, { view: 'agenda' }, { view: 'week' }, { 'show-table': '' }];
    const cases = settings.flatMap((attributes) => [undefined, '20rem'].map((width) => ({ attributes, width })));
    for (const { attributes, width } of cases) {
      const el = await mount(kind, { data: WIDGETS[kind].longWord(word), attributes, ...(width ? { width } : {}) });
      await settled(kind, el);
      await vi.waitFor(() => expect(root(el).querySelector(WIDGETS[kind].drawn)).not.toBeNull());
      // Open the details, where the word is shown at length.
      root(el).querySelector<HTMLButtonElement>('[part="toggle"]')?.click();
      root(el)
        .querySelector<SVGElement>('.arc')
        ?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
      expect(root(el).textContent).toContain(word);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
      el.parentElement!.remove();
    }
  });
});

/** JSON near each widget's format: arbitrary values where rows and fields are expected. */
function nearData(kind: Kind): fc.Arbitrary<unknown> {
  const json = fc.jsonValue({ maxDepth: 3 });
  const text = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 8 }), json);
  const localized = fc.oneof(fc.record({ fi: text }, { requiredKeys: [] }), json);
  const date = fc.oneof(
    fc.constantFrom(
      '2026-03-10T09:30:00+02:00',
      '2026-03-10T11:00:00+02:00',
      '2026-02-30T00:00:00Z',
      '9999-12-31T00:00:00Z',
    ),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    json,
  );
  const row: Record<Kind, fc.Arbitrary<unknown>> = {
    finder: fc.record(
      {
        id: fc.oneof(fc.constantFrom('a', 'b', 'perhekahvila-juva'), json),
        name: localized,
        municipalityCode: fc.oneof(fc.constantFrom('178', '491', '999'), json),
        organiserIds: fc.oneof(fc.constant([]), json),
        audiences: fc.oneof(fc.constant(['families']), json),
        offerings: fc.oneof(fc.constant(['open-activity']), json),
        coordinates: fc.oneof(fc.record({ lat: fc.double(), lon: fc.double() }), json),
        activities: fc.oneof(fc.constant([]), json),
        contacts: fc.oneof(fc.constant([]), json),
        web: text,
      },
      { requiredKeys: [] },
    ),
    calendar: fc.record(
      {
        id: fc.oneof(fc.constantFrom('a', 'b'), json),
        title: localized,
        start: date,
        end: date,
        url: text,
        allDay: json,
      },
      { requiredKeys: [] },
    ),
    clock: fc.record(
      {
        id: fc.oneof(fc.constantFrom('a', 'b'), json),
        label: localized,
        entries: fc.oneof(
          fc.array(
            fc.record(
              {
                id: fc.oneof(fc.constant('x'), json),
                title: localized,
                window: fc.oneof(
                  fc.record({ from: fc.integer({ min: -2, max: 14 }), to: fc.integer({ min: -2, max: 14 }) }),
                  json,
                ),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 3 },
          ),
          json,
        ),
      },
      { requiredKeys: [] },
    ),
  };
  const rows = fc.array(fc.oneof(row[kind], json), { maxLength: 4 });
  return fc.oneof(json, rows, fc.record({ [WIDGETS[kind].property]: fc.oneof(rows, json) }));
}

describe.each(KINDS)('%s: arbitrary JSON', (kind) => {
  it('settles without an uncaught error, and names a row or the file in every rejection', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
      errors.push('error' in event ? event.error : event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      await fc.assert(
        fc.asyncProperty(nearData(kind), async (data) => {
          const el = await mount(kind, { data });
          await settled(kind, el);
          expect(errors).toEqual([]);
          expect(console.error).not.toHaveBeenCalled();
          const notice = alert(el);
          if (notice) {
            // Each reported problem begins by naming its row (by number) or, for the whole, the file.
            for (const item of notice.querySelectorAll('li')) {
              expect(text(item)).toMatch(
                /^(Kohde \d+|Tapahtuma \d+|Kehä \d+|Kohdeluettelo|Tapahtumaluettelo|Aineisto|[\w./-]+\.json)[ :]/,
              );
            }
          }
          el.parentElement!.remove();
        }),
        { numRuns: 30, seed: 14, endOnFailure: true },
      );
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });
});
