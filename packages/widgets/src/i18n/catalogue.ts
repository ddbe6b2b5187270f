import { en } from './en.js';
import { fi } from './fi.js';
import type { Messages, WidgetLocale } from './messages.js';
import { sv } from './sv.js';

// A module of its own: the embed's shared chunk holds i18n/index.ts (formats every widget uses), and
// the finder's catalogue there would load with the calendar and the year clock too.
const catalogue: Record<WidgetLocale, Messages> = { fi, sv, en };

/** The finder's message catalogue of a language. */
export function messages(locale: WidgetLocale): Messages {
  return catalogue[locale];
}
