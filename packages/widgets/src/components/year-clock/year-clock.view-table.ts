// The table view of <pk-year-clock>: the same entries as the clock, in the same order, behind an
// `aria-expanded` toggle (shown from the start when narrow or with `show-table`), and always printed.
import { modesText } from '@perhekeskus/core';
import { html, nothing, type TemplateResult } from 'lit';
import { capitalize } from '../../i18n/index.js';
import { localizedText } from '../../internal/localized-text.js';
import { topicsView } from './year-clock.view-details.js';
import { type ViewModel, whenOf } from './year-clock.view-model.js';

/**
 * The toggle and the table.
 *
 * @param vm - the view-model
 * @param onToggle - shows or hides the table
 * @returns the `table-toggle` and `table` parts
 */
export function tableView(vm: ViewModel, onToggle: () => void): TemplateResult {
  const { m, locale } = vm;
  const shown = vm.tableShown;
  const id = `${vm.uid}-table`;
  return html`<div class="toolbar">
      <button type="button" part="table-toggle" aria-expanded=${shown ? 'true' : 'false'} aria-controls=${id} @click=${onToggle}>
        ${shown ? m.hideTable : m.showTable}
      </button>
    </div>
    <div class="table-wrap" id=${id} ?hidden=${!shown}>
      <table part="table">
        <caption>${vm.title} ${m.asTable}</caption>
        <thead>
          <tr>
            <th scope="col">${m.columnEntry}</th>
            <th scope="col">${m.columnMonths}</th>
            <th scope="col">${m.columnRing}</th>
            <th scope="col">${m.columnTopics}</th>
          </tr>
        </thead>
        <tbody>
          ${vm.view.arcs.map((arc) => {
            const entry = arc.arc.entry;
            const selected = arc.key === vm.selected;
            return html`<tr part=${selected ? 'row selected' : 'row'} class=${selected ? 'selected' : ''}>
              <th scope="row">
                <span>${localizedText(entry.title, locale)}</span>
                ${entry.mode ? html`<span class="mode">(${modesText(entry.mode, locale)})</span>` : nothing}
                ${entry.description ? html`<span class="description">${localizedText(entry.description, locale)}</span>` : nothing}
              </th>
              <td><span class="cell-label" aria-hidden="true">${m.columnMonths}: </span>${capitalize(whenOf(arc, m, locale), locale)}</td>
              <td><span class="cell-label" aria-hidden="true">${m.columnRing}: </span>${localizedText(arc.ringLabel, locale)}</td>
              <td><span class="cell-label" aria-hidden="true">${m.columnTopics}: </span>${topicsView(entry.topics, m, locale)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
}
