/**
 * Small inline editors for correcting extracted fields. Each calls onSave with the corrected
 * value (null = "the posting does not say") or onCancel; validation messages are inline.
 */
import { useId, useState, type ReactNode } from 'react';
import type { EditedBand } from '../../../core/model/edits';
import { PAY_PERIODS, type PayPeriod } from '../../../core/model/posting';

interface EditorShellProps {
  label: string;
  error?: string | null;
  onCancel: () => void;
  children: ReactNode;
  onSubmit: () => void;
}

function EditorShell({ label, error, onCancel, onSubmit, children }: EditorShellProps) {
  const errorId = useId();
  return (
    <form
      aria-label={`Edit ${label}`}
      aria-describedby={error ? errorId : undefined}
      className="flex w-full flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      {children}
      {error && (
        <p id={errorId} role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <button type="submit" className="btn-primary min-h-8 px-3 py-1">
          Save
        </button>
        <button type="button" className="btn-secondary min-h-8 px-3 py-1" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface Props<T> {
  label: string;
  value: T;
  onSave: (value: T) => void;
  onCancel: () => void;
}

export function TextEditor({ label, value, onSave, onCancel }: Props<string | null>) {
  const [text, setText] = useState(value ?? '');
  return (
    <EditorShell label={label} onCancel={onCancel} onSubmit={() => onSave(text.trim() || null)}>
      <input
        className="field-input"
        aria-label={label}
        value={text}
        autoFocus
        onChange={(e) => setText(e.target.value)}
      />
    </EditorShell>
  );
}

export function ListEditor({ label, value, onSave, onCancel }: Props<string[]>) {
  const [text, setText] = useState(value.join('\n'));
  return (
    <EditorShell
      label={label}
      onCancel={onCancel}
      onSubmit={() =>
        onSave(
          text
            .split(/\n|;/)
            .map((s) => s.trim())
            .filter(Boolean),
        )
      }
    >
      <textarea
        className="field-input"
        aria-label={`${label}, one per line`}
        rows={Math.max(2, value.length + 1)}
        value={text}
        autoFocus
        onChange={(e) => setText(e.target.value)}
      />
    </EditorShell>
  );
}

export function SelectEditor<T extends string>({
  label,
  value,
  options,
  onSave,
  onCancel,
}: Props<T | null> & { options: Record<T, string> }) {
  const [choice, setChoice] = useState<string>(value ?? '');
  return (
    <EditorShell
      label={label}
      onCancel={onCancel}
      onSubmit={() => onSave(choice === '' ? null : (choice as T))}
    >
      <select
        className="field-input"
        aria-label={label}
        value={choice}
        autoFocus
        onChange={(e) => setChoice(e.target.value)}
      >
        <option value="">Not stated</option>
        {(Object.entries(options) as [T, string][]).map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </EditorShell>
  );
}

export function YearsEditor({ label, value, onSave, onCancel }: Props<number | null>) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  return (
    <EditorShell
      label={label}
      error={error}
      onCancel={onCancel}
      onSubmit={() => {
        if (text.trim() === '') return onSave(null);
        const years = Number(text.replace(',', '.'));
        if (!Number.isFinite(years) || years < 0 || years > 60) {
          setError('Enter a number of years between 0 and 60, or leave it empty.');
          return;
        }
        onSave(years);
      }}
    >
      <input
        className="field-input w-32"
        aria-label={`${label} (minimum years)`}
        inputMode="decimal"
        value={text}
        autoFocus
        onChange={(e) => setText(e.target.value)}
      />
    </EditorShell>
  );
}

interface BandDraft {
  min: string;
  max: string;
  currency: string;
  period: PayPeriod;
  label: string;
}

const toDraft = (b: EditedBand): BandDraft => ({
  min: b.min === null ? '' : String(b.min),
  max: b.max === null ? '' : String(b.max),
  currency: b.currency,
  period: b.period,
  label: b.label ?? '',
});

function parseAmount(text: string): number | null | 'invalid' {
  const t = text.replace(/[\s,]/g, '');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 ? n : 'invalid';
}

export function SalaryEditor({ label, value, onSave, onCancel }: Props<EditedBand[]>) {
  const [bands, setBands] = useState<BandDraft[]>(
    value.length > 0
      ? value.map(toDraft)
      : [{ min: '', max: '', currency: 'USD', period: 'year', label: '' }],
  );
  const [error, setError] = useState<string | null>(null);
  const update = (i: number, patch: Partial<BandDraft>) =>
    setBands((list) => list.map((b, j) => (j === i ? { ...b, ...patch } : b)));

  const submit = () => {
    const out: EditedBand[] = [];
    for (const [i, b] of bands.entries()) {
      const min = parseAmount(b.min);
      const max = parseAmount(b.max);
      const n = bands.length > 1 ? ` in band ${i + 1}` : '';
      if (min === 'invalid' || max === 'invalid') return setError(`Amounts must be numbers${n}.`);
      if (min === null && max === null) continue;
      if (min !== null && max !== null && min > max) {
        return setError(`The minimum is above the maximum${n}.`);
      }
      if (!/^[A-Za-z]{3}$/.test(b.currency.trim())) {
        return setError(`Use a three-letter currency code such as USD or EUR${n}.`);
      }
      out.push({
        min,
        max,
        currency: b.currency.trim().toUpperCase(),
        period: b.period,
        label: b.label.trim() || null,
      });
    }
    onSave(out);
  };

  return (
    <EditorShell label={label} error={error} onCancel={onCancel} onSubmit={submit}>
      {bands.map((b, i) => (
        <fieldset
          key={i}
          className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 p-2 dark:border-slate-700"
        >
          <legend className="muted px-1 text-xs">Band {i + 1}</legend>
          <label className="flex flex-col text-xs">
            Minimum
            <input
              className="field-input w-28"
              inputMode="decimal"
              value={b.min}
              onChange={(e) => update(i, { min: e.target.value })}
            />
          </label>
          <label className="flex flex-col text-xs">
            Maximum
            <input
              className="field-input w-28"
              inputMode="decimal"
              value={b.max}
              onChange={(e) => update(i, { max: e.target.value })}
            />
          </label>
          <label className="flex flex-col text-xs">
            Currency
            <input
              className="field-input w-20 uppercase"
              maxLength={3}
              value={b.currency}
              onChange={(e) => update(i, { currency: e.target.value })}
            />
          </label>
          <label className="flex flex-col text-xs">
            Per
            <select
              className="field-input w-28"
              value={b.period}
              onChange={(e) => update(i, { period: e.target.value as PayPeriod })}
            >
              {PAY_PERIODS.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col text-xs">
            Label (optional)
            <input
              className="field-input w-36"
              value={b.label}
              onChange={(e) => update(i, { label: e.target.value })}
            />
          </label>
          <button
            type="button"
            className="btn-ghost min-h-8 px-2 py-1 text-xs"
            aria-label={`Remove band ${i + 1}`}
            onClick={() => setBands((list) => list.filter((_, j) => j !== i))}
          >
            Remove
          </button>
        </fieldset>
      ))}
      <div>
        <button
          type="button"
          className="btn-ghost min-h-8 px-2 py-1 text-xs"
          onClick={() =>
            setBands((list) => [
              ...list,
              {
                min: '',
                max: '',
                currency: list.at(-1)?.currency ?? 'USD',
                period: list.at(-1)?.period ?? 'year',
                label: '',
              },
            ])
          }
        >
          + Add a band
        </button>
      </div>
    </EditorShell>
  );
}
