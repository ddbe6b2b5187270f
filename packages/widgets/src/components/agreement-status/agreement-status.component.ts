import { type AgreementStatus, agreementStatus } from '@perhekeskus/core/trusted';
import { type CSSResultGroup, html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import {
  type AgreementStatusIssue,
  type AgreementStatusMessages,
  importAgreementStatusMessages,
} from '../../i18n/agreement-status/index.js';
import { getBuiltInIndex } from '../../internal/built-in.js';
import { DataSource, focusAfterRetry } from '../../internal/data-source.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { baseStyles } from '../../styles/base.js';
import { type AgreementsData, loadAgreements } from './agreement-status.data.js';
import { styles } from './agreement-status.styles.js';
import { summaryView, tableView } from './agreement-status.view.js';
import { problemsView, statusView } from './agreement-status.view-status.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a value is a real day written `YYYY-MM-DD` (no 30 February). */
function isRealDay(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const day = new Date(0);
  day.setUTCFullYear(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)));
  return day.toISOString().slice(0, 10) === value;
}

/**
 * Today in Helsinki, `YYYY-MM-DD`: the browser's own time-zone data (Swedish writes ISO dates), so a
 * page with only this widget does not load core's Helsinki-time code (2 KB) for one date.
 */
function helsinkiToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
}

let instances = 0;

/**
 * The approvals and signatures of a cooperation agreement (sopimuksen hyväksyntä- ja
 * allekirjoitustilanne) on a public page: how many parties have signed, approved, declined or are
 * still to act, when the agreement enters into force (or why that is not known yet), and a table of
 * the parties with each one's latest decision (body, date, §, case number, outcome; earlier decisions
 * listed under it), its authorised signer and its signature. Decisions of municipal bodies are public.
 * The status is core's `agreementStatus`, computed in the page from the published data.
 *
 * Data: `src` names a published folder's `index.json` (`perhekeskus publish`, whose `agreements.json`
 * it reads), or an agreements file itself; without `src`, the built-in data the embed carries. Data
 * from a `src` is checked with core's schemas in the browser, agreement by agreement and party by
 * party; the built-in data was checked when it was built. Nothing from the data is inserted as HTML.
 *
 * Accessibility: the summary is a heading (level from `heading-level`), text and a list; the parties
 * are a `<table>` with a caption, column headers (`scope="col"`) and each party's name as its row
 * header (`scope="row"`). Below 48rem of width (320 CSS px, 400 % zoom) each party becomes a card
 * whose cells carry their own labels, so nothing scrolls sideways. A name in another language than
 * the widget's carries its `lang`. The state is written in words, never by colour alone; forced-colours
 * mode uses the system colours.
 *
 * @tagname pk-agreement-status
 *
 * @summary Who has approved and signed a cooperation agreement, who is still to act, and when it
 * enters into force, with an accessible table of the parties' decisions and signatures.
 *
 * @slot - Content above the status, such as an introduction.
 *
 * @csspart summary - The title, period, counts and entry into force.
 * @csspart title - The agreement's title (a heading).
 * @csspart counts - The list of counts per state; each item is a `count` with its state (`count signed`).
 * @csspart entry - When the agreement enters into force, or why that is not known.
 * @csspart table - The table of the parties.
 * @csspart row - A party's row, with its state as a token (`row approved`).
 * @csspart state - A party's state, with the state as a token (`state to-act`).
 * @csspart status - The status line: "loading" while loading, then the region the published data is of.
 * @csspart error - The message about data that could not be loaded, has errors, or settings that could not be used.
 * @csspart retry-button - The button that tries loading again.
 *
 * @cssproperty [--pk-font-family=system-ui, sans-serif] - Font of the whole widget.
 * @cssproperty [--pk-text=#1b1b1b] - Text colour.
 * @cssproperty [--pk-muted-text=#4d4d4d] - Secondary text colour (period, case numbers, earlier decisions).
 * @cssproperty [--pk-surface=#ffffff] - Background colour.
 * @cssproperty [--pk-surface-alt=#f3f5f7] - Column headers, counts and the entry-into-force box.
 * @cssproperty [--pk-border=#6b7280] - Border colour.
 * @cssproperty [--pk-accent=#00577d] - Accent colour: the entry-into-force box's edge, buttons.
 * @cssproperty [--pk-accent-text=#ffffff] - Text on the accent colour.
 * @cssproperty [--pk-focus=#b3005e] - Focus outline colour.
 * @cssproperty [--pk-radius=0.5rem] - Corner radius.
 * @cssproperty [--pk-gap=1rem] - Spacing between blocks.
 * @cssproperty [--pk-error-surface=#fdecea] - Background of error messages.
 * @cssproperty [--pk-error-text=#8a1c12] - Text of error messages.
 * @cssproperty [--pk-state-signed=#1e6b2e] - Text colour of "signed" (at least 4.5:1 on both surfaces).
 * @cssproperty [--pk-state-approved=#00577d] - Text colour of "approved".
 * @cssproperty [--pk-state-declined=#8a1c12] - Text colour of "declined".
 * @cssproperty [--pk-state-to-act=#4d4d4d] - Text colour of "still to act".
 */
export class AgreementStatusElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles, styles];

  /** Reactive properties and their attributes (a static map costs less than a decorator per field). */
  static override properties: PropertyDeclarations = {
    src: {},
    agreement: {},
    date: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  private readonly _uid = `pk-as-${++instances}`;
  private readonly _data = new DataSource<AgreementsData>(this);
  private readonly _lang = new LocaleController<AgreementStatusMessages>(this, importAgreementStatusMessages);
  /** The address of the last load; a load starts when it changes. */
  private _loadKey: string | undefined;
  private _srcIssue: AgreementStatusIssue | undefined;

  /** URL of a published folder's `index.json` (`perhekeskus publish`), or of an agreements file. Without it, the built-in data. */
  src: string | undefined;

  /** The id of the agreement to show (`etela-savo-2026-2029`); default the newest (latest period start). */
  agreement: string | undefined;

  /** The day the status is of (`YYYY-MM-DD`); later decisions and signatures are left out. Default today in Helsinki. */
  date: string | undefined;

  /**
   * Level (2–6) of the agreement's title.
   * @type {2 | 3 | 4 | 5 | 6}
   */
  headingLevel = 3;

  /** Also waits for the words of the widget's language (loaded on first use), so the render is complete. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this._lang.ready;
    return super.getUpdateComplete();
  }

  protected override willUpdate(): void {
    let url: URL | undefined;
    this._srcIssue = undefined;
    try {
      url = this.src ? new URL(this.src, document.baseURI) : getBuiltInIndex();
    } catch {
      this._srcIssue = { path: 'src', kind: 'invalid', received: this.src ?? '' };
    }
    if (!url && !this._srcIssue) this._srcIssue = { path: 'src', kind: 'no-data' };
    const key = url ? `${this.src ? 'src' : 'built-in'} ${url.href}` : '';
    if (key === this._loadKey) return;
    this._loadKey = key;
    if (!url) {
      this._data.set({ settings: [] });
      return;
    }
    const request = { url, trusted: !this.src };
    void this._data.load((signal) => loadAgreements(request, signal));
  }

  /** The day asked for, or today in Helsinki (with the problem) when `date` is not a real day. */
  private _day(settings: AgreementStatusIssue[]): string {
    const given = this.date?.trim();
    if (given && isRealDay(given)) return given;
    if (given) settings.push({ path: 'date', kind: 'invalid-date', received: given });
    return helsinkiToday();
  }

  /** The status of the agreement asked for (or the newest), with the attributes that could not be used. */
  private _status(settings: AgreementStatusIssue[]): AgreementStatus | undefined {
    const file = this._data.data?.file;
    const on = this._day(settings);
    if (!file || file.agreements.length === 0) return undefined;
    const wanted = this.agreement?.trim();
    const newest = file.agreements.reduce((best, a) => (a.period.start >= best.period.start ? a : best));
    const id = wanted || newest.id;
    const status = agreementStatus(file, id, on);
    if (!status) {
      const expected = file.agreements.map((a) => a.id).join(', ');
      settings.push({ path: 'agreement', kind: 'unknown-agreement', received: id, expected });
    }
    return status;
  }

  private readonly _onRetry = (): void => {
    void this._data.retry();
    focusAfterRetry(this, '[part="status"]', () => this._data.status === 'loading', '[part="title"]');
  };

  override render() {
    const { locale, messages: m } = this._lang;
    if (!m) return nothing;
    const settings: AgreementStatusIssue[] = this._srcIssue ? [this._srcIssue] : [];
    const status = this._status(settings);
    const context = {
      m,
      locale,
      uid: this._uid,
      headingLevel: this.headingLevel,
      outcomes: this._data.data?.file?.decisionOutcomes,
    };
    return html`<slot></slot>
      ${problemsView(this._data, settings, status !== undefined, m, locale, this._onRetry)}
      ${statusView(this._data, m, locale)}
      ${
        status
          ? html`<section aria-labelledby=${`${this._uid}-title`}>
              ${summaryView(status, context)} ${tableView(status, context)}
            </section>`
          : nothing
      }`;
  }
}
