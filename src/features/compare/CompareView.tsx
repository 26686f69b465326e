/**
 * The comparison: two to six postings side by side. Which postings is read from the URL
 * (`?view=compare&ids=a,b,c`), so back/forward, reload and bookmarks keep it; the store's
 * selection only follows it.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { navigate, useSearch } from '../../app/router';
import { formatMoney } from '../../core/compare/format';
import type { PostingRecord } from '../../persistence/posting-record';
import { useAppStore } from '../../store';
import { MAX_COMPARE } from '../../store/ui-slice';
import { downloadComparisonCsv } from './comparison-csv';
import { buildComparison, SECTION_IDS, type Comparison } from './comparison-model';
import { ComparisonTable } from './ComparisonTable';
import { PresenterMode } from './PresenterMode';

const CompareCharts = lazy(() => import('./CompareCharts'));

function parseIds(param: string | null): string[] {
  const ids = (param ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  return [...new Set(ids)].slice(0, MAX_COMPARE);
}

function names(titles: string[]): string {
  if (titles.length <= 1) return titles.join('');
  return `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`;
}

/** The answers a user came for, in words: best pay, fewest years, best match, gaps. */
function AtAGlance({ comparison }: { comparison: Comparison }) {
  const { salary, experience, columns, matches, bestMatch } = comparison;
  const titles = (indices: number[]) => names(indices.map((i) => columns[i]!.title));
  const currencies = [
    ...new Set(salary.cells.flatMap((c) => c.bands.map((b) => b.yearly.currency))),
  ];
  return (
    <section aria-labelledby="glance-title" className="card p-4">
      <h3 id="glance-title" className="font-semibold">
        At a glance
      </h3>
      <dl className="mt-2 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="muted">Highest pay</dt>
        <dd>
          {salary.best.length > 0 ? (
            <>
              <strong>{titles(salary.best)}</strong>
              {salary.plan.excluded.length > 0 &&
                ` (among pay in ${salary.plan.currency}; ${salary.plan.excluded.join(', ')} not ranked without an exchange rate)`}
            </>
          ) : currencies.length > 1 && !salary.plan.converted ? (
            `Not ranked: pay is in ${names(currencies)}. Add exchange rates to compare them.`
          ) : (
            'Not enough comparable pay to rank.'
          )}
        </dd>
        <dt className="muted">Fewest years required</dt>
        <dd>
          {experience.best.length > 0 ? (
            <>
              <strong>{titles(experience.best)}</strong> (
              {experience.cells[experience.best[0]!]!.years} year
              {experience.cells[experience.best[0]!]!.years === 1 ? '' : 's'})
            </>
          ) : (
            'No difference to rank.'
          )}
        </dd>
        {matches && (
          <>
            <dt className="muted">Best skill match</dt>
            <dd>
              {bestMatch.length > 0 ? (
                <>
                  <strong>{titles(bestMatch)}</strong> ({matches[bestMatch[0]!]!.skills.score}%)
                </>
              ) : (
                'No difference to rank.'
              )}
            </dd>
            <dt className="muted">Skills you lack</dt>
            <dd>
              <ul className="space-y-0.5">
                {columns.map((column, i) => {
                  const m = matches[i]!.skills;
                  const missing = [
                    ...m.missingRequired.map((s) => s.name),
                    ...m.missingPreferred.map((s) => `${s.name} (preferred)`),
                  ];
                  return (
                    <li key={column.id}>
                      <span className="font-medium">{column.title}:</span>{' '}
                      {m.score === null
                        ? 'no skills listed'
                        : missing.length
                          ? missing.join(', ')
                          : 'none'}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

function Legend() {
  return (
    <details className="card group p-3 text-sm print:hidden">
      <summary className="cursor-pointer font-medium">How to read the table</summary>
      <ul className="mt-2 grid gap-1.5 sm:grid-cols-2">
        <li>
          <span className="chip border-emerald-600 bg-emerald-100 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100">
            ★ Highest pay
          </span>{' '}
          the best value of a row (highest yearly midpoint, fewest years).
        </li>
        <li>
          <span className="chip border-amber-400 bg-amber-50 text-amber-900 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100">
            Differs
          </span>{' '}
          the postings do not agree on this row.
        </li>
        <li>
          <span className="chip border-indigo-500 bg-indigo-50 text-indigo-900 dark:border-indigo-400 dark:bg-indigo-950 dark:text-indigo-100">
            All ask
          </span>{' '}
          <span className="chip border-sky-600 bg-sky-50 text-sky-900 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-100">
            2 of 3
          </span>{' '}
          <span className="chip border-amber-500 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100">
            Only one
          </span>{' '}
          how many postings ask for a skill or offer a benefit.
        </li>
        <li>
          <span className="chip border-teal-800 bg-teal-800 text-white dark:border-teal-300 dark:bg-teal-300 dark:text-slate-950">
            Required
          </span>{' '}
          <span className="chip border-dashed border-teal-700 text-teal-900 dark:border-teal-300 dark:text-teal-100">
            Preferred
          </span>{' '}
          what a posting asks for; — means it does not.
        </li>
      </ul>
    </details>
  );
}

function ProfilePrompt({ comparison }: { comparison: Comparison }) {
  const currencies = new Set(
    comparison.salary.cells.flatMap((c) => c.bands.map((b) => b.yearly.currency)),
  );
  const needsRates = currencies.size > 1 && !comparison.salary.plan.converted;
  return (
    <div className="card flex flex-wrap items-center justify-between gap-3 border-teal-200 bg-teal-50 p-4 text-sm dark:border-teal-900 dark:bg-teal-950/60 print:hidden">
      <p>
        {comparison.matches
          ? 'Scores use your profile.'
          : 'Add your skills and target pay to see a match score and the skills each posting asks for that you lack.'}
        {needsRates &&
          ` Pay here is in ${names([...currencies])}: add exchange rates to compare it in one currency.`}
      </p>
      <button type="button" className="btn-secondary" onClick={() => navigate({ view: 'profile' })}>
        {comparison.matches ? 'Edit profile and exchange rates' : 'Set up my profile'}
      </button>
    </div>
  );
}

export default function CompareView() {
  const search = useSearch();
  const idsParam = search.get('ids');
  const ids = useMemo(() => parseIds(idsParam), [idsParam]);
  const records = useAppStore((s) => s.records);
  const loadState = useAppStore((s) => s.loadState);
  const profile = useAppStore((s) => s.profile);
  const exchangeRates = useAppStore((s) => s.exchangeRates);
  const loadProfile = useAppStore((s) => s.loadProfile);
  const setCompare = useAppStore((s) => s.setCompare);
  const [presenting, setPresenting] = useState(false);

  const found = useMemo(
    () =>
      ids.flatMap((id) => {
        const record = records.find((r) => r.id === id);
        return record ? [record] : [];
      }) as PostingRecord[],
    [ids, records],
  );
  const ready = loadState === 'ready';
  const missing = ready ? ids.length - found.length : 0;
  const comparison = useMemo(
    () => buildComparison(found, profile, exchangeRates),
    [found, profile, exchangeRates],
  );
  const sections = useMemo(
    () => SECTION_IDS.filter((id) => id !== 'match' || comparison.matches !== null),
    [comparison.matches],
  );
  const userSkills = useMemo(
    () => new Set(profile.skills.map((s) => s.toLowerCase())),
    [profile.skills],
  );

  useEffect(() => {
    void loadProfile();
  }, [loadProfile]);

  // The library's ticks follow the comparison on screen (the URL is the source of truth).
  const foundKey = found.map((r) => r.id).join(',');
  useEffect(() => {
    if (ready && foundKey) setCompare(foundKey.split(','));
  }, [ready, foundKey, setCompare]);

  const titleKey = comparison.columns.map((c) => c.title).join(' vs ');
  useEffect(() => {
    const previous = document.title;
    if (titleKey) document.title = `Compare: ${titleKey} – Job Compare`;
    return () => {
      document.title = previous;
    };
  }, [titleKey]);

  const back = () => navigate({ view: null, ids: null });

  if (!ready && found.length < ids.length) {
    return (
      <p role="status" className="muted p-8 text-center">
        Loading the comparison…
      </p>
    );
  }

  const missingNotice = missing > 0 && (
    <div
      role="alert"
      className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-amber-400 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50 print:hidden"
    >
      <p>
        {missing === 1
          ? '1 posting in this comparison is no longer in your library (it may have been deleted).'
          : `${missing} postings in this comparison are no longer in your library (they may have been deleted).`}
      </p>
      {found.length >= 2 && (
        <button
          type="button"
          className="btn-secondary"
          onClick={() => navigate({ ids: found.map((r) => r.id).join(',') }, { replace: true })}
        >
          Remove from the link
        </button>
      )}
    </div>
  );

  if (found.length < 2) {
    return (
      <div className="mx-auto flex w-full max-w-2xl flex-col gap-4 p-6">
        <h2 className="text-xl font-semibold">Comparison</h2>
        {missingNotice}
        <p>
          {found.length === 0
            ? 'There is nothing to compare yet. Tick two to six postings in the library, then choose Compare.'
            : 'Only one posting is left to compare. Tick at least one more in the library.'}
        </p>
        <div>
          <button type="button" className="btn-primary" onClick={back}>
            Go to the library
          </button>
        </div>
      </div>
    );
  }

  const target = profile.targetPay;
  return (
    <div className="compare-view mx-auto flex w-full max-w-[1600px] flex-col gap-4 px-3 py-4 sm:px-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex min-w-0 items-center gap-2">
          <button type="button" className="btn-ghost shrink-0 px-2 print:hidden" onClick={back}>
            <span aria-hidden="true">←</span> Library
          </button>
          <h2 className="text-xl font-semibold">
            Comparing {found.length} postings
            <span className="sr-only">: {names(comparison.columns.map((c) => c.title))}</span>
          </h2>
        </div>
        <div
          role="toolbar"
          aria-label="Comparison actions"
          className="flex flex-wrap items-center gap-2 print:hidden"
        >
          <button type="button" className="btn-secondary" onClick={() => setPresenting(true)}>
            Present
          </button>
          <button type="button" className="btn-secondary" onClick={() => window.print()}>
            Print
          </button>
          <button
            type="button"
            className="btn-primary"
            onClick={() => downloadComparisonCsv(comparison)}
          >
            Export CSV
          </button>
        </div>
      </div>
      <p className="print-only hidden text-sm">
        Printed {new Date().toLocaleDateString()} from Job Compare.
        {target && ` Target pay: ${formatMoney(target.amount, target.currency)} / year.`}
      </p>
      {missingNotice}
      <AtAGlance comparison={comparison} />
      <ProfilePrompt comparison={comparison} />
      <Legend />
      <ComparisonTable comparison={comparison} sections={sections} userSkills={userSkills} />
      <section aria-labelledby="charts-title" className="compare-charts flex flex-col gap-3">
        <h3 id="charts-title" className="text-lg font-semibold">
          Charts
        </h3>
        <Suspense
          fallback={
            <p role="status" className="muted text-sm">
              Drawing the charts…
            </p>
          }
        >
          <CompareCharts comparison={comparison} profile={profile} exchangeRates={exchangeRates} />
        </Suspense>
      </section>
      {presenting && (
        <PresenterMode
          comparison={comparison}
          sections={sections}
          userSkills={userSkills}
          onClose={() => setPresenting(false)}
        />
      )}
    </div>
  );
}
