/**
 * Importing Suomi.fi Palvelutietovaranto (PTV) service locations as meeting places, with every field
 * that does not map reported. No side effects on import.
 */
export { detectPtvVersion } from './detectPtvVersion.js';
export { importPtvServiceLocations, PtvImportOptions } from './importPtvServiceLocations.js';
export { PTV_DEFAULTS, PTV_DOCUMENT } from './ptvChannelToMeetingPlace.js';
export { PTV_HOLIDAY_NAMES, ptvHolidayDate } from './ptvHolidayDate.js';
export { type PtvIssueCode, ptvIssueCodes } from '../../validation/importIssueCodes.js';
export {
  PtvImportInput,
  PtvV11Page,
  PtvV11ServiceLocationChannel,
  PtvV12Page,
  PtvV12ServiceLocationChannel,
  type PtvVersion,
} from './ptvSchemas.js';
