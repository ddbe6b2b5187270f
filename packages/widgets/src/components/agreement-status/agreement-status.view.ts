// The summary and the table of <pk-agreement-status>: pure templates over core's `agreementStatus`.
// Every text from the data goes in as a text binding (never markup); a name in another language than
// the widget's carries its own `lang`.
import {
  type AgreementPartyStatus,
  type AgreementStatus,
  decisionOutcomeLabels,
  type Locale,
  type StatusDecision,
  termLabel,
  type VocabularyTerm,
} from '@perhekeskus/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { AgreementStatusMessages } from '../../i18n/agreement-status/index.js';
import { formatCount } from '../../i18n/index.js';
import { localizedText, shownText } from '../../internal/localized-text.js';
import { heading } from '../../internal/templates.js';

/** What the views need besides the status. */
export interface ViewContext {
  readonly m: AgreementStatusMessages;
  readonly locale: Locale;
  readonly uid: string;
  readonly headingLevel: number;
  /** The decision outcomes the region declares, for their labels. */
  readonly outcomes: readonly Pick<VocabularyTerm, 'id' | 'label'>[] | undefined;
}

const STATES = ['signed', 'approved', 'declined', 'to-act'] as const;

/** A section as minutes write it: `§ 85`, `§ 23 a` (a `§` already in the data is not doubled). */
const sectionText = (section: number | string) => `§ ${String(section).replace(/^§\s*/, '')}`;

/**
 * The agreement's title, period, the day, the counts per state and the entry into force (or why it is
 * not known yet).
 *
 * @returns the `summary` part
 */
export function summaryView(status: AgreementStatus, c: ViewContext): TemplateResult {
  const { m, locale } = c;
  const { counts, entry } = status;
  const entryText =
    entry.status === 'known'
      ? m.entryKnown(entry.date)
      : entry.status === 'partial-list'
        ? m.entryPartial
        : entry.status === 'no-parties'
          ? m.entryNoParties
          : m.entryAwaiting(formatCount(entry.unsigned, locale), entry.unsigned);
  return html`<div class="summary" part="summary">
    ${heading(c.headingLevel, localizedText(status.title, locale), { className: 'title', part: 'title', id: `${c.uid}-title` })}
    <p class="period">${m.period(status.period.start, status.period.end)} · ${m.statusOn(status.on)}</p>
    <p class="lead">${m.parties(formatCount(counts.parties, locale), counts.parties)}:</p>
    <ul class="counts" part="counts">
      ${STATES.map((state) => html`<li part=${`count ${state}`}>${m.counts[state](formatCount(counts[state], locale))}</li>`)}
    </ul>
    <p class="entry" part="entry">${entryText}</p>
  </div>`;
}

function bodyText(d: StatusDecision, locale: Locale): TemplateResult {
  return html`${d.body.abbreviation ? html`<abbr>${d.body.abbreviation}</abbr> ` : nothing}${localizedText(d.body.name, locale)}`;
}

function outcomeText(d: StatusDecision, c: ViewContext): string | TemplateResult {
  return shownText(termLabel(decisionOutcomeLabels, d.outcome, c.locale, c.outcomes), c.locale);
}

function partyRow(p: AgreementPartyStatus, c: ViewContext): TemplateResult {
  const { m, locale } = c;
  const latest = p.decisions[p.decisions.length - 1];
  const earlier = p.decisions.slice(0, -1);
  const label = (text: string) => html`<span class="cell-label" aria-hidden="true">${text}: </span>`;
  const signature = p.signature ? (p.signature.date ? m.signed(p.signature.date) : m.signaturePending) : m.notSigned;
  return html`<tr part=${`row ${p.state}`}>
    <th scope="row">${p.name ? localizedText(p.name, locale) : p.partyId}</th>
    <td>${label(m.columnState)}<span class="state ${p.state}" part=${`state ${p.state}`}>${m.states[p.state]}</span></td>
    ${
      latest
        ? html`<td>${label(m.columnBody)}${bodyText(latest, locale)}</td>
          <td>${label(m.columnDate)}${m.date(latest.date)}</td>
          <td class="long">${label(m.columnSection)}${sectionText(latest.section)}${
            latest.caseNumber ? html`<span class="case">${m.caseNumber(latest.caseNumber)}</span>` : nothing
          }</td>
          <td class="long">${label(m.columnOutcome)}${outcomeText(latest, c)}${
            earlier.length > 0
              ? html`<ul class="earlier">
                  ${earlier.map(
                    (d) =>
                      html`<li>${m.date(d.date)} ${bodyText(d, locale)} ${sectionText(d.section)}: ${outcomeText(d, c)}</li>`,
                  )}
                </ul>`
              : nothing
          }</td>`
        : html`<td colspan="4">${label(m.columnBody)}${m.noDecision}</td>`
    }
    <td>${label(m.columnSigner)}${p.signatory ? localizedText(p.signatory, locale) : '–'}</td>
    <td>${label(m.columnSignature)}${signature}</td>
  </tr>`;
}

/**
 * The parties as a table: a caption, column headers, and per party (a row header) its state, latest
 * decision (earlier ones listed under its outcome), signer and signature.
 *
 * @returns the `table` part in its wrapper
 */
export function tableView(status: AgreementStatus, c: ViewContext): TemplateResult {
  const { m, locale } = c;
  return html`<div class="table-wrap">
    <table part="table">
      <caption>${localizedText(status.title, locale)}: ${m.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${m.columnParty}</th>
          <th scope="col">${m.columnState}</th>
          <th scope="col">${m.columnBody}</th>
          <th scope="col">${m.columnDate}</th>
          <th scope="col">${m.columnSection}</th>
          <th scope="col">${m.columnOutcome}</th>
          <th scope="col">${m.columnSigner}</th>
          <th scope="col">${m.columnSignature}</th>
        </tr>
      </thead>
      <tbody>
        ${status.parties.map((p) => partyRow(p, c))}
      </tbody>
    </table>
  </div>`;
}
