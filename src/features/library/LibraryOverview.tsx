import { useMemo } from 'react';
import type { PostingRecord } from '../../persistence/posting-record';
import { effectivePosting } from './effective-posting';
import { WORK_MODE_LABEL } from './labels';

function countBy<T extends string>(values: (T | null | undefined)[]): [T, number][] {
  const counts = new Map<T, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

/** What the (filtered) library holds, at a glance, before a posting is chosen. */
export function LibraryOverview({ records }: { records: PostingRecord[] }) {
  const { withPay, currencies, modes, skills } = useMemo(() => {
    const postings = records.map(effectivePosting);
    return {
      withPay: postings.filter((p) => p.salary.length > 0).length,
      currencies: countBy(postings.map((p) => p.salary[0]?.currency)),
      modes: countBy(postings.map((p) => p.workMode?.value)),
      skills: countBy(postings.flatMap((p) => p.skills.map((s) => s.name))).slice(0, 8),
    };
  }, [records]);
  return (
    <section aria-labelledby="overview-heading" className="flex flex-col gap-5 py-4">
      <div>
        <h2 id="overview-heading" className="text-xl font-semibold">
          {records.length} posting{records.length === 1 ? '' : 's'} at a glance
        </h2>
        <p className="muted mt-1 text-sm">
          Select a posting to see its details and where each value was found, or tick 2 to 6 and
          choose Compare to see them side by side.
        </p>
      </div>
      <dl className="grid gap-3 sm:grid-cols-3">
        <div className="card p-4">
          <dt className="muted text-xs font-semibold tracking-wide uppercase">Pay stated</dt>
          <dd className="mt-1 text-2xl font-semibold">
            {withPay} <span className="muted text-sm font-normal">of {records.length}</span>
          </dd>
          {currencies.length > 0 && (
            <dd className="muted mt-1 text-xs">
              {currencies.map(([c, n]) => `${n} in ${c}`).join(', ')}
            </dd>
          )}
        </div>
        <div className="card p-4">
          <dt className="muted text-xs font-semibold tracking-wide uppercase">Work mode</dt>
          <dd className="mt-1 text-sm">
            {modes.length === 0
              ? 'Not stated'
              : modes.map(([m, n]) => `${n} ${WORK_MODE_LABEL[m].toLowerCase()}`).join(', ')}
          </dd>
        </div>
        <div className="card p-4">
          <dt className="muted text-xs font-semibold tracking-wide uppercase">Most asked skills</dt>
          <dd className="mt-1 text-sm">
            {skills.length === 0
              ? 'None recognised'
              : skills.map(([s, n]) => `${s} (${n})`).join(', ')}
          </dd>
        </div>
      </dl>
    </section>
  );
}
