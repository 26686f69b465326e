/** Storage names and the schema version: the one place they are defined. */

export const DB_NAME = 'job-compare';

/**
 * The IndexedDB schema version. Each bump adds one named, tested upgrade in schema.ts.
 * 1: postings(id, createdAt) holding { name, sourceText, parsed } (legacy, used only by migrations)
 * 2: source bytes, content hash, user edits, organising fields; settings table.
 */
export const SCHEMA_VERSION = 2;

export const TABLE_POSTINGS = 'postings';
export const TABLE_SETTINGS = 'settings';

/** localStorage key for the theme, read before first paint by public/theme-init.js. */
export const THEME_KEY = 'jc-theme';

/** Settings keys (the settings table holds small values under these names). */
export const SETTING_PROFILE = 'profile';
export const SETTING_EXCHANGE_RATES = 'exchangeRates';
