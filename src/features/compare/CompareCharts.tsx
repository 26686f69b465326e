/**
 * Charts for the comparison, loaded only with it (Recharts is the largest part of this chunk).
 * Each chart is a labelled image with a text alternative that carries the same numbers.
 */
import { useEffect, useId, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { convertBetween, type ExchangeRates } from '../../core/compare/convert-currency';
import { formatMoney } from '../../core/compare/format';
import type { UserProfile } from '../../core/compare/match-score';
import type { Comparison } from './comparison-model';

interface Props {
  comparison: Comparison;
  profile: UserProfile;
  exchangeRates: ExchangeRates;
}

const short = (text: string, max = 24) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const compact = (amount: number, currency: string) => {
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(amount);
  } catch {
    return `${Math.round(amount / 1000)}k ${currency}`;
  }
};

/** Narrow screens get shorter axis labels, so the bars keep most of the width. */
function useNarrow(): boolean {
  const query = '(max-width: 640px)';
  const [narrow, setNarrow] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const media = window.matchMedia(query);
    const onChange = () => setNarrow(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return narrow;
}

interface SalaryDatum {
  name: string;
  full: string;
  low: number;
  high: number;
  best: boolean;
  tag: string;
}

function SalaryBandChart({ comparison, profile, exchangeRates }: Props) {
  const descId = useId();
  const narrow = useNarrow();
  const { salary, columns } = comparison;
  const currency = salary.plan.currency;
  const data: SalaryDatum[] = [];
  const missing: string[] = [];
  columns.forEach((column, i) => {
    const cell = salary.cells[i]!;
    if (cell.bands.length === 0) {
      missing.push(`${column.title} (pay not stated)`);
      return;
    }
    if (cell.excluded || !currency) {
      const codes = [...new Set(cell.bands.map((b) => b.yearly.currency))].join(', ');
      missing.push(`${column.title} (${codes}, no exchange rate to ${currency})`);
      return;
    }
    for (const band of cell.bands) {
      const convert = (v: number | null) =>
        v === null ? null : convertBetween(v, band.yearly.currency, currency, exchangeRates);
      const low = convert(band.yearly.min);
      const high = convert(band.yearly.max);
      if (low === null && high === null) continue;
      const full = band.label ? `${column.title} (${band.label})` : column.title;
      data.push({
        name: short(full, narrow ? 14 : 24),
        full,
        tag: salary.best.includes(i) ? '★ Highest' : '',
        low: Math.round(low ?? high!),
        high: Math.round(high ?? low!),
        best: salary.best.includes(i),
      });
    }
  });

  const target = profile.targetPay;
  const targetValue =
    target && currency
      ? convertBetween(target.amount, target.currency, currency, exchangeRates)
      : null;

  if (!currency || data.length === 0) {
    return (
      <section aria-labelledby={`${descId}-title`} className="card p-4">
        <h3 id={`${descId}-title`} className="font-semibold">
          Salary band chart
        </h3>
        <p className="muted mt-2 text-sm">No pay to chart: none of these postings states one.</p>
      </section>
    );
  }

  const summary = [
    `Annual pay in ${currency}${salary.plan.converted ? ', converted with your exchange rates' : ''}.`,
    ...data.map(
      (d) =>
        `${d.full}: ${formatMoney(d.low, currency)}${d.high !== d.low ? ` to ${formatMoney(d.high, currency)}` : ''}${d.best ? ' (highest pay)' : ''}.`,
    ),
    targetValue !== null ? `Your target: ${formatMoney(Math.round(targetValue), currency)}.` : '',
    missing.length ? `Not shown: ${missing.join('; ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const height = Math.max(140, data.length * 44 + 70);

  return (
    <figure className="card flex flex-col gap-3 p-4">
      <figcaption>
        <h3 className="font-semibold">Salary band chart</h3>
        <p className="muted text-sm">
          Each bar runs from the bottom to the top of a posting’s yearly range, in {currency}
          {salary.plan.converted ? ' (converted with your rates)' : ''}.
          {targetValue !== null && ' The dashed line is your target pay.'}
        </p>
      </figcaption>
      <div
        role="img"
        aria-label="Salary band chart"
        aria-describedby={descId}
        className="text-slate-700 dark:text-slate-300"
        style={{ height }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 18, right: 76, bottom: 4, left: 4 }}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.15} />
            <XAxis
              type="number"
              domain={[0, 'auto']}
              tickFormatter={(v: number) => compact(v, currency)}
              tick={{ fill: 'currentColor', fontSize: 12 }}
              stroke="currentColor"
            />
            <YAxis
              type="category"
              dataKey="name"
              width={narrow ? 96 : 180}
              tick={{ fill: 'currentColor', fontSize: 12 }}
              stroke="currentColor"
            />
            <Tooltip
              cursor={{ fill: 'currentColor', fillOpacity: 0.08 }}
              content={({ active, payload }) => {
                const d = payload?.[0]?.payload as SalaryDatum | undefined;
                if (!active || !d) return null;
                return (
                  <div className="card px-3 py-2 text-sm">
                    <p className="font-semibold">{d.full}</p>
                    <p>
                      {formatMoney(d.low, currency)} – {formatMoney(d.high, currency)} / year
                    </p>
                  </div>
                );
              }}
            />
            <Bar
              dataKey={(d: SalaryDatum) => [d.low, d.high]}
              name="Yearly pay range"
              minPointSize={4}
              radius={4}
              isAnimationActive={false}
            >
              <LabelList dataKey="tag" position="right" fill="currentColor" fontSize={12} />
              {data.map((d, i) => (
                <Cell key={i} fill={d.best ? '#059669' : '#14b8a6'} />
              ))}
            </Bar>
            {targetValue !== null && (
              <ReferenceLine
                x={Math.round(targetValue)}
                stroke="#e11d48"
                strokeWidth={2}
                strokeDasharray="6 4"
                label={{
                  value: `Your target ${compact(targetValue, currency)}`,
                  position: 'top',
                  fill: 'currentColor',
                  fontSize: 12,
                }}
              />
            )}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p id={descId} className="sr-only">
        {summary}
      </p>
      {missing.length > 0 && (
        <p className="text-sm text-amber-900 dark:text-amber-200">
          Not shown: {missing.join('; ')}.
        </p>
      )}
    </figure>
  );
}

const OVERLAP_KEYS = [
  { key: 'all', label: 'Shared by all', color: '#6366f1' },
  { key: 'some', label: 'Shared by some', color: '#0ea5e9' },
  { key: 'one', label: 'Only this posting', color: '#f59e0b' },
] as const;

function SkillOverlapChart({ comparison }: { comparison: Comparison }) {
  const descId = useId();
  const narrow = useNarrow();
  const { columns, skills } = comparison;
  const data = columns.map((column, i) => ({
    name: short(column.title, narrow ? 14 : 24),
    full: column.title,
    ...skills.overlap[i]!,
  }));
  const total = data.reduce((sum, d) => sum + d.all + d.some + d.one, 0);
  const summary = data
    .map(
      (d) =>
        `${d.full}: ${d.all} skill${d.all === 1 ? '' : 's'} shared by all, ${d.some} shared by some, ${d.one} only here.`,
    )
    .join(' ');
  const height = Math.max(140, data.length * 44 + 80);

  return (
    <figure className="card flex flex-col gap-3 p-4">
      <figcaption>
        <h3 className="font-semibold">Skill overlap chart</h3>
        <p className="muted text-sm">
          How many of each posting’s skills every posting asks for, some others ask for, or only it
          asks for.
        </p>
      </figcaption>
      {total === 0 ? (
        <p className="muted text-sm">No skills listed in these postings yet.</p>
      ) : (
        <>
          <div
            role="img"
            aria-label="Skill overlap chart"
            aria-describedby={descId}
            className="text-slate-700 dark:text-slate-300"
            style={{ height }}
          >
            <ResponsiveContainer width="100%" height="100%">
              <BarChart
                data={data}
                layout="vertical"
                margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
                accessibilityLayer={false}
              >
                <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.15} />
                <XAxis
                  type="number"
                  allowDecimals={false}
                  tick={{ fill: 'currentColor', fontSize: 12 }}
                  stroke="currentColor"
                />
                <YAxis
                  type="category"
                  dataKey="name"
                  width={narrow ? 96 : 180}
                  tick={{ fill: 'currentColor', fontSize: 12 }}
                  stroke="currentColor"
                />
                <Tooltip
                  cursor={{ fill: 'currentColor', fillOpacity: 0.08 }}
                  content={({ active, payload, label }) =>
                    active && payload?.length ? (
                      <div className="card px-3 py-2 text-sm">
                        <p className="font-semibold">{String(label)}</p>
                        {payload.map((p) => (
                          <p key={String(p.name)}>
                            {p.name}: {String(p.value)}
                          </p>
                        ))}
                      </div>
                    ) : null
                  }
                />
                <Bar
                  dataKey="all"
                  name="Shared by all"
                  stackId="s"
                  fill="#6366f1"
                  isAnimationActive={false}
                />
                <Bar
                  dataKey="some"
                  name="Shared by some"
                  stackId="s"
                  fill="#0ea5e9"
                  isAnimationActive={false}
                />
                <Bar
                  dataKey="one"
                  name="Only this posting"
                  stackId="s"
                  fill="#f59e0b"
                  isAnimationActive={false}
                />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <ul aria-hidden="true" className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
            {OVERLAP_KEYS.map(({ label, color }) => (
              <li key={label} className="flex items-center gap-1.5">
                <span className="inline-block h-3 w-3 rounded-sm" style={{ background: color }} />
                {label}
              </li>
            ))}
          </ul>
          <p id={descId} className="sr-only">
            {summary}
          </p>
        </>
      )}
    </figure>
  );
}

/** Both charts, side by side on wide screens. */
export default function CompareCharts(props: Props) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <SalaryBandChart {...props} />
      <SkillOverlapChart comparison={props.comparison} />
    </div>
  );
}
