import { defineOnce } from '../../internal/define.js';
import { MeetingPlaceFinder } from './meeting-place-finder.component.js';

export * from './meeting-place-finder.component.js';

defineOnce('pk-meeting-place-finder', MeetingPlaceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'pk-meeting-place-finder': MeetingPlaceFinder;
  }
}
