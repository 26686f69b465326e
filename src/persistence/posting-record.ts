import type { PostingEdits } from '../core/model/edits';
import type { ParsedPosting, SourceFormat } from '../core/model/posting';

export const POSTING_STATUSES = ['saved', 'applied', 'interviewing', 'offer', 'rejected'] as const;
export type PostingStatus = (typeof POSTING_STATUSES)[number];

/** The original input, kept so a posting can be re-parsed when the parser improves. */
export interface PostingSource {
  /** File name, or "Pasted text". */
  name: string;
  /** MIME type as the browser reported it ('' when unknown). */
  type: string;
  bytes: Uint8Array;
  /** Which posting of the input this is (a JSON file may hold several). */
  index: number;
}

export interface ParsedSnapshot {
  format: SourceFormat;
  /** Cleaned text; evidence spans point into it. */
  text: string;
  posting: ParsedPosting;
  warnings: string[];
  parserVersion: number;
}

/** One stored posting (schema version 2). */
export interface PostingRecord {
  id: string;
  createdAt: number;
  updatedAt: number;
  /** SHA-256 of the source bytes + index: the same content imported twice is detected. */
  contentHash: string;
  source: PostingSource;
  parsed: ParsedSnapshot;
  edits: PostingEdits;
  status: PostingStatus;
  tags: string[];
  notes: string;
  /** 1-5 stars, null when not rated. */
  rating: number | null;
  /** Set when loaded from the built-in samples. */
  sample?: boolean;
}
