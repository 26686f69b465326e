/**
 * Merging a near-duplicate into the posting already stored: the user's organisation of both is
 * kept (tags, notes, rating, the further-along status), and facts the stored copy lacks are
 * filled from the other copy as corrections the user can reset.
 */
import { EDITABLE_FIELDS, applyEdits, type PostingEdits } from '../core/model/edits';
import type { ParsedPosting } from '../core/model/posting';
import type { PostingRecord } from '../persistence/posting-record';
import type { RecordPatch } from './merge-concurrent';

const STATUS_ORDER = ['saved', 'applied', 'interviewing', 'offer', 'rejected'];

function plainValue(p: ParsedPosting, field: (typeof EDITABLE_FIELDS)[number]): unknown {
  switch (field) {
    case 'title':
    case 'company':
    case 'workMode':
    case 'employmentType':
    case 'seniority':
    case 'yearsExperienceMin':
      return p[field]?.value ?? null;
    case 'locations':
      return p.locations.map((l) => l.value);
    case 'salary':
      return p.salary.map(({ min, max, currency, period, label }) => ({
        min,
        max,
        currency,
        period,
        label,
      }));
    case 'skills':
      return p.skills.map(({ name, category, required }) => ({ name, category, required }));
    case 'benefits':
      return p.benefits.map((b) => b.key);
  }
}

const isEmpty = (v: unknown) => v === null || (Array.isArray(v) && v.length === 0);

/** The patch that folds `duplicate` into `kept`. */
export function mergeDuplicateInto(kept: PostingRecord, duplicate: PostingRecord): RecordPatch {
  const keptView = applyEdits(kept.parsed.posting, kept.edits);
  const dupView = applyEdits(duplicate.parsed.posting, duplicate.edits);
  const edits: PostingEdits = { ...kept.edits };
  for (const field of EDITABLE_FIELDS) {
    const mine = plainValue(keptView, field);
    const theirs = plainValue(dupView, field);
    if (isEmpty(mine) && !isEmpty(theirs)) (edits as Record<string, unknown>)[field] = theirs;
  }
  const also = `Also posted as: ${duplicate.source.name}`;
  const notes = [kept.notes, duplicate.notes, also].filter((n) => n.trim() !== '').join('\n');
  const status =
    STATUS_ORDER.indexOf(duplicate.status) > STATUS_ORDER.indexOf(kept.status)
      ? duplicate.status
      : kept.status;
  const rating =
    kept.rating === null ? duplicate.rating : Math.max(kept.rating, duplicate.rating ?? 0);
  return {
    edits,
    notes,
    status,
    rating,
    tags: [...new Set([...kept.tags, ...duplicate.tags])],
  };
}
