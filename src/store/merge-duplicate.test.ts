import { describe, expect, it } from 'vitest';
import { emptyPosting } from '../core/model/posting';
import type { PostingRecord } from '../persistence/posting-record';
import { mergeDuplicateInto } from './merge-duplicate';

const base = (id: string, patch: Partial<PostingRecord>): PostingRecord => ({
  id,
  createdAt: 1,
  updatedAt: 1,
  contentHash: id,
  source: { name: `${id}.txt`, type: '', bytes: new Uint8Array(), index: 0 },
  parsed: { format: 'text', text: '', posting: emptyPosting(), warnings: [], parserVersion: 1 },
  edits: {},
  status: 'saved',
  tags: [],
  notes: '',
  rating: null,
  ...patch,
});

describe('mergeDuplicateInto', () => {
  it('keeps both organisations and fills only the gaps of the kept posting', () => {
    const kept = base('a', {
      status: 'applied',
      tags: ['shortlist'],
      notes: 'Recruiter: Ana',
      rating: 3,
      parsed: {
        format: 'text',
        text: '',
        posting: { ...emptyPosting(), title: { value: 'Nurse', spans: [] } },
        warnings: [],
        parserVersion: 1,
      },
    });
    const dup = base('b', {
      tags: ['indeed', 'shortlist'],
      rating: 5,
      parsed: {
        format: 'text',
        text: '',
        posting: {
          ...emptyPosting(),
          title: { value: 'Nurse (nights)', spans: [] },
          salary: [{ min: 50, max: 60, currency: 'USD', period: 'hour', label: null, spans: [] }],
        },
        warnings: [],
        parserVersion: 1,
      },
    });
    const patch = mergeDuplicateInto(kept, dup);
    expect(patch.status).toBe('applied');
    expect(patch.rating).toBe(5);
    expect(patch.tags).toEqual(['shortlist', 'indeed']);
    expect(patch.notes).toBe('Recruiter: Ana\nAlso posted as: b.txt');
    // The kept title stays; the missing salary comes from the other copy, as a correction.
    expect(patch.edits?.title).toBeUndefined();
    expect(patch.edits?.salary).toEqual([
      { min: 50, max: 60, currency: 'USD', period: 'hour', label: null },
    ]);
  });
});
