import { useId, useState } from 'react';
import type { ExchangeRates } from '../../core/compare/convert-currency';

interface Props {
  rates: ExchangeRates;
  /** Currencies the user's postings use, offered first. */
  seen: string[];
  onChange: (rates: ExchangeRates) => void;
}

const COMMON = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'JPY', 'INR', 'SEK', 'NOK', 'DKK', 'PLN'];

function RateInput({
  code,
  target,
  value,
  onCommit,
}: {
  code: string;
  target: string;
  value: number | undefined;
  onCommit: (rate: number | null) => void;
}) {
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  const id = useId();
  const invalid = draft.trim() !== '' && !(Number(draft) > 0);
  const commit = () => {
    const n = Number(draft.replace(',', '.'));
    onCommit(draft.trim() === '' ? null : n > 0 && Number.isFinite(n) ? n : null);
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="w-28 font-medium">
        1 {code} =
      </label>
      <input
        id={id}
        inputMode="decimal"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
        aria-invalid={invalid || undefined}
        className="field-input w-32"
        placeholder="rate"
      />
      <span>{target}</span>
      {invalid && (
        <span className="text-sm text-red-800 dark:text-red-300">Enter a number above 0.</span>
      )}
    </div>
  );
}

/**
 * Exchange rates the user types in. None are built in and none are fetched: without a rate,
 * pay in another currency is never compared as if it were the same money.
 */
export function RatesEditor({ rates, seen, onChange }: Props) {
  const targetId = useId();
  const codes = [...new Set([...seen, ...Object.keys(rates.rates)])].filter(
    (c) => c !== rates.target,
  );
  const options = [...new Set([...seen, ...COMMON, ...(rates.target ? [rates.target] : [])])];
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={targetId} className="font-medium">
          Show all pay in
        </label>
        <select
          id={targetId}
          className="field-input w-auto"
          value={rates.target}
          onChange={(e) =>
            onChange({ target: e.target.value, rates: e.target.value ? rates.rates : {} })
          }
        >
          <option value="">Each posting’s own currency (no conversion)</option>
          {options.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      {rates.target && (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-2 text-sm">
            Your rates into {rates.target}. Leave one empty and pay in that currency is not
            converted.
          </legend>
          {codes.length === 0 && (
            <p className="muted text-sm">All your postings already pay in {rates.target}.</p>
          )}
          {codes.map((code) => (
            <RateInput
              key={`${rates.target}-${code}`}
              code={code}
              target={rates.target}
              value={rates.rates[code]}
              onCommit={(rate) => {
                const next = { ...rates.rates };
                if (rate === null) delete next[code];
                else next[code] = rate;
                onChange({ target: rates.target, rates: next });
              }}
            />
          ))}
        </fieldset>
      )}
    </div>
  );
}
