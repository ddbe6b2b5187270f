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

export const Default: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'No `src` and no `places`: the built-in Etelä-Savo data, example rows shown and marked “Esimerkkitieto”.',
      },
    },
  },
};

export const MunicipalityRantasalmi: Story = {
  name: 'Municipality page: Rantasalmi (681)',
  args: { municipality: '681', order: '681' },
  parameters: {
    docs: {
      description: { story: 'A municipality’s own page presets its code and orders by distance from its centre.' },
    },
  },
};

export const MunicipalityJuva: Story = {
  name: 'Municipality page: Juva (178)',
  args: { municipality: '178', order: '178' },
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
          'Invented example rows, each marked “Esimerkkitieto”. A Swedish-only name shows in Finnish and English too, marked `lang="sv"` for screen readers; the Inari place also has a North Sámi name, which a search finds (try “Anár”). Names follow core’s one rule: the page’s language, the other national language, English, any.',
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

/** The URL the Loading story holds open. */
export const Loading: Story = {
  args: { src: PENDING_SRC },
  // No server can be told to stall from here, so this story wraps `fetch` and never answers this one URL.
  beforeEach: stallFetch,
  parameters: {
    docs: {
      description: {
        story:
          'The loading state. Honest note: this story replaces `window.fetch` so that the request for `src` never answers; a real slow server shows the same.',
      },
    },
  },
};

export const HideExamples: Story = {
  name: 'Hide examples',
  args: { 'hide-examples': true },
  parameters: {
    docs: {
      description: {
        story: 'The invented example rows are hidden by default; the user can still show them with the checkbox.',
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
    border-style: dashed;
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
