/**
 * Bump when extraction changes: stored postings whose parserVersion is older are re-parsed from
 * their stored source text on load (user edits are kept apart and survive).
 * 2: board menus and chrome skipped for title, company and place; more currencies, languages,
 * degree forms and benefits; "similar jobs" blocks cut before extraction.
 */
export const PARSER_VERSION = 2;
