/** Letter case of text written in capitals. */

/** "BENGALURU (WHITEFIELD)" -> "Bengaluru (Whitefield)": each word capitalised, the rest lower. */
export function capitalisedWords(text: string): string {
  return text.toLowerCase().replace(/(?<!\p{L})\p{L}/gu, (c) => c.toUpperCase());
}
