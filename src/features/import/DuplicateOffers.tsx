import { mergeDuplicateInto } from '../../store/merge-duplicate';
import { useAppStore } from '../../store';
import { displayTitle } from '../library/effective-posting';

/** Just-imported postings that look like ones already stored: merge or keep both, never silently. */
export function DuplicateOffers() {
  const offers = useAppStore((s) => s.duplicateOffers);
  const records = useAppStore((s) => s.records);
  const dismiss = useAppStore((s) => s.dismissDuplicateOffer);
  const updateRecord = useAppStore((s) => s.updateRecord);
  const deleteRecords = useAppStore((s) => s.deleteRecords);

  const live = offers
    .map((o) => ({
      offer: o,
      fresh: records.find((r) => r.id === o.newId),
      existing: records.find((r) => r.id === o.existingId),
    }))
    .filter((x) => x.fresh && x.existing);
  if (live.length === 0) return null;

  return (
    <section
      aria-label="Possible duplicates"
      className="rounded-xl border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950 dark:border-sky-700 dark:bg-sky-950/60 dark:text-sky-100"
    >
      <h2 className="mb-2 font-semibold">Possible duplicates</h2>
      <ul className="flex flex-col gap-3">
        {live.map(({ offer, fresh, existing }) => (
          <li key={offer.newId} className="flex flex-col gap-2">
            <p>
              “{displayTitle(fresh!)}” from{' '}
              <span className="font-medium">{fresh!.source.name}</span> looks like a posting already
              in your library (from {existing!.source.name}, {Math.round(offer.similarity * 100)}%
              the same text).
            </p>
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                className="btn-primary min-h-8 px-3 py-1"
                aria-label={`Merge “${displayTitle(fresh!)}” from ${fresh!.source.name} into the one already saved`}
                onClick={async () => {
                  dismiss(offer.newId);
                  await updateRecord(existing!.id, mergeDuplicateInto(existing!, fresh!));
                  await deleteRecords([fresh!.id]);
                }}
              >
                Merge
              </button>
              <button
                type="button"
                className="btn-secondary min-h-8 px-3 py-1"
                aria-label={`Keep both copies of “${displayTitle(fresh!)}”`}
                onClick={() => dismiss(offer.newId)}
              >
                Keep both
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
