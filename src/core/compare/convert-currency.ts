/**
 * Currency conversion with rates the user typed in. None are built in and none are fetched: a
 * posting in a currency without a rate is never converted, and so never compared as if equal.
 */

/** `rates[code]` = how many units of `target` one unit of `code` buys. */
export interface ExchangeRates {
  /** ISO 4217 code every amount is converted to, e.g. "USD". */
  target: string;
  rates: Record<string, number>;
}

export const NO_RATES: ExchangeRates = { target: '', rates: {} };

/** `amount` in `from` as `target`, or null when the user gave no (valid) rate for `from`. */
export function convertAmount(
  amount: number,
  from: string,
  exchange: ExchangeRates,
): number | null {
  if (from === exchange.target) return amount;
  const rate = exchange.rates[from];
  if (rate === undefined || !Number.isFinite(rate) || rate <= 0) return null;
  return Math.round(amount * rate);
}

/**
 * `amount` from one currency to another through the user's rates (cross rates via their target):
 * 100 EUR -> GBP with rates { EUR: 1.1, GBP: 1.25 } to USD is 100 * 1.1 / 1.25 = 88.
 * Null when a rate is missing. Not rounded.
 */
export function convertBetween(
  amount: number,
  from: string,
  to: string,
  exchange: ExchangeRates,
): number | null {
  if (from === to) return amount;
  const rateOf = (code: string) => (code === exchange.target ? 1 : exchange.rates[code]);
  const a = rateOf(from);
  const b = rateOf(to);
  if (a === undefined || b === undefined || !isValidRate(a) || !isValidRate(b)) return null;
  return (amount * a) / b;
}

export interface CurrencyPlan {
  /** The one currency amounts can be shown in, or null when nothing can be compared. */
  currency: string | null;
  /** True when at least one amount had to be converted with the user's rates. */
  converted: boolean;
  /** Currencies present that cannot be shown in `currency` (no rate given). */
  excluded: string[];
}

/**
 * Picks the currency a set of amounts can be compared in. All the same -> that currency, no
 * conversion. Mixed -> the user's target when a rate covers them; what no rate covers is listed
 * in `excluded`. Mixed without rates -> the most frequent currency (first seen on a tie), with
 * the others excluded. Example: ['USD','USD','EUR'] with no rates -> USD, excluded ['EUR'].
 */
export function planCurrency(currencies: string[], exchange: ExchangeRates): CurrencyPlan {
  const distinct = [...new Set(currencies)];
  if (distinct.length === 0) return { currency: null, converted: false, excluded: [] };
  if (distinct.length === 1) return { currency: distinct[0]!, converted: false, excluded: [] };
  if (exchange.target) {
    const excluded = distinct.filter((c) => convertAmount(1, c, exchange) === null);
    const converted = distinct.some((c) => c !== exchange.target && !excluded.includes(c));
    if (excluded.length < distinct.length) {
      return { currency: exchange.target, converted, excluded };
    }
  }
  const counts = new Map<string, number>();
  for (const c of currencies) counts.set(c, (counts.get(c) ?? 0) + 1);
  let best = distinct[0]!;
  for (const c of distinct) if (counts.get(c)! > counts.get(best)!) best = c;
  return { currency: best, converted: false, excluded: distinct.filter((c) => c !== best) };
}

/** True when a rate is a usable positive number. */
export function isValidRate(rate: number): boolean {
  return Number.isFinite(rate) && rate > 0;
}
