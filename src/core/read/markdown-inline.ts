/**
 * Markdown inline syntax -> the words a reader sees: "**Salary:**" -> "Salary:",
 * "[Apply](https://x)" -> "Apply". Each pattern is bounded by a character class that cannot
 * contain its own delimiter, so none can backtrack on long lines.
 */
import { decodeHTMLStrict } from 'entities';

const IMAGE = /!\[([^\]\n]{0,500})\]\(([^)\n]{0,2000})\)/g;
// A README's status badge ("![Estado](https://img.shields.io/badge/...)"): its alt text is a
// status word, no part of the posting.
const BADGE_URL = /shields\.io|badgen\.net|\/badges?\b|badge\.svg/i;
const LINK = /\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g;
const REF_LINK = /\[([^\]\n]{1,500})\]\[[^\]\n]{0,100}\]/g;
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^>\s]{1,2000})>/g;
const STRONG_STAR = /\*\*(?=\S)([^*\n]{1,1000})\*\*/g;
const STRONG_UNDERSCORE = /__(?=\S)([^_\n]{1,1000})__/g;
const CODE = /`([^`\n]{1,1000})`/g;
// Struck-out text is withdrawn: "~~Vergütung 16,00 €/h~~ → ab 01/2027 17,50 €/h".
const STRIKE = /~~(?=\S)([^~\n]{1,1000}?)(?<=\S)~~/g;
// Single * or _ emphasis only around whole words, so snake_case and "5 * 3" survive.
const EM_STAR = /(^|[\s(])\*(?=\S)([^*\n]{1,1000}?)\*(?=$|[\s.,;:!?)])/g;
const EM_UNDERSCORE = /(^|[\s(])_(?=\S)([^_\n]{1,1000}?)_(?=$|[\s.,;:!?)])/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!~|>])/g;
// Raw HTML that Markdown allows ("<p align="center"><img src="logo.svg"></p>", "<br>",
// "<details>"): known tag names only, so "<5 years" and "<Company>" stay text.
const HTML_TAG =
  /<\/?(?:p|div|img|br|a|span|b|i|em|strong|u|sub|sup|h[1-6]|center|details|summary|picture|source|table|thead|tbody|tr|td|th|ul|ol|li|hr|kbd|small|big|font)\b[^<>\n]{0,500}>/gi;

/**
 * Removes Markdown emphasis, code, link and image syntax and raw HTML tags from one line, keeping
 * the words, and decodes HTML entities.
 */
export function stripMarkdownInline(line: string): string {
  if (!/[*_`[\]<~\\&]/.test(line)) return line;
  const words = line
    .replace(IMAGE, (_, alt: string, url: string) => (BADGE_URL.test(url) ? '' : alt))
    .replace(LINK, '$1')
    .replace(REF_LINK, '$1')
    .replace(AUTOLINK, '$1')
    .replace(CODE, '$1')
    .replace(STRONG_STAR, '$1')
    .replace(STRONG_UNDERSCORE, '$1')
    .replace(STRIKE, '')
    .replace(EM_STAR, '$1$2')
    .replace(EM_UNDERSCORE, '$1$2')
    .replace(ESCAPE, '$1')
    .replace(HTML_TAG, ' ')
    .trim();
  // "📍 Basel &nbsp;|&nbsp; 🕒 Vollzeit": Markdown shows an entity as its character. Decoded
  // last, so a written "&lt;p&gt;" stays text; only with its semicolon, so "R&D" stays.
  // A no-break space reads as a space, as in every other reader's text.
  return words.includes('&') ? decodeHTMLStrict(words).replace(/\u00a0/g, ' ') : words;
}
