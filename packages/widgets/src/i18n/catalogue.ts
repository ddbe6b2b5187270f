// Kept so that `i18n/index.ts` need not change: the finder's catalogue lives in `./finder/`.
export { messages } from './finder/index.js';
