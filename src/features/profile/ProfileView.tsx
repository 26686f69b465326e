/**
 * My profile: the user's skills, target pay, preferred work mode and place, and their exchange
 * rates. Everything is stored on this device only and used to score postings in the comparison.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { navigate, useSearch } from '../../app/router';
import { listSkillNames, type SkillName } from '../../core/compare/skill-names';
import { WORK_MODES, type WorkMode } from '../../core/model/posting';
import { useAppStore } from '../../store';
import { RatesEditor } from './RatesEditor';
import { SkillPicker } from './SkillPicker';

const WORK_MODE_LABEL: Record<WorkMode, string> = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On-site',
};

const CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'CHF',
  'JPY',
  'INR',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
];

function TargetPay() {
  const target = useAppStore((s) => s.profile.targetPay);
  const update = useAppStore((s) => s.updateProfile);
  const records = useAppStore((s) => s.records);
  const [draft, setDraft] = useState(target ? String(target.amount) : '');
  const [currency, setCurrency] = useState(target?.currency ?? 'USD');
  const amountId = useId();
  const currencyId = useId();
  const seen = useMemo(
    () => records.flatMap((r) => r.parsed.posting.salary.map((b) => b.currency)),
    [records],
  );
  const options = [...new Set([...seen, ...CURRENCIES, currency])];
  const amount = Number(draft.replace(/[\s,]/g, ''));
  const invalid = draft.trim() !== '' && !(amount > 0);

  const commit = (nextCurrency = currency) => {
    if (invalid) return;
    void update({
      targetPay:
        draft.trim() === '' ? null : { amount: Math.round(amount), currency: nextCurrency },
    });
  };

  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={amountId} className="font-medium">
          Target pay per year
        </label>
        <input
          id={amountId}
          inputMode="numeric"
          className="field-input w-44"
          value={draft}
          placeholder="e.g. 120000"
          aria-invalid={invalid || undefined}
          aria-describedby={`${amountId}-hint`}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => commit()}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={currencyId} className="font-medium">
          Currency
        </label>
        <select
          id={currencyId}
          className="field-input w-28"
          value={currency}
          onChange={(e) => {
            setCurrency(e.target.value);
            commit(e.target.value);
          }}
        >
          {options.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <p
        id={`${amountId}-hint`}
        className={`w-full text-xs ${invalid ? 'text-red-800 dark:text-red-300' : 'muted'}`}
      >
        {invalid
          ? 'Enter a yearly amount above 0, digits only.'
          : 'Shown as a line on the salary chart; hourly and daily pay is annualised to compare.'}
      </p>
    </div>
  );
}

function Preferences() {
  const profile = useAppStore((s) => s.profile);
  const update = useAppStore((s) => s.updateProfile);
  const [location, setLocation] = useState(profile.location);
  const locationId = useId();
  return (
    <div className="flex flex-col gap-4">
      <fieldset>
        <legend className="mb-2 font-medium">Preferred work mode</legend>
        <div className="flex flex-wrap gap-2">
          {[null, ...WORK_MODES].map((mode) => (
            <label
              key={mode ?? 'any'}
              className="flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 px-3 py-2 text-sm has-checked:border-teal-700 has-checked:bg-teal-50 dark:border-slate-600 dark:has-checked:border-teal-400 dark:has-checked:bg-teal-950"
            >
              <input
                type="radio"
                name="work-mode"
                className="accent-teal-700"
                checked={profile.workMode === mode}
                onChange={() => void update({ workMode: mode })}
              />
              {mode ? WORK_MODE_LABEL[mode] : 'No preference'}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor={locationId} className="font-medium">
          Where you want to work
        </label>
        <input
          id={locationId}
          className="field-input max-w-sm"
          value={location}
          placeholder="e.g. Portland, Berlin, United Kingdom"
          onChange={(e) => setLocation(e.target.value)}
          onBlur={() => void update({ location: location.trim() })}
          onKeyDown={(e) => e.key === 'Enter' && void update({ location: location.trim() })}
        />
      </div>
    </div>
  );
}

export default function ProfileView() {
  const loaded = useAppStore((s) => s.profileLoaded);
  const loadProfile = useAppStore((s) => s.loadProfile);
  const skills = useAppStore((s) => s.profile.skills);
  const update = useAppStore((s) => s.updateProfile);
  const rates = useAppStore((s) => s.exchangeRates);
  const setRates = useAppStore((s) => s.setExchangeRates);
  const records = useAppStore((s) => s.records);
  const fromCompare = !!useSearch().get('ids');

  useEffect(() => {
    void loadProfile();
  }, [loadProfile]);

  const suggestions = useMemo(() => {
    // Skills the user's own postings ask for come first: they are what the scores use.
    const fromPostings = new Map<string, SkillName>();
    for (const r of records) {
      for (const s of r.edits.skills ?? r.parsed.posting.skills) {
        fromPostings.set(s.name.toLowerCase(), { name: s.name, category: s.category });
      }
    }
    const rest = listSkillNames().filter((s) => !fromPostings.has(s.name.toLowerCase()));
    return [...fromPostings.values(), ...rest];
  }, [records]);
  const seenCurrencies = useMemo(
    () => [...new Set(records.flatMap((r) => r.parsed.posting.salary.map((b) => b.currency)))],
    [records],
  );

  if (!loaded) {
    return (
      <p role="status" className="muted p-8 text-center">
        Loading your profile…
      </p>
    );
  }

  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-5 px-4 py-6">
      <div>
        <button
          type="button"
          className="btn-ghost -ml-2 px-2"
          onClick={() =>
            fromCompare ? navigate({ view: 'compare' }) : navigate({ view: null, ids: null })
          }
        >
          <span aria-hidden="true">←</span>{' '}
          {fromCompare ? 'Back to the comparison' : 'Back to the library'}
        </button>
        <h2 className="mt-2 text-2xl font-semibold">My profile</h2>
        <p className="muted mt-1 text-sm">
          Stored only on this device. The comparison uses it to score each posting and to list the
          skills it asks for that you lack.
        </p>
      </div>
      <section aria-labelledby="profile-skills" className="card flex flex-col gap-3 p-5">
        <h3 id="profile-skills" className="text-lg font-semibold">
          Your skills
        </h3>
        <SkillPicker
          skills={skills}
          suggestions={suggestions}
          onChange={(next) => void update({ skills: next })}
        />
      </section>
      <section aria-labelledby="profile-pay" className="card flex flex-col gap-3 p-5">
        <h3 id="profile-pay" className="text-lg font-semibold">
          Pay and place
        </h3>
        <TargetPay />
        <Preferences />
      </section>
      <section aria-labelledby="profile-rates" className="card flex flex-col gap-3 p-5">
        <h3 id="profile-rates" className="text-lg font-semibold">
          Exchange rates
        </h3>
        <p className="muted text-sm">
          No rates are built in and none are fetched: enter rates you trust (your bank’s, for
          example). Without a rate, pay in different currencies is shown side by side but never
          ranked as if it were the same money.
        </p>
        <RatesEditor rates={rates} seen={seenCurrencies} onChange={(next) => void setRates(next)} />
      </section>
    </div>
  );
}
