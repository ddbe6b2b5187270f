export type { Migration, MigrationChange } from './migrateRegion.js';
export { migrateRegion } from './migrateRegion.js';
