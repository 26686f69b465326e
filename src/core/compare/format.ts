/** Display strings for pay, in the posting's own currency and unit. Pure; no DOM. */
import type { PayPeriod, SalaryBand } from '../model/posting';

export const PERIOD_LABEL: Record<PayPeriod, string> = {
  hour: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
};

const formatters = new Map<string, Intl.NumberFormat>();

/** "$144,075", "€62,000", "£13.20": whole numbers stay whole, cents are kept. */
export function formatMoney(amount: number, currency: string, locale = 'en-US'): string {
  const cents = !Number.isInteger(amount);
  const key = `${locale}|${currency}|${cents}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: cents ? 2 : 0,
        maximumFractionDigits: cents ? 2 : 0,
      });
    } catch {
      // An unknown currency code: show the code, never drop it.
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
      const plain = f;
      return `${plain.format(amount)} ${currency}`;
    }
    formatters.set(key, f);
  }
  return f.format(amount);
}

/** "$144,075 – $234,000 / year", "Up to £40,000 / year", "From €22.50 / hour". */
export function formatBand(band: Pick<SalaryBand, 'min' | 'max' | 'currency' | 'period'>): string {
  const unit = ` / ${PERIOD_LABEL[band.period]}`;
  const { min, max, currency } = band;
  if (min !== null && max !== null) {
    if (min === max) return `${formatMoney(min, currency)}${unit}`;
    return `${formatMoney(min, currency)} – ${formatMoney(max, currency)}${unit}`;
  }
  if (max !== null) return `Up to ${formatMoney(max, currency)}${unit}`;
  if (min !== null) return `From ${formatMoney(min, currency)}${unit}`;
  return 'Not stated';
}
