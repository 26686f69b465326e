/**
 * Regex sources rearranged for V8's scanner: a case-insensitive `\b(?:word|word|...)` over a
 * whole text is scanned several times faster with its alternatives grouped by first letter
 * ("(?:b(?:sc|ts)|m(?:ba))"), and matches at the same places.
 */

/** A regex source's top-level alternatives: "a|b(?:c|d)" -> ["a", "b(?:c|d)"]. */
export function alternativesOf(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(pattern, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  out.push(pattern.slice(from));
  return out;
}

/** The index of the "]" that closes the character class opening at `open`. */
function classEnd(pattern: string, open: number): number {
  for (let i = open + 1; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']') return i;
  }
  return pattern.length;
}

/**
 * ["bsc", "bts", "mba"] -> "(?:b(?:sc|ts)|m(?:ba))", order kept within each letter, for a
 * case-insensitive regex. At one position only the alternatives of one letter can match, so the
 * regex matches where the flat alternation does, with the same alternative. Each alternative
 * must start with a plain ASCII letter or digit (no quantifier after it).
 */
export function byFirstLetter(alternatives: string[]): string {
  const groups = new Map<string, string[]>();
  for (const a of alternatives) {
    if (!/^[a-zA-Z0-9](?![?*+{])/.test(a)) {
      throw new Error(`byFirstLetter: "${a}" does not start with a plain letter or digit`);
    }
    const first = a.charAt(0).toLowerCase();
    groups.set(first, [...(groups.get(first) ?? []), a.slice(1)]);
  }
  return `(?:${[...groups].map(([first, rests]) => `${first}(?:${rests.join('|')})`).join('|')})`;
}

/**
 * A case-sensitive alternation regrouped by first character: ["Bern", "Basel", "\\bUK\\b"] ->
 * "(?:B(?:ern|asel)|\\bUK\\b)". V8 tries the alternatives of a flat alternation one after
 * another at every start position, so a list of hundreds of names costs microseconds even on a
 * short line; grouped, one test on the first character rules out a whole group. The groups are
 * reordered, so at one position another alternative may win: use it only to find where a match
 * starts (then run the original alternation there), or where any match is enough (`test`). An
 * alternative that does not start with a plain character (a class, an escape, a lookaround) is
 * kept whole.
 */
export function byFirstChar(alternatives: string[]): string {
  const groups = new Map<string, string[]>();
  const whole: string[] = [];
  for (const a of alternatives) {
    if (/^[^\\[\](){}|.?*+^$](?![?*+{])/.test(a)) {
      const first = a.charAt(0);
      groups.set(first, [...(groups.get(first) ?? []), a.slice(1)]);
    } else {
      whole.push(a);
    }
  }
  const grouped = [...groups].map(([first, rests]) => `${first}(?:${rests.join('|')})`);
  return `(?:${[...grouped, ...whole].join('|')})`;
}
