/**
 * The whole job of the worker, as a function: so the app can run the same call on the main
 * thread when a worker cannot start (the style guide's fallback), and tests can call it.
 */
import { parsePostingFile } from '../core/parse-posting';
import type { ReaderEngines } from '../core/model/document';
import { hashBytes } from './hash';
import type { ParseRequest, ParseResponse } from './protocol';

export async function handleParseRequest(
  request: ParseRequest,
  engines: ReaderEngines,
): Promise<ParseResponse> {
  try {
    const [results, hash] = await Promise.all([
      parsePostingFile(request.input, engines),
      hashBytes(request.input.bytes),
    ]);
    return { type: 'parsed', id: request.id, results, hash };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    return { type: 'failed', id: request.id, error };
  }
}
