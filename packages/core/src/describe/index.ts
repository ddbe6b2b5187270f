export { describeCadence } from './describeCadence.js';
export { formatTime, formatTimeRange } from './formatTime.js';
export { monthNames } from './monthNames.js';
