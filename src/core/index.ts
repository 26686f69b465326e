/**
 * Public API of the parser core: pure TypeScript, no DOM, no Node APIs. The worker and the CLI
 * call these; everything else in core is internal.
 */
export { parseDocument, parsePostingFile, parsePostingText } from './parse-posting';
export { PARSER_VERSION } from './version';
export type * from './model/posting';
export type * from './model/document';
export type * from './model/section';
export { emptyPosting } from './model/posting';
export { toPlainPosting, type PlainPosting } from './plain-posting';
