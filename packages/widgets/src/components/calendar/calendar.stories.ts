import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fn } from 'storybook/test';
import { setBuiltInIndex } from '../../internal/built-in.js';
import { PENDING_SRC, stallFetch } from '../../stories/pending-src.js';
import './calendar.js';
import esCalendar from './fixtures/etela-savo/calendar/2026.json';
import esEvaluation from './fixtures/etela-savo/evaluation.json';
import esActors from './fixtures/etela-savo/groups/family-centre-actors.json';
import esNetwork from './fixtures/etela-savo/groups/meeting-place-network.json';
import esSteering from './fixtures/etela-savo/groups/steering-group.json';
import esIndex from './fixtures/etela-savo/index.json';
import esPlaces from './fixtures/etela-savo/places.json';
import obEvaluation from './fixtures/osterbotten/evaluation.json';
import obNetwork2026 from './fixtures/osterbotten/groups/natverket-2026.json';
import obNetwork2027 from './fixtures/osterbotten/groups/natverket-2027.json';
import obSteering from './fixtures/osterbotten/groups/styrgruppen.json';
import obBroken from './fixtures/osterbotten/groups/trasig.json';
import obIndex from './fixtures/osterbotten/index.json';

/**
 * Published folders for the stories, as a site serves them beside the embed: the built-in region
 * (2026, a few groups: the test fixtures) and an invented Swedish-speaking county. A static Storybook
 * has no such files, so `serveFolders` answers `fetch` for their addresses (honest note: a real site
 * serves the same JSON).
 */
const FOLDERS: Record<string, unknown> = {
  'etela-savo/index.json': esIndex,
  'etela-savo/calendar/2026.json': esCalendar,
  'etela-savo/evaluation.json': esEvaluation,
  'etela-savo/places.json': esPlaces,
  'etela-savo/groups/family-centre-actors.json': esActors,
  'etela-savo/groups/meeting-place-network.json': esNetwork,
  'etela-savo/groups/steering-group.json': esSteering,
  'osterbotten/index.json': obIndex,
  'osterbotten/evaluation.json': obEvaluation,
  'osterbotten/groups/natverket-2026.json': obNetwork2026,
  'osterbotten/groups/natverket-2027.json': obNetwork2027,
  'osterbotten/groups/styrgruppen.json': obSteering,
  'osterbotten/groups/trasig.json': obBroken,
};
const FOLDER_BASE = 'pk-storybook/published/';

/** A story `beforeEach`: the built-in folder is set, and the folders' files are served; returns the cleanup. */
function serveFolders(): () => void {
  setBuiltInIndex(new URL(`${FOLDER_BASE}etela-savo/index.json`, document.baseURI));
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    const at = url.pathname.indexOf(FOLDER_BASE);
    const file = at < 0 ? undefined : FOLDERS[url.pathname.slice(at + FOLDER_BASE.length)];
    if (at < 0) return realFetch(input, init);
    const body = JSON.stringify(file ?? { error: 'not found' });
    return Promise.resolve(
      new Response(body, { status: file ? 200 : 404, headers: { 'Content-Type': 'application/json' } }),
    );
  };
  return () => {
    window.fetch = realFetch;
  };
}

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
        location: { fi: 'Mikkelin perhekeskus', sv: 'Familjecentralen i S:t Michel' },
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
          sv: 'Familjecentralens utbildningsdag',
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
  beforeEach: serveFolders,
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
        'The toolbar’s Kieli sets the lang of a wrapper, which the widget follows. Today is 10 March 2026 in every story. Without `src` the calendar reads the built-in published folder (here a few of its groups for 2026).',
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
    docs: {
      description: {
        story:
          'The built-in groups’ meetings, read from the built-in published folder: one file per group, only those chosen. The status line names the region.',
      },
    },
  },
};

export const AllGroups: Story = {
  name: 'All groups: a bare calendar',
  args: { view: 'month', month: '2026-05' },
  parameters: {
    docs: {
      description: {
        story:
          'A calendar that chooses nothing shows every group of the built-in published folder, read from one file for the year on screen (`calendar/2026.json`, every group’s meetings of the year) rather than a file per group.',
      },
    },
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
      description: {
        story:
          'The activities of an (invented) example meeting place of the built-in `places.json`, by core’s `entriesFromPlace`, marked as example data.',
      },
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
        location: { sv: 'Familjecentralen i Närpes' },
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

export const County: Story = {
  name: 'A county’s published folder (Swedish page)',
  args: {
    view: 'month',
    month: '2026-03',
    src: `${FOLDER_BASE}osterbotten/index.json`,
    groups: 'natverket,styrgruppen',
  },
  render: (args) => html`<div lang="sv">${renderCalendar(args)}</div>`,
  parameters: {
    docs: {
      description: {
        story:
          'An invented Swedish-speaking county’s folder at `src` (`perhekeskus publish`): its groups in Swedish, its region in the status line, nothing of Etelä-Savo. The network’s calendar is one file a year; only the year on screen is read.',
      },
    },
  },
};

export const CountyDataErrors: Story = {
  name: 'Error: a county’s file with an invalid row',
  args: { view: 'agenda', month: '2026-03', src: `${FOLDER_BASE}osterbotten/index.json` },
  parameters: {
    docs: {
      description: {
        story:
          'Without `groups`, every group of the folder shows. A county’s files are checked in the browser: the invalid row is named with its file, the rest shows.',
      },
    },
  },
};

/** 120 invented events on one day: a feed too long to draw at once. */
function busyDay(): { entries: EntryRow[] } {
  return {
    entries: Array.from({ length: 120 }, (_, i) => {
      const minute = 8 * 60 + i * 5;
      const time = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      return {
        id: `open-hour-${i}`,
        title: { fi: `Avoin tuokio ${i + 1}`, sv: `Öppen stund ${i + 1}`, en: `Open session ${i + 1}` },
        start: `2026-03-10T${time(minute)}:00+02:00`,
        end: `2026-03-10T${time(minute + 5)}:00+02:00`,
        example: true,
      };
    }),
  };
}

export const LongList: Story = {
  name: 'A long list, 50 events at a time',
  args: { view: 'agenda', month: '2026-03', entries: busyDay() },
  parameters: {
    docs: {
      description: {
        story:
          'A feed of 120 events in a month: the list draws 50, and “Näytä lisää” the next 50, moving focus to the first of them.',
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
