import type { MeetingPlace, Municipality, Party } from '@perhekeskus/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fn } from 'storybook/test';
import { PENDING_SRC, stallFetch } from '../../stories/pending-src.js';
import {
  makeActivity,
  makePlace,
  manyPlaces,
  TODAY,
  testMunicipalities,
  testParties,
  threePlaces,
} from '../../test/fixtures.js';
import pohjanmaaIndex from './fixtures/pohjanmaa/index.json';
import pohjanmaaPlaces from './fixtures/pohjanmaa/places.json';
import './meeting-place-finder.js';

/** Args: the attributes by their attribute names (so the docs table's attribute rows are the controls), properties by name. */
interface FinderArgs {
  src?: string;
  places?: unknown;
  municipalities?: readonly Municipality[];
  parties?: readonly Party[];
  municipality?: string;
  q?: string;
  audience?: string;
  offering?: string;
  weekday?: string;
  open?: string;
  language?: string;
  accessibility?: string;
  'hide-examples'?: boolean;
  order?: string;
  'heading-level'?: number;
  'map-url-template'?: string;
  today?: string;
  onPkFilterChange?: (event: Event) => void;
  onPkPlaceSelect?: (event: Event) => void;
}

function renderFinder(args: FinderArgs, slotted: TemplateResult | undefined = undefined): TemplateResult {
  return html`<pk-meeting-place-finder
    src=${ifDefined(args.src)}
    .places=${args.places}
    .municipalities=${args.municipalities}
    .parties=${args.parties}
    municipality=${ifDefined(args.municipality)}
    q=${ifDefined(args.q)}
    audience=${ifDefined(args.audience)}
    offering=${ifDefined(args.offering)}
    weekday=${ifDefined(args.weekday)}
    open=${ifDefined(args.open)}
    language=${ifDefined(args.language)}
    accessibility=${ifDefined(args.accessibility)}
    ?hide-examples=${args['hide-examples']}
    order=${ifDefined(args.order)}
    heading-level=${ifDefined(args['heading-level'])}
    map-url-template=${ifDefined(args['map-url-template'])}
    today=${ifDefined(args.today)}
    @pk-filter-change=${args.onPkFilterChange}
    @pk-place-select=${args.onPkPlaceSelect}
    >${slotted}</pk-meeting-place-finder
  >`;
}

/** Where the stories' published folder (an invented Ostrobothnia) seems to be served from. */
const POHJANMAA = 'pk-storybook/pohjanmaa/index.json';

/**
 * A story `beforeEach`: answers requests for the Ostrobothnia folder with the fixture files, since a
 * static Storybook serves no data. Honest note: this wraps `window.fetch`; the widget reads a real
 * published folder the same way. Returns the cleanup.
 */
function servePohjanmaa(): () => void {
  const realFetch = window.fetch;
  const files: Record<string, unknown> = { 'index.json': pohjanmaaIndex, 'places.json': pohjanmaaPlaces };
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    const file = url.pathname.match(/pk-storybook\/pohjanmaa\/([\w.-]+)$/)?.[1];
    const body = file === undefined ? undefined : files[file];
    if (body === undefined) return realFetch(input, init);
    return Promise.resolve(new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }));
  };
  return () => {
    window.fetch = realFetch;
  };
}

const meta: Meta<FinderArgs> = {
  title: 'Widgets/Meeting place finder',
  component: 'pk-meeting-place-finder',
  tags: ['autodocs'],
  render: (args) => renderFinder(args),
  args: {
    // A fixed day keeps the opening times the same from run to run (Tuesday 10 March 2026).
    today: TODAY,
    'hide-examples': false,
    onPkFilterChange: fn(),
    onPkPlaceSelect: fn(),
  },
  argTypes: {
    weekday: { control: 'select', options: [undefined, '1', '2', '3', '4', '5', '6', '7'] },
    open: { control: 'select', options: [undefined, 'today'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  parameters: {
    docs: {
      // The description above the stories is the class docblock, from custom-elements.json.
      subtitle:
        'The toolbar’s Kieli sets the lang of a wrapper, which the widget follows. Today is 10 March 2026 in every story.',
    },
  },
};
export default meta;

type Story = StoryObj<FinderArgs>;

/** Page data given as properties: the invented test places in real Etelä-Savo municipalities. */
const testLookups = (): Pick<FinderArgs, 'municipalities' | 'parties'> => ({
  municipalities: testMunicipalities(),
  parties: testParties(),
});

export const PublishedFolder: Story = {
  name: 'A county’s published folder (src)',
  args: { src: POHJANMAA },
  beforeEach: servePohjanmaa,
  parameters: {
    docs: {
      description: {
        story:
          '`src` points at the `index.json` of a folder that `perhekeskus publish` wrote for another county (invented places in Ostrobothnia): the places, the municipality list and the organiser names all come from it, and the status line names the region. Open a place by its name. Choose svenska in the toolbar to see the page a Swedish-speaking municipality would show.',
      },
    },
  },
};

export const SwedishPageOfAnotherCounty: Story = {
  name: 'Swedish page of another county',
  args: { src: POHJANMAA },
  beforeEach: servePohjanmaa,
  render: (args) => html`<div lang="sv">${renderFinder(args)}</div>`,
};

export const MunicipalityPage: Story = {
  name: 'Municipality page: Närpes (545)',
  args: { src: POHJANMAA, municipality: '545', order: '545' },
  beforeEach: servePohjanmaa,
  parameters: {
    docs: {
      description: { story: 'A municipality’s own page presets its code and orders by distance from its centre.' },
    },
  },
};

export const Phone: Story = {
  name: 'On a phone (375 px)',
  args: { places: threePlaces(), ...testLookups(), order: '178' },
  render: (args) => html`<div style="max-width: 375px">${renderFinder(args)}</div>`,
  parameters: {
    docs: {
      description: {
        story:
          'A narrow widget (under 560 px of its own width) folds the filters behind one button beside the search box; each place is one compact row with its distance when ordered by distance.',
      },
    },
  },
};

export const Finnish: Story = {
  args: { places: threePlaces(), ...testLookups() },
  render: (args) => html`<div lang="fi">${renderFinder(args)}</div>`,
};

export const Swedish: Story = {
  args: { places: threePlaces(), ...testLookups() },
  render: (args) => html`<div lang="sv">${renderFinder(args)}</div>`,
};

export const English: Story = {
  args: { places: threePlaces(), ...testLookups() },
  render: (args) => html`<div lang="en">${renderFinder(args)}</div>`,
};

const exampleSource = { document: 'storybook', assumption: 'Invented example data' };

/**
 * Invented example rows (marked `example: true`) named in Finland's languages: a Swedish-speaking
 * association's place with a Swedish name only, and a place in Inari whose names include North Sámi.
 */
function placesInFinlandsLanguages(): Pick<FinderArgs, 'places' | 'municipalities' | 'parties'> {
  const places: MeetingPlace[] = [
    makePlace({
      id: 'familjecafeet-narpes',
      name: { sv: 'Familjecaféet i Närpes' },
      description: { sv: 'Öppen förmiddag för alla familjer med små barn.' },
      municipalityCode: '545',
      organiserIds: ['familjeforeningen-narpes'],
      address: { street: 'Kyrkvägen 1', postalCode: '64200', postOffice: { sv: 'Närpes' } },
      coordinates: { lat: 62.4733, lon: 21.3364 },
      languages: ['sv', 'fi'],
      contacts: [{ role: 'coordinator', name: 'Anna Andersson', workEmail: 'anna@example.org' }],
      activities: [makeActivity({ name: { sv: 'Öppen förmiddag' } })],
      example: true,
    }),
    makePlace({
      id: 'inarin-perhetupa',
      name: { fi: 'Inarin perhetupa', se: 'Anára bearašstohpu' },
      municipalityCode: '148',
      organiserIds: [],
      address: { street: 'Inarintie 1', postalCode: '99870', postOffice: { fi: 'Inari', se: 'Anár', smn: 'Aanaar' } },
      coordinates: { lat: 68.9055, lon: 27.0286 },
      languages: ['fi', 'se', 'smn'],
      contacts: [],
      activities: [makeActivity({ weekday: 3 })],
      example: true,
    }),
  ];
  return {
    places,
    municipalities: [
      ...testMunicipalities(),
      {
        code: '545',
        name: { fi: 'Närpiö', sv: 'Närpes' },
        centre: { lat: 62.4733, lon: 21.3364 },
        source: exampleSource,
      },
      {
        code: '148',
        name: { fi: 'Inari', sv: 'Enare', se: 'Anár', smn: 'Aanaar', sms: 'Aanar' },
        centre: { lat: 68.9055, lon: 27.0286 },
        source: exampleSource,
      },
    ],
    parties: [
      ...testParties(),
      {
        id: 'familjeforeningen-narpes',
        name: { sv: 'Familjeföreningen i Närpes' },
        kind: 'association',
        source: exampleSource,
      },
    ],
  };
}

export const FinlandsLanguages: Story = {
  name: 'Names in Finland’s languages (example data)',
  args: placesInFinlandsLanguages(),
  parameters: {
    docs: {
      description: {
        story:
          'Invented example rows: one line above the list says so, and each row carries a quiet “esimerkki”. A Swedish-only name shows in Finnish and English too, marked `lang="sv"` for screen readers; the Inari place also has a North Sámi name, which a search finds (try “Anár”). Names follow core’s one rule: the page’s language, the other national language, English, any.',
      },
    },
  },
};

export const ManyResults: Story = {
  args: { places: manyPlaces(60), ...testLookups() },
  parameters: {
    docs: { description: { story: 'Sixty generated places: twenty show, then a “show more” button.' } },
  },
};

export const Empty: Story = {
  args: { places: threePlaces(), ...testLookups(), q: 'uimahalli' },
  parameters: { docs: { description: { story: 'A search that matches no place.' } } },
};

export const EmptyWithSlot: Story = {
  name: 'Empty, with the empty slot',
  args: { places: threePlaces(), ...testLookups(), q: 'uimahalli' },
  render: (args) =>
    renderFinder(
      args,
      html`<p slot="empty">Ei osumia. Kysy perheneuvolasta: <a href="tel:+358401234567">040 123 4567</a>.</p>`,
    ),
};

export const InvalidRows: Story = {
  name: 'Error: invalid rows',
  args: {
    ...testLookups(),
    places: [
      makePlace(),
      { ...makePlace({ id: 'vauvala', name: { fi: 'Vauvala' } }), municipalityCode: 'Juva' },
      { ...makePlace({ id: 'perhepesa', name: { fi: 'Perhepesä' } }), languages: 'fi', openingHours: 'ma–pe' },
    ],
  },
  parameters: {
    docs: {
      description: {
        story: 'Two rows break the format: they are named in an alert, and the valid row is still shown.',
      },
    },
  },
};

export const UnusableData: Story = {
  name: 'Error: not a list of places',
  args: { ...testLookups(), places: 'not a list' },
};

export const FailedSrc: Story = {
  name: 'Error: src fails to load',
  args: { src: 'pk-storybook-missing/places.json' },
  parameters: {
    docs: {
      description: {
        story:
          'A real request to a file this Storybook does not have: the server answers 404 and the widget offers a retry. (A host that answers every path with its index page gives the “not JSON” message instead.)',
      },
    },
  },
};

export const Loading: Story = {
  args: { src: PENDING_SRC },
  // No server can be told to stall from here, so this story wraps `fetch` and never answers this one URL.
  beforeEach: stallFetch,
  parameters: {
    docs: {
      description: {
        story:
          'The loading state: the status line says so. Honest note: this story replaces `window.fetch` so that the request for `src` never answers; a real slow server shows the same (until the widget gives up after 15 seconds and offers a retry).',
      },
    },
  },
};

export const HideExamples: Story = {
  name: 'Hide examples',
  args: { places: threePlaces(), ...testLookups(), 'hide-examples': true },
  parameters: {
    docs: {
      description: {
        story:
          'The invented example rows are hidden by the page; the user can still show them from the line above the list.',
      },
    },
  },
};

/** An invented municipal brand in forest green; every pair keeps WCAG AA contrast (text 15.3:1, accent 8.0:1). */
const theme = html`<style>
  .brand pk-meeting-place-finder {
    --pk-font-family: 'Trebuchet MS', system-ui, sans-serif;
    --pk-text: #1c2321;
    --pk-muted-text: #4a5550;
    --pk-surface: #fbfaf6;
    --pk-surface-alt: #edf3ee;
    --pk-border: #5e6f66;
    --pk-accent: #0b5a2a;
    --pk-accent-text: #ffffff;
    --pk-focus: #7a1fa2;
    --pk-radius: 0;
    --pk-example-surface: #fff1c2;
    --pk-example-text: #4a3700;
    --pk-error-surface: #fbe9e7;
    --pk-error-text: #8a1c12;
  }
  .brand pk-meeting-place-finder::part(result example) {
    border-inline-start-style: dashed;
  }
</style>`;

export const Themed: Story = {
  args: { places: threePlaces(), ...testLookups() },
  render: (args) => html`${theme}<div class="brand">${renderFinder(args)}</div>`,
  parameters: {
    docs: {
      description: {
        story:
          'Custom properties set on the element itself (a value merely inherited from a wrapper loses to the defaults on `:host`) and a `::part` rule. Contrast: text 15.3:1, muted 7.4:1, accent 8.0:1, white on accent 8.4:1.',
      },
    },
  },
};
