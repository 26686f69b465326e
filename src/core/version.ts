/**
 * Bump when extraction changes: stored postings whose parserVersion is older are re-parsed from
 * their stored source text on load (user edits are kept apart and survive).
 */
export const PARSER_VERSION = 1;
