import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fn } from 'storybook/test';
import { PENDING_SRC, stallFetch } from '../../stories/pending-src.js';
import './calendar.js';

/** Args: the attributes by their attribute names (so the docs table's attribute rows are the controls), `entries` by name. */
interface CalendarArgs {
  view?: 'month' | 'week' | 'agenda';
  groups?: string;
  place?: string;
  evaluation?: boolean;
  src?: string;
  entries?: unknown;
  month?: string;
  date?: string;
  today?: string;
  'heading-level'?: number;
  onPkDateSelect?: (event: Event) => void;
  onPkEventSelect?: (event: Event) => void;
}

/** Tuesday 10 March 2026: the day every story treats as today. */
const TODAY = '2026-03-10';

function renderCalendar(args: CalendarArgs): TemplateResult {
  return html`<pk-calendar
    view=${ifDefined(args.view)}
    groups=${ifDefined(args.groups)}
    place=${ifDefined(args.place)}
    ?evaluation=${args.evaluation}
    src=${ifDefined(args.src)}
    .entries=${args.entries}
    month=${ifDefined(args.month)}
    date=${ifDefined(args.date)}
    today=${ifDefined(args.today)}
    heading-level=${ifDefined(args['heading-level'])}
    @pk-date-select=${args.onPkDateSelect}
    @pk-event-select=${args.onPkEventSelect}
  ></pk-calendar>`;
}

interface EntryRow {
  id: string;
  title: { fi?: string; sv?: string; en?: string; se?: string };
  start: string;
  end: string;
  [field: string]: unknown;
}

/** A week of invented family-centre events around 10 March 2026, in core's `CalendarEntryList` format. */
function marchEntries(): { entries: EntryRow[] } {
  return {
    entries: [
      {
        id: 'perhekahvila-20260310',
        title: { fi: 'Perhekahvila', sv: 'Familjecafé', en: 'Family café' },
        start: '2026-03-10T09:30:00+02:00',
        end: '2026-03-10T11:00:00+02:00',
        mode: 'in-person',
        location: { fi: 'Juvan seurakuntatalo', sv: 'Jockas församlingshem' },
        description: { fi: 'Avoin kaikille lapsiperheille.', en: 'Open to all families with children.' },
        url: 'https://example.org/perhekahvila',
        kind: 'activity',
      },
      {
        id: 'ohjausryhma-20260310',
        title: { fi: 'Ohjausryhmän kokous', sv: 'Styrgruppens möte', en: 'Steering group meeting' },
        start: '2026-03-10T13:00:00+02:00',
        end: '2026-03-10T15:00:00+02:00',
        mode: 'remote',
        groupName: { fi: 'Ohjausryhmä', sv: 'Styrgruppen', en: 'Steering group' },
        topics: [{ fi: 'Toimintasuunnitelma', sv: 'Verksamhetsplan', en: 'Action plan' }],
        kind: 'meeting',
      },
      {
        id: 'vanhempainilta-20260312',
        title: { fi: 'Vanhempainilta', sv: 'Föräldrakväll', en: "Parents' evening" },
        start: '2026-03-12T15:00:00Z',
        end: '2026-03-12T17:00:00Z',
        mode: 'hybrid',
        location: { fi: 'Mikkelin perhekeskus', sv: 'Familjecentret i S:t Michel' },
        kind: 'activity',
      },
      {
        id: 'vauvakerho-20260305',
        title: { fi: 'Vauvakerho', sv: 'Babyklubb', en: 'Baby club' },
        start: '2026-03-05T10:00:00+02:00',
        end: '2026-03-05T12:00:00+02:00',
        mode: 'in-person',
        location: { fi: 'Mäntyharjun kirjasto' },
        example: true,
        kind: 'activity',
      },
      {
        id: 'koulutuspaiva-20260319',
        title: {
          fi: 'Perhekeskuksen koulutuspäivä',
          sv: 'Familjecentrets utbildningsdag',
          en: 'Family centre training day',
        },
        start: '2026-03-19T00:00:00+02:00',
        end: '2026-03-20T00:00:00+02:00',
        allDay: true,
        mode: 'hybrid',
        kind: 'meeting',
      },
    ],
  };
}

const meta: Meta<CalendarArgs> = {
  title: 'Widgets/Calendar',
  component: 'pk-calendar',
  tags: ['autodocs'],
  render: (args) => renderCalendar(args),
  args: {
    today: TODAY,
    onPkDateSelect: fn(),
    onPkEventSelect: fn(),
  },
  argTypes: {
    view: { control: 'inline-radio', options: [undefined, 'month', 'week', 'agenda'] },
    evaluation: { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 2, max: 5 } },
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

type Story = StoryObj<CalendarArgs>;

export const Month: Story = {
  args: { view: 'month', month: '2026-03', entries: marchEntries() },
};

export const Week: Story = {
  args: { view: 'week', date: TODAY, entries: marchEntries() },
};

export const Agenda: Story = {
  args: { view: 'agenda', month: '2026-03', entries: marchEntries() },
};

export const Groups: Story = {
  name: 'Groups: steering group and meeting-place network',
  args: { view: 'month', groups: 'steering-group,meeting-place-network', month: '2026-05' },
  parameters: {
    docs: { description: { story: 'The built-in groups’ meetings, scheduled by core (`scheduleFor`).' } },
  },
};

export const Evaluation: Story = {
  args: { view: 'agenda', evaluation: true, month: '2026-11' },
  parameters: {
    docs: {
      description: {
        story:
          'The built-in evaluation calendar in November 2026 (as on the demo’s regional page): tasks that began in September and October are listed first, under “Jo käynnissä” (already under way), each once with its dates; the tasks that begin on 1 November are under that day.',
      },
    },
  },
};

export const Place: Story = {
  name: 'A meeting place',
  args: { view: 'month', place: 'example-juva', month: '2026-03' },
  parameters: {
    docs: {
      description: { story: 'The activities of a built-in (invented) example meeting place, marked as example data.' },
    },
  },
};

export const Entries: Story = {
  name: 'Entries property',
  args: {
    view: 'agenda',
    month: '2026-03',
    entries: {
      entries: [
        {
          id: 'perhekahvila-2026-03-10',
          title: { fi: 'Perhekahvila', sv: 'Familjecafé', en: 'Family café' },
          start: '2026-03-10T09:30:00+02:00',
          end: '2026-03-10T11:00:00+02:00',
          mode: 'in-person',
          location: { fi: 'Juvan seurakuntatalo' },
          kind: 'activity',
        },
      ],
    },
  },
  parameters: {
    docs: { description: { story: 'The README’s example: events a page gives in core’s `CalendarEntryList` format.' } },
  },
};

export const InvalidEntries: Story = {
  name: 'Error: invalid entries',
  args: {
    view: 'agenda',
    month: '2026-03',
    entries: {
      entries: [
        ...marchEntries().entries.slice(0, 2),
        { ...marchEntries().entries[2], id: 'vanhempainilta-2', start: '12.3.2026 17.00' },
        { id: 'nimeton', start: '2026-03-13T10:00:00+02:00', end: '2026-03-13T11:00:00+02:00' },
      ],
    },
  },
  parameters: {
    docs: {
      description: { story: 'Two rows break the format: both are explained in an alert, the valid ones still show.' },
    },
  },
};

export const Loading: Story = {
  args: { view: 'agenda', month: '2026-03', today: TODAY, src: PENDING_SRC },
  beforeEach: stallFetch,
  parameters: {
    docs: {
      description: { story: 'While `src` loads: a polite status says so. This story stalls `fetch` for its URL.' },
    },
  },
};

export const Empty: Story = {
  args: { view: 'agenda', month: '2026-03', today: TODAY, entries: [] },
  parameters: {
    docs: { description: { story: 'Valid data with nothing in the period: the agenda says there are no events.' } },
  },
};

export const FailedSrc: Story = {
  name: 'Error: src fails to load',
  args: { view: 'agenda', month: '2026-03', src: 'pk-storybook-missing/events.json' },
  parameters: {
    docs: {
      description: {
        story: 'A real request to a file this Storybook does not have (404): the widget explains and offers a retry.',
      },
    },
  },
};

/** Invented example events (marked `example: true`) named in Finland's languages, in March 2026. */
function entriesInFinlandsLanguages(): { entries: EntryRow[] } {
  return {
    entries: [
      {
        id: 'natverksmote-20260310',
        title: { sv: 'Nätverksmöte' },
        start: '2026-03-10T13:00:00+02:00',
        end: '2026-03-10T15:00:00+02:00',
        mode: 'hybrid',
        location: { sv: 'Familjecentret i Närpes' },
        groupName: { sv: 'Nätverket i Österbotten' },
        topics: [{ sv: 'Verksamhetsplan' }],
        example: true,
        kind: 'meeting',
      },
      {
        id: 'perhetupa-20260311',
        title: { fi: 'Avoin aamupäivä', sv: 'Öppen förmiddag' },
        start: '2026-03-11T09:30:00+02:00',
        end: '2026-03-11T11:30:00+02:00',
        mode: 'in-person',
        location: { fi: 'Inarin perhetupa', se: 'Anára bearašstohpu' },
        example: true,
        kind: 'activity',
      },
    ],
  };
}

export const FinlandsLanguages: Story = {
  name: 'Names in Finland’s languages (example data)',
  args: { view: 'agenda', month: '2026-03', entries: entriesInFinlandsLanguages() },
  parameters: {
    docs: {
      description: {
        story:
          'Invented example events, each marked “Esimerkkitieto”. Swedish-only texts show in every language, marked `lang="sv"` where the calendar speaks another; the Sámi names stand behind Finnish and Swedish by core’s one rule.',
      },
    },
  },
};

export const Finnish: Story = {
  args: { view: 'month', month: '2026-03', entries: marchEntries(), groups: 'steering-group' },
  render: (args) => html`<div lang="fi">${renderCalendar(args)}</div>`,
};

export const Swedish: Story = {
  args: { view: 'month', month: '2026-03', entries: marchEntries(), groups: 'steering-group' },
  render: (args) => html`<div lang="sv">${renderCalendar(args)}</div>`,
};

export const English: Story = {
  args: { view: 'month', month: '2026-03', entries: marchEntries(), groups: 'steering-group' },
  render: (args) => html`<div lang="en">${renderCalendar(args)}</div>`,
};

/** The invented forest-green municipal brand of the finder's Themed story, plus a holiday colour (7.6:1). */
const theme = html`<style>
  .brand pk-calendar {
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
    --pk-holiday-text: #9e1b32;
  }
  .brand pk-calendar::part(holiday-name) {
    font-style: italic;
  }
</style>`;

export const Themed: Story = {
  args: { view: 'month', month: '2026-04', entries: marchEntries() },
  render: (args) => html`${theme}<div class="brand">${renderCalendar(args)}</div>`,
  parameters: {
    docs: {
      description: {
        story:
          'Custom properties set on the element itself (defaults sit on `:host`). April 2026 shows Easter in the holiday colour. Contrast: text 15.3:1, accent 8.0:1, holiday 7.6:1 (7.0:1 on the alternate surface).',
      },
    },
  },
};
