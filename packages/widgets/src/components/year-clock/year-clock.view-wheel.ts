// The clock face of <pk-year-clock>: an SVG of twelve month sectors with the entries as arcs (a
// labelled listbox, one tab stop), the today marker and ring numbers, and the legend and hint below.

import { formatDate } from '@perhekeskus/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { localizedText, plainText } from '../../internal/localized-text.js';
import { accessibleName, ringClass, type ViewModel } from './year-clock.view-model.js';

/** Room beside the square layout for month names at 3 and 9 o'clock, in viewBox units (CSS px). */
export const SIDE_ROOM = 64;

/** What the wheel tells the component. */
export interface WheelHandlers {
  onKeyDown: (event: KeyboardEvent) => void;
  onArcClick: (index: number) => void;
  onFocusIn: (event: FocusEvent) => void;
  /** Shows or hides a ring (its id), from the legend. */
  onToggleRing: (ringId: string) => void;
}

function face(vm: ViewModel, on: WheelHandlers): TemplateResult {
  const { layout, arcs } = vm.view;
  const { m, locale } = vm;
  const todayMonth = layout.today ? Number(layout.today.date.slice(5, 7)) : 0;
  const active = Math.min(vm.active, arcs.length - 1);
  const width = layout.size + 2 * SIDE_ROOM;
  let index = 0;
  return html`<svg class="face" part="face" width=${width} height=${layout.size} viewBox="${-SIDE_ROOM} 0 ${width} ${layout.size}" role="none">
    <g aria-hidden="true">
      ${layout.months.map(
        (month) =>
          svg`<path class="month ${month.month % 2 === 0 ? 'even' : 'odd'}" part=${month.month === todayMonth ? 'month current' : 'month'} d=${month.d}></path>`,
      )}
      ${layout.months.map(
        (month) =>
          svg`<text class="month-label" part="month-label" x=${month.labelX} y=${month.labelY} text-anchor=${month.labelAnchor}>${m.monthsShort[month.month - 1]}</text>`,
      )}
      ${vm.year !== undefined ? svg`<text class="hub" x=${layout.center} y=${layout.center}>${String(vm.year)}</text>` : nothing}
    </g>
    ${
      arcs.length > 0
        ? svg`<g role="listbox" aria-label=${m.entriesLabel(vm.titleText)} aria-describedby="${vm.uid}-hint" @keydown=${on.onKeyDown}>
            ${layout.rings.map(
              (
                ring,
                drawn,
              ) => svg`<g role="group" aria-label=${plainText(ring.label, locale)} class="ring ${ringClass(vm.view.ringIndexes[drawn]!)}">
                ${ring.arcs.map(() => {
                  const i = index++;
                  const arc = arcs[i]!;
                  const selected = arc.key === vm.selected;
                  const part = `arc${selected ? ' selected' : ''}${arc.current ? ' current' : ''}`;
                  return svg`<path class=${part} part=${part} d=${arc.arc.d} role="option" data-index=${i}
                    tabindex=${i === active ? '0' : '-1'} aria-selected=${selected ? 'true' : 'false'}
                    aria-label=${accessibleName(arc, m, locale)} @click=${() => on.onArcClick(i)}></path>`;
                })}
              </g>`,
            )}
          </g>`
        : nothing
    }
    <g aria-hidden="true" class="overlay">
      ${vm.plan && arcs.length > 0 ? vm.plan.arcLabels(vm, arcs) : nothing}
      ${
        layout.today
          ? svg`<g class="today" part="today">
              <title>${m.today(formatDate(layout.today.date, locale))}</title>
              <line class="today-halo" x1=${layout.today.x1} y1=${layout.today.y1} x2=${layout.today.x2} y2=${layout.today.y2}></line>
              <line class="today-line" x1=${layout.today.x1} y1=${layout.today.y1} x2=${layout.today.x2} y2=${layout.today.y2}></line>
              <circle class="today-dot" cx=${layout.today.x2} cy=${layout.today.y2} r="5"></circle>
            </g>`
          : nothing
      }
      ${layout.rings.map((ring, drawn) => {
        const ringIndex = vm.view.ringIndexes[drawn]!;
        // A thin ring (many rings on one clock) gets a smaller number, so that numbers do not overlap.
        const r = Math.max(6, Math.min(9, (ring.outerRadius - ring.innerRadius) / 2));
        return svg`<g class="ring-number ${ringClass(ringIndex)}" part="ring-number">
          <circle cx=${ring.labelX} cy=${ring.labelY} r=${r}></circle>
          <text x=${ring.labelX} y=${ring.labelY} font-size=${Math.min(11, Math.round(r * 1.2))}>${String(ringIndex + 1)}</text>
        </g>`;
      })}
    </g>
  </svg>`;
}

/**
 * The clock: its face, the legend of the rings (numbered, never by colour alone) and today, and the
 * usage hint (or the note that there are no entries).
 *
 * @param vm - the view-model
 * @param on - keyboard, click and focus handlers of the arcs
 * @returns the `clock` part
 */
export function wheelView(vm: ViewModel, on: WheelHandlers): TemplateResult {
  const { layout, arcs } = vm.view;
  const { m, locale } = vm;
  // Listening for focus on an SVG element would make it focusable in Chromium, so the clock's <div> listens.
  return html`<div class="clock" part="clock" @focusin=${on.onFocusIn}>
    ${face(vm, on)}
    <div class="legend" part="legend">
      ${
        vm.rings.length > 0
          ? html`<p class="legend-title" id="${vm.uid}-legend">${vm.plan ? m.legendShownLabel : m.legendLabel}</p>
            <ol aria-labelledby="${vm.uid}-legend">
              ${vm.rings.map((ring, ringIndex) => {
                const swatch = html`<span class="swatch" aria-hidden="true">${String(ringIndex + 1)}</span>
                  <span>${localizedText(ring.label, locale)}</span>`;
                // In the plan view each ring can be hidden, so that the others have room for their labels.
                return html`<li class=${ringClass(ringIndex)}>
                  ${vm.plan ? vm.plan.ringToggle(ring, swatch, on.onToggleRing) : swatch}
                </li>`;
              })}
            </ol>`
          : nothing
      }
      ${
        layout.today
          ? html`<p class="today-legend">
            <span class="today-swatch" aria-hidden="true"></span>${m.today(formatDate(layout.today.date, locale))}
          </p>`
          : nothing
      }
    </div>
    ${
      arcs.length > 0
        ? html`<p class="hint" part="hint" id="${vm.uid}-hint">${m.hint}</p>`
        : html`<p class="notice">${m.noEntries}</p>`
    }
  </div>`;
}
