import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format';

const enc = (s: string) => new TextEncoder().encode(s);
const detect = (name: string, bytes: Uint8Array, type?: string) =>
  detectFormat({ name, bytes, type });

describe('detectFormat', () => {
  it.each([
    ['job.txt', enc('Nurse\nSalary: $40/hr'), 'text'],
    ['job.md', enc('Nurse'), 'markdown'],
    ['pasted', enc('## About\n**Pay:** $40'), 'markdown'],
    ['page.txt', enc('<!DOCTYPE html><html><body><p>Hi</p></body></html>'), 'html'],
    ['untitled', enc('  <div><p>Nurse</p></div>'), 'html'],
    // A README's centred logo above its Markdown.
    ['HIRING.md', enc('<p align="center"><img src="logo.svg"></p>\n\n# Rust Engineer'), 'markdown'],
    ['pasted', enc('<p align="center"><img src="logo.svg"></p>\n\n# Rust Engineer'), 'markdown'],
    // An HTML fragment with a Markdown-looking link stays HTML.
    [
      'pasted',
      enc(
        '<div><h2>Backend Developer</h2><p>Apply on our [careers page](https://x.example)</p></div>',
      ),
      'html',
    ],
    ['x', enc('{"@type":"JobPosting"}'), 'json'],
    ['x.txt', enc('[Acme] is hiring a nurse'), 'text'],
    ['renamed.txt', enc('%PDF-1.4\n...'), 'pdf'],
  ])('%s -> %s', (name, bytes, format) => {
    const got = detect(name, bytes);
    expect(got.ok && got.format).toBe(format);
  });

  it.each([
    ['empty', new Uint8Array(), 'The file is empty.'],
    [
      'PNG',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      'This looks like an image (PNG); import text, HTML, JSON, PDF or DOCX.',
    ],
    ['JPEG', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'This looks like an image (JPEG)'],
    ['exe', Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]), 'a Windows program'],
    ['old .doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'old Office file'],
    ['random bytes', Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 256), 'looks binary'],
    ['whitespace only', enc(' \n\t '), 'no text'],
  ])('refuses %s with a reason', (_name, bytes, reason) => {
    const got = detect('file', bytes);
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.error).toContain(reason);
  });

  it('refuses a .pdf that is not a PDF', () => {
    const got = detect('job.pdf', enc('hello'));
    expect(!got.ok && got.error).toContain('not one');
  });

  it('honours <meta charset> for bytes that are not UTF-8', () => {
    const html = '<html><head><meta charset="iso-8859-2"></head><body>x</body></html>';
    const bytes = Uint8Array.from([...enc(html), 0xa3]); // 0xA3 is Ł in ISO-8859-2
    const got = detect('p.html', bytes);
    expect(got.ok && got.format === 'html' && got.text.endsWith('Ł')).toBe(true);
  });
});
