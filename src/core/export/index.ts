/** Public API of the export formats. Pure: each returns text or objects; the UI saves files. */
export { decodeBase64, encodeBase64 } from './base64';
export { LIBRARY_CSV_HEADER, libraryToCsv } from './library-csv';
export type { CsvRow } from './library-csv';
export { postingToJsonLd, postingsToJsonLd } from './json-ld';
export type { JsonLdInput, JsonLdObject } from './json-ld';
export {
  createWorkshopSet,
  parseWorkshopSet,
  WORKSHOP_SET_FORMAT,
  WORKSHOP_SET_VERSION,
} from './workshop-set';
export type { ParseWorkshopSetResult, WorkshopPostingInput, WorkshopSet } from './workshop-set';
