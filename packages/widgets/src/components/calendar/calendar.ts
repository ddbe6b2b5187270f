import { defineOnce } from '../../internal/define.js';
import { CalendarElement } from './calendar.component.js';

export * from './calendar.component.js';

defineOnce('pk-calendar', CalendarElement);

declare global {
  interface HTMLElementTagNameMap {
    'pk-calendar': CalendarElement;
  }
}
