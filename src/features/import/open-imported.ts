import { navigate } from '../../app/router';
import type { ImportSummary } from '../../store/import-slice';

/**
 * After an import: a workshop set of 2 to 6 postings opens straight in the comparison (the
 * participant's "one click"), a larger one as the library filtered on its tag; a single new
 * posting is opened.
 */
export function openImported(summary: ImportSummary): void {
  const w = summary.workshop;
  if (w && w.ids.length >= 2 && w.ids.length <= 6) {
    navigate({ view: 'compare', ids: w.ids.join(','), posting: null }, { keep: false });
  } else if (w?.title) {
    navigate({ tag: w.title, posting: null }, { keep: false });
  } else if (summary.added.length === 1 && summary.issues.length === 0) {
    navigate({ posting: summary.added[0]!.id, view: null });
  }
}
