/**
 * The user's profile (skills, target pay, work mode, place) and the exchange rates they typed in.
 * Both are stored locally through the settings table and validated on the way in: a stored
 * value of the wrong shape falls back to empty rather than breaking the comparison.
 */
import type { StateCreator } from 'zustand';
import { isValidRate, NO_RATES, type ExchangeRates } from '../core/compare/convert-currency';
import { EMPTY_PROFILE, type UserProfile } from '../core/compare/match-score';
import { WORK_MODES, type WorkMode } from '../core/model/posting';
import { SETTING_EXCHANGE_RATES, SETTING_PROFILE } from '../persistence/constants';
import { getSetting, putSetting } from '../persistence/postings-repo';
import type { AppState } from './index';

export interface ProfileSlice {
  profile: UserProfile;
  exchangeRates: ExchangeRates;
  profileLoaded: boolean;
  loadProfile: () => Promise<void>;
  updateProfile: (patch: Partial<UserProfile>) => Promise<void>;
  setExchangeRates: (rates: ExchangeRates) => Promise<void>;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const CURRENCY = /^[A-Z]{3}$/;

/** A stored profile, checked field by field; anything unusable becomes the empty value. */
export function restoreProfile(raw: unknown): UserProfile {
  if (!isRecord(raw)) return EMPTY_PROFILE;
  const skills = Array.isArray(raw.skills)
    ? [...new Set(raw.skills.filter((s): s is string => typeof s === 'string' && !!s.trim()))]
    : [];
  const pay = raw.targetPay;
  const targetPay =
    isRecord(pay) &&
    typeof pay.amount === 'number' &&
    pay.amount > 0 &&
    typeof pay.currency === 'string' &&
    CURRENCY.test(pay.currency)
      ? { amount: pay.amount, currency: pay.currency }
      : null;
  const workMode = WORK_MODES.includes(raw.workMode as WorkMode)
    ? (raw.workMode as WorkMode)
    : null;
  const location = typeof raw.location === 'string' ? raw.location : '';
  return { skills, targetPay, workMode, location };
}

/** Stored rates, keeping only three-letter codes with a positive rate. */
export function restoreRates(raw: unknown): ExchangeRates {
  if (!isRecord(raw) || typeof raw.target !== 'string' || !CURRENCY.test(raw.target)) {
    return NO_RATES;
  }
  const rates: Record<string, number> = {};
  if (isRecord(raw.rates)) {
    for (const [code, rate] of Object.entries(raw.rates)) {
      if (
        CURRENCY.test(code) &&
        code !== raw.target &&
        typeof rate === 'number' &&
        isValidRate(rate)
      ) {
        rates[code] = rate;
      }
    }
  }
  return { target: raw.target, rates };
}

export const createProfileSlice: StateCreator<AppState, [], [], ProfileSlice> = (set, get) => {
  async function save(key: string, value: unknown): Promise<void> {
    try {
      await putSetting(key, value);
    } catch (err) {
      get().setStorageError(err instanceof Error ? err.message : String(err));
    }
  }

  return {
    profile: EMPTY_PROFILE,
    exchangeRates: NO_RATES,
    profileLoaded: false,

    loadProfile: async () => {
      if (get().profileLoaded) return;
      try {
        const [profile, rates] = await Promise.all([
          getSetting<unknown>(SETTING_PROFILE),
          getSetting<unknown>(SETTING_EXCHANGE_RATES),
        ]);
        set({
          profile: restoreProfile(profile),
          exchangeRates: restoreRates(rates),
          profileLoaded: true,
        });
      } catch (err) {
        set({ profileLoaded: true });
        get().setStorageError(err instanceof Error ? err.message : String(err));
      }
    },

    updateProfile: async (patch) => {
      const profile = { ...get().profile, ...patch };
      set({ profile });
      await save(SETTING_PROFILE, profile);
    },

    setExchangeRates: async (rates) => {
      const exchangeRates = restoreRates(rates);
      set({ exchangeRates });
      await save(SETTING_EXCHANGE_RATES, exchangeRates);
    },
  };
};
