/**
 * Whether a bonus / commission / OTE or equity (stock, RSUs, options) is mentioned. These are
 * flags, never salary. "Bonus points if you know Rust", "diversity, equity and inclusion", "pay
 * equity", "stock the shelves" and an employee stock purchase plan do not count. The lookbehind
 * after "equity" runs only where the word is found, not at every word boundary.
 */
import type { Evidenced } from '../model/posting';
import type { ExtractContext } from './context';
import { alternativesOf, byFirstLetter } from './regex-alternatives';

const BONUS_WORDS = String.raw`annual bonus(?:es)?|quarterly bonus(?:es)?|performance bonus(?:es)?|sign[- ]on bonus(?:es)?|signing bonus(?:es)?|target bonus(?:es)?|year[- ]end bonus(?:es)?|cash bonus(?:es)?|retention bonus(?:es)?|spot bonus(?:es)?|bonus(?:es)?(?! points| if\b)|13th[- ]month(?: pay| salary)?|13(?:e|ème) mois|jahressonderzahlung|weihnachtsgeld|commissions?|ote\b|on[- ]target earnings|incentive (?:awards?|pay|plan|bonus|compensation)|performance[- ]based incentive|performance incentives|variable (?:pay|compensation)|profit[- ]sharing|prämien?|jahresbonus|provision(?:en)?|variable vergütung|13\. monatsgehalt|prime(?:s)? (?:annuelle|sur objectifs|de performance)|variable|bono|bonos|comisiones`;
const EQUITY_WORDS = String.raw`equity(?<!(?:pay|health|brand|home|racial|social|gender|educational|diversity,?(?: and| &)?) equity)(?! and inclusion|, inclusion| & inclusion|,? (?:and|&) (?:inclusion|belonging)| in\b)|stock options?|stock\s(?:grants?|awards?|units?|compensation)|stock-based compensation|rsus?|restricted stock|share options?|esops?|employee ownership|virtual shares|aktienoptionen|mitarbeiterbeteiligung|vsop|bspce|actions gratuites|stock-options|participaciones|acciones de la empresa`;
// Grouped by first letter (see regex-alternatives.ts): the whole text is scanned several times
// faster, and the same first mention is found.
const BONUS = new RegExp(String.raw`\b${byFirstLetter(alternativesOf(BONUS_WORDS))}\b`, 'i');
const EQUITY = new RegExp(String.raw`\b${byFirstLetter(alternativesOf(EQUITY_WORDS))}\b`, 'i');

/** Whether a bonus is mentioned, with the first mention as evidence. */
export function extractBonus(ctx: ExtractContext): Evidenced<boolean> | null {
  return flag(ctx.text, BONUS);
}

/** Whether equity is mentioned, with the first mention as evidence. */
export function extractEquity(ctx: ExtractContext): Evidenced<boolean> | null {
  return flag(ctx.text, EQUITY);
}

function flag(text: string, re: RegExp): Evidenced<boolean> | null {
  const m = re.exec(text);
  return m ? { value: true, spans: [{ start: m.index, end: m.index + m[0].length }] } : null;
}
