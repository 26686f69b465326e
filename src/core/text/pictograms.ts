/**
 * Pictograms that lead the lines of messenger ads and social posts: "📱 Desarrollador/a",
 * "🏢 Company: FinEdge", "💼 Post: Field Sales Executive".
 */
// Flags are pairs of regional indicators, not pictographs: "🇩🇪 German Speaking Support Agent".
// A box-drawing bar leads a framed ad's lines: "│ EXECUTIVE CHEF".
const LEADING = /^(?:[│┃║\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{200D}]+\s*)+/u;

// Slack and Discord copy their emoji as shortcodes: ":rocket: We're hiring!".
const SHORTCODES = /^(?::[a-z\d_+-]{2,30}:\s*)+/;

/** How many characters of pictograms (and the spaces after them) start `text`; 0 for most. */
export function leadingPictograms(text: string): number {
  if (text.charCodeAt(0) === 0x3a) return SHORTCODES.exec(text)?.[0].length ?? 0;
  // Pictograms lie above U+2000: most lines fail this test before the regex runs.
  if (text.charCodeAt(0) < 0x2000) return 0;
  const m = LEADING.exec(text);
  return m ? m[0].length : 0;
}

// Pictograms that close a title: "Barista / All-rounder 🙂". Not ©, ® or ™, which belong to a
// name ("Certified Salesforce® Administrator").
const TRAILING =
  /(?:\s*(?:(?![©®™])\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\p{Emoji_Modifier}))+\s*$/u;

/** How many characters of pictograms (and the spaces before them) end `text`; 0 for most. */
export function trailingPictograms(text: string): number {
  const m = TRAILING.exec(text);
  return m ? m[0].length : 0;
}
