import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { getBuiltInIndex, setBuiltInIndex } from '../../internal/built-in.js';
import { PENDING_SRC, stallFetch } from '../../stories/pending-src.js';
import { BUILT_IN, COUNTY, serveAgreementFolders } from './fixtures/folders.js';
import './agreement-status.js';

/** Args: the attributes by their attribute names (so the docs table's attribute rows are the controls). */
interface AgreementStatusArgs {
  src?: string;
  agreement?: string;
  date?: string;
  'heading-level'?: number;
}

function renderAgreementStatus(args: AgreementStatusArgs): TemplateResult {
  return html`<pk-agreement-status
    src=${ifDefined(args.src)}
    agreement=${ifDefined(args.agreement)}
    date=${ifDefined(args.date)}
    heading-level=${ifDefined(args['heading-level'])}
  ></pk-agreement-status>`;
}

const meta: Meta<AgreementStatusArgs> = {
  title: 'Widgets/Agreement status',
  component: 'pk-agreement-status',
  tags: ['autodocs'],
  render: (args) => renderAgreementStatus(args),
  args: { date: '2026-03-01' },
  // The published folders the stories read (the built-in data and the invented example county), answered
  // from memory, since a static Storybook serves no data files.
  beforeEach: () => {
    const stops = [serveAgreementFolders(), stallFetch()];
    if (!getBuiltInIndex()) setBuiltInIndex(new URL(`${BUILT_IN}index.json`, document.baseURI));
    return () => {
      for (const stop of stops.reverse()) stop();
    };
  },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  parameters: {
    docs: {
      subtitle: 'The toolbar’s Kieli sets the lang of a wrapper, which the widget follows.',
    },
  },
};
export default meta;

type Story = StoryObj<AgreementStatusArgs>;

export const EtelaSavo: Story = {
  name: 'Etelä-Savo 2026–2029 (default)',
  parameters: {
    docs: {
      description: {
        story:
          'No `src` and no `agreement`: the newest agreement of the built-in data. Rantasalmi has approved (KHALL 3.11.2025 § 331, after HYSIVLTK 29.9.2025 § 85 proposed it); the parties whose decisions are not in the sources are still to act, and since the party list is partial the entry-into-force date cannot be known yet.',
      },
    },
  },
};

export const OlderAgreement: Story = {
  name: 'An older agreement (Juva, 2024–2025)',
  args: { agreement: 'etela-savo-2024-2025', date: '2025-01-01' },
};

export const ExampleCounty: Story = {
  name: 'Another county’s published folder (example data)',
  args: { src: `${COUNTY}index.json` },
  parameters: {
    docs: {
      description: {
        story:
          'An invented county: five parties have signed, one has approved and authorised its signer (signature pending), one is still to act. Swedish-only names are marked `lang="sv"` in a Finnish page.',
      },
    },
  },
};

export const ExampleCountySwedish: Story = {
  name: 'Another county, Swedish page',
  args: { src: `${COUNTY}index.json` },
  render: (args) => html`<div lang="sv">${renderAgreementStatus(args)}</div>`,
};

export const Narrow: Story = {
  name: 'Narrow (320 px): one card per party',
  render: (args) => html`<div style="max-width: 320px">${renderAgreementStatus(args)}</div>`,
};

export const UnknownAgreement: Story = {
  name: 'An unknown agreement id',
  args: { agreement: 'nowhere' },
};

export const Loading: Story = {
  args: { src: PENDING_SRC },
};
