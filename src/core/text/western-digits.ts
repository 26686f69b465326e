/**
 * Arabic-Indic digits ("٨٬٠٠٠ - ١٠٬٠٠٠ ريال") and the Persian and Urdu ones ("۴۵۰۰") as 0-9,
 * with the Arabic thousands and decimal separators and per cent sign as ",", "." and "%". One
 * character for one, so an offset in the result is the same offset in the original.
 */

// U+0660-0669 Arabic-Indic digits, U+066A per cent, U+066B decimal, U+066C thousands separator;
// U+06F0-06F9 Extended Arabic-Indic (Persian, Urdu) digits.
const EASTERN = /[\u0660-\u066C\u06F0-\u06F9]/;
const EASTERN_ALL = /[\u0660-\u066C\u06F0-\u06F9]/g;

function western(c: string): string {
  const code = c.charCodeAt(0);
  if (code === 0x66a) return '%';
  if (code === 0x66b) return '.';
  if (code === 0x66c) return ',';
  return String.fromCharCode(0x30 + (code >= 0x6f0 ? code - 0x6f0 : code - 0x660));
}

/** Whether the text holds an Eastern Arabic digit or separator. */
export function hasEasternDigits(text: string): boolean {
  return EASTERN.test(text);
}

/** The text with every Eastern Arabic digit and separator written the Western way. */
export function westernDigits(text: string): string {
  return EASTERN.test(text) ? text.replace(EASTERN_ALL, western) : text;
}
