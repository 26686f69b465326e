/**
 * Small checks shared by the file formats (workshop sets here, backups in persistence): each
 * returns an error sentence naming the field, or null. Files are untrusted input.
 */
import type { SourceFormat } from '../model/posting';
import { decodeBase64 } from './base64';

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const SOURCE_FORMATS = [
  'text',
  'markdown',
  'html',
  'json',
  'pdf',
  'docx',
] as const satisfies readonly SourceFormat[];

export function expectString(o: Obj, key: string, where: string): string | null {
  return typeof o[key] === 'string' ? null : `${where}: "${key}" must be text`;
}

export function expectNumber(o: Obj, key: string, where: string): string | null {
  const v = o[key];
  return typeof v === 'number' && Number.isFinite(v) ? null : `${where}: "${key}" must be a number`;
}

export function expectStringList(o: Obj, key: string, where: string): string | null {
  const v = o[key];
  return Array.isArray(v) && v.every((x) => typeof x === 'string')
    ? null
    : `${where}: "${key}" must be a list of texts`;
}

export function expectObject(o: Obj, key: string, where: string): string | null {
  return isObj(o[key]) ? null : `${where}: "${key}" is missing or not an object`;
}

/** The first error of a list of checks, run in order (later checks may assume earlier ones). */
export function firstError(...checks: (() => string | null)[]): string | null {
  for (const check of checks) {
    const error = check();
    if (error) return error;
  }
  return null;
}

/** A stored source: { name, type, index, bytes (base64) }. Returns the bytes or an error. */
export function readSource(
  v: unknown,
  where: string,
):
  | { ok: true; name: string; type: string; index: number; bytes: Uint8Array }
  | { ok: false; error: string } {
  if (!isObj(v)) return { ok: false, error: `${where}: "source" is missing or not an object` };
  const here = `${where}, source`;
  const error = firstError(
    () => expectString(v, 'name', here),
    () => expectString(v, 'type', here),
    () =>
      Number.isInteger(v.index) && (v.index as number) >= 0
        ? null
        : `${here}: "index" must be a whole number`,
    () => expectString(v, 'bytes', here),
  );
  if (error) return { ok: false, error };
  const bytes = decodeBase64(v.bytes as string);
  if (!bytes) return { ok: false, error: `${here}: "bytes" is not valid base64` };
  return {
    ok: true,
    name: v.name as string,
    type: v.type as string,
    index: v.index as number,
    bytes,
  };
}

/** A parse snapshot: { format, text, posting, warnings, parserVersion }. */
export function checkParsed(v: unknown, where: string): string | null {
  if (!isObj(v)) return `${where}: "parsed" is missing or not an object`;
  const here = `${where}, parsed`;
  return firstError(
    () =>
      (SOURCE_FORMATS as readonly unknown[]).includes(v.format)
        ? null
        : `${here}: "format" must be one of ${SOURCE_FORMATS.join(', ')}`,
    () => expectString(v, 'text', here),
    () => expectObject(v, 'posting', here),
    () => expectStringList(v, 'warnings', here),
    () => expectNumber(v, 'parserVersion', here),
  );
}
