import type { YearClockRing } from '@perhekeskus/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fn } from 'storybook/test';
import { getBuiltInIndex, setBuiltInIndex } from '../../internal/built-in.js';
import { PENDING_SRC, stallFetch } from '../../stories/pending-src.js';
import { builtInIndex, serveBuiltIn } from './fixtures/built-in.js';
import { COUNTY_SRC, serveCounty } from './fixtures/county.js';
import './year-clock.js';

/** Args: the attributes by their attribute names (so the docs table's attribute rows are the controls), `rings` by name. */
interface YearClockArgs {
  source?: 'year-clock' | 'evaluation' | 'plan';
  clock?: string;
  year?: number;
  groups?: string;
  src?: string;
  rings?: unknown;
  label?: string;
  today?: string;
  'show-table'?: boolean;
  'heading-level'?: number;
  onPkEntrySelect?: (event: Event) => void;
}

/** Tuesday 10 March 2026: the day every story treats as today. */
const TODAY = '2026-03-10';

function renderYearClock(args: YearClockArgs): TemplateResult {
  return html`<pk-year-clock
    source=${ifDefined(args.source)}
    clock=${ifDefined(args.clock)}
    year=${ifDefined(args.year)}
    groups=${ifDefined(args.groups)}
    src=${ifDefined(args.src)}
    .rings=${args.rings}
    label=${ifDefined(args.label)}
    today=${ifDefined(args.today)}
    ?show-table=${args['show-table']}
    heading-level=${ifDefined(args['heading-level'])}
    @pk-entry-select=${args.onPkEntrySelect}
  ></pk-year-clock>`;
}

/** An invented family centre's year in core's `YearClockRing` format; the autumn window runs over the new year. */
function familyCentreRings(): YearClockRing[] {
  return [
    {
      id: 'family-clubs',
      label: { fi: 'Perhekerhot', sv: 'Familjeklubbar', en: 'Family clubs' },
      entries: [
        {
          id: 'spring-term',
          window: { from: 1, to: 5 },
          title: { fi: 'Kevätkausi', sv: 'Vårterminen', en: 'Spring term' },
          topics: [{ fi: 'Ilmoittautuminen', sv: 'Anmälan', en: 'Registration' }],
        },
        {
          id: 'autumn-term',
          window: { from: 9, to: 12 },
          title: { fi: 'Syyskausi', sv: 'Höstterminen', en: 'Autumn term' },
        },
      ],
    },
    {
      id: 'network-meetings',
      label: { fi: 'Verkostokokoukset', sv: 'Nätverksmöten', en: 'Network meetings' },
      entries: [
        {
          id: 'winter-meeting',
          window: { from: 11, to: 2 },
          title: { fi: 'Talvikokous', sv: 'Vintermöte', en: 'Winter meeting' },
          topics: [
            { fi: 'Talousarvio', sv: 'Budget', en: 'Budget' },
            { fi: 'Kevään koulutukset', sv: 'Vårens utbildningar', en: 'Spring training' },
          ],
          mode: 'remote',
        },
        {
          id: 'summer-meeting',
          window: { from: 6, to: 6 },
          title: { fi: 'Kesäkokous', sv: 'Sommarmöte', en: 'Summer meeting' },
          mode: 'in-person',
        },
      ],
    },
    {
      id: 'reports',
      label: { fi: 'Raportit', sv: 'Rapporter', en: 'Reports' },
      entries: [
        {
          id: 'annual-report',
          window: { from: 3, to: 4 },
          title: { fi: 'Vuosiraportti', sv: 'Årsrapport', en: 'Annual report' },
        },
      ],
    },
  ];
}

const meta: Meta<YearClockArgs> = {
  title: 'Widgets/Year clock',
  component: 'pk-year-clock',
  tags: ['autodocs'],
  render: (args) => renderYearClock(args),
  args: {
    today: TODAY,
    onPkEntrySelect: fn(),
  },
  // The published folders the stories read: the built-in data (as the embed carries it) and an invented
  // county's, answered from memory, since a static Storybook serves no data files.
  beforeEach: () => {
    const stops = [serveBuiltIn(), serveCounty()];
    if (!getBuiltInIndex()) setBuiltInIndex(builtInIndex());
    return () => {
      for (const stop of stops.reverse()) stop();
    };
  },
  argTypes: {
    source: { control: 'inline-radio', options: [undefined, 'year-clock', 'evaluation', 'plan'] },
    year: { control: { type: 'number', min: 1922, max: 2100 } },
    'show-table': { control: 'boolean' },
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

type Story = StoryObj<YearClockArgs>;

export const RelationshipSupport: Story = {
  name: 'Relationship support (default)',
  parameters: {
    docs: {
      description: {
        story:
          'No attributes: the first year clock of the built-in data (the relationship-support and separation-help year clock of the action plan), read from the published folder the embed carries.',
      },
    },
  },
};

export const Evaluation2027: Story = {
  name: 'Evaluation 2027',
  args: { source: 'evaluation', year: 2027 },
};

export const ActionPlan: Story = {
  name: 'Action plan 2026 (the coordinator’s year clock)',
  args: { source: 'plan', year: 2026 },
  render: (args) => html`<div style="max-width: 880px">${renderYearClock(args)}</div>`,
  parameters: {
    docs: {
      description: {
        story:
          '`source="plan"`: the whole action plan of a year on one wheel — a ring per group that meets, each meeting on its day, the evaluation and follow-up tasks, and the reports due to the steering group. The wheel is as wide as the widget (up to 880 px) and writes a label along each arc with room for it; untick rings in the legend to give the others room for their labels. The same entries are in the table.',
      },
    },
  },
};

export const Groups: Story = {
  args: { groups: 'relationship-support-mikkeli,relationship-support-network' },
  parameters: {
    docs: {
      description: { story: 'One ring per group: its published meetings of the year, each in its month.' },
    },
  },
};

export const PublishedFolder: Story = {
  name: 'Another county’s published folder (example data)',
  args: { src: COUNTY_SRC },
  parameters: {
    docs: {
      description: {
        story:
          'An invented county’s `perhekeskus publish` folder: `src` names its `index.json`, the first year clock listed is drawn, and the status line names the region. `clock="network-year"` picks another; `source="evaluation"` or `groups="natverket"` draw its evaluation calendar or a group’s meetings.',
      },
    },
  },
};

export const PublishedFolderSwedish: Story = {
  name: 'Another county, Swedish page',
  args: { src: COUNTY_SRC },
  render: (args) => html`<div lang="sv">${renderYearClock(args)}</div>`,
  parameters: {
    docs: {
      description: { story: 'A Swedish page with only the tag and `src`: the county’s year clock, in Swedish.' },
    },
  },
};

export const PublishedFolderErrors: Story = {
  name: 'Error: a published file with an invalid ring',
  args: { src: COUNTY_SRC, clock: 'year-with-errors' },
};

export const Rings: Story = {
  name: 'Rings property',
  args: { rings: familyCentreRings(), label: 'Perhekeskuksen vuosikello' },
};

export const TableShown: Story = {
  name: 'Table shown',
  args: { rings: familyCentreRings(), 'show-table': true },
  parameters: {
    docs: { description: { story: 'The table of the same entries, which screen readers can use and which prints.' } },
  },
};

export const InvalidRings: Story = {
  name: 'Error: invalid rings',
  args: {
    rings: [
      ...familyCentreRings(),
      { id: 'bad', label: { fi: 'Huono' }, entries: [{ id: 'x', window: { from: 13, to: 2 }, title: { fi: 'X' } }] },
      { id: 'Not An Id', label: { fi: 'C' }, entries: [], colour: 'red' },
    ],
  },
  parameters: {
    docs: {
      description: { story: 'Two rings break the format: both are explained by field, the valid rings are drawn.' },
    },
  },
};

export const UnusableData: Story = {
  name: 'Error: not a list of rings',
  args: { rings: 'not rings' },
};

export const Loading: Story = {
  args: { src: PENDING_SRC, today: TODAY },
  beforeEach: stallFetch,
  parameters: {
    docs: {
      description: { story: 'While `src` loads: a polite status says so. This story stalls `fetch` for its URL.' },
    },
  },
};

export const Empty: Story = {
  args: { rings: [], today: TODAY },
  parameters: {
    docs: { description: { story: 'No rings to draw: the widget says the year clock is empty.' } },
  },
};

export const FailedSrc: Story = {
  name: 'Error: src fails to load',
  args: { src: 'pk-storybook-missing/year-clock.json' },
  parameters: {
    docs: {
      description: {
        story: 'A real request to a file this Storybook does not have (404): the widget explains and offers a retry.',
      },
    },
  },
};

/**
 * Invented example rings named in Finland's languages: a Swedish-speaking network with Swedish names
 * only, meeting remote or hybrid, and a ring whose titles also have North Sámi names.
 */
function ringsInFinlandsLanguages(): YearClockRing[] {
  return [
    {
      id: 'natverket',
      label: { sv: 'Nätverket i Österbotten (exempel)' },
      entries: [
        {
          id: 'varmote',
          window: { from: 3, to: 4 },
          title: { sv: 'Vårmöte' },
          topics: [{ sv: 'Verksamhetsplan' }],
          mode: ['remote', 'hybrid'],
        },
        {
          id: 'hostmote',
          window: { from: 9, to: 10 },
          title: { sv: 'Höstmöte', se: 'Čakčačoahkkin' },
          mode: ['remote', 'hybrid'],
        },
      ],
    },
    {
      id: 'anar',
      label: { fi: 'Inarin perhetyö (esimerkki)', sv: 'Familjearbetet i Enare (exempel)', se: 'Anára bearašbargu' },
      entries: [
        {
          id: 'kevat',
          window: { from: 5, to: 5 },
          title: { fi: 'Kevättapaaminen', se: 'Giđđačoahkkin' },
          mode: 'in-person',
        },
      ],
    },
  ];
}

export const FinlandsLanguages: Story = {
  name: 'Names in Finland’s languages (example data)',
  args: {
    rings: ringsInFinlandsLanguages(),
    label: 'Esimerkkitieto: vuosikello kahdella kielellä',
    'show-table': true,
  },
  parameters: {
    docs: {
      description: {
        story:
          'Invented example data, so named in its title and rings. Swedish-only names show in every language, marked `lang="sv"` where the clock speaks another; the Sámi names stand behind Finnish and Swedish by core’s one rule. The network meets remote or hybrid: both modes are shown, joined by “or”.',
      },
    },
  },
};

export const Finnish: Story = {
  args: { rings: familyCentreRings() },
  render: (args) => html`<div lang="fi">${renderYearClock(args)}</div>`,
};

export const Swedish: Story = {
  args: { rings: familyCentreRings() },
  render: (args) => html`<div lang="sv">${renderYearClock(args)}</div>`,
};

export const English: Story = {
  args: { rings: familyCentreRings() },
  render: (args) => html`<div lang="en">${renderYearClock(args)}</div>`,
};

/** The invented forest-green municipal brand of the finder's Themed story, with ring colours of 5.5:1 or more on both surfaces. */
const theme = html`<style>
  .brand pk-year-clock {
    --pk-font-family: 'Trebuchet MS', system-ui, sans-serif;
    --pk-text: #1c2321;
    --pk-muted-text: #4a5550;
    --pk-surface: #fbfaf6;
    --pk-surface-alt: #edf3ee;
    --pk-border: #5e6f66;
    --pk-accent: #0b5a2a;
    --pk-accent-text: #ffffff;
    --pk-focus: #7a1fa2;
    --pk-today: #7a1fa2;
    --pk-radius: 0;
    --pk-error-surface: #fbe9e7;
    --pk-error-text: #8a1c12;
    --pk-ring-1: #0b5a2a;
    --pk-ring-2: #9a4400;
    --pk-ring-3: #1d4f91;
    --pk-ring-4: #6b3fa0;
    --pk-ring-5: #7a5c00;
    --pk-ring-6: #44505c;
  }
</style>`;

export const Themed: Story = {
  args: { rings: familyCentreRings() },
  render: (args) => html`${theme}<div class="brand">${renderYearClock(args)}</div>`,
  parameters: {
    docs: {
      description: {
        story:
          'Custom properties set on the element itself (defaults sit on `:host`). Contrast: text 15.3:1, accent 8.0:1; rings 8.0, 6.3, 7.8, 7.1, 6.0 and 7.9:1 on the surface (5.5:1 or more on the alternate one).',
      },
    },
  },
};
