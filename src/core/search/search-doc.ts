import type { ParsedPosting } from '../model/posting';
import type { SearchDoc } from './types';

/**
 * The searchable view of a posting. Pass the posting as the user sees it (edits applied), so
 * a corrected title is what search finds.
 * @example toSearchDoc({ id: r.id, posting: effectivePosting(r), text: r.parsed.text, fallbackTitle: r.source.name })
 */
export function toSearchDoc(input: {
  id: string;
  posting: ParsedPosting;
  text: string;
  /** Shown and searched when the posting has no title (usually the file name). */
  fallbackTitle?: string;
}): SearchDoc {
  const { posting } = input;
  return {
    id: input.id,
    title: posting.title?.value ?? input.fallbackTitle ?? '',
    company: posting.company?.value ?? '',
    locations: posting.locations.map((l) => l.value),
    skills: posting.skills.map((s) => s.name),
    text: input.text,
  };
}
