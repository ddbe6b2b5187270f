export { describeCadence } from './describeCadence.js';
export { formatTime, formatTimeRange } from './formatTime.js';
export { modesText } from './modesText.js';
export { monthNames } from './monthNames.js';
