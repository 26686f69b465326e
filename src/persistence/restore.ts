/**
 * Everything loaded (from the database or a backup file) passes through here: validate, fill
 * defaults for older shapes, reject what cannot be trusted. Nothing unchecked reaches the UI.
 */
import { emptyPosting, type ParsedPosting } from '../core/model/posting';
import type { PostingEdits } from '../core/model/edits';
import { POSTING_STATUSES, type PostingRecord, type PostingStatus } from './posting-record';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const num = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;

function toBytes(v: unknown): Uint8Array | null {
  if (v instanceof Uint8Array) return v;
  if (v instanceof ArrayBuffer) return new Uint8Array(v);
  if (Array.isArray(v) && v.every((n) => typeof n === 'number')) return Uint8Array.from(v);
  return null;
}

/** Fills missing fields of a stored parsed posting (older parser output) with "not stated". */
function restoreParsedPosting(v: unknown): ParsedPosting {
  const base = emptyPosting();
  if (!isObj(v)) return base;
  const out = { ...base } as Record<string, unknown>;
  for (const key of Object.keys(base) as (keyof ParsedPosting)[]) {
    const value = v[key];
    const fallback = base[key];
    if (Array.isArray(fallback)) out[key] = Array.isArray(value) ? value : [];
    else out[key] = isObj(value) && 'value' in value ? value : null;
  }
  return out as unknown as ParsedPosting;
}

export type RestoreResult = { ok: true; record: PostingRecord } | { ok: false; error: string };

/** Validates one stored or imported posting record. */
export function restorePosting(raw: unknown): RestoreResult {
  if (!isObj(raw)) return { ok: false, error: 'not an object' };
  const id = raw.id;
  if (typeof id !== 'string' || id === '') return { ok: false, error: 'missing id' };
  if (!isObj(raw.source)) return { ok: false, error: `posting ${id}: missing source` };
  const bytes = toBytes(raw.source.bytes);
  if (!bytes) return { ok: false, error: `posting ${id}: source bytes missing or of wrong type` };
  const parsed = isObj(raw.parsed) ? raw.parsed : {};
  const createdAt = num(raw.createdAt, Date.now());
  const status = POSTING_STATUSES.includes(raw.status as PostingStatus)
    ? (raw.status as PostingStatus)
    : 'saved';
  const rating = typeof raw.rating === 'number' && raw.rating >= 1 && raw.rating <= 5;
  const record: PostingRecord = {
    id,
    createdAt,
    updatedAt: num(raw.updatedAt, createdAt),
    contentHash: str(raw.contentHash),
    source: {
      name: str(raw.source.name, 'Untitled'),
      type: str(raw.source.type),
      bytes,
      index: num(raw.source.index, 0),
    },
    parsed: {
      format: (str(parsed.format, 'text') as PostingRecord['parsed']['format']) ?? 'text',
      text: str(parsed.text),
      posting: restoreParsedPosting(parsed.posting),
      warnings: Array.isArray(parsed.warnings)
        ? parsed.warnings.filter((w) => typeof w === 'string')
        : [],
      // A record whose parse could not be trusted gets version 0: it is re-parsed on load.
      parserVersion: isObj(parsed.posting) ? num(parsed.parserVersion, 0) : 0,
    },
    edits: isObj(raw.edits) ? (raw.edits as PostingEdits) : {},
    status,
    tags: Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string') : [],
    notes: str(raw.notes),
    rating: rating ? (raw.rating as number) : null,
    ...(raw.sample === true ? { sample: true } : {}),
  };
  return { ok: true, record };
}
