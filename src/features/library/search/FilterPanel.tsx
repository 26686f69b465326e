import { useId, useMemo, useState } from 'react';
import {
  EMPLOYMENT_TYPES,
  SENIORITIES,
  WORK_MODES,
  type ParsedPosting,
} from '../../../core/model/posting';
import { NO_FILTERS, type LibraryFilters } from '../../../core/search';
import { POSTING_STATUSES } from '../../../persistence/posting-record';
import { EMPLOYMENT_LABEL, SENIORITY_LABEL, WORK_MODE_LABEL } from '../labels';
import { STATUS_LABEL } from '../OrganisePanel';

interface Props {
  filters: LibraryFilters;
  onChange: (filters: LibraryFilters) => void;
  /** What the library holds, to offer only values that can match. */
  postings: readonly { posting: ParsedPosting; tags: readonly string[] }[];
}

export function countActiveFilters(f: LibraryFilters): number {
  return (
    (f.minPay ? 1 : 0) +
    f.workModes.length +
    f.employmentTypes.length +
    f.seniorities.length +
    f.statuses.length +
    f.skills.length +
    f.tags.length
  );
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

interface CheckGroupProps<T extends string> {
  legend: string;
  options: readonly T[];
  selected: readonly T[];
  label: (value: T) => string;
  onChange: (next: T[]) => void;
}

function CheckGroup<T extends string>({
  legend,
  options,
  selected,
  label,
  onChange,
}: CheckGroupProps<T>) {
  if (options.length === 0) return null;
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-xs font-semibold tracking-wide uppercase">{legend}</legend>
      {options.map((value) => (
        <label key={value} className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="h-4 w-4 accent-teal-700"
            checked={selected.includes(value)}
            onChange={() => onChange(toggle(selected, value))}
          />
          {label(value)}
        </label>
      ))}
    </fieldset>
  );
}

/** Filters over the whole library; every choice lands in the URL. */
export function FilterPanel({ filters, onChange, postings }: Props) {
  const ids = useId();
  const [skillDraft, setSkillDraft] = useState('');
  const present = useMemo(() => {
    const currencies = new Map<string, number>();
    const skills = new Set<string>();
    const tags = new Set<string>();
    const seniorities = new Set<string>();
    for (const { posting, tags: t } of postings) {
      for (const b of posting.salary)
        currencies.set(b.currency, (currencies.get(b.currency) ?? 0) + 1);
      for (const s of posting.skills) skills.add(s.name);
      for (const tag of t) tags.add(tag);
      if (posting.seniority) seniorities.add(posting.seniority.value);
    }
    return {
      currencies: [...currencies.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c),
      skills: [...skills].sort((a, b) => a.localeCompare(b)),
      tags: [...tags].sort((a, b) => a.localeCompare(b)),
      seniorities: SENIORITIES.filter((s) => seniorities.has(s) || filters.seniorities.includes(s)),
    };
  }, [postings, filters.seniorities]);

  const set = (patch: Partial<LibraryFilters>) => onChange({ ...filters, ...patch });
  const currency = filters.minPay?.currency ?? present.currencies[0] ?? 'USD';
  const addSkill = () => {
    const name = skillDraft.trim();
    setSkillDraft('');
    if (!name) return;
    const canonical = present.skills.find((s) => s.toLowerCase() === name.toLowerCase()) ?? name;
    if (!filters.skills.includes(canonical)) set({ skills: [...filters.skills, canonical] });
  };

  return (
    <div className="flex flex-col gap-4 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <div className="flex flex-col gap-1">
        <span id={`${ids}-pay`} className="text-xs font-semibold tracking-wide uppercase">
          Minimum pay per year
        </span>
        <div className="flex gap-2" role="group" aria-labelledby={`${ids}-pay`}>
          <input
            className="field-input w-32"
            inputMode="numeric"
            aria-label="Minimum yearly pay"
            placeholder="e.g. 80000"
            value={filters.minPay ? String(filters.minPay.amount) : ''}
            onChange={(e) => {
              const digits = e.target.value.replace(/[^\d]/g, '');
              set({ minPay: digits ? { amount: Number(digits), currency } : null });
            }}
          />
          <select
            className="field-input w-24"
            aria-label="Currency of the minimum pay"
            value={currency}
            onChange={(e) =>
              set({
                minPay: filters.minPay
                  ? { amount: filters.minPay.amount, currency: e.target.value }
                  : null,
              })
            }
          >
            {(present.currencies.length ? present.currencies : ['USD']).map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
        <p className="muted text-xs">
          Hourly, daily and monthly pay is annualised (2,080 h, 260 days, 12 months). Postings
          without pay in that currency are hidden.
        </p>
      </div>
      <div className="grid grid-cols-2 gap-4">
        <CheckGroup
          legend="Work mode"
          options={WORK_MODES}
          selected={filters.workModes}
          label={(v) => WORK_MODE_LABEL[v]}
          onChange={(workModes) => set({ workModes })}
        />
        <CheckGroup
          legend="Employment"
          options={EMPLOYMENT_TYPES}
          selected={filters.employmentTypes}
          label={(v) => EMPLOYMENT_LABEL[v]}
          onChange={(employmentTypes) => set({ employmentTypes })}
        />
        <CheckGroup
          legend="Seniority"
          options={present.seniorities}
          selected={filters.seniorities}
          label={(v) => SENIORITY_LABEL[v]}
          onChange={(seniorities) => set({ seniorities })}
        />
        <CheckGroup
          legend="Status"
          options={POSTING_STATUSES}
          selected={filters.statuses as (typeof POSTING_STATUSES)[number][]}
          label={(v) => STATUS_LABEL[v]}
          onChange={(statuses) => set({ statuses })}
        />
      </div>
      <CheckGroup
        legend="Tags"
        options={present.tags}
        selected={filters.tags}
        label={(v) => v}
        onChange={(tags) => set({ tags })}
      />
      <div className="flex flex-col gap-2">
        <label htmlFor={`${ids}-skill`} className="text-xs font-semibold tracking-wide uppercase">
          Required skills
        </label>
        {filters.skills.length > 0 && (
          <ul className="flex flex-wrap gap-1.5" aria-label="Skills filtered on">
            {filters.skills.map((s) => (
              <li
                key={s}
                className="chip border-teal-300 text-teal-900 dark:border-teal-700 dark:text-teal-100"
              >
                {s}
                <button
                  type="button"
                  aria-label={`Remove skill filter ${s}`}
                  onClick={() => set({ skills: filters.skills.filter((x) => x !== s) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="flex gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            addSkill();
          }}
        >
          <input
            id={`${ids}-skill`}
            className="field-input"
            list={`${ids}-skills`}
            placeholder="e.g. Python"
            value={skillDraft}
            onChange={(e) => setSkillDraft(e.target.value)}
          />
          <datalist id={`${ids}-skills`}>
            {present.skills.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          <button
            type="submit"
            className="btn-secondary min-h-9 px-3 py-1"
            disabled={!skillDraft.trim()}
          >
            Add
          </button>
        </form>
      </div>
      {countActiveFilters(filters) > 0 && (
        <div>
          <button
            type="button"
            className="btn-ghost min-h-8 px-2 py-1 text-sm"
            onClick={() => onChange(NO_FILTERS)}
          >
            Clear all filters
          </button>
        </div>
      )}
    </div>
  );
}
