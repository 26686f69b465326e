/**
 * Annualising pay: a derived view for comparison, computed on demand and never stored. The
 * factors assume full-time work all year; the UI always shows `ANNUAL_ASSUMPTION` beside them.
 */
import type { PayPeriod, SalaryBand } from '../model/posting';

/** How many of each period make a year. */
export const PERIODS_PER_YEAR: Record<PayPeriod, number> = {
  hour: 2080,
  day: 260,
  week: 52,
  month: 12,
  year: 1,
};

/** The assumption, as shown next to every annualised figure. */
export const ANNUAL_ASSUMPTION =
  'Annualised for full-time work: 2,080 hours, 260 days, 52 weeks or 12 months a year.';

/** A short form of the assumption for one period ("× 2,080 hours"), empty for yearly pay. */
export function annualBasis(period: PayPeriod): string {
  switch (period) {
    case 'hour':
      return '× 2,080 hours';
    case 'day':
      return '× 260 days';
    case 'week':
      return '× 52 weeks';
    case 'month':
      return '× 12 months';
    case 'year':
      return '';
  }
}

/** An amount per period as a yearly amount, rounded to whole units: 52 / hour -> 108,160. */
export function annualiseAmount(amount: number, period: PayPeriod): number {
  return Math.round(amount * PERIODS_PER_YEAR[period]);
}

export interface AnnualBand {
  min: number | null;
  max: number | null;
  currency: string;
  period: 'year';
  /** The period the posting stated, so the UI can say what was multiplied. */
  statedPeriod: PayPeriod;
  label: string | null;
}

/**
 * A stated band as a yearly band in the same currency.
 * Example: { min: 52, max: 68.5, period: 'hour' } -> { min: 108160, max: 142480, period: 'year' }.
 * Limit: a part-time posting is annualised as if full-time (the assumption says so).
 */
export function annualiseBand(band: Omit<SalaryBand, 'spans'>): AnnualBand {
  const scale = (v: number | null) => (v === null ? null : annualiseAmount(v, band.period));
  return {
    min: scale(band.min),
    max: scale(band.max),
    currency: band.currency,
    period: 'year',
    statedPeriod: band.period,
    label: band.label,
  };
}

/**
 * One number to rank a band by: the midpoint of a range, or its one stated end ("up to 40,000"
 * ranks at 40,000). Null when the band states neither end.
 */
export function bandMidpoint(band: { min: number | null; max: number | null }): number | null {
  if (band.min !== null && band.max !== null) return (band.min + band.max) / 2;
  return band.min ?? band.max;
}
