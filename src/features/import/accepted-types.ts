/** What the file picker offers; the worker still sniffs the bytes, whatever the name says. */
export const ACCEPTED_FILE_TYPES = [
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.json',
  '.jsonld',
  '.pdf',
  '.docx',
  'text/plain',
  'text/markdown',
  'text/html',
  'application/json',
  'application/ld+json',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
].join(',');
