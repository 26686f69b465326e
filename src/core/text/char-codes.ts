/**
 * Character tests on char codes, for hot loops where a one-character regex call would cost
 * more than the test itself. Each matches its regex class exactly.
 */

/** `\s` (and what `String.prototype.trim` removes); NaN (out of range) is not a space. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `[a-zA-Z\u00C0-\u024F]`, the letters the extractors treat as word characters. */
export function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
}

/** `[0-9]`; NaN (out of range) is no digit. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
