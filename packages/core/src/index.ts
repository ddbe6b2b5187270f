/**
 * `@perhekeskus/core`: typed models and rules for Finnish family-centre cooperation.
 * The built-in Etelä-Savo data lives in `@perhekeskus/core/etela-savo`, never here, so this entry
 * stays small and tree-shakeable. Each folder's index lists its public exports explicitly.
 */

export * from './calendar/index.js';
export * from './describe/index.js';
export * from './export/index.js';
export * from './i18n/index.js';
export * from './migrate/index.js';
export * from './model/index.js';
export * from './publish/index.js';
export * from './reference/index.js';
export * from './rules/index.js';
export * from './schedule/index.js';
export * from './search/index.js';
export * from './time/index.js';
export * from './validation/index.js';
