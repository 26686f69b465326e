/**
 * One normal form for every reader's text: what the extractors match against must not depend on
 * which editor, browser or PDF producer the posting went through.
 */

// Invisible or layout-only characters that break word matching: C0/C1 controls except tab and
// newline (C1 shows up when cp1252 text was once decoded as Latin-1), soft hyphens, zero-width
// space, word joiner and stray BOMs. ZWJ/ZWNJ stay: they carry meaning in emoji and some scripts.
// eslint-disable-next-line no-control-regex -- matching controls is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\u00AD\u200B\u2060\uFEFF]/g;
// No-break, narrow, figure and typographic spaces: "60 000 €" must match like "60 000 €".
const ODD_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const ODD_NEWLINE = /\r\n?|[\f\u2028\u2029\u0085]/g;
// LinkedIn-style "bold" letters (𝐒𝐚𝐥𝐚𝐫𝐲) and ﬁ/ﬂ ligatures from PDFs: NFKC just for these, because
// NFKC on everything would also turn ½ into 1⁄2 and ™ into TM.
const COMPAT_LETTERS = /[\u{1D400}-\u{1D7FF}\uFB00-\uFB06]/gu;

/** 0: nothing to do; 1: only NFC may change something; 2: replacements needed too. */
function scan(text: string): 0 | 1 | 2 {
  // A hand loop: one regex test per character class costs ~15 µs each on a 6 KB posting.
  let result: 0 | 1 = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c === 0x0a) continue;
    if (c < 0xa0 || c === 0xad || c === 0xa0 || c === 0xfeff || c === 0xd835) return 2;
    if (c >= 0x2000 && (c <= 0x200b || c === 0x2028 || c === 0x2029 || c === 0x202f)) return 2;
    if (c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0x1680) return 2;
    if (c >= 0xfb00 && c <= 0xfb06) return 2;
    // Nothing below U+0300 (combining marks start there) can change under NFC.
    if (c >= 0x300) result = 1;
  }
  return result;
}

/**
 * Normalises text: NFC, CRLF/CR/U+2028 to "\n", controls, soft hyphens and zero-width spaces
 * dropped, no-break and other odd spaces to " ". Pure ASCII without controls returns at once.
 */
export function normaliseText(text: string): string {
  const work = scan(text);
  if (work === 0) return text;
  if (work === 1) return text.normalize('NFC');
  let out = text.replace(ODD_NEWLINE, '\n');
  out = out.replace(INVISIBLE, '').replace(ODD_SPACE, ' ');
  if (COMPAT_LETTERS.test(out)) {
    COMPAT_LETTERS.lastIndex = 0;
    out = out.replace(COMPAT_LETTERS, (ch) => ch.normalize('NFKC'));
  }
  return out.normalize('NFC');
}
