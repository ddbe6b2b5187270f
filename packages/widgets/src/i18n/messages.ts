// The finder's catalogue type under its older name; the catalogue lives in `./finder/`.
export type { FinderMessages as Messages } from './finder/index.js';
