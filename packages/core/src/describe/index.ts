export { describeCadence } from './describeCadence.js';
export { modeLabel, modesLabel } from './exportLabels.js';
export { modesText } from './modesText.js';
