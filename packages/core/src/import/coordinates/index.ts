/** Coordinate conversion for imported data: ETRS-TM35FIN (EPSG:3067) to WGS84. No side effects on import. */
export { EtrsTm35finPoint, etrsTm35finToWgs84 } from './etrsTm35finToWgs84.js';
