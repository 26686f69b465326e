/** Public API of near-duplicate detection. Pure. */
export {
  findNearDuplicates,
  jaccard,
  NEAR_DUPLICATE_THRESHOLD,
  normaliseName,
  shingles,
  textSimilarity,
} from './find-near-duplicates';
export type { DedupeDoc, NearDuplicate } from './find-near-duplicates';
