/**
 * `@perhekeskus/core/hsds`: Open Referral HSDS 3.0 (the Human Services Data Specification) out and in —
 * `toHsds` and `hsdsFiles` write the meeting places as HSDS tables, `fromHsds` reads an HSDS directory
 * back (also in `@perhekeskus/core/import`). A separate entry, so browser bundles of the main entry
 * never carry them. No side effects on import.
 */

export * from './publish/hsds/index.js';
export { fromHsds, HsdsImportOptions, type HsdsImportResult } from './import/hsds/fromHsds.js';
