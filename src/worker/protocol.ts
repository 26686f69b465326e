/** The typed messages between the app and the parse worker. */
import type { SourceInput } from '../core/model/document';
import type { ParseResult } from '../core/model/posting';

export interface ParseRequest {
  type: 'parse';
  id: number;
  input: SourceInput;
}

export type ParseResponse =
  | { type: 'parsed'; id: number; results: ParseResult[]; hash: string }
  | { type: 'failed'; id: number; error: string };
