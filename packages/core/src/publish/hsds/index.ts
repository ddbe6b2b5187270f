export { hsdsFiles } from './hsdsFiles.js';
export { HSDS_NAMESPACE, hsdsId } from './hsdsId.js';
export { HSDS_PLACE_ID_TYPE, type HsdsSourcePlace } from './hsdsPlaceRows.js';
export { HSDS_WEEK_NUMBERS, HSDS_WEEKDAYS } from './hsdsSchedules.js';
export type * from './hsdsTypes.js';
export { hsdsTableNames } from './hsdsTypes.js';
export { HSDS_PARTY_ID_TYPE, type HsdsExport, HsdsExportOptions, toHsds } from './toHsds.js';
export { uuidV5 } from './uuidV5.js';
