import { defineOnce } from '../../internal/define.js';
import { YearClockElement } from './year-clock.component.js';

export * from './year-clock.component.js';

defineOnce('pk-year-clock', YearClockElement);

declare global {
  interface HTMLElementTagNameMap {
    'pk-year-clock': YearClockElement;
  }
}
